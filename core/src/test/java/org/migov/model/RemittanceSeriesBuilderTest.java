package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migov.testing.ValidationAssertions.assertViolation;
import static org.migov.testing.ValidationAssertions.violationsOf;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/** The rules of {@link RemittanceSeries.Builder}, how values are stored, equality and views. */
class RemittanceSeriesBuilderTest {
  static final CountryCode PAK = CountryCode.of("PAK");
  static final Source SBP = Source.builder().title("State Bank of Pakistan: workers' remittances")
      .publisher("State Bank of Pakistan").url(URI.create("https://www.sbp.org.pk/ecodata/"))
      .build();
  static final Source ARTICLE = Source.builder()
      .title("Budapest Process Thematic Meeting on Legal Pathways for Migration")
      .published(PartialDate.of(2025, 6, 21)).build();

  static RemittanceSeries.Builder series(Frequency frequency) {
    return RemittanceSeries.builder().id(SeriesId.of("pak-remittances")).reporter(PAK)
        .direction(FlowDirection.INFLOW).measure(RemittanceMeasure.WORKERS_REMITTANCES)
        .currency(Currency.getInstance("USD")).unitMultiplier(6).frequency(frequency);
  }

  static Period month(String text) {
    return Period.parse(text);
  }

  // ----- required attributes and ranges

  @Test
  void anEmptyBuilderReportsEveryMissingRequiredAttribute() {
    assertThat(violationsOf(() -> RemittanceSeries.builder().build())).containsExactly(
        required("id"), required("reporter"), required("direction"), required("measure"),
        required("currency"), required("frequency"));
  }

  private static Violation required(String attribute) {
    return Violation.of("remittanceSeries." + attribute, ViolationCode.REQUIRED,
        "'" + attribute + "' is required but was not set");
  }

  @Test
  void optionalAttributesAreEmptyUnlessSetAndTheUnitMultiplierDefaultsToZero() {
    RemittanceSeries s = RemittanceSeries.builder().id(SeriesId.of("s")).reporter(PAK)
        .direction(FlowDirection.OUTFLOW).measure(RemittanceMeasure.OTHER)
        .currency(Currency.getInstance("EUR")).frequency(Frequency.ANNUAL).build();
    assertThat(s.title()).isEmpty();
    assertThat(s.counterpart()).isEmpty();
    assertThat(s.indicator()).isEmpty();
    assertThat(s.sources()).isEmpty();
    assertThat(s.unitMultiplier()).isZero();
    assertThat(s.observations()).isEmpty();
  }

