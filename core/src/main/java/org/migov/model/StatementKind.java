package org.migov.model;

/**
 * The kind of a {@link Statement} made at a meeting: where in the meeting it came and what form it
 * took.
 *
 * @since 0.1.0
 */
public enum StatementKind {
  /** Remarks opening the meeting. */
  OPENING_REMARKS,
  /** A keynote address. */
  KEYNOTE,
  /** Remarks made during the meeting. */
  REMARKS,
  /** A presentation. */
  PRESENTATION,
  /** Remarks closing the meeting. */
  CLOSING_REMARKS,
  /** A statement of any other kind. */
  OTHER;
}
