package org.migov.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.io.json.MigovJson;
import org.migov.io.json.MigovJsonException;
import org.migov.model.Meeting;
import org.migov.model.PartialDate;
import org.migov.model.Source;
import org.junit.jupiter.api.Test;
import org.migov.model.Dataset;
import org.migov.testing.ModelGenerator;
import org.migov.testing.SeedArticle;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The generated {@link Writers} and {@link Readers} are those of the field tables, and write and
 * read what the fields write and read. After a change to the format, regenerate them with {@code
 * mvn -pl io -am test -Dtest=GeneratedSourcesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmigov.sources.update=true}, run the test again without the property (the first run tests the
 * code compiled before the files were written), and review the diff. Out-of-date code that still
 * compiles is not used (each codec takes generated code only if its fields are those it was
 * generated from); if it no longer compiles (a getter renamed), replace each file by a class with
 * an empty {@code static void load()} and regenerate.
 */
class GeneratedSourcesTest {
  @Test
  void shippedWritersAreTheGeneratedOnes() throws IOException {
    assertShipped(GeneratedSources.WRITERS, GeneratedSources.writers());
  }

  @Test
  void shippedReadersAreTheGeneratedOnes() throws IOException {
    assertShipped(GeneratedSources.READERS, GeneratedSources.readers());
  }