  @Test
  void everyAttributeSetIsKept() {
    RemittanceSeries s = series(Frequency.fiscalYear(Month.JULY))
        .title("Workers' remittances to Pakistan \"from the world\" \\ FY")
        .counterpart(CountryCode.of("SAU")).indicator("BX.TRF.PWKR.CD.DT").unitMultiplier(9)
        .addSources(SBP).addAllSources(List.of(ARTICLE)).build();
    assertThat(s.id()).isEqualTo(SeriesId.of("pak-remittances"));
    assertThat(s.title()).contains("Workers' remittances to Pakistan \"from the world\" \\ FY");
    assertThat(s.reporter()).isEqualTo(PAK);
    assertThat(s.direction()).isEqualTo(FlowDirection.INFLOW);
    assertThat(s.counterpart()).contains(CountryCode.of("SAU"));
    assertThat(s.measure()).isEqualTo(RemittanceMeasure.WORKERS_REMITTANCES);
    assertThat(s.indicator()).contains("BX.TRF.PWKR.CD.DT");
    assertThat(s.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(s.unitMultiplier()).isEqualTo(9);
    assertThat(s.frequency()).isEqualTo(Frequency.fiscalYear(Month.JULY));
    assertThat(s.sources()).containsExactly(SBP, ARTICLE);
  }

  @Test
  void listsAreAddedToOneByOneOrSeveralAtOnceAndReplacedAsByEveryOtherBuilder() {
    Observation january = Observation.of(month("2025-01"), BigDecimal.ONE);
    Observation february = Observation.builder().period(month("2025-02")).value(BigDecimal.TEN)
        .source(SBP).build();
    Observation march = Observation.of(month("2025-03"), new BigDecimal("2"));
    RemittanceSeries s = series(Frequency.MONTHLY)
        .addSources(ARTICLE).sources(List.of(SBP)).addSources(ARTICLE, SBP)
        .addObservations(march).observations(List.of(february))
        .addObservations(march, january).addAllObservations(List.of())
        .build();
    assertThat(s.sources()).containsExactly(SBP, ARTICLE, SBP);
    assertThat(s.observations()).containsExactly(january, february, march);
    assertThat(s.toBuilder().observations(List.of()).sources(List.of()).build())
        .isEqualTo(series(Frequency.MONTHLY).build());
  }

  @Test
  void optionalAttributesAreSetByTheirValueOrAnOptionalAsByEveryOtherBuilder() {
    RemittanceSeries set = series(Frequency.MONTHLY).title("T").counterpart(CountryCode.of("SAU"))
        .indicator("I").build();
    RemittanceSeries fromOptionals = series(Frequency.MONTHLY).title(Optional.of("T"))
        .counterpart(Optional.of(CountryCode.of("SAU"))).indicator(Optional.of("I")).build();
    assertThat(fromOptionals).isEqualTo(set);
    assertThat(set.toBuilder().title(Optional.empty()).counterpart(Optional.empty())
        .indicator(Optional.empty()).build()).isEqualTo(series(Frequency.MONTHLY).build());
    assertThat(set.toBuilder().title((String) null).build().title()).isEmpty();
  }

  @ParameterizedTest(name = "unit multiplier {0} is accepted")
  @ValueSource(ints = {0, 3, 6, 9, 18})
  void acceptsUnitMultipliersFromZeroToEighteen(int multiplier) {
    assertThat(series(Frequency.MONTHLY).unitMultiplier(multiplier).build().unitMultiplier())
        .isEqualTo(multiplier);
  }

  @ParameterizedTest(name = "unit multiplier {0} is rejected")
  @ValueSource(ints = {-1, 19, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void rejectsUnitMultipliersOutsideZeroToEighteen(int multiplier) {
    assertViolation(() -> series(Frequency.MONTHLY).unitMultiplier(multiplier).build(),
        "remittanceSeries.unitMultiplier", ViolationCode.VALUE_OUT_OF_RANGE,
        "'unitMultiplier' is " + multiplier + " but must be 0 to 18");
  }

  @Test
  void rejectsBlankOrTooLongTitlesAndIndicators() {
    assertViolation(() -> series(Frequency.MONTHLY).title(" \t").build(),
        "remittanceSeries.title", ViolationCode.TEXT_BLANK, "'title' must not be blank");
    assertViolation(() -> series(Frequency.MONTHLY).indicator("").build(),
        "remittanceSeries.indicator", ViolationCode.TEXT_BLANK, "'indicator' must not be blank");
    assertViolation(() -> series(Frequency.MONTHLY).title("x".repeat(100_001)).build(),
        "remittanceSeries.title", ViolationCode.TEXT_TOO_LONG,
        "'title' has 100001 characters, more than the 100000 allowed");
    assertThat(series(Frequency.MONTHLY).title("x".repeat(100_000)).build().title().get())
        .hasSize(100_000);
  }

  // ----- observations and the frequency

  @Test
  void anObservationNotFittingTheFrequencyIsReportedAtItsInsertionIndex() {
    // 2025-Q1 sorts second, but was added fourth: the path names the order of addition
    assertViolation(() -> series(Frequency.MONTHLY)
            .addObservations(month("2025-05"), new BigDecimal("3.1"))
            .addObservations(month("2025-01"), new BigDecimal("2.9"))
            .addObservations(month("2025-03"), new BigDecimal("4.1"))
            .addObservations(Period.parse("2025-Q1"), new BigDecimal("10.4"))
            .build(),
        "remittanceSeries.observations[3].period", ViolationCode.OBSERVATION_FREQUENCY,
        "the period 2025-Q1 does not fit the frequency monthly");
  }

  @Test
  void everyObservationNotFittingTheFrequencyIsReported() {
    assertThat(violationsOf(() -> series(Frequency.fiscalYear(Month.JULY))
        .addObservations(Period.parse("FY2025"), BigDecimal.TEN)
        .addObservations(Period.parse("FY2025@04"), BigDecimal.ONE)
        .addObservations(Period.parse("FY2024"), BigDecimal.ONE)
        .addObservations(Period.parse("2025"), BigDecimal.ONE)
        .build())).containsExactly(
            Violation.of("remittanceSeries.observations[1].period",
                ViolationCode.OBSERVATION_FREQUENCY,
                "the period FY2025@04 does not fit the frequency fiscal_year"),
            Violation.of("remittanceSeries.observations[3].period",
                ViolationCode.OBSERVATION_FREQUENCY,
                "the period 2025 does not fit the frequency fiscal_year"));
  }

  static Stream<Arguments> periodsOfTheWrongKind() {
    return Stream.of(
        Arguments.of(Frequency.MONTHLY, "2025-05/2025-05"),
        Arguments.of(Frequency.QUARTERLY, "2025-01/2025-03"),
        Arguments.of(Frequency.QUARTERLY, "2025-05"),
        Arguments.of(Frequency.ANNUAL, "FY2025@01"),
        Arguments.of(Frequency.ANNUAL, "2025-01/2025-12"),
        Arguments.of(Frequency.fiscalYear(Month.APRIL), "FY2025"),
        Arguments.of(Frequency.fiscalYear(Month.JANUARY), "2025"));
  }

  @ParameterizedTest(name = "{0} rejects {1}")
  @MethodSource("periodsOfTheWrongKind")
  void aRegularSeriesRejectsPeriodsOfAnotherKindEvenOverTheSameMonths(Frequency f, String p) {
    assertViolation(() -> series(f).addObservations(Period.parse(p), BigDecimal.ONE).build(),
        "remittanceSeries.observations[0].period", ViolationCode.OBSERVATION_FREQUENCY,
        "the period " + p + " does not fit the frequency " + f);
  }

  @Test
  void aDuplicatePeriodIsReportedAtTheLaterInsertion() {
    assertViolation(() -> series(Frequency.MONTHLY)
            .addObservations(month("2025-03"), new BigDecimal("4.1"))
            .addObservations(month("2025-01"), new BigDecimal("2.9"))
            .addObservations(month("2025-03"), new BigDecimal("4.1"))
            .build(),
        "remittanceSeries.observations[2].period", ViolationCode.COLLECTION_DUPLICATE,
        "the period 2025-03 appears more than once");
  }

  @Test
  void aDuplicateAddedInOrderIsReportedToo() {
    assertViolation(() -> series(Frequency.MONTHLY)
            .addObservations(month("2025-01"), BigDecimal.ONE)
            .addObservations(month("2025-01"), BigDecimal.TEN)
            .build(),
        "remittanceSeries.observations[1].period", ViolationCode.COLLECTION_DUPLICATE,
        "the period 2025-01 appears more than once");
  }

  @Test
  void anIrregularSeriesHoldsOverlappingPeriodsButNotTheSamePeriodTwice() {
    RemittanceSeries ok = series(Frequency.IRREGULAR)
        .addObservations(Period.parse("FY2025"), new BigDecimal("38"))
        .addObservations(Period.parse("2024-07/2025-05"), new BigDecimal("34.9"))
        .addObservations(Period.parse("2025-05"), new BigDecimal("3.7"))
        .addObservations(Period.parse("2025-05/2025-05"), new BigDecimal("3.7"))
        .build();
    assertThat(ok.observations()).hasSize(4);
    assertViolation(() -> ok.toBuilder().addObservations(Period.parse("FY2025"), BigDecimal.ONE)
            .build(), "remittanceSeries.observations[4].period",
        ViolationCode.COLLECTION_DUPLICATE, "the period FY2025 appears more than once");
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertThat(violationsOf(() -> RemittanceSeries.builder().reporter(PAK)
        .direction(FlowDirection.INFLOW).measure(RemittanceMeasure.OTHER)
        .currency(Currency.getInstance("PKR")).unitMultiplier(20).frequency(Frequency.QUARTERLY)
        .addObservations(Period.parse("2025-Q2"), BigDecimal.ONE)
        .addObservations(Period.parse("2025-04"), BigDecimal.ONE)
        .addObservations(Period.parse("2025-Q2"), BigDecimal.ONE)
        .build())).containsExactlyInAnyOrder(
            required("id"),
            Violation.of("remittanceSeries.unitMultiplier", ViolationCode.VALUE_OUT_OF_RANGE,
                "'unitMultiplier' is 20 but must be 0 to 18"),
            Violation.of("remittanceSeries.observations[1].period",
                ViolationCode.OBSERVATION_FREQUENCY,
                "the period 2025-04 does not fit the frequency quarterly"),
            Violation.of("remittanceSeries.observations[2].period",
                ViolationCode.COLLECTION_DUPLICATE, "the period 2025-Q2 appears more than once"));
  }

  // ----- order

  @Test
  void observationsAddedOutOfOrderAreKeptInPeriodOrder() {
    Map<Period, BigDecimal> values = new LinkedHashMap<>();
    for (int i = 0; i < 48; i++) {
      YearMonth m = YearMonth.of(2022, 1).plusMonths(i);
      values.put(Period.of(m), new BigDecimal(1000 + 7 * i).movePointLeft(i % 3));
    }
    List<Period> shuffled = new ArrayList<>(values.keySet());
    Collections.shuffle(shuffled, new Random(42));
    RemittanceSeries.Builder b = series(Frequency.MONTHLY);
    shuffled.forEach(p -> b.addObservations(p, values.get(p)));
    RemittanceSeries s = b.build();

    List<Period> expected = new ArrayList<>(values.keySet()); // added in month order
    assertThat(s.observations().size()).isEqualTo(48);
    for (int i = 0; i < s.observations().size(); i++) {
      assertThat(s.observations().get(i).period()).isEqualTo(expected.get(i));
      assertThat(s.observations().get(i).value()).isEqualTo(values.get(expected.get(i)));
    }
  }

  @Test
  void anIrregularSeriesIsOrderedByFirstMonthThenLengthThenKind() {
    RemittanceSeries s = series(Frequency.IRREGULAR)
        .addObservations(Period.parse("2025"), BigDecimal.ONE)
        .addObservations(Period.parse("2025-01/2025-12"), BigDecimal.ONE)
        .addObservations(Period.parse("FY2025"), BigDecimal.ONE)
        .addObservations(Period.parse("2025-Q1"), BigDecimal.ONE)
        .addObservations(Period.parse("2024-07/2025-05"), BigDecimal.ONE)
        .addObservations(Period.parse("2025-01"), BigDecimal.ONE)
        .addObservations(Period.parse("FY2025@01"), BigDecimal.ONE)
        .build();
    List<String> periods = new ArrayList<>();
    for (int i = 0; i < s.observations().size(); i++) {
      periods.add(s.observations().get(i).period().toString());
    }
    assertThat(periods).containsExactly("2024-07/2025-05", "FY2025", "2025-01", "2025-Q1",
        "2025", "FY2025@01", "2025-01/2025-12");
  }

  // ----- values are kept exactly

  static final List<String> EXACT_VALUES = List.of(
      "38", "38.0", "38.00", "1E+3", "1000", "0", "0.000", "0E+5", "-12.50", "34.9",
      "0.000000000000000000000000000001", // scale 30
      "9223372036854775807", "-9223372036854775808", // the longs at the edges
      "9223372036854775808", "-9223372036854775809", // just beyond a long
      "123456789012345678901234567890.123456789", // far beyond a long
      "1E+32", "1E+33", "-1.5E+40", // scales -32 (compact) and -33, -39 (side table)
      "1E-94", "1E-95", "-7E-100", "4.2E+99", // the largest scales the model holds
      "9".repeat(90)); // the most digits

  @Test
  void valuesAreKeptExactlyWithTheirScaleWhateverTheirSize() {
    RemittanceSeries.Builder b = series(Frequency.MONTHLY);
    // added newest first, so every value moves to another index when sorted
    for (int i = EXACT_VALUES.size() - 1; i >= 0; i--) {
      b.addObservations(Period.of(YearMonth.of(2020, 1).plusMonths(i)),
          new BigDecimal(EXACT_VALUES.get(i)));
    }
    RemittanceSeries s = b.build();
    assertThat(s.observations().size()).isEqualTo(EXACT_VALUES.size());
    for (int i = 0; i < EXACT_VALUES.size(); i++) {
      BigDecimal expected = new BigDecimal(EXACT_VALUES.get(i));
      Observation o = s.observations().get(i);
      assertThat(o.period()).isEqualTo(Period.of(YearMonth.of(2020, 1).plusMonths(i)));
      assertThat(o.value()).as(EXACT_VALUES.get(i)).isEqualTo(expected);
      assertThat(o.value().scale()).isEqualTo(expected.scale());
      assertThat(o.value().toString()).isEqualTo(expected.toString());
    }
  }

  @Test
  void statusAndQualifierAreKeptWhateverTheScaleOfTheValue() {
    List<String> values = List.of("1E-94", "1E-95", "1E+32", "1E+33", "0.5", "7");
    RemittanceSeries.Builder b = series(Frequency.ANNUAL);
    for (int i = 0; i < values.size(); i++) {
      b.addObservations(Period.ofYear(2020 + i), new BigDecimal(values.get(i)),
          ObservationStatus.values()[(i + 3) % 8], Qualifier.values()[(i + 5) % 6]);
    }
    RemittanceSeries s = b.build();
    for (int i = 0; i < values.size(); i++) {
      assertThat(s.observations().get(i)).isEqualTo(Observation.builder()
          .period(Period.ofYear(2020 + i))
          .value(new BigDecimal(values.get(i))).status(ObservationStatus.values()[(i + 3) % 8])
          .qualifier(Qualifier.values()[(i + 5) % 6]).build());
    }
  }

  @Test
  void valuesEqualInAmountButNotInScaleAreDifferentValues() {
    RemittanceSeries a = series(Frequency.MONTHLY)
        .addObservations(month("2025-01"), new BigDecimal("38")).build();
    RemittanceSeries b = series(Frequency.MONTHLY)
        .addObservations(month("2025-01"), new BigDecimal("38.0")).build();
    BigDecimal valueOfB = b.observations().get(0).value();
    assertThat(a.observations().get(0).value()).isEqualByComparingTo(valueOfB)
        .isNotEqualTo(valueOfB);
    assertThat(a).isNotEqualTo(b);
    assertThat(a.observations().get(0)).isNotEqualTo(b.observations().get(0));
  }

  @Test
  void valuesBeyondALongSurviveToBuilderFilteringAndAggregation() {
    BigDecimal huge = new BigDecimal("98765432109876543210.5");
    BigDecimal tiny = new BigDecimal("-1E-60"); // the exact sum has 81 digits: held
    RemittanceSeries s = series(Frequency.MONTHLY)
        .addObservations(month("2025-03"), huge, ObservationStatus.FORECAST, Qualifier.EXACT)
        .addObservations(month("2025-02"), BigDecimal.ONE)
        .addObservations(month("2025-01"), tiny)
        .build();
    assertThat(s.toBuilder().build().observations().get(0).value()).isEqualTo(tiny);
    assertThat(s.toBuilder().build().observations().get(2).value()).isEqualTo(huge);
    assertThat(s.forecasts().observations().get(0).value()).isEqualTo(huge);
    assertThat(s.actuals().observations().get(0).value()).isEqualTo(tiny);
    assertThat(s.actuals().observations().get(1).value()).isEqualTo(BigDecimal.ONE);
    BigDecimal total = BigDecimal.ZERO.add(tiny).add(BigDecimal.ONE).add(huge);
    assertThat(s.aggregate(Frequency.QUARTERLY).observations().get(0).value()).isEqualTo(total);
  }

  // ----- observations with their own source

  @Test
  void anObservationsOwnSourceStaysWithItWhenSorted() {
    RemittanceSeries s = series(Frequency.IRREGULAR)
        .addObservations(Observation.builder().period(Period.parse("FY2025"))
            .value(new BigDecimal("38")).status(ObservationStatus.FORECAST)
            .qualifier(Qualifier.MORE_THAN).source(ARTICLE).build())
        .addObservations(Observation.of(Period.parse("2024-01/2024-06"), new BigDecimal("15.1")))
        .addObservations(Observation.builder().period(Period.parse("2024-07/2025-05"))
            .value(new BigDecimal("34.9")).source(SBP).build())
        .build();
    assertThat(s.observations()).containsExactly(
        Observation.of(Period.parse("2024-01/2024-06"), new BigDecimal("15.1")),
        Observation.builder().period(Period.parse("2024-07/2025-05"))
            .value(new BigDecimal("34.9")).source(SBP).build(),
        Observation.builder().period(Period.parse("FY2025")).value(new BigDecimal("38"))
            .status(ObservationStatus.FORECAST).qualifier(Qualifier.MORE_THAN).source(ARTICLE)
            .build());
    assertThat(s.observations().get(0).source()).isEmpty();
    assertThat(s.observations().get(1).source()).contains(SBP);
    assertThat(s.observations().get(2).source()).contains(ARTICLE);
  }

  @Test
  void seriesDifferingOnlyInAnObservationsSourceAreNotEqual() {
    Observation plain = Observation.of(Period.parse("2025-01"), BigDecimal.TEN);
    RemittanceSeries without = series(Frequency.MONTHLY).addObservations(plain).build();
    RemittanceSeries with = series(Frequency.MONTHLY)
        .addObservations(plain.toBuilder().source(SBP).build()).build();
    assertThat(with).isNotEqualTo(without);
    assertThat(with.observations().get(0).source()).contains(SBP);
    assertThat(without.observations().get(0).source()).isEmpty();
  }

  // ----- equality and copies

  static RemittanceSeries full() {
    return series(Frequency.MONTHLY).title("Remittances to Pakistan")
        .counterpart(CountryCode.of("ARE")).indicator("BX.TRF.PWKR.CD.DT").addSources(SBP)
        .addObservations(month("2025-05"), new BigDecimal("3.69"), ObservationStatus.PROVISIONAL,
            Qualifier.ABOUT)
        .addObservations(Observation.builder().period(month("2025-06")).value(new BigDecimal("4"))
            .status(ObservationStatus.FORECAST).qualifier(Qualifier.MORE_THAN).source(ARTICLE)
            .build())
        .addObservations(month("2025-04"), new BigDecimal("1E+40"))
        .addObservations(month("2025-03"), new BigDecimal("-0.5"))
        .build();
  }

  @Test
  void seriesWithTheSameContentAreEqualWhateverTheOrderObservationsWereAdded() {
    RemittanceSeries a = series(Frequency.MONTHLY)
        .addObservations(month("2025-01"), new BigDecimal("2.9"))
        .addObservations(month("2025-02"), new BigDecimal("1E+30"))
        .addObservations(month("2025-03"), new BigDecimal("4.1")).build();
    RemittanceSeries b = series(Frequency.MONTHLY)
        .addObservations(month("2025-03"), new BigDecimal("4.1"))
        .addObservations(month("2025-01"), new BigDecimal("2.9"))
        .addObservations(month("2025-02"), new BigDecimal("1E+30")).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void toBuilderBuildsAnEqualSeries() {
    RemittanceSeries s = full();
    RemittanceSeries copy = s.toBuilder().build();
    assertThat(copy).isEqualTo(s).hasSameHashCodeAs(s).isNotSameAs(s);
    assertThat(copy.observations()).isEqualTo(s.observations());
  }

  static Stream<Arguments> changes() {
    return Stream.<Arguments>of(
        change("id", b -> b.id(SeriesId.of("other"))),
        change("title", b -> b.title("Other")),
        change("reporter", b -> b.reporter(CountryCode.of("HUN"))),
        change("direction", b -> b.direction(FlowDirection.OUTFLOW)),
        change("counterpart", b -> b.counterpart(CountryCode.of("SAU"))),
        change("measure", b -> b.measure(RemittanceMeasure.PERSONAL_TRANSFERS)),
        change("indicator", b -> b.indicator("BX.TRF.PWKR.CD")),
        change("currency", b -> b.currency(Currency.getInstance("PKR"))),
        change("unitMultiplier", b -> b.unitMultiplier(9)),
        change("frequency", b -> b.frequency(Frequency.IRREGULAR)),
        change("sources", b -> b.addSources(ARTICLE)),
        change("observations", b -> b.addObservations(month("2025-07"), BigDecimal.ONE)));
  }

  private static Arguments change(String name, UnaryOperator<RemittanceSeries.Builder> change) {
    return Arguments.of(name, change);
  }

  @ParameterizedTest(name = "a different {0} makes a different series")
  @MethodSource("changes")
  void seriesDifferingInAnyAttributeAreNotEqual(String name,
      UnaryOperator<RemittanceSeries.Builder> change) {
    RemittanceSeries s = full();
    assertThat(change.apply(s.toBuilder()).build()).isNotEqualTo(s);
  }

  @Test
  void toStringNamesTheSeriesAndCountsItsObservations() {
    assertThat(full()).hasToString("RemittanceSeries{id=pak-remittances, reporter=PAK, "
        + "direction=inflow, frequency=monthly, observations=4}");
  }

  // ----- reading observations

  @Test
  void observationsIsAReadOnlyListOfTheObservationsInPeriodOrder() {
    RemittanceSeries s = full();
    List<Observation> list = s.observations();
    assertThat(list).hasSize(4).containsExactly(
        Observation.of(month("2025-03"), new BigDecimal("-0.5")),
        Observation.of(month("2025-04"), new BigDecimal("1E+40")),
        Observation.builder().period(month("2025-05")).value(new BigDecimal("3.69"))
            .status(ObservationStatus.PROVISIONAL).qualifier(Qualifier.ABOUT).build(),
        Observation.builder().period(month("2025-06")).value(new BigDecimal("4"))
            .status(ObservationStatus.FORECAST).qualifier(Qualifier.MORE_THAN).source(ARTICLE)
            .build());
    for (int i = 0; i < list.size(); i++) {
      // each get(i) makes an equal observation again, and finds it by its period
      assertThat(list.get(i)).isEqualTo(s.observations().get(i));
      assertThat(s.observation(list.get(i).period())).contains(list.get(i));
    }
    Observation extra = Observation.of(month("2025-07"), BigDecimal.ONE);
    assertThatThrownBy(() -> list.add(extra)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, extra))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(s.observations().size()).isEqualTo(4);
  }

  @Test
  void readingOutsideTheObservationsThrowsIndexOutOfBounds() {
    RemittanceSeries s = full();
    assertThatThrownBy(() -> s.observations().get(4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.observations().get(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void observationOfAPeriodFindsExactlyThatPeriod() {
    RemittanceSeries s = series(Frequency.IRREGULAR)
        .addObservations(Period.parse("2025"), new BigDecimal("40.1"))
        .addObservations(Observation.builder().period(Period.parse("FY2025"))
            .value(new BigDecimal("38")).status(ObservationStatus.FORECAST)
            .qualifier(Qualifier.MORE_THAN).source(ARTICLE).build())
        .addObservations(Period.parse("2024-07/2025-05"), new BigDecimal("34.9"))
        .build();
    assertThat(s.observation(Period.parse("FY2025"))).contains(Observation.builder()
        .period(Period.parse("FY2025")).value(new BigDecimal("38"))
        .status(ObservationStatus.FORECAST).qualifier(Qualifier.MORE_THAN).source(ARTICLE)
        .build());
    assertThat(s.observation(Period.parse("2025")))
        .contains(Observation.of(Period.parse("2025"), new BigDecimal("40.1")));
    assertThat(s.observation(Period.parse("2024-07/2025-05")))
        .contains(Observation.of(Period.parse("2024-07/2025-05"), new BigDecimal("34.9")));
    // the same months, another kind: not the same period
    assertThat(s.observation(Period.parse("2025-01/2025-12"))).isEmpty();
    assertThat(s.observation(Period.parse("FY2025@01"))).isEmpty();
    assertThat(s.observation(Period.parse("FY2024"))).isEmpty();
    assertThat(series(Frequency.MONTHLY).build().observation(Period.parse("2025-01"))).isEmpty();
  }

  @Test
  void aLargeSeriesAddedInReverseIsSortedAndSearchable() {
    RemittanceSeries.Builder b = series(Frequency.MONTHLY);
    int months = 12 * 500;
    YearMonth first = YearMonth.of(1600, 1);
    for (int i = months - 1; i >= 0; i--) {
      b.addObservations(Period.of(first.plusMonths(i)), BigDecimal.valueOf(i, i % 5));
    }
    RemittanceSeries s = b.build();
    assertThat(s.observations().size()).isEqualTo(months);
    for (int i = 0; i < months; i += 97) {
      Period p = Period.of(first.plusMonths(i));
      assertThat(s.observations().get(i).period()).isEqualTo(p);
      assertThat(s.observation(p)).contains(Observation.of(p, BigDecimal.valueOf(i, i % 5)));
    }
  }
}
