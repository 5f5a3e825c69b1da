package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Counted;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.Dialogue;
import org.migov.model.Figure;
import org.migov.model.Frequency;
import org.migov.model.Meeting;
import org.migov.model.Observation;
import org.migov.model.Organisation;
import org.migov.model.Period;
import org.migov.model.Person;
import org.migov.model.PriorityGoal;
import org.migov.model.RemittanceSeries;
import org.migov.model.Source;
import org.migov.validation.ViolationCode;

/**
 * Every document the library writes validates against {@link MigovJson#schema()}; broken
 * documents are rejected by the schema; and documents the schema accepts but that break rules of
 * the model are rejected by the library, naming the offending value.
 */
class SchemaValidationTest {
  private static final MigovJson JSON = MigovJson.defaults();

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    Schema meta = SchemaCheck.REGISTRY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(meta.validate(MigovJson.schema(), InputFormat.JSON)).isEmpty();
    assertThat(meta.validate("{\"type\": 12}", InputFormat.JSON))
        .as("the meta-schema does reject broken schemas").isNotEmpty();
  }

  // ----- what the library writes is valid

  static Stream<Arguments> samples() {
    return Stream.concat(RoundTripTest.fullObjects(), RoundTripTest.minimalObjects());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyWrittenDocumentIsValid(String type, Object value) {
    SchemaCheck.assertValid(JSON.write(value));
    SchemaCheck.assertValid(JSON.pretty().write(value));
  }

  static Stream<Object> variants() {
    List<Object> values = new ArrayList<>();
    RoundTripTest.texts().forEach(a -> {
      String text = (String) a.get()[1];
      values.add(Source.builder().title(text).publisher(text).build());
      values.add(Samples.minimalMeeting().toBuilder().title(text).addNotes(text).build());
    });
    for (String v : List.of("34.9", "38", "1E+3", "0.000", "-5", "123456789012345678901234567890",
        "1E-100", "1E+100", "-98765432109876543210.123456789")) {
      values.add(Observation.of(Period.ofYear(2025), new BigDecimal(v)));
      values.add(Samples.minimalRemittanceSeries().toBuilder().frequency(Frequency.IRREGULAR)
          .addObservations(Period.ofMonth(2025, 1), new BigDecimal(v)).build());
    }
    RoundTripTest.periods().forEach(p -> values.add(Observation.of(p, BigDecimal.ONE)));
    RoundTripTest.frequencies().forEach(a -> values.add(Samples.minimalRemittanceSeries()
        .toBuilder().frequency((Frequency) a.get()[0])
        .addObservations((Period) a.get()[1], BigDecimal.TEN).build()));
    for (Counted c : Counted.values()) {
      values.add(Figure.builder().value(BigDecimal.ONE).addCounts(c).build());
    }
    for (org.migov.model.ObservationStatus s : org.migov.model.ObservationStatus.values()) {
      for (org.migov.model.Qualifier q : org.migov.model.Qualifier.values()) {
        values.add(Samples.fullObservation().toBuilder().status(s).qualifier(q).build());
      }
    }
    for (org.migov.model.MeetingKind k : org.migov.model.MeetingKind.values()) {
      values.add(Samples.fullMeeting().toBuilder().kind(k).build());
    }
    for (org.migov.model.OrganisationKind k : org.migov.model.OrganisationKind.values()) {
      values.add(Samples.fullOrganisation().toBuilder().kind(k).build());
    }
    for (org.migov.model.DeclarationKind k : org.migov.model.DeclarationKind.values()) {
      values.add(Samples.fullDeclaration().toBuilder().kind(k).build());
    }
    return values.stream();
  }

  @ParameterizedTest
  @MethodSource("variants")
  void writtenTextsNumbersPeriodsAndEnumsAreValid(Object value) {
    SchemaCheck.assertValid(JSON.write(value));
  }

  @Test
  void everyJsonLinesLineIsAValidDocument() {
    List<Object> values = samples().map(a -> a.get()[1]).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeLines(values, out);

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(values.size());
    for (String line : lines) {
      SchemaCheck.assertValid(line);
    }
  }

  // ----- broken documents: the schema rejects them, and so does the library

  static Stream<Arguments> broken() {
    String meeting = "\"id\":\"m\",\"dialogue\":\"d\",\"kind\":\"other\",\"title\":\"T\"";
    return Stream.of(
        Arguments.of("no format_version", Source.class, "{\"title\":\"t\"}",
            Problem.UNSUPPORTED_VERSION, ""),
        Arguments.of("format_version 2.0", Source.class,
            "{\"format_version\":\"2.0\",\"title\":\"t\"}",
            Problem.UNSUPPORTED_VERSION, "/format_version"),
        Arguments.of("an unknown property", Source.class,
            "{\"format_version\":\"1.0\",\"title\":\"t\",\"author\":\"x\"}",
            Problem.UNKNOWN_PROPERTY, "/author"),
        Arguments.of("a number for a string", Source.class,
            "{\"format_version\":\"1.0\",\"title\":5}", Problem.WRONG_TYPE, "/title"),
        Arguments.of("a blank text", Source.class,
            "{\"format_version\":\"1.0\",\"title\":\"   \"}", Problem.MODEL_VIOLATION, "/title"),
        Arguments.of("an id with capitals", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting.replace("\"m\"", "\"Islamabad-2025\"") + "}",
            Problem.INVALID_VALUE, "/id"),
        Arguments.of("a lower-case country", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting + ",\"host_country\":\"pak\"}",
            Problem.INVALID_VALUE, "/host_country"),
        Arguments.of("month 13", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting + ",\"start\":\"2025-13\"}",
            Problem.INVALID_VALUE, "/start"),
        Arguments.of("quarter 5", Observation.class,
            "{\"format_version\":\"1.0\",\"period\":\"2025-Q5\",\"value\":1}",
            Problem.INVALID_VALUE, "/period"),
        Arguments.of("an upper-case enum", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting.replace("other", "OTHER") + "}",
            Problem.INVALID_VALUE, "/kind"),
        Arguments.of("a party of both kinds", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting
                + ",\"participants\":[{\"country\":\"PAK\",\"organisation\":\"icmpd\"}]}",
            Problem.INVALID_VALUE, "/participants/0/organisation"),
        Arguments.of("a decimal as a string", Observation.class,
            "{\"format_version\":\"1.0\",\"period\":\"2025\",\"value\":\"34.9\"}",
            Problem.WRONG_TYPE, "/value"),
        Arguments.of("an ftp url", Source.class,
            "{\"format_version\":\"1.0\",\"title\":\"t\",\"url\":\"ftp://example.org/\"}",
            Problem.MODEL_VIOLATION, "/url"),
        Arguments.of("a figure without value in a meeting", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting
                + ",\"participation\":[{\"counts\":[\"states\"]}]}",
            Problem.MODEL_VIOLATION, "/participation/0/value"),
        Arguments.of("goal number 0", PriorityGoal.class,
            "{\"format_version\":\"1.0\",\"number\":0,\"text\":\"x\"}",
            Problem.MODEL_VIOLATION, "/number"),
        Arguments.of("an array as the document", Dataset.class, "[]", Problem.WRONG_TYPE, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void brokenDocumentsAreRejectedByTheSchemaAndTheLibrary(String label, Class<?> type,
      String json, Problem problem, String pointer) {
    List<Error> errors = SchemaCheck.errors(json);
    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> JSON.read(json, type));

    assertThat(errors).as("schema errors").isNotEmpty();
    assertThat(e).as("the library's exception").isNotNull();
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.pointer()).isEqualTo(pointer);
  }

  @Test
  void schemaErrorsNameTheOffendingValue() {
    String json = "{\"format_version\":\"1.0\",\"meetings\":[{\"id\":\"m\",\"dialogue\":\"d\","
        + "\"kind\":\"other\",\"title\":\"T\",\"host_country\":\"pak\"}]}";

    assertThat(SchemaCheck.errors(json)).extracting(er -> er.getInstanceLocation().toString())
        .anySatisfy(location -> assertThat(location).contains("host_country"));
  }

  // ----- valid by the schema, invalid by the model: the library rejects them

  static Stream<Arguments> validButBreakingModelRules() {
    String meeting = "\"id\":\"m\",\"dialogue\":\"d\",\"kind\":\"other\",\"title\":\"T\"";
    String declaration = "\"id\":\"d\",\"title\":\"T\",\"dialogue\":\"bp\",\"kind\":\"other\"";
    String series = "\"id\":\"s\",\"reporter\":\"PAK\",\"direction\":\"inflow\","
        + "\"measure\":\"other\",\"currency\":\"USD\"";
    return Stream.of(
        Arguments.of("reversed meeting dates in a dataset", Dataset.class,
            "{\"format_version\":\"1.0\",\"meetings\":[{" + meeting
                + ",\"start\":\"2025-06-19\",\"end\":\"2025-06-18\"}]}",
            Problem.MODEL_VIOLATION, "/meetings/0/end", ViolationCode.DATE_RANGE_REVERSED,
            "'end' (2025-06-18) lies before the start (2025-06-19)"),
        Arguments.of("a reversed implementation period", Declaration.class,
            "{\"format_version\":\"1.0\"," + declaration
                + ",\"implementation_start\":\"2030\",\"implementation_end\":\"2025-12\"}",
            Problem.MODEL_VIOLATION, "/implementation_end", ViolationCode.DATE_RANGE_REVERSED,
            "'implementationEnd' (2025-12) lies before the start (2030)"),
        Arguments.of("a reversed position", Person.class,
            "{\"format_version\":\"1.0\",\"id\":\"p\",\"name\":\"P\",\"positions\":[{\"title\":"
                + "\"a\"},{\"title\":\"b\",\"start\":\"2020\",\"end\":\"2019-12-31\"}]}",
            Problem.MODEL_VIOLATION, "/positions/1/end", ViolationCode.DATE_RANGE_REVERSED,
            "'end' (2019-12-31) lies before the start (2020)"),
        Arguments.of("a reversed membership in a dialogue in a dataset", Dataset.class,
            "{\"format_version\":\"1.0\",\"dialogues\":[{\"id\":\"bp\",\"name\":\"BP\",\"members\":"
                + "[{\"party\":{\"country\":\"HUN\"},\"since\":\"2006\",\"until\":\"1993\"}]}]}",
            Problem.MODEL_VIOLATION, "/dialogues/0/members/0/until",
            ViolationCode.DATE_RANGE_REVERSED, "'until' (1993) lies before the start (2006)"),
        Arguments.of("duplicate goal numbers", Declaration.class,
            "{\"format_version\":\"1.0\"," + declaration + ",\"goals\":[{\"number\":1,\"text\":"
                + "\"a\"},{\"number\":2,\"text\":\"b\"},{\"number\":2,\"text\":\"c\"}]}",
            Problem.MODEL_VIOLATION, "/goals/2/number", ViolationCode.GOALS_ORDER,
            "goal number 2 follows goal number 2"),
        Arguments.of("goals out of order in a dataset", Dataset.class,
            "{\"format_version\":\"1.0\",\"declarations\":[{" + declaration + ",\"goals\":[{"
                + "\"number\":2,\"text\":\"a\"},{\"number\":1,\"text\":\"b\"}]}]}",
            Problem.MODEL_VIOLATION, "/declarations/0/goals/1/number", ViolationCode.GOALS_ORDER,
            "goal number 1 follows goal number 2"),
        Arguments.of("an organisation that is its own parent", Organisation.class,
            "{\"format_version\":\"1.0\",\"id\":\"a\",\"name\":\"A\",\"kind\":\"ngo\","
                + "\"parent\":\"a\"}",
            Problem.MODEL_VIOLATION, "/parent", ViolationCode.ORGANISATION_PARENT_CYCLE,
            "an organisation cannot be its own parent"),
        Arguments.of("a negative figure", Figure.class,
            "{\"format_version\":\"1.0\",\"value\":-65,\"counts\":[\"delegates\"]}",
            Problem.MODEL_VIOLATION, "/value", ViolationCode.VALUE_OUT_OF_RANGE,
            "'value' is -65 but must not be negative"),
        Arguments.of("a duration that does not fit the dates", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting
                + ",\"start\":\"2025-06\",\"end\":\"2025-06\",\"duration_days\":31}",
            Problem.MODEL_VIOLATION, "/duration_days", ViolationCode.DURATION_MISMATCH,
            "a duration of 31 days does not fit between 2025-06 and 2025-06 (1 to 30 days)"),
        Arguments.of("a participant twice", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting
                + ",\"participants\":[{\"country\":\"PAK\"},{\"country\":\"PAK\"}]}",
            Problem.MODEL_VIOLATION, "/participants/1", ViolationCode.COLLECTION_DUPLICATE,
            "'participants' holds country:PAK more than once"),
        Arguments.of("a quarter in an annual series", RemittanceSeries.class,
            "{\"format_version\":\"1.0\"," + series + ",\"frequency\":\"annual\","
                + "\"observations\":[{\"period\":\"2024\",\"value\":1},"
                + "{\"period\":\"2025-Q1\",\"value\":2}]}",
            Problem.MODEL_VIOLATION, "/observations/1/period", ViolationCode.OBSERVATION_FREQUENCY,
            "the period 2025-Q1 does not fit the frequency annual"),
        Arguments.of("a period twice", RemittanceSeries.class,
            "{\"format_version\":\"1.0\"," + series + ",\"frequency\":\"monthly\","
                + "\"observations\":[{\"period\":\"2025-02\",\"value\":1},"
                + "{\"period\":\"2025-01\",\"value\":2},{\"period\":\"2025-02\",\"value\":3}]}",
            Problem.MODEL_VIOLATION, "/observations/2/period",
            ViolationCode.COLLECTION_DUPLICATE, "the period 2025-02 appears more than once"),
        Arguments.of("a unit multiplier of 19", RemittanceSeries.class,
            "{\"format_version\":\"1.0\"," + series + ",\"frequency\":\"annual\","
                + "\"unit_multiplier\":19}",
            Problem.MODEL_VIOLATION, "/unit_multiplier", ViolationCode.VALUE_OUT_OF_RANGE,
            "'unitMultiplier' is 19 but must be 0 to 18"),
        Arguments.of("an organisation its own parent", Organisation.class,
            "{\"format_version\":\"1.0\",\"id\":\"oec\",\"name\":\"OEC\",\"kind\":\"other\","
                + "\"parent\":\"oec\"}",
            Problem.MODEL_VIOLATION, "/parent", ViolationCode.ORGANISATION_PARENT_CYCLE,
            "an organisation cannot be its own parent"),
        Arguments.of("a member twice", Dialogue.class,
            "{\"format_version\":\"1.0\",\"id\":\"bp\",\"name\":\"BP\",\"members\":[{\"party\":"
                + "{\"country\":\"HUN\"}},{\"party\":{\"country\":\"HUN\"},\"role\":\"observer\"}]}",
            Problem.MODEL_VIOLATION, "/members/1", ViolationCode.COLLECTION_DUPLICATE,
            "'members' holds country:HUN more than once"),
        Arguments.of("30 February", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting + ",\"start\":\"2025-02-30\"}",
            Problem.INVALID_VALUE, "/start", ViolationCode.DATE_INVALID,
            "'2025-02-30' is not a date: use yyyy, yyyy-MM or yyyy-MM-dd with years 1 to 9999"),
        Arguments.of("an unknown country", Meeting.class,
            "{\"format_version\":\"1.0\"," + meeting + ",\"host_country\":\"ZZZ\"}",
            Problem.INVALID_VALUE, "/host_country", ViolationCode.COUNTRY_UNKNOWN,
            "'ZZZ' is not an ISO 3166-1 alpha-3 country code"),
        Arguments.of("an unknown currency", RemittanceSeries.class,
            "{\"format_version\":\"1.0\"," + series.replace("USD", "XYZ")
                + ",\"frequency\":\"annual\"}",
            Problem.INVALID_VALUE, "/currency", ViolationCode.CURRENCY_UNKNOWN,
            "'XYZ' is not an ISO 4217 currency code"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validButBreakingModelRules")
  void documentsValidByTheSchemaButBreakingModelRulesAreRejected(String label, Class<?> type,
      String json, Problem problem, String pointer, ViolationCode code, String message) {
    SchemaCheck.assertValid(json);

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> JSON.read(json, type));

    assertThat(e).as("the library's exception").isNotNull();
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.detail()).isEqualTo(message + " [" + code.code() + "]");
    assertThat(e.getMessage()).startsWith(problem.name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ') + " at '" + pointer + "' (line 1, column ");
    if (problem == Problem.MODEL_VIOLATION) {
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo(pointer);
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.message()).isEqualTo(message);
      });
    } else {
      assertThat(e.violations()).isEmpty();
    }
  }
}
