package org.migov.io.json.internal;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/** The pretty printing of the format: two spaces, {@code "name": value}, {@code \n} line ends. */
public final class Printing {
  private Printing() {}

  /** Returns a writer of the mapper that prints in the format's pretty layout. */
  public static ObjectWriter pretty(ObjectMapper mapper) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return mapper.writer().with(printer);
  }
}
