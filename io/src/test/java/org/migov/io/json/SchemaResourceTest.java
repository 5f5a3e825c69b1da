package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.migov.io.json.internal.Schema;

/**
 * The shipped schema is the one generated from the format's field tables. After a change to the
 * format, regenerate it with {@code mvn -pl io -am test -Dtest=SchemaResourceTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dmigov.schema.update=true} and review the diff.
 */
class SchemaResourceTest {
  private static final Path RESOURCE =
      Path.of("src/main/resources/org/migov/io/json/migov.schema.json");

  @Test
  void shippedSchemaIsTheGeneratedOne() throws IOException {
    String generated = Schema.generate();
    if (Boolean.getBoolean("migov.schema.update")) {
      Files.createDirectories(RESOURCE.getParent());
      Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RESOURCE, StandardCharsets.UTF_8))
        .as("the schema in %s is out of date: regenerate it (see this test's Javadoc)", RESOURCE)
        .isEqualTo(generated);
    assertThat(MigovJson.schema()).isEqualTo(generated);
  }
}
