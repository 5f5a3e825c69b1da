package org.migov.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.AjvCheck;
import org.migov.model.RemittanceSeries;
import org.migov.model.SeriesId;
import org.migov.testing.ModelGenerator;
import org.migov.testing.SeedArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every {@code datapackage.json} the library writes validates against the official Frictionless
 * profiles (Data Package specification v1, draft-04 JSON Schemas, copied into {@code
 * src/test/resources/frictionless} with their origin): the whole descriptor against the Tabular
 * Data Package profile and each resource against the Tabular Data Resource profile. The profiles
 * hold no {@code $ref}, so nothing is fetched over the network. Broken descriptors are refused,
 * so that these checks can fail.
 */
class FrictionlessProfileTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
  static final Schema PACKAGE = profile("tabular-data-package.json");
  static final Schema RESOURCE = profile("tabular-data-resource.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Schema profile(String file) {
    try (InputStream in = FrictionlessProfileTest.class.getResourceAsStream(
        "/frictionless/" + file)) {
      assertThat(in).as("profile %s on the test class path", file).isNotNull();
      return REGISTRY.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return what the profiles find wrong with a descriptor: its own errors, then each resource's} */
  static List<String> errors(JsonNode descriptor) {
    List<String> out = new ArrayList<>();
    for (Error e : PACKAGE.validate(descriptor)) {
      out.add(e.getInstanceLocation() + " " + e.getMessage());
    }
    JsonNode resources = descriptor.path("resources");
    for (int i = 0; i < resources.size(); i++) {
      for (Error e : RESOURCE.validate(resources.get(i))) {
        out.add("resource " + i + ": " + e.getInstanceLocation() + " " + e.getMessage());
      }
    }
    return out;
  }

  /**
   * {@return what breaks the rules the specification states in words but the profiles cannot
   * check}: unique resource and field names; primary and foreign keys that name fields of their
   * resource; foreign keys that reference a resource of the package and fields of it
   */
  static List<String> crossReferenceErrors(JsonNode descriptor) {
    List<String> out = new ArrayList<>();
    java.util.Map<String, Set<String>> fieldsByResource = new java.util.HashMap<>();
    for (JsonNode r : descriptor.path("resources")) {
      Set<String> names = new HashSet<>();
      for (JsonNode f : r.path("schema").path("fields")) {
        if (!names.add(f.path("name").asString())) {
          out.add(r.path("name").asString() + ": field " + f.path("name") + " twice");
        }
      }
      if (fieldsByResource.put(r.path("name").asString(), names) != null) {
        out.add("resource " + r.path("name") + " twice");
      }
    }
    for (JsonNode r : descriptor.path("resources")) {
      String name = r.path("name").asString();
      Set<String> fields = fieldsByResource.get(name);
      for (JsonNode k : keyNames(r.path("schema").path("primaryKey"))) {
        if (!fields.contains(k.asString())) {
          out.add(name + ": primary key " + k + " is not a field");
        }
      }
      for (JsonNode fk : r.path("schema").path("foreignKeys")) {
        for (JsonNode k : keyNames(fk.path("fields"))) {
          if (!fields.contains(k.asString())) {
            out.add(name + ": foreign key " + k + " is not a field");
          }
        }
        String target = fk.path("reference").path("resource").asString();
        Set<String> targetFields = fieldsByResource.get(target.isEmpty() ? name : target);
        if (targetFields == null) {
          out.add(name + ": foreign key references no resource " + target);
          continue;
        }
        for (JsonNode k : keyNames(fk.path("reference").path("fields"))) {
          if (!targetFields.contains(k.asString())) {
            out.add(name + ": foreign key reference " + k + " is not a field of " + target);
          }
        }
        if (keyNames(fk.path("fields")).size() != keyNames(fk.path("reference").path("fields"))
            .size()) {
          out.add(name + ": foreign key and reference differ in length");
        }
      }
    }
    return out;
  }

  private static List<JsonNode> keyNames(JsonNode key) {
    List<JsonNode> out = new ArrayList<>();
    if (key.isString()) {
      out.add(key);
    } else {
      key.forEach(out::add);
    }
    return out;
  }

  /**
   * {@return the header row of a CSV file written by the library} Its cells hold no comma or
   * quote, as the tables' column names do not.
   */
  private static List<String> header(Path csv) throws IOException {
    try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
      return List.of(lines.findFirst().orElse("").split(",", -1));
    }
  }

  /** Asserts that the descriptor in a directory is valid and that every path it names is there. */
  private static JsonNode assertValidPackage(Path dir, int resources) throws IOException {
    JsonNode p = JSON.readTree(Files.readString(dir.resolve(RemittanceCsv.DATA_PACKAGE_FILE),
        StandardCharsets.UTF_8));
    assertThat(errors(p)).as("profile errors of %s", p).isEmpty();
    assertThat(p.path("profile").asString()).isEqualTo("tabular-data-package");
    assertThat(p.path("resources").size()).isEqualTo(resources);
    Set<String> files = new HashSet<>();
    try (var list = Files.list(dir)) {
      list.forEach(f -> files.add(f.getFileName().toString()));
    }
    assertThat(crossReferenceErrors(p)).as("keys of %s", p).isEmpty();
    for (JsonNode r : p.path("resources")) {
      assertThat(r.path("profile").asString()).isEqualTo("tabular-data-resource");
      String path = r.path("path").asString();
      assertThat(files).as("the files beside datapackage.json").contains(path);
      List<String> fields = new ArrayList<>();
      r.path("schema").path("fields").forEach(f -> fields.add(f.path("name").asString()));
      assertThat(header(dir.resolve(path))).as("header of %s", path).isEqualTo(fields);
    }
    return p;
  }

  @Test
  void seedArticleRemittancePackageIsATabularDataPackage(@TempDir Path dir) throws Exception {
    RemittanceCsv.defaults().write(List.of(SeedArticle.remittances()), dir);
    assertValidPackage(dir, 3);
  }

  @Test
  void generatedRemittancePackageIsATabularDataPackage(@TempDir Path dir) throws Exception {
    ModelGenerator g = new ModelGenerator(151);
    List<RemittanceSeries> all = new ArrayList<>();
    Set<SeriesId> ids = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      RemittanceSeries s = g.remittanceSeries();
      if (ids.add(s.id())) {
        all.add(s);
      }
    }
    all.add(g.monthlySeries(50));
    all.add(g.irregularSeries(30));
    RemittanceCsv.defaults().write(all, dir);
    assertValidPackage(dir, 3);
  }

  @Test
  void seedArticleGovernancePackageIsATabularDataPackage(@TempDir Path dir) throws Exception {
    GovernanceTables.defaults().write(SeedArticle.dataset(), dir);
    assertValidPackage(dir, GovernanceTables.TABLES.size());
  }

  @Test
  void generatedGovernancePackageIsATabularDataPackage(@TempDir Path dir) throws Exception {
    GovernanceTables.defaults().write(new ModelGenerator(152).dataset(4, 5, 30), dir);
    assertValidPackage(dir, GovernanceTables.TABLES.size());
  }

  @Test
  void descriptorsInMemoryAreValidToo() {
    assertThat(errors(JSON.readTree(RemittanceCsv.defaults().dataPackage()))).isEmpty();
    assertThat(errors(JSON.readTree(GovernanceTables.defaults().dataPackage()))).isEmpty();
  }

  @Test
  void ajvAgreesThatWrittenPackagesAreValidAndBrokenOnesAreNot(@TempDir Path dir)
      throws Exception {
    Path remittances = Files.createDirectory(dir.resolve("remittances"));
    Path governance = Files.createDirectory(dir.resolve("governance"));
    RemittanceCsv.defaults().write(List.of(SeedArticle.remittances()), remittances);
    GovernanceTables.defaults().write(SeedArticle.dataset(), governance);
    List<String> descriptors = new ArrayList<>();
    for (Path d : List.of(remittances, governance)) {
      descriptors.add(JSON.writeValueAsString(JSON.readTree(Files.readString(
          d.resolve(RemittanceCsv.DATA_PACKAGE_FILE), StandardCharsets.UTF_8))));
    }
    descriptors.add(broken(p -> firstField(p).put("type", "decimal")));
    descriptors.add(broken(p -> observations(p).remove("path")));
    descriptors.add(broken(p -> p.remove("profile")));
    String profile;
    try (InputStream in = FrictionlessProfileTest.class.getResourceAsStream(
        "/frictionless/tabular-data-package.json")) {
      profile = new String(java.util.Objects.requireNonNull(in).readAllBytes(),
          StandardCharsets.UTF_8);
    }
    List<String> verdicts = AjvCheck.verdicts("tabular-data-package.json", profile, descriptors);
    assertThat(verdicts.subList(0, 2)).containsExactly("ok", "ok");
    assertThat(verdicts.get(2)).startsWith("error ").contains("/resources/0/schema/fields/0/type");
    assertThat(verdicts.get(3)).startsWith("error ").contains("/resources/0");
    assertThat(verdicts.get(4)).startsWith("error ").contains("'profile'");
  }

  private static String broken(Consumer<ObjectNode> breakIt) {
    ObjectNode p = (ObjectNode) JSON.readTree(RemittanceCsv.defaults().dataPackage());
    breakIt.accept(p);
    return JSON.writeValueAsString(p);
  }

  // ---------------------------------------------------------------------------------------------
  // the profiles refuse broken descriptors

  private static List<String> errorsOfBroken(Consumer<ObjectNode> breakIt) {
    ObjectNode p = (ObjectNode) JSON.readTree(RemittanceCsv.defaults().dataPackage());
    breakIt.accept(p);
    return errors(p);
  }

  private static ObjectNode observations(ObjectNode p) {
    return (ObjectNode) p.path("resources").get(0);
  }

  private static ObjectNode firstField(ObjectNode p) {
    return (ObjectNode) observations(p).path("schema").path("fields").get(0);
  }

  @Test
  void aFieldTypeOutsideTableSchemaIsRefused() {
    assertThat(errorsOfBroken(p -> firstField(p).put("type", "decimal")))
        .isNotEmpty()
        .anyMatch(e -> e.startsWith("/resources/0/schema/fields/0"))
        .anyMatch(e -> e.startsWith("resource 0: /schema/fields/0"));
  }

  @Test
  void aResourceWithoutPathOrDataIsRefused() {
    assertThat(errorsOfBroken(p -> observations(p).remove("path")))
        .isNotEmpty()
        .anyMatch(e -> e.startsWith("/resources/0"))
        .anyMatch(e -> e.startsWith("resource 0: "));
  }

  @Test
  void aPathThatIsNotAStringOrANonEmptyListIsRefused() {
    assertThat(errorsOfBroken(p -> observations(p).put("path", 3)))
        .anyMatch(e -> e.startsWith("/resources/0/path"));
    assertThat(errorsOfBroken(p -> observations(p).putArray("path")))
        .anyMatch(e -> e.startsWith("/resources/0/path"));
  }

  @Test
  void aPackageWithoutItsProfileIsRefused() {
    assertThat(errorsOfBroken(p -> p.remove("profile")))
        .anyMatch(e -> e.contains("profile"));
  }

  @Test
  void aPackageWithoutResourcesIsRefused() {
    assertThat(errorsOfBroken(p -> p.putArray("resources"))).isNotEmpty();
    assertThat(errorsOfBroken(p -> p.remove("resources"))).anyMatch(e -> e.contains("resources"));
  }

  @Test
  void aResourceNameThatIsNotLowerCaseIsRefused() {
    assertThat(errorsOfBroken(p -> observations(p).put("name", "Remittance Observations")))
        .anyMatch(e -> e.startsWith("/resources/0/name"));
  }

  @Test
  void aFieldWithoutNameOrWithAnUnknownFormatIsRefused() {
    assertThat(errorsOfBroken(p -> firstField(p).remove("name")))
        .anyMatch(e -> e.startsWith("/resources/0/schema/fields/0"));
    assertThat(errorsOfBroken(p -> firstField(p).put("format", "date")))
        .anyMatch(e -> e.startsWith("/resources/0/schema/fields/0"));
  }

  @Test
  void keysThatNameNoFieldOrResourceAreRefused() {
    ObjectNode governance = (ObjectNode) JSON.readTree(GovernanceTables.defaults().dataPackage());
    assertThat(crossReferenceErrors(governance)).isEmpty();
    ObjectNode meetings = null;
    for (JsonNode r : governance.path("resources")) {
      if (r.path("schema").has("foreignKeys")) {
        meetings = (ObjectNode) r;
        break;
      }
    }
    assertThat(meetings).as("a governance table with a foreign key").isNotNull();
    ObjectNode schema = (ObjectNode) meetings.path("schema");
    ObjectNode reference = (ObjectNode) schema.path("foreignKeys").get(0).path("reference");
    reference.put("resource", "nowhere");
    schema.putArray("primaryKey").add("no_such_column");
    assertThat(crossReferenceErrors(governance)).containsExactly(
        meetings.path("name").asString() + ": primary key \"no_such_column\" is not a field",
        meetings.path("name").asString() + ": foreign key references no resource nowhere");
  }

  @Test
  void aMissingValuesListThatIsNotStringsIsRefused() {
    assertThat(errorsOfBroken(p -> {
      ArrayNode mv = ((ObjectNode) observations(p).path("schema")).putArray("missingValues");
      mv.add(0);
    })).anyMatch(e -> e.startsWith("/resources/0/schema/missingValues"));
  }
}
