package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.model.CountryCode;
import org.migov.model.Counted;
import org.migov.model.Declaration;
import org.migov.model.DeclarationId;
import org.migov.model.DeclarationKind;
import org.migov.model.DialogueRole;
import org.migov.model.Figure;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.GoalFramework;
import org.migov.model.GoalLink;
import org.migov.model.Meeting;
import org.migov.model.MeetingKind;
import org.migov.model.Membership;
import org.migov.model.MembershipRole;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.Organisation;
import org.migov.model.OrganisationKind;
import org.migov.model.Outcome;
import org.migov.model.OutcomeKind;
import org.migov.model.PartialDate;
import org.migov.model.Party;
import org.migov.model.Period;
import org.migov.model.Person;
import org.migov.model.PersonId;
import org.migov.model.Qualifier;
import org.migov.model.RegionListing;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.RoleTerm;
import org.migov.model.SeriesId;
import org.migov.model.Source;
import org.migov.model.Statement;
import org.migov.model.StatementKind;
import org.migov.model.WorkingGroup;
import org.migov.model.WorkingGroupKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code read(write(x))} equals {@code x} for hand-made objects of every type of the format, and
 * writing is exact and deterministic.
 */
class RoundTripTest {
  private static final MigovJson JSON = MigovJson.defaults();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNode DEFS = PLAIN.readTree(MigovJson.schema()).get("$defs");

  static Stream<Arguments> fullObjects() {
    return Samples.typeNames().stream()
        .map(name -> Arguments.of(name, Samples.full().get(name).get()));
  }

  static Stream<Arguments> minimalObjects() {
    return Samples.typeNames().stream()
        .map(name -> Arguments.of(name, Samples.minimal().get(name).get()));
  }

  static Stream<Arguments> allObjects() {
    return Stream.concat(fullObjects(), minimalObjects());
  }

  private static Set<String> propertiesOf(String json) {
    Set<String> names = new TreeSet<>();
    PLAIN.readTree(json).propertyNames().forEach(names::add);
    return names;
  }

  private static Set<String> definedProperties(String type) {
    Set<String> names = new TreeSet<>();
    DEFS.get(type).get("properties").propertyNames().forEach(names::add);
    return names;
  }

  private static Set<String> requiredProperties(String type) {
    Set<String> names = new TreeSet<>();
    JsonNode required = DEFS.get(type).get("required");
    if (required != null) {
      required.forEach(n -> names.add(n.asString()));
    }
    return names;
  }

  private static <T> T roundTrip(T value) {
    @SuppressWarnings("unchecked")
    T back = (T) Samples.readAs(JSON, JSON.write(value), value);
    return back;
  }

