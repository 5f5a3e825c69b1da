package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The shipped JSON Schema, compiled once with networknt json-schema-validator (thread-safe). */
final class SchemaCheck {
  private SchemaCheck() {}

  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static final Schema SCHEMA = REGISTRY.getSchema(MigovJson.schema());

  /** Returns what the schema finds wrong with a document, empty if it is valid. */
  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /** Asserts that the schema accepts a document. */
  static void assertValid(String json) {
    assertThat(errors(json))
        .as("schema errors of %s", json.length() > 2000 ? json.substring(0, 2000) + "…" : json)
        .isEmpty();
  }
}