  private static void assertShipped(String path, String generated) throws IOException {
    Path file = Path.of(path);
    if (Boolean.getBoolean("migov.sources.update")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it (see this test's Javadoc)", file)
        .isEqualTo(generated);
  }

  @Test
  void everyPropertyIsWrittenDirectlyButTheSeriesObservationsAndTheUnitMultiplier() {
    // the fields left to the table: the series' observations (written from the series' storage)
    // and its integer with a default; a new property falling back unnoticed would be slow
    assertThat(GeneratedSources.writers())
        .contains("REMITTANCE_SERIES_OBSERVATIONS.write(g, v);")
        .contains("REMITTANCE_SERIES_UNIT_MULTIPLIER.write(g, v);")
        .satisfies(source -> assertThat(source.split("private static final Field<", -1))
            .hasSize(3));
  }

  @Test
  void everyPropertyIsReadDirectlyButSetsAndTheSeriesOwnProperties() {
    // left to the fields: the two sets (duplicates refused), the series' observations (read
    // into its storage) and unit multiplier (an integer with a default): each type's switch
    // lists the others
    String readers = GeneratedSources.readers();
    assertThat(readers.split("\n        case ", -1)).hasSize(1 + ModelCodecs.ALL.stream()
        .mapToInt(c -> c.fields().size()).sum() - 4);
    assertThat(readers).contains("b.addConveners(PARTY.read(in));",
        "b.id(MeetingId.of(Scalars.readString(in)));", "b.start(Scalars.readDate(in));");
  }

  @Test
  void generatedWritersWriteTheBytesOfTheFields() {
    for (long seed = 1; seed <= 20; seed++) {
      Dataset dataset = new ModelGenerator(seed).dataset(6, 12, 40);
      assertThat(write(dataset)).as("seed %d", seed)
          .isEqualTo(withFieldsOnly(() -> write(dataset)));
    }
    Dataset article = SeedArticle.dataset();
    assertThat(write(article)).isEqualTo(withFieldsOnly(() -> write(article)));
  }

  /** Dates are written from their numbers: each precision, years of one to four digits. */
  @ParameterizedTest
  @ValueSource(ints = {1, 9, 10, 99, 100, 999, 1000, 2025, 9999})
  void datesAreWrittenAsTheirTextAndReadBack(int year) {
    MigovJson json = MigovJson.defaults();
    for (PartialDate date : List.of(PartialDate.ofYear(year), PartialDate.ofMonth(year, 1),
        PartialDate.ofMonth(year, 12), PartialDate.of(year, 1, 9), PartialDate.of(year, 12, 31))) {
      Source source = Source.builder().title("t").published(date).build();
      String written = json.write(source);
      assertThat(written).contains("\"published\":\"" + date + "\"");
      assertThat(json.read(written, Source.class)).isEqualTo(source);
    }
  }

  @Test
  void generatedReadersReadWhatTheFieldsRead() {
    MigovJson json = MigovJson.defaults();
    for (long seed = 1; seed <= 20; seed++) {
      byte[] bytes = json.write(new ModelGenerator(seed).dataset(6, 12, 40))
          .getBytes(StandardCharsets.UTF_8);
      Dataset read = json.read(bytes, Dataset.class);
      assertThat(read).as("seed %d", seed)
          .isEqualTo(withFieldsOnly(() -> json.read(bytes, Dataset.class)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"format_version\": \"1.0\", \"id\": \"Not An Id\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \"t\"}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \"t\", \"start\": \"2025-02-30\"}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \"t\", \"host_country\": \"XXX\"}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"summit\", \"title\": \"t\"}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": 7}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \"t\", \"participants\": {}}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \"t\", \"ordinal\": 1e3}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \"t\","
          + " \"opened_by\": [\"a\", \"B c\"]}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \"t\", \"participation\":"
          + " [{\"value\": 5, \"counts\": [\"states\", \"states\"]}]}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \"t\", \"statements\":"
          + " [{\"speaker\": \"p\", \"kind\": \"remarks\","
          + " \"on_behalf_of\": {\"country\": \"ZZZ\"}}]}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \"t\", \"sources\":"
          + " [{\"title\": \"s\", \"url\": \"not a url\"}]}",
      "{\"format_version\": \"1.0\", \"id\": \"m\", \"dialogue\": \"d\","
          + " \"kind\": \"ministerial_conference\", \"title\": \" \", \"duration_days\": 0}"})
  void generatedReadersFailAsTheFieldsFail(String document) {
    assertFailsAsTheFields(document, Meeting.class);
  }

  /** Documents of other types, each wrong at one property. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("otherTypes")
  void generatedReadersOfOtherTypesFailAsTheFieldsFail(Class<?> type, String document) {
    assertFailsAsTheFields(document, type);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> otherTypes() {
    String v = "{\"format_version\": \"1.0\", ";
    String series = v + "\"id\": \"s\", \"reporter\": \"PAK\", \"direction\": \"inflow\","
        + " \"measure\": \"other\", \"frequency\": \"monthly\", \"currency\": ";
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(org.migov.model.RemittanceSeries.class,
            series + "\"XYZ\"}"),
        org.junit.jupiter.params.provider.Arguments.of(org.migov.model.RemittanceSeries.class,
            series + "\"USD\", \"observations\": [{\"period\": \"2025-01\", \"value\": 1},"
                + " {\"period\": \"2025-01\", \"value\": 2}]}"),
        org.junit.jupiter.params.provider.Arguments.of(org.migov.model.RemittanceSeries.class,
            series + "\"USD\", \"unit_multiplier\": 19}"),
        org.junit.jupiter.params.provider.Arguments.of(org.migov.model.Organisation.class,
            v + "\"id\": \"o\", \"name\": \"n\", \"kind\": \"other\", \"motto\": 1}"),
        org.junit.jupiter.params.provider.Arguments.of(org.migov.model.Organisation.class,
            v + "\"id\": \"o\", \"name\": null, \"kind\": \"other\"}"),
        org.junit.jupiter.params.provider.Arguments.of(org.migov.model.Figure.class,
            v + "\"value\": 1, \"counts\": []}"),
        org.junit.jupiter.params.provider.Arguments.of(org.migov.model.RegionListing.class,
            v + "\"countries\": [\"PAK\", null]}"),
        org.junit.jupiter.params.provider.Arguments.of(Source.class,
            v + "\"title\": \"t\", \"published\": \"2025-13\"}"),
        org.junit.jupiter.params.provider.Arguments.of(org.migov.model.GoalRef.class,
            v + "\"declaration\": \"d\", \"goal\": 0}"),
        org.junit.jupiter.params.provider.Arguments.of(org.migov.model.Person.class,
            v + "\"id\": \"p\", \"name\": \"n\", \"positions\": [{\"title\": 5}]}"),
        org.junit.jupiter.params.provider.Arguments.of(Dataset.class,
            v + "\"meetings\": [{\"id\": \"m\", \"dialogue\": \"d\", \"kind\": \"other\","
                + " \"title\": \"t\", \"sessions\": [{\"count\": \"two\"}]}]}"));
  }

  /** A meeting, as the only one of a dataset, for the documents below. */
  private static String inDataset(String meetingProperties) {
    return "{\"format_version\": \"1.0\", \"meetings\": [{\"id\": \"m\", \"dialogue\": \"d\","
        + " \"kind\": \"other\", \"title\": \"t\"" + meetingProperties + "}]}";
  }

  /**
   * Objects read by the generated object loops (nested ones: a top-level object hands the loop
   * over to the codec at its version, when that comes first) fail as the codec's loop fails, on
   * each path of the loop: an unknown property (strict, and lenient: ignored, then met twice), a
   * known property twice around an unknown one, null where required, missing properties with and
   * without the model's violations, a nested version (once, twice, wrong), and top-level objects
   * without the version or with it last.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      ", \"motto\": 1",
      ", \"city\": \"a\", \"city\": \"b\"",
      ", \"title\": \"u\"",
      ", \"title\": null",
      ", \"advances\": [{\"declaration\": \"d\"}]",
      ", \"participation\": [{\"value\": 5}]",
      ", \"participation\": [{\"qualifier\": \"about\", \"description\": \" \"}]",
      ", \"participation\": [{\"value\": 5, \"counts\": [\"states\"], \"as_of\": \"x\"}]",
      ", \"ordinal\": 0, \"duration_days\": 0",
      ", \"format_version\": \"2.0\"",
      ", \"format_version\": \"1.0\", \"format_version\": \"1.0\"",
      ", \"format_version\": \"1.0\", \"motto\": 1"})
  void generatedObjectLoopsFailAsTheCodecLoopFails(String meetingProperties) {
    assertFailsAsTheFields(inDataset(meetingProperties), Dataset.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      ", \"motto\": 1, \"motto\": 2",
      ", \"city\": \"a\", \"motto\": 1, \"city\": \"b\"",
      ", \"motto\": 1, \"title\": \"u\"",
      ", \"motto\": {\"a\": 1, \"a\": 2}",
      ", \"motto\": 1, \"participation\": [{\"value\": 5, \"note\": \"n\"}]"})
  void generatedObjectLoopsFailAsTheCodecLoopFailsWhenUnknownPropertiesAreIgnored(
      String meetingProperties) {
    assertFailsAsTheFields(inDataset(meetingProperties), Dataset.class,
        MigovJson.builder().ignoreUnknownProperties().build());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"meetings\": []}",
      "{\"meetings\": [], \"format_version\": \"2.0\"}",
      "{\"title\": \"t\", \"publisher\": \"p\"}"})
  void topLevelObjectsWithoutTheVersionFirstFailAsTheCodecLoopFails(String document) {
    assertFailsAsTheFields(document, document.contains("title") ? Source.class : Dataset.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"meetings\": [], \"format_version\": \"1.0\"}",
      "{\"title\": \"t\", \"format_version\": \"1.0\", \"publisher\": \"p\"}",
      "{\"format_version\": \"1.0\", \"meetings\": [{\"id\": \"m\", \"format_version\": \"1.3\","
          + " \"dialogue\": \"d\", \"kind\": \"other\", \"title\": \"t\", \"city\": null}]}"})
  void generatedObjectLoopsReadWhatTheCodecLoopReads(String document) {
    MigovJson json = MigovJson.defaults();
    Class<?> type = document.contains("publisher") ? Source.class : Dataset.class;
    Object read = json.read(document, type);
    assertThat(read).isEqualTo(withFieldsOnly(() -> json.read(document, type)));
  }

  @Test
  void unknownPropertiesIgnoredAreIgnoredAsTheCodecLoopIgnoresThem() {
    MigovJson lenient = MigovJson.builder().ignoreUnknownProperties().build();
    String document = inDataset(", \"motto\": [1, {\"x\": 2}], \"city\": \"c\","
        + " \"participation\": [{\"note\": null, \"value\": 5, \"counts\": [\"states\"]}]");
    Dataset read = lenient.read(document, Dataset.class);
    assertThat(read.meetings().get(0).city()).contains("c");
    assertThat(read).isEqualTo(withFieldsOnly(() -> lenient.read(document, Dataset.class)));
  }

  private static void assertFailsAsTheFields(String document, Class<?> type) {
    assertFailsAsTheFields(document, type, MigovJson.defaults());
  }

  private static void assertFailsAsTheFields(String document, Class<?> type, MigovJson json) {
    MigovJsonException generated = catchThrowableOfType(MigovJsonException.class,
        () -> json.read(document, type));
    MigovJsonException fields = withFieldsOnly(() -> catchThrowableOfType(
        MigovJsonException.class, () -> json.read(document, type)));
    assertThat(generated).isNotNull();
    assertThat(fields).isNotNull();
    assertThat(generated.problem()).isEqualTo(fields.problem());
    assertThat(generated.pointer()).isEqualTo(fields.pointer());
    assertThat(generated.line()).isEqualTo(fields.line());
    assertThat(generated.column()).isEqualTo(fields.column());
    assertThat(generated.getMessage()).isEqualTo(fields.getMessage());
    assertThat(generated.violations()).isEqualTo(fields.violations());
  }

  /** GOAL_REF's fields, or a variant of them. */
  private static ObjectCodec<org.migov.model.GoalRef, org.migov.model.GoalRef.Builder> goalRef(
      List<Field<org.migov.model.GoalRef, org.migov.model.GoalRef.Builder>> fields) {
    return new ObjectCodec<>("goal_ref", org.migov.model.GoalRef::builder,
        org.migov.model.GoalRef.Builder::build, fields);
  }

  @Test
  void generatedCodeIsSetOnlyOnTheFieldsItWasGeneratedFrom() {
    var declaration = Field.<org.migov.model.GoalRef, org.migov.model.GoalRef.Builder,
        org.migov.model.DeclarationId>required("declaration", ModelCodecs.DECLARATION_ID,
        org.migov.model.GoalRef::declaration, org.migov.model.GoalRef.Builder::declaration);
    var goal = Field.<org.migov.model.GoalRef, org.migov.model.GoalRef.Builder>integer("goal", 1,
        org.migov.model.GoalRef::goal, org.migov.model.GoalRef.Builder::goal);
    int signature = ModelCodecs.GOAL_REF.signature();
    assertThat(goalRef(List.of(declaration, goal)).signature()).isEqualTo(signature);
    // another order, a property fewer or more, another kind, another codec, another name
    assertThat(List.of(
        goalRef(List.of(goal, declaration)),
        goalRef(List.of(declaration)),
        goalRef(List.of(declaration, goal, Field.<org.migov.model.GoalRef,
            org.migov.model.GoalRef.Builder, String>optional("note", Scalars.STRING,
                r -> java.util.Optional.empty(), (b, v) -> { }))),
        goalRef(List.of(Field.<org.migov.model.GoalRef, org.migov.model.GoalRef.Builder,
            org.migov.model.DeclarationId>optional("declaration", ModelCodecs.DECLARATION_ID,
            r -> java.util.Optional.of(r.declaration()),
            org.migov.model.GoalRef.Builder::declaration), goal)),
        goalRef(List.of(declaration, Field.<org.migov.model.GoalRef,
            org.migov.model.GoalRef.Builder>integer("goal", 0, org.migov.model.GoalRef::goal,
            org.migov.model.GoalRef.Builder::goal))),
        goalRef(List.of(declaration, Field.<org.migov.model.GoalRef,
            org.migov.model.GoalRef.Builder>integer("number", 1, org.migov.model.GoalRef::goal,
            org.migov.model.GoalRef.Builder::goal)))))
        .extracting(ObjectCodec::signature)
        .doesNotContain(signature)
        .doesNotHaveDuplicates();
    assertThat(GeneratedSources.writers()).contains(
        "  private static final boolean GOAL_REF_CURRENT =\n"
            + "      ModelCodecs.GOAL_REF.signature() == " + signature + ";\n",
        "    if (GOAL_REF_CURRENT) {\n"
            + "      ModelCodecs.GOAL_REF.writeWith(Writers::goalRefProperties);",
        // a nested object written by code not current is written by its fields
        "  static void goalRef(JsonGenerator g, GoalRef v) {\n"
            + "    if (!GOAL_REF_CURRENT) {\n"
            + "      ModelCodecs.GOAL_REF.write(g, v);\n");
    assertThat(GeneratedSources.readers()).contains(
        "    if (GOAL_REF_CURRENT) {\n"
            + "      ModelCodecs.GOAL_REF.readWith(Readers::goalRefProperty, Readers::goalRef);",
        "  static GoalRef goalRef(In in) {\n"
            + "    ObjectCodec<GoalRef, GoalRef.Builder> c = ModelCodecs.GOAL_REF;\n"
            + "    if (!GOAL_REF_CURRENT) {\n"
            + "      return c.read(in);\n");
  }

  @Test
  void everyCodecWritesAndReadsThroughItsGeneratedCode() {
    ModelCodecs.forType(Dataset.class);
    assertThat(ModelCodecs.ALL).allSatisfy(c -> {
      assertThat(c.writer()).isNotNull();
      assertThat(c.reader()).isNotNull();
      assertThat(c.objectReader()).isNotNull();
    });
  }

  private static String write(Dataset dataset) {
    ModelCodecs.forType(Dataset.class); // sets the generated code
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      ModelCodecs.DATASET.write(g, dataset);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Runs {@code action} with the fields doing all the work, the generated code set aside. */
  private static <R> R withFieldsOnly(Supplier<R> action) {
    ModelCodecs.forType(Dataset.class);
    List<Runnable> restore = new ArrayList<>();
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) { // tests run one at a time: nothing else runs
      restore.add(setAside(c));
    }
    try {
      return action.get();
    } finally {
      restore.forEach(Runnable::run);
    }
  }

  private static <T, B> Runnable setAside(ObjectCodec<T, B> codec) {
    ObjectCodec.PropertiesWriter<T> writer = codec.writer();
    ObjectCodec.PropertyReader<B> reader = codec.reader();
    ObjectCodec.ObjectReader<T> objectReader = codec.objectReader();
    codec.writeWith(null);
    codec.readWith(null, null);
    return () -> {
      codec.writeWith(writer);
      codec.readWith(reader, objectReader);
    };
  }
}
