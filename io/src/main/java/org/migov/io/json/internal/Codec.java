package org.migov.io.json.internal;

import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes and reads one type of value with Jackson's streaming API, and describes it in JSON
 * Schema.
 *
 * @param <T> the type of value
 */
public abstract class Codec<T> {
  /** Writes {@code value} as the next value of {@code g}. */
  public abstract void write(JsonGenerator g, T value);

  /**
   * Reads a value whose first token is the parser's current token; on return the current token is
   * the value's last token.
   */
  public abstract T read(In in);

  /** Returns the JSON Schema of the value, as a JSON-like tree of maps, lists and scalars. */
  public abstract Map<String, Object> schema();
}
