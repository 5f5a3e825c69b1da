package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.io.json.Failures.assertFailure;
import static org.migov.io.json.Failures.failure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.io.json.Failures.At;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Dataset;
import org.migov.model.Meeting;
import org.migov.model.Membership;
import org.migov.model.Source;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Missing required properties (reported as model violations with JSON Pointer paths) and unknown
 * properties (rejected, or skipped with {@link MigovJson.Builder#ignoreUnknownProperties()}).
 */
class PropertyErrorTest {
  private static final MigovJson JSON = MigovJson.defaults();
  private static final MigovJson LENIENT = MigovJson.builder().ignoreUnknownProperties().build();
  private static final JsonMapper PLAIN = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonNode DEFS = PLAIN.readTree(MigovJson.schema()).get("$defs");

  // ----- missing required properties

  static Stream<Arguments> requiredProperties() {
    List<Arguments> cases = new ArrayList<>();
    for (String type : Samples.typeNames()) {
      JsonNode required = DEFS.get(type).get("required");
      if (required != null) {
        required.forEach(name -> cases.add(Arguments.of(type, name.asString())));
      }
    }
    return cases.stream();
  }

  @Test
  void everyTypeWithRequiredPropertiesIsCovered() {
    assertThat(requiredProperties().map(a -> (String) a.get()[0]).distinct())
        .hasSizeGreaterThan(20)
        .contains("meeting", "priority_goal", "goal_ref", "remittance_series", "membership");
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("requiredProperties")
  void aMissingRequiredPropertyIsAModelViolationAtItsPointer(String type, String property) {
    Object full = Samples.full().get(type).get();
    ObjectNode tree = (ObjectNode) PLAIN.readTree(JSON.write(full));
    tree.remove(property);
    String json = PLAIN.writeValueAsString(tree);
    String message = "'" + property + "' is required but was not set";

    MigovJsonException e = failure(json, Samples.publicType(full));

    assertFailure(e, Problem.MODEL_VIOLATION, "/" + property, new At(1, 1),
        message + " [required]");
    assertThat(e.violations()).containsExactly(
        Violation.of("/" + property, ViolationCode.REQUIRED, message));
  }

  @Test
  void missingPropertiesInsideADatasetAreNamedFromTheRoot() {
    String json = "{\"format_version\":\"1.0\",\"meetings\":[\n"
        + "{\"id\":\"m\",\"dialogue\":\"d\",\"kind\":\"other\"}]}";

    MigovJsonException e = failure(json, Dataset.class);

    assertFailure(e, Problem.MODEL_VIOLATION, "/meetings/0/title", new At(2, 1),
        "'title' is required but was not set [required]");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("/meetings/0/title");
  }

  @Test
  void everyMissingPropertyOfAnObjectIsListed() {
    String json = "{\"format_version\":\"1.0\",\"meetings\":[{\"id\":\"m\",\"dialogue\":\"d\","
        + "\"kind\":\"other\",\"title\":\"x\"},{}]}";

    MigovJsonException e = failure(json, Dataset.class);

    assertFailure(e, Problem.MODEL_VIOLATION, "/meetings/1/id", At.of(json, "{}"),
        "4 violations, first: 'id' is required but was not set [required] at '/meetings/1/id'");
    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/meetings/1/id", ViolationCode.REQUIRED),
        org.assertj.core.groups.Tuple.tuple("/meetings/1/dialogue", ViolationCode.REQUIRED),
        org.assertj.core.groups.Tuple.tuple("/meetings/1/kind", ViolationCode.REQUIRED),
        org.assertj.core.groups.Tuple.tuple("/meetings/1/title", ViolationCode.REQUIRED));
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.message())
        .matches("'[a-z]+' is required but was not set"));
  }

  @Test
  void missingPropertiesDeepInsideADatasetAreNamedFromTheRoot() {
    String json = "{\"format_version\":\"1.0\",\"dialogues\":[{\"id\":\"bp\",\"name\":\"BP\","
        + "\"working_groups\":[{\"id\":\"wg\",\"name\":\"WG\",\"kind\":\"thematic\",\"terms\":"
        + "[{\"holder\":{\"country\":\"PAK\"}}]}]}]}";

    MigovJsonException e = failure(json, Dataset.class);

    assertFailure(e, Problem.MODEL_VIOLATION, "/dialogues/0/working_groups/0/terms/0/role",
        At.of(json, "{\"holder\""), "'role' is required but was not set [required]");
  }

  @Test
  void aMissingIntegerIsRequiredRatherThanZero() {
    String json = "{\"format_version\":\"1.0\",\"declarations\":[{\"id\":\"d\",\"title\":\"T\","
        + "\"dialogue\":\"bp\",\"kind\":\"other\",\"goals\":[{\"text\":\"a\"}]}]}";

    MigovJsonException e = failure(json, Dataset.class);

    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.violations()).containsExactly(Violation.of("/declarations/0/goals/0/number",
        ViolationCode.REQUIRED, "'number' is required but was not set"));
  }

  @Test
  void aModelViolationKeepsTheModelsExceptionAsCause() {
    MigovJsonException e = failure("{\"format_version\":\"1.0\"}", Source.class);

    assertThat(e).hasCauseInstanceOf(org.migov.validation.ValidationException.class);
    assertThat(((org.migov.validation.ValidationException) e.getCause()).violations())
        .extracting(Violation::code).containsExactly(ViolationCode.SOURCE_UNIDENTIFIED);
  }

  // ----- unknown properties

  @Test
  void anUnknownPropertyIsRejected() {
    String json = "{\"format_version\":\"1.0\",\"title\":\"t\",\"colour\":\"red\"}";

    assertFailure(failure(json, Source.class), Problem.UNKNOWN_PROPERTY, "/colour",
        At.of(json, "\"red\""), "'colour' is not a property of source");
  }

  @Test
  void anUnknownPropertyDeepInsideADatasetIsNamedFromTheRoot() {
    String json = "{\"format_version\":\"1.0\",\"meetings\":[{\"id\":\"m\",\"dialogue\":\"d\","
        + "\"kind\":\"other\",\"title\":\"T\",\"sources\":[{\"title\":\"s\",\"author\":\"x\"}]}]}";

    assertFailure(failure(json, Dataset.class), Problem.UNKNOWN_PROPERTY,
        "/meetings/0/sources/0/author", At.of(json, "\"x\""),
        "'author' is not a property of source");
  }

  @Test
  void anUnknownPropertyOfAPartyIsRejected() {
    String json = "{\"format_version\":\"1.0\",\"party\":{\"state\":\"PAK\"}}";

    assertFailure(failure(json, Membership.class), Problem.UNKNOWN_PROPERTY, "/party/state",
        At.of(json, "\"PAK\""),
        "'state' is not a property of a party; use 'country' or 'organisation'");
  }

  @Test
  void aDocumentOfAnotherTypeHasUnknownProperties() {
    String json = JSON.write(Samples.minimalMeeting());

    assertFailure(failure(json, Source.class), Problem.UNKNOWN_PROPERTY, "/id",
        At.of(json, "\"stockholm-som-2024\""), "'id' is not a property of source");
  }

  @Test
  void javaNamesAndOtherCasesAreUnknown() {
    String camel = JSON.write(Samples.fullMeeting()).replace("host_country", "hostCountry");
    String upper = JSON.write(Samples.minimalSource()).replace("\"title\"", "\"Title\"");

    assertThat(failure(camel, Meeting.class))
        .extracting(MigovJsonException::problem, MigovJsonException::pointer,
            MigovJsonException::detail)
        .containsExactly(Problem.UNKNOWN_PROPERTY, "/hostCountry",
            "'hostCountry' is not a property of meeting");
    assertThat(failure(upper, Source.class).pointer()).isEqualTo("/Title");
  }

  @Test
  void namesWrittenWithEscapesAreTheNamesTheySpell() {
    // "t\u0069tle" is "title", "c\u006funtry" is "country": JSON compares names unescaped
    String json = "{\"format_version\":\"1.0\",\"t\\u0069tle\":\"T\","
        + "\"\\u0070ublisher\":\"P\"}";
    String party = "{\"format_version\":\"1.0\",\"party\":{\"c\\u006funtry\":\"PAK\"}}";
    Source expected = Source.builder().title("T").publisher("P").build();

    assertThat(JSON.read(json, Source.class)).isEqualTo(expected);
    assertThat(JSON.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Source.class))
        .isEqualTo(expected);
    assertThat(JSON.read(party, Membership.class).party())
        .isEqualTo(org.migov.model.Party.country(org.migov.model.CountryCode.of("PAK")));
  }

  @Test
  void namesThatOnlyBeginOrEndLikeAPropertyAreUnknown() {
    for (String name : List.of("titl", "titles", "xtitle", "publisher_", "format_versio",
        "format_version2")) {
      String json = "{\"format_version\":\"1.0\",\"title\":\"t\",\"" + name + "\":1}";

      MigovJsonException e = failure(json, Source.class);

      assertThat(e.problem()).as(name).isEqualTo(Problem.UNKNOWN_PROPERTY);
      assertThat(e.pointer()).as(name).isEqualTo("/" + name);
      assertThat(e.detail()).as(name).isEqualTo("'" + name + "' is not a property of source");
    }
    for (String name : List.of("countr", "country_", "organisations")) {
      String json = "{\"format_version\":\"1.0\",\"party\":{\"" + name + "\":\"PAK\"}}";

      assertThat(failure(json, Membership.class))
          .extracting(MigovJsonException::problem, MigovJsonException::pointer)
          .containsExactly(Problem.UNKNOWN_PROPERTY, "/party/" + name);
    }
  }

  @Test
  void aLongUnknownNameIsAbbreviatedInTheMessage() {
    String name = "x".repeat(150);
    String json = "{\"format_version\":\"1.0\",\"title\":\"t\",\"" + name + "\":1}";

    MigovJsonException e = failure(json, Source.class);

    assertThat(e.pointer()).isEqualTo("/" + name);
    assertThat(e.detail()).isEqualTo("'" + "x".repeat(40) + "…' is not a property of source");
  }

  @Test
  void abbreviatingNeverCutsACharacterInTwo() {
    String name = "x".repeat(39) + "🌍🌍";
    String json = "{\"format_version\":\"1.0\",\"title\":\"t\",\"" + name + "\":1}";

    MigovJsonException e = failure(json, Source.class);

    assertThat(e.detail()).isEqualTo("'" + "x".repeat(39) + "…' is not a property of source");
    assertThat(e.getMessage().codePoints()).as("no lone surrogate")
        .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }

  @Test
  void unknownPropertiesAreSkippedWhenConfigured() {
    String json = "{\"format_version\":\"1.0\",\"extension\":{\"a\":[1,{\"b\":null}],\"c\":\"d\"},"
        + "\"id\":\"stockholm-som-2024\",\"dialogue\":\"budapest-process\",\"kind\":"
        + "\"senior_officials_meeting\",\"x-rank\":3.5,\"title\":\"34th Senior Officials "
        + "Meeting\",\"participants\":[{\"country\":\"SWE\",\"note\":[\"host\"]}],\"tags\":[]}";
    Meeting expected = Samples.minimalMeeting().toBuilder()
        .addParticipants(org.migov.model.Party.country(org.migov.model.CountryCode.of("SWE")))
        .build();

    assertThat(LENIENT.read(json, Meeting.class)).isEqualTo(expected);
    assertThat(failure(json, Meeting.class).pointer()).isEqualTo("/extension");
  }

  @Test
  void skippingUnknownPropertiesStillChecksWhatIsKnown() {
    String json = "{\"format_version\":\"1.0\",\"extra\":1,\"title\":5}";

    assertFailure(failure(LENIENT, json, Source.class), Problem.WRONG_TYPE, "/title",
        At.of(json, "5"), "expected a string but found a number");
  }

  @Test
  void skippedUnknownPropertiesStillNeedWellFormedJson() {
    String json = "{\"format_version\":\"1.0\",\"extra\":[1,2,,3],\"title\":\"t\"}";

    MigovJsonException e = failure(LENIENT, json, Source.class);

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.pointer()).as("where the third element was expected").isEqualTo("/extra/2");
    assertThat(e.detail()).startsWith("Unexpected character (',' (code 44))");
  }

  @Test
  void theLenientReaderWritesTheSameBytes() {
    assertThat(LENIENT.write(Samples.fullDataset())).isEqualTo(JSON.write(Samples.fullDataset()));
    assertThat(LENIENT.read(JSON.write(Samples.fullDataset()), Dataset.class))
        .isEqualTo(Samples.fullDataset());
  }
}
