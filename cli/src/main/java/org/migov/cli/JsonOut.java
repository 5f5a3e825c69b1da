package org.migov.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.migov.io.json.MigovJson;
import tools.jackson.core.JsonGenerator;

/** Pretty JSON reports on standard output, which closing the generator leaves open. */
final class JsonOut {
  private JsonOut() {}

  /** {@return a pretty generator writing to {@code out}, which it flushes but never closes} */
  static JsonGenerator generator(Writer out) {
    Writer unclosed = new FilterWriter(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
    return MigovJson.defaults().mapper().writerWithDefaultPrettyPrinter()
        .createGenerator(unclosed);
  }
}
