package org.migov.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJson;
import org.migov.model.CountryCode;
import org.migov.model.Counted;
import org.migov.model.Figure;
import org.migov.model.Membership;
import org.migov.model.MembershipRole;
import org.migov.model.PartialDate;
import org.migov.model.Party;
import org.migov.model.Period;
import org.migov.model.PriorityGoal;
import org.migov.model.Qualifier;
import org.migov.model.Source;
import org.migov.validation.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tables of fields made here, as {@code ModelCodecs} makes them when the format is defined: each
 * kind of field is required or not, reported missing or not, and each form of value (text, dates,
 * enumerations, objects, parties, decimals, integers) is written and read as the format does.
 */
class FieldKindsTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final ReadOptions OPTIONS = new ReadOptions(true, 100, 1000, 1000);

  /** A figure's table, field by field as the format defines it. */
  static ObjectCodec<Figure, Figure.Builder> figure() {
    return new ObjectCodec<>("figure", Figure::builder, Figure.Builder::build, List.of(
        Field.required("value", Scalars.DECIMAL, Figure::value, Figure.Builder::value),
        Field.defaulted("qualifier", Scalars.enumeration(Qualifier.class), Figure::qualifier,
            Figure.Builder::qualifier, Qualifier.EXACT),
        Field.set("counts", Scalars.enumeration(Counted.class), Figure::counts,
            Figure.Builder::addCounts),
        Field.optional("description", Scalars.STRING, Figure::description,
            Figure.Builder::description),
        Field.optional("as_of", ModelCodecs.DATE, Figure::asOf, Figure.Builder::asOf),
        Field.optional("period", ModelCodecs.PERIOD, Figure::period, Figure.Builder::period),
        Field.optional("source", ModelCodecs.SOURCE, Figure::source, Figure.Builder::source),
        Field.list("agreeing_sources", ModelCodecs.SOURCE, Figure::agreeingSources,
            Figure.Builder::addAgreeingSources)));
  }

  /** A membership's table: a party, an enumeration with a default and two dates. */
  static ObjectCodec<Membership, Membership.Builder> membership() {
    return new ObjectCodec<>("membership", Membership::builder, Membership.Builder::build,
        List.of(
            Field.required("party", ModelCodecs.PARTY, Membership::party,
                Membership.Builder::party),
            Field.defaulted("role", Scalars.enumeration(MembershipRole.class),
                Membership::role, Membership.Builder::role, MembershipRole.MEMBER),
            Field.optional("since", ModelCodecs.DATE, Membership::since,
                Membership.Builder::since),
            Field.optional("until", ModelCodecs.DATE, Membership::until,
                Membership.Builder::until)));
  }

  /** A priority goal's table: a required integer and optional text. */
  static ObjectCodec<PriorityGoal, PriorityGoal.Builder> goal() {
    return new ObjectCodec<>("priority_goal", PriorityGoal::builder, PriorityGoal.Builder::build,
        List.of(
            Field.integer("number", 1, PriorityGoal::number, PriorityGoal.Builder::number),
            Field.optional("text", Scalars.STRING, PriorityGoal::text,
                PriorityGoal.Builder::text)));
  }

  static <T> String write(ObjectCodec<T, ?> codec, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      codec.write(g, value);
    }
    return out.toString();
  }

  static <T> T read(ObjectCodec<T, ?> codec, String json) {
    try (JsonParser p = MAPPER.createParser(json)) {
      In in = new In(p, OPTIONS);
      p.nextToken();
      return codec.read(in);
    }
  }

  static ReadFailure failure(ObjectCodec<?, ?> codec, String json) {
    try {
      read(codec, json);
    } catch (ReadFailure f) {
      return f;
    }
    throw new AssertionError("accepted: " + json);
  }

  static final Source TW = Source.builder().title("Pakistan hosts a meeting").publisher("TW")
      .published(PartialDate.of(2025, 6, 21)).build();

  static final Figure FIGURE = Figure.builder().value(new BigDecimal("65.50"))
      .qualifier(Qualifier.MORE_THAN).addCounts(Counted.DELEGATES).addCounts(Counted.STATES)
      .description("delegates of states").asOf(PartialDate.ofMonth(2025, 6))
      .period(Period.ofYear(2025)).source(TW)
      .addAgreeingSources(Source.builder().publisher("ICMPD")
          .url(URI.create("https://www.budapestprocess.org/")).build())
      .build();

  @Test
  void everyFormIsWrittenAndReadAsTheFormatDoes() {
    String figure = write(figure(), FIGURE);
    assertThat(figure).isEqualTo(MigovJson.defaults().write(FIGURE));
    assertThat(read(figure(), figure)).isEqualTo(FIGURE);
    Membership state = Membership.builder().party(Party.country(CountryCode.of("PAK")))
        .role(MembershipRole.OBSERVER).since(PartialDate.ofYear(2024)).build();
    String json = write(membership(), state);
    assertThat(json).isEqualTo(MigovJson.defaults().write(state));
    assertThat(read(membership(), json)).isEqualTo(state);
    PriorityGoal goal = PriorityGoal.builder().number(2).text("Legal pathways").build();
    assertThat(write(goal(), goal)).isEqualTo("{\"format_version\":\"1.1\",\"number\":2,"
        + "\"text\":\"Legal pathways\"}");
    assertThat(read(goal(), write(goal(), goal))).isEqualTo(goal);
  }

  @Test
  void requiredKindsRefuseNullAndTheOthersTakeItAsAbsent() {
    String v = "{\"format_version\":\"1.1\",";
    ReadFailure value = failure(figure(), v + "\"value\":null,\"counts\":[\"states\"]}");
    assertThat(value.kind).isEqualTo(ReadFailure.Kind.WRONG_TYPE);
    assertThat(value.pointer).isEqualTo("/value");
    assertThat(value.detail).isEqualTo("'value' is required and must not be null");
    ReadFailure counts = failure(figure(), v + "\"value\":1,\"counts\":null}");
    assertThat(counts.detail).isEqualTo("'counts' is required and must not be null");
    ReadFailure number = failure(goal(), v + "\"number\":null}");
    assertThat(number.detail).isEqualTo("'number' is required and must not be null");
    assertThat(read(figure(), v + "\"value\":1,\"counts\":[\"states\"],\"description\":null,"
        + "\"qualifier\":null,\"source\":null,\"agreeing_sources\":null}"))
        .isEqualTo(Figure.builder().value(BigDecimal.ONE).addCounts(Counted.STATES).build());
    assertThat(read(membership(), v + "\"party\":{\"organisation\":\"icmpd\"},\"role\":null,"
        + "\"since\":null}").role()).isEqualTo(MembershipRole.MEMBER);
  }

  @Test
  void aMissingSetOrIntegerIsReportedAsRequiredOnce() {
    String v = "{\"format_version\":\"1.1\",";
    ReadFailure counts = failure(figure(), v + "\"value\":1}");
    assertThat(counts.kind).isEqualTo(ReadFailure.Kind.MODEL_VIOLATION);
    assertThat(counts.violations).extracting(Violation::message)
        .containsExactly("'counts' is required but was not set");
    ReadFailure number = failure(goal(), v + "\"text\":\"t\"}");
    assertThat(number.violations).extracting(Violation::message)
        .containsExactly("'number' is required but was not set");
  }

  @Test
  void whichKindsAreRequiredAndWhichAreReportedMissing() {
    List<Field<Figure, Figure.Builder>> fields = figure().fields();
    assertThat(fields).extracting(f -> f.name, f -> f.required, f -> f.reportMissing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("value", true, false),
            org.assertj.core.groups.Tuple.tuple("qualifier", false, false),
            org.assertj.core.groups.Tuple.tuple("counts", true, true),
            org.assertj.core.groups.Tuple.tuple("description", false, false),
            org.assertj.core.groups.Tuple.tuple("as_of", false, false),
            org.assertj.core.groups.Tuple.tuple("period", false, false),
            org.assertj.core.groups.Tuple.tuple("source", false, false),
            org.assertj.core.groups.Tuple.tuple("agreeing_sources", false, false));
    Field<PriorityGoal, PriorityGoal.Builder> number = goal().fields().get(0);
    assertThat(number.required).isTrue();
    assertThat(number.reportMissing).isTrue();
    Field<Object, Object> ordinal = Field.optionalInteger("ordinal", 1,
        o -> java.util.OptionalInt.empty(), (b, i) -> { });
    assertThat(ordinal.required).isFalse();
    assertThat(ordinal.reportMissing).isFalse();
  }

  @Test
  void onlyDatesAndCountriesAreTextWithoutAParserAndAFormat() {
    java.util.Map<String, Object> schema = Scalars.map("type", "string");
    assertThat(Scalars.text(Scalars.Written.DATE, schema)).isInstanceOf(Scalars.TextCodec.class);
    assertThat(Scalars.text(Scalars.Written.COUNTRY, schema).schema()).isEqualTo(schema);
    for (Scalars.Written form : List.of(Scalars.Written.FORMATTED, Scalars.Written.ID)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scalars.text(form, schema))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(form + " needs a parser and a format");
    }
  }
}
