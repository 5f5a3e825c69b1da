package org.migov.cli;

/** How a file holds its objects: one JSON document, or JSON Lines (one document per line). */
enum Layout {
  /** One JSON document. */
  JSON("JSON document"),
  /** JSON Lines: one compact document per line. */
  JSON_LINES("JSON Lines");

  /** The name for people. */
  private final String label;

  Layout(String label) {
    this.label = label;
  }

  /** {@return the name of the layout for people} */
  String label() {
    return label;
  }
}
