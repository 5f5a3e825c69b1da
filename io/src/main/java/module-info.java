/**
 * The migov JSON format: {@link org.migov.io.json.MigovJson} reads and writes documents and JSON
 * Lines with a hardened mapper, {@link org.migov.io.json.MigovModule} adds the format to any
 * Jackson 3 mapper, and the JSON Schema of the format ships as the resource {@code
 * org/migov/io/json/migov.schema.json}.
 *
 * @since 0.1.0
 */
module org.migov.io {
  requires transitive org.migov.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static org.jspecify;

  exports org.migov.io.csv;
  exports org.migov.io.json;
  exports org.migov.io.sdmx;
  exports org.migov.io.worldbank;

  provides tools.jackson.databind.JacksonModule with org.migov.io.json.MigovModule;
}
