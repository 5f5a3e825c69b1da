package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Dataset;
import org.migov.model.Meeting;
import org.migov.model.Observation;
import org.migov.model.Source;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link MigovModule} on a user's own mapper writes the bytes {@link MigovJson} writes and reads
 * back equal objects, at the root and nested in the user's types.
 */
class MigovModuleTest {
  private static final MigovJson JSON = MigovJson.defaults();
  private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new MigovModule()).build();
  private static final JsonMapper FOUND = JsonMapper.builder().findAndAddModules().build();

  /** A user's own type, holding model objects. */
  record Wrapper(String name, Meeting meeting, List<Source> sources, Dataset dataset) {}

  static Stream<Arguments> samples() {
    return RoundTripTest.allObjects();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aPlainMapperWithTheModuleWritesTheSameBytesAndReadsBack(String type, Object value) {
    String json = JSON.write(value);
    Class<?> publicType = Samples.publicType(value);

    assertThat(PLAIN.writeValueAsString(value)).isEqualTo(json);
    assertThat(PLAIN.readValue(json, publicType)).isEqualTo(value);
    assertThat(FOUND.writeValueAsString(value)).isEqualTo(json);
    assertThat(FOUND.readValue(json, publicType)).isEqualTo(value);
    assertThat(JSON.mapper().writeValueAsString(value)).isEqualTo(json);
    assertThat(JSON.mapper().readValue(json, publicType)).isEqualTo(value);
  }

  @Test
  void theModuleIsFoundThroughTheServiceLoader() {
    assertThat(FOUND.registeredModules()).hasAtLeastOneElementOfType(MigovModule.class);
    assertThat(tools.jackson.databind.cfg.MapperBuilder.findModules()).extracting(JacksonModule::getModuleName)
        .contains("migov");
    assertThat(new MigovModule().getModuleName()).isEqualTo("migov");
  }

  @Test
  void modelObjectsNestedInAUsersTypeHaveNoFormatVersion() {
    Wrapper wrapper = new Wrapper("seed", Samples.fullMeeting(),
        List.of(Samples.fullSource(), Samples.minimalSource()), Samples.fullDataset());

    String json = PLAIN.writeValueAsString(wrapper);

    assertThat(json).doesNotContain("format_version");
    assertThat(json).isEqualTo("{\"name\":\"seed\",\"meeting\":"
        + withoutVersion(JSON.write(Samples.fullMeeting())) + ",\"sources\":["
        + withoutVersion(JSON.write(Samples.fullSource())) + ","
        + withoutVersion(JSON.write(Samples.minimalSource())) + "],\"dataset\":"
        + withoutVersion(JSON.write(Samples.fullDataset())) + "}");
    assertThat(PLAIN.readValue(json, Wrapper.class)).isEqualTo(wrapper);
    assertThat(FOUND.readValue(json, Wrapper.class)).isEqualTo(wrapper);
  }

  private static String withoutVersion(String document) {
    assertThat(document).startsWith("{\"format_version\":\"1.1\",");
    return "{" + document.substring("{\"format_version\":\"1.1\",".length());
  }

  @Test
  void modelObjectsInCollectionsAndMapsRoundTrip() {
    List<Observation> list = List.of(Samples.fullObservation(), Samples.minimalObservation());
    Map<String, Source> map = Map.of("tw", Samples.fullSource());

    String listJson = PLAIN.writeValueAsString(list);
    String mapJson = PLAIN.writeValueAsString(map);

    assertThat(listJson).doesNotContain("format_version").startsWith("[{\"period\":");
    assertThat(PLAIN.readValue(listJson, new TypeReference<List<Observation>>() {}))
        .isEqualTo(list);
    assertThat(PLAIN.readValue(mapJson, new TypeReference<Map<String, Source>>() {}))
        .isEqualTo(map);
  }

  @Test
  void theMappersOwnSettingsDoNotChangeTheFormat() {
    JsonMapper custom = JsonMapper.builder()
        .addModule(new MigovModule())
        .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
        .changeDefaultPropertyInclusion(
            i -> i.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS))
        .build();

    assertThat(custom.writeValueAsString(Samples.fullDataset()))
        .isEqualTo(JSON.write(Samples.fullDataset()));
    assertThat(custom.writeValueAsString(Samples.minimalMeeting()))
        .isEqualTo(JSON.write(Samples.minimalMeeting()));
  }

  @Test
  void decimalsKeepTheirScaleWhateverTheMappersNumberSettings() {
    JsonMapper plainDecimals = JsonMapper.builder()
        .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .addModule(new MigovModule())
        .build();
    Observation thousand = Observation.of(org.migov.model.Period.ofYear(2025),
        new java.math.BigDecimal("1E+3"));

    String json = plainDecimals.writeValueAsString(thousand);

    assertThat(json).isEqualTo(JSON.write(thousand)).contains("\"value\":1E+3");
    assertThat(plainDecimals.readValue(json, Observation.class)).isEqualTo(thousand);
    assertThat(plainDecimals.writeValueAsString(Samples.fullDataset()))
        .isEqualTo(JSON.write(Samples.fullDataset()));
  }

  @Test
  void aRootDocumentRequiresItsFormatVersion() {
    String json = withoutVersion(JSON.write(Samples.minimalSource()));

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> PLAIN.readValue(json, Source.class));

    assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.detail()).isEqualTo("a top-level document needs \"format_version\": \"1.1\"");
  }

  @Test
  void errorsInsideAUsersTypeCarryTheExceptionWithThePointerFromTheRoot() {
    String json = "{\"name\":\"n\",\"meeting\":{\"id\":\"m\",\"kind\":\"other\",\"title\":\"T\"}}";

    Throwable t = catchThrowable(() -> PLAIN.readValue(json, Wrapper.class));

    assertThat(t).isInstanceOf(DatabindException.class)
        .hasCauseInstanceOf(MigovJsonException.class);
    MigovJsonException e = (MigovJsonException) t.getCause();
    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.pointer()).isEqualTo("/meeting/dialogue");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(json.indexOf("{\"id\"") + 1);
    assertThat(e.detail()).isEqualTo("'dialogue' is required but was not set [required]");
  }

  @Test
  void theModuleRejectsUnknownAndDuplicatePropertiesWithoutTheHardenedParser() {
    String unknown = "{\"format_version\":\"1.0\",\"title\":\"t\",\"author\":\"a\"}";
    String duplicate = "{\"format_version\":\"1.0\",\"title\":\"t\",\"title\":\"u\"}";

    MigovJsonException u = catchThrowableOfType(MigovJsonException.class,
        () -> PLAIN.readValue(unknown, Source.class));
    MigovJsonException d = catchThrowableOfType(MigovJsonException.class,
        () -> PLAIN.readValue(duplicate, Source.class));

    assertThat(u.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
    assertThat(u.pointer()).isEqualTo("/author");
    assertThat(d.problem()).isEqualTo(Problem.DUPLICATE_PROPERTY);
    assertThat(d.pointer()).isEqualTo("/title");
    assertThat(d.detail()).isEqualTo("Duplicate Object property \"title\"");
  }

  @Test
  void theModuleRefusesHugeExponents() {
    String json = "{\"format_version\":\"1.0\",\"period\":\"2025\",\"value\":1e1000000000}";

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> PLAIN.readValue(json, Observation.class));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/value");
  }
}