  // ----- every type, with every attribute and with none but the required ones

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullObjects")
  void objectWithEveryAttributeRoundTrips(String type, Object value) {
    String json = JSON.write(value);

    assertThat(Samples.readAs(JSON, json, value)).isEqualTo(value);
    Set<String> expected = new TreeSet<>(definedProperties(type));
    if (type.equals("meeting_role")) {
      expected.remove("person"); // one holder, a party or a person: the full sample's is a party
    }
    assertThat(propertiesOf(json))
        .as("the sample sets every property of %s", type)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("minimalObjects")
  void objectWithOnlyRequiredAttributesRoundTrips(String type, Object value) {
    String json = JSON.write(value);

    assertThat(Samples.readAs(JSON, json, value)).isEqualTo(value);
    Set<String> expected = new TreeSet<>(requiredProperties(type));
    expected.add("format_version");
    // lists the model requires to be non-empty, which the schema does not mark as required
    if (type.equals("figure")) {
      expected.add("counts");
    } else if (type.equals("region_listing")) {
      expected.add("countries");
    } else if (type.equals("source")) {
      expected.add("title"); // one of publisher, title and URL, which says which source it is
    } else if (type.equals("meeting_role")) {
      expected.add("person"); // one holder, a party or a person
    }
    assertThat(propertiesOf(json)).isEqualTo(expected);
  }

  @Test
  void samplesCoverEveryTypeOfTheSchema() {
    Set<String> objectTypes = new TreeSet<>();
    DEFS.propertyNames().forEach(objectTypes::add);
    // claims are read only where they stand, beside the attribute they are claims of
    objectTypes.removeAll(Set.of("format_version", "party", "text_claim", "date_claim",
        "country_claim", "integer_claim", "meeting_id_claim"));

    assertThat(new TreeSet<>(Samples.typeNames())).isEqualTo(objectTypes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allObjects")
  void prettyOutputRoundTripsAndHasTheSameContent(String type, Object value) {
    String compact = JSON.write(value);
    String pretty = JSON.pretty().write(value);

    assertThat(Samples.readAs(JSON.pretty(), pretty, value)).isEqualTo(value);
    assertThat(Samples.readAs(JSON, pretty, value)).isEqualTo(value);
    assertThat(PLAIN.readTree(pretty)).isEqualTo(PLAIN.readTree(compact));
    assertThat(compact).doesNotContain("\n");
    assertThat(pretty).startsWith("{\n  \"format_version\": \"1.1\"").endsWith("}\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allObjects")
  void writingIsDeterministic(String type, Object value) {
    Object copy = Samples.readAs(JSON, JSON.write(value), value);

    assertThat(JSON.write(value)).isEqualTo(JSON.write(value));
    assertThat(JSON.write(copy)).isEqualTo(JSON.write(value));
    assertThat(JSON.pretty().write(copy)).isEqualTo(JSON.pretty().write(value));
    assertThat(MigovJson.builder().build().write(value)).isEqualTo(JSON.write(value));
  }

  @Test
  void observationsAddedInAnyOrderWriteTheSameBytes() {
    Observation fy23 = Observation.of(Period.ofFiscalYear(2023, Month.JULY), new BigDecimal("27"));
    Observation fy24 = Observation.builder().period(Period.ofFiscalYear(2024, Month.JULY))
        .value(new BigDecimal("30.25")).source(Samples.minimalSource()).build();
    Observation fy25 = Observation.builder().period(Period.ofFiscalYear(2025, Month.JULY))
        .value(new BigDecimal("38")).status(ObservationStatus.FORECAST).build();
    RemittanceSeries inOrder = series(Frequency.fiscalYear(Month.JULY), fy23, fy24, fy25);
    RemittanceSeries reversed = series(Frequency.fiscalYear(Month.JULY), fy25, fy24, fy23);
    RemittanceSeries shuffled = series(Frequency.fiscalYear(Month.JULY), fy24, fy25, fy23);

    assertThat(reversed).isEqualTo(inOrder);
    assertThat(shuffled).isEqualTo(inOrder);
    assertThat(JSON.write(reversed)).isEqualTo(JSON.write(inOrder));
    assertThat(JSON.write(shuffled)).isEqualTo(JSON.write(inOrder));
    assertThat(JSON.write(inOrder)).containsSubsequence("\"FY2023\"", "\"FY2024\"", "\"FY2025\"");
  }

  @Test
  void observationsReadInAnyOrderAreWrittenInPeriodOrder() {
    String unordered = "{\"format_version\":\"1.0\",\"id\":\"pak\",\"reporter\":\"PAK\","
        + "\"direction\":\"inflow\",\"measure\":\"personal_remittances\",\"currency\":\"USD\","
        + "\"frequency\":\"quarterly\",\"observations\":[{\"period\":\"2025-Q2\",\"value\":2},"
        + "{\"period\":\"2024-Q4\",\"value\":0.5},{\"period\":\"2025-Q1\",\"value\":1E+3}]}";

    RemittanceSeries series = JSON.read(unordered, RemittanceSeries.class);

    assertThat(series.observations()).extracting(o -> o.period().toString())
        .containsExactly("2024-Q4", "2025-Q1", "2025-Q2");
    assertThat(JSON.write(series)).containsSubsequence("\"2024-Q4\"", "\"2025-Q1\"", "\"2025-Q2\"")
        .contains("\"value\":1E+3");
    assertThat(roundTrip(series)).isEqualTo(series);
  }

  @Test
  void setsGivenInAnyOrderWriteTheSameBytes() {
    Figure a = Figure.builder().value(BigDecimal.TEN)
        .addCounts(Counted.STATES, Counted.DELEGATES, Counted.MINISTERS).build();
    Figure b = Figure.builder().value(BigDecimal.TEN)
        .addCounts(Counted.MINISTERS, Counted.STATES, Counted.DELEGATES).build();
    RegionListing c = RegionListing.builder()
        .addCountries(CountryCode.of("PAK"), CountryCode.of("AFG"), CountryCode.of("IRN")).build();
    RegionListing d = RegionListing.builder()
        .addCountries(CountryCode.of("IRN"), CountryCode.of("PAK"), CountryCode.of("AFG")).build();

    assertThat(JSON.write(b)).isEqualTo(JSON.write(a))
        .as("enums in declaration order")
        .contains("\"counts\":[\"delegates\",\"states\",\"ministers\"]");
    assertThat(JSON.write(d)).isEqualTo(JSON.write(c))
        .contains("\"countries\":[\"AFG\",\"IRN\",\"PAK\"]");
  }

  private static RemittanceSeries series(Frequency frequency, Observation... observations) {
    RemittanceSeries.Builder b = RemittanceSeries.builder()
        .id(SeriesId.of("pak-remittances"))
        .reporter(CountryCode.of("PAK"))
        .direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.PERSONAL_REMITTANCES)
        .currency(Currency.getInstance("USD"))
        .frequency(frequency);
    for (Observation o : observations) {
      b.addObservations(o);
    }
    return b.build();
  }

  // ----- text

  static Stream<Arguments> texts() {
    StringBuilder controls = new StringBuilder("controls:");
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    return Stream.of(
        Arguments.of("Greek, Cyrillic, Urdu, CJK", "Ελλάδα, Україна, اسلام آباد, 布达佩斯进程"),
        Arguments.of("astral plane", "🌍 migration 🇵🇰 — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
        Arguments.of("combining marks", "Türkiye vs Tu\u0308rkiye"),
        Arguments.of("quotes", "\"more than 65\" and 'single' and “curly”"),
        Arguments.of("backslashes", "C:\\path\\to\\file \\u0041 \\\\ \\n"),
        Arguments.of("control characters", controls.toString()),
        Arguments.of("delete and line separators", "a\u007fb\u2028c\u2029d\u0085e"),
        Arguments.of("markup", "</script><!-- & --> ${x} %s {0}"),
        Arguments.of("surrounding spaces", "  padded  "),
        Arguments.of("longest text the model accepts", "x".repeat(100_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void textRoundTripsExactly(String label, String text) {
    Source source = Source.builder().title(text).publisher(text).build();
    Meeting meeting = Samples.minimalMeeting().toBuilder().title(text).addNotes(text, text)
        .addAims(text).build();
    Person person = Person.builder().id(PersonId.of("p")).name(text).honorific(text).build();

    assertThat(roundTrip(source)).isEqualTo(source);
    assertThat(roundTrip(meeting)).isEqualTo(meeting);
    assertThat(roundTrip(person)).isEqualTo(person);
    assertThat(roundTrip(meeting).notes()).containsExactly(text, text);
    assertThat(JSON.pretty().read(JSON.pretty().write(source), Source.class)).isEqualTo(source);
  }

  @Test
  void controlCharactersAreEscaped() {
    StringBuilder text = new StringBuilder("x");
    for (char c = 0; c < 0x20; c++) {
      text.append(c);
    }
    String json = JSON.write(Source.builder().title(text.toString()).build());

    assertThat(json.chars().filter(c -> c < 0x20)).isEmpty();
    assertThat(json).contains("\\u0000", "\\u001F", "\\t", "\\n", "\\r");
  }

  @Test
  void textIsWrittenAsUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(Source.builder().title("Türkiye 🌍").build(), out);

    assertThat(out.toByteArray()).containsSubsequence(
        "Türkiye 🌍".getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.read(out.toByteArray(), Source.class).title().orElseThrow()).isEqualTo("Türkiye 🌍");
  }

  // ----- numbers

  @ParameterizedTest
  @ValueSource(strings = {"34.9", "38", "1E+3", "0.000", "-5", "0", "0.1", "-0.001",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809",
      "123456789012345678901234567890", "-98765432109876543210.123456789",
      "1E-31", "1E-94", "1E-95", "1E-100", "1E+32", "1E+33", "1E+100", "1.50E+2", "12345.6789E-20"})
  void decimalsRoundTripExactlyWithTheirScale(String text) {
    BigDecimal value = new BigDecimal(text);
    Observation observation = Observation.of(Period.ofYear(2025), value);
    RemittanceSeries series = series(Frequency.ANNUAL, observation,
        Observation.of(Period.ofYear(2024), value.negate()),
        Observation.of(Period.ofYear(2023), new BigDecimal("34.9")));

    String json = JSON.write(observation);
    Observation back = JSON.read(json, Observation.class);
    assertThat(back.value()).isEqualTo(value).hasScaleOf(value.scale());
    assertThat(back).isEqualTo(observation);
    assertThat(json).contains("\"value\":" + value);

    RemittanceSeries seriesBack = JSON.read(JSON.write(series), RemittanceSeries.class);
    assertThat(seriesBack).isEqualTo(series);
    assertThat(seriesBack.observation(Period.ofYear(2025)).orElseThrow().value())
        .isEqualTo(value).hasScaleOf(value.scale());

    if (value.signum() >= 0) {
      Figure figure = Figure.builder().value(value).addCounts(Counted.OTHER).build();
      assertThat(roundTrip(figure).value()).isEqualTo(value).hasScaleOf(value.scale());
    }
  }

  @Test
  void decimalsAreWrittenAsJsonNumbersNeverAsStrings() {
    String json = JSON.write(Samples.fullRemittanceSeries());

    assertThat(json).contains("\"value\":38", "\"value\":30.25", "\"value\":27.333")
        .doesNotContain("\"value\":\"");
  }

  // ----- periods, dates and codes

  static Stream<Period> periods() {
    return Stream.of(
        Period.ofMonth(2025, 5),
        Period.ofMonth(1, 1),
        Period.ofMonth(9999, 12),
        Period.ofQuarter(2025, 1),
        Period.ofQuarter(2024, 4),
        Period.ofYear(2025),
        Period.ofFiscalYear(2025, Month.JULY),
        Period.ofFiscalYear(2025, Month.APRIL),
        Period.ofFiscalYear(2025, Month.JANUARY),
        Period.ofFiscalYear(2025, Month.DECEMBER),
        Period.ofMonths(YearMonth.of(2024, 7), YearMonth.of(2025, 5)),
        Period.ofMonths(YearMonth.of(2025, 3), YearMonth.of(2025, 3)));
  }

  @ParameterizedTest
  @MethodSource("periods")
  void everyKindOfPeriodRoundTrips(Period period) {
    Observation observation = Observation.of(period, BigDecimal.ONE);
    Figure figure = Samples.minimalFigure().toBuilder().period(period).build();

    String json = JSON.write(observation);
    assertThat(json).contains("\"period\":\"" + period + "\"");
    assertThat(JSON.read(json, Observation.class)).isEqualTo(observation);
    assertThat(JSON.read(json, Observation.class).period().kind()).isEqualTo(period.kind());
    assertThat(roundTrip(figure)).isEqualTo(figure);
  }

  @Test
  void periodsOfEveryKindCovered() {
    assertThat(periods().map(Period::kind)).containsAll(List.of(Period.Kind.values()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001", "9999", "2024-02", "2024-02-29", "9999-12-31", "0001-01-01"})
  void partialDatesOfEveryPrecisionRoundTrip(String text) {
    org.migov.model.Position position = org.migov.model.Position.builder().title("Co-Chair")
        .start(PartialDate.parse(text)).build();

    assertThat(roundTrip(position)).isEqualTo(position);
    assertThat(JSON.write(position)).contains("\"start\":\"" + text + "\"");
  }

  @Test
  void kosovoAndUrlsWithQueriesRoundTrip() {
    Organisation o = Samples.minimalOrganisation().toBuilder().country(CountryCode.of("XKX"))
        .addSources(Source.builder().title("s")
            .url(java.net.URI.create("http://example.org:8080/a%20b/c?q=1&r=%C3%BC#frag"))
            .build())
        .build();

    assertThat(roundTrip(o)).isEqualTo(o);
  }

  // ----- every enum constant

  @ParameterizedTest
  @EnumSource(Qualifier.class)
  void everyQualifier(Qualifier q) {
    Figure figure = Samples.minimalFigure().toBuilder().qualifier(q).build();
    Observation observation = Samples.minimalObservation().toBuilder().qualifier(q).build();

    assertThat(roundTrip(figure)).isEqualTo(figure);
    assertThat(roundTrip(observation)).isEqualTo(observation);
    if (q != Qualifier.EXACT) {
      assertWritesEnum(figure, q);
      assertWritesEnum(observation, q);
    } else {
      assertThat(JSON.write(figure)).as("the default is omitted").doesNotContain("qualifier");
    }
  }

  @ParameterizedTest
  @EnumSource(Counted.class)
  void everyCounted(Counted c) {
    Figure figure = Figure.builder().value(BigDecimal.ONE).addCounts(c).build();

    assertThat(roundTrip(figure)).isEqualTo(figure);
    assertThat(JSON.write(figure)).contains("\"counts\":[\"" + lower(c) + "\"]");
  }

  @ParameterizedTest
  @EnumSource(DeclarationKind.class)
  void everyDeclarationKind(DeclarationKind k) {
    Declaration d = Samples.minimalDeclaration().toBuilder().kind(k).build();

    assertThat(roundTrip(d)).isEqualTo(d);
    assertWritesEnum(d, k);
  }

  @ParameterizedTest
  @EnumSource(DialogueRole.class)
  void everyDialogueRole(DialogueRole r) {
    RoleTerm t = Samples.minimalRoleTerm().toBuilder().role(r).build();

    assertThat(roundTrip(t)).isEqualTo(t);
    assertWritesEnum(t, r);
  }

  @ParameterizedTest
  @EnumSource(FlowDirection.class)
  void everyFlowDirection(FlowDirection d) {
    RemittanceSeries s = Samples.minimalRemittanceSeries().toBuilder().direction(d).build();

    assertThat(roundTrip(s)).isEqualTo(s);
    assertWritesEnum(s, d);
  }

  @ParameterizedTest
  @EnumSource(RemittanceMeasure.class)
  void everyRemittanceMeasure(RemittanceMeasure m) {
    RemittanceSeries s = Samples.minimalRemittanceSeries().toBuilder().measure(m).build();

    assertThat(roundTrip(s)).isEqualTo(s);
    assertWritesEnum(s, m);
  }

  @ParameterizedTest
  @EnumSource(GoalFramework.class)
  void everyGoalFramework(GoalFramework f) {
    GoalLink l = GoalLink.of(f, "10.c");

    assertThat(roundTrip(l)).isEqualTo(l);
    assertWritesEnum(l, f);
  }

  @ParameterizedTest
  @EnumSource(MeetingKind.class)
  void everyMeetingKind(MeetingKind k) {
    Meeting m = Samples.minimalMeeting().toBuilder().kind(k).build();

    assertThat(roundTrip(m)).isEqualTo(m);
    assertWritesEnum(m, k);
  }

  @ParameterizedTest
  @EnumSource(MembershipRole.class)
  void everyMembershipRole(MembershipRole r) {
    Membership m = Samples.minimalMembership().toBuilder().role(r).build();

    assertThat(roundTrip(m)).isEqualTo(m);
    if (r != MembershipRole.MEMBER) {
      assertWritesEnum(m, r);
    } else {
      assertThat(JSON.write(m)).as("the default is omitted").doesNotContain("\"role\"");
    }
  }

  @ParameterizedTest
  @EnumSource(ObservationStatus.class)
  void everyObservationStatus(ObservationStatus s) {
    Observation o = Samples.minimalObservation().toBuilder().status(s).build();
    RemittanceSeries series = series(Frequency.MONTHLY, o);

    assertThat(roundTrip(o)).isEqualTo(o);
    assertThat(roundTrip(series)).isEqualTo(series);
    assertThat(roundTrip(series).observations().get(0).status()).isEqualTo(s);
    if (s != ObservationStatus.NORMAL) {
      assertWritesEnum(o, s);
    }
  }

  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void everyOrganisationKind(OrganisationKind k) {
    Organisation o = Samples.minimalOrganisation().toBuilder().kind(k).build();

    assertThat(roundTrip(o)).isEqualTo(o);
    assertWritesEnum(o, k);
  }

  @ParameterizedTest
  @EnumSource(OutcomeKind.class)
  void everyOutcomeKind(OutcomeKind k) {
    Outcome o = Outcome.builder().kind(k).build();

    assertThat(roundTrip(o)).isEqualTo(o);
    assertWritesEnum(o, k);
  }

  @ParameterizedTest
  @EnumSource(StatementKind.class)
  void everyStatementKind(StatementKind k) {
    Statement s = Samples.fullStatement().toBuilder().kind(k).build();

    assertThat(roundTrip(s)).isEqualTo(s);
    assertWritesEnum(s, k);
  }

  @ParameterizedTest
  @EnumSource(WorkingGroupKind.class)
  void everyWorkingGroupKind(WorkingGroupKind k) {
    WorkingGroup w = Samples.minimalWorkingGroup().toBuilder().kind(k).build();

    assertThat(roundTrip(w)).isEqualTo(w);
    assertWritesEnum(w, k);
  }

  static Stream<Arguments> frequencies() {
    List<Arguments> args = new ArrayList<>();
    args.add(Arguments.of(Frequency.MONTHLY, Period.ofMonth(2025, 5), "monthly"));
    args.add(Arguments.of(Frequency.QUARTERLY, Period.ofQuarter(2025, 2), "quarterly"));
    args.add(Arguments.of(Frequency.ANNUAL, Period.ofYear(2025), "annual"));
    args.add(Arguments.of(Frequency.IRREGULAR,
        Period.ofMonths(YearMonth.of(2024, 7), YearMonth.of(2025, 5)), "irregular"));
    for (Month m : Month.values()) {
      args.add(Arguments.of(Frequency.fiscalYear(m), Period.ofFiscalYear(2025, m),
          m == Month.JULY ? "fiscal_year" : String.format("fiscal_year@%02d", m.getValue())));
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("frequencies")
  void everyFrequency(Frequency frequency, Period period, String text) {
    RemittanceSeries s = series(frequency, Observation.of(period, new BigDecimal("3.5")));

    assertThat(roundTrip(s)).isEqualTo(s);
    assertThat(roundTrip(s).frequency()).isEqualTo(frequency);
    assertThat(JSON.write(s)).contains("\"frequency\":\"" + text + "\"");
  }

  @Test
  void everyKindOfFrequencyCovered() {
    assertThat(frequencies().map(a -> ((Frequency) a.get()[0]).kind()))
        .containsAll(List.of(Frequency.Kind.values()));
  }

  @Test
  void partiesOfBothKindsRoundTrip() {
    Statement s = Samples.minimalStatement().toBuilder()
        .onBehalfOf(Party.organisation(org.migov.model.OrganisationId.of("icmpd"))).build();

    assertThat(roundTrip(s)).isEqualTo(s);
    assertThat(JSON.write(s)).contains("\"on_behalf_of\":{\"organisation\":\"icmpd\"}");
    assertThat(JSON.write(Samples.fullStatement())).contains("\"on_behalf_of\":{\"country\":\"HUN\"}");
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void assertWritesEnum(Object value, Enum<?> constant) {
    assertThat(JSON.write(value)).contains(":\"" + lower(constant) + "\"");
  }

  // ----- every way in and out

  @Test
  void streamsFilesAndBytesGiveTheSameDocument(@TempDir Path dir) throws IOException {
    Object dataset = Samples.fullDataset();
    String text = JSON.write(dataset);
    ClosingRecorder out = new ClosingRecorder();
    JSON.write(dataset, out);
    Path file = dir.resolve("dataset.json");
    JSON.write(dataset, file);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(out.closed).as("the caller's stream is left open").isFalse();
    assertThat(Files.readString(file)).isEqualTo(text);
    assertThat(JSON.read(text.getBytes(StandardCharsets.UTF_8), org.migov.model.Dataset.class))
        .isEqualTo(dataset);
    assertThat(JSON.read(new ByteArrayInputStream(out.toByteArray()),
        org.migov.model.Dataset.class)).isEqualTo(dataset);
    assertThat(JSON.read(file, org.migov.model.Dataset.class)).isEqualTo(dataset);
  }

  @Test
  void writingToAFileReplacesIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("source.json");
    Files.writeString(file, "x".repeat(10_000));

    JSON.pretty().write(Samples.minimalSource(), file);

    assertThat(Files.readString(file)).isEqualTo(JSON.pretty().write(Samples.minimalSource()));
  }

  @Test
  void aDocumentInUtf16IsRead() {
    String text = JSON.write(Samples.fullPerson());

    assertThat(JSON.read(text.getBytes(StandardCharsets.UTF_16BE), Person.class))
        .isEqualTo(Samples.fullPerson());
  }

  @Test
  void objectsOutsideTheModelAreRefused() {
    assertThatThrownBy(() -> JSON.write("a string"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String is not a type of the migov model");
    assertThatThrownBy(() -> JSON.read("{}", DeclarationId.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("org.migov.model.DeclarationId is not a type of the migov model");
  }

  @Test
  void refusingAnObjectOutsideTheModelLeavesAnExistingFileAlone(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("kept.json"), "kept");

    assertThatThrownBy(() -> JSON.write(List.of(), file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(" is not a type of the migov model");
    assertThat(Files.readString(file)).isEqualTo("kept");
  }

  /** A byte stream that records whether it was closed. */
  private static final class ClosingRecorder extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
