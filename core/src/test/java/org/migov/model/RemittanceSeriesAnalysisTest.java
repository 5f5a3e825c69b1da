package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migov.model.RemittanceSeriesBuilderTest.ARTICLE;
import static org.migov.model.RemittanceSeriesBuilderTest.SBP;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migov.model.RemittanceSeries.Builder;

/**
 * What a {@link RemittanceSeries} computes: sums, aggregates, changes, the latest observation,
 * actuals and forecasts. Expected values are computed here, with {@code BigDecimal} arithmetic on
 * the values put in, never by the series.
 */
class RemittanceSeriesAnalysisTest {
  private static final YearMonth FIRST = YearMonth.of(2023, 1);
  private static final YearMonth LAST = YearMonth.of(2025, 12);

  /** Attributes every series of these tests shares, so aggregates can be compared whole. */
  private static Builder series(Frequency frequency) {
    return RemittanceSeries.builder().id(SeriesId.of("pak-inflows"))
        .title("Workers' remittances to Pakistan").reporter(CountryCode.of("PAK"))
        .direction(FlowDirection.INFLOW).counterpart(CountryCode.of("SAU"))
        .measure(RemittanceMeasure.WORKERS_REMITTANCES).indicator("BX.TRF.PWKR.CD.DT")
        .currency(Currency.getInstance("USD")).unitMultiplier(6).frequency(frequency)
        .addSources(SBP);
  }

  /** A value for each month from 2023 to 2025, of varied scale, one of them negative. */
  private static Map<YearMonth, BigDecimal> monthlyValues() {
    Map<YearMonth, BigDecimal> values = new LinkedHashMap<>();
    int i = 0;
    for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1), i++) {
      BigDecimal v = BigDecimal.valueOf(2_500_000L + 13_579L * i, i % 4);
      values.put(m, i == 5 ? v.negate() : v);
    }
    return values;
  }

  private static RemittanceSeries monthly(Map<YearMonth, BigDecimal> values) {
    Builder b = series(Frequency.MONTHLY);
    values.forEach((m, v) -> b.addObservations(Period.of(m), v));
    return b.build();
  }

  private static BigDecimal sumOfMonths(Map<YearMonth, BigDecimal> values, YearMonth from,
      YearMonth to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      sum = sum.add(values.get(m));
    }
    return sum;
  }

  // ----- sum

  @Test
  void theTwelveMonthsOfFiscalYear2025SumToItsAggregate() {
    Map<YearMonth, BigDecimal> values = monthlyValues();
    BigDecimal expected = sumOfMonths(values, YearMonth.of(2024, 7), YearMonth.of(2025, 6));

    RemittanceSeries s = monthly(values);
    RemittanceSeries fy = s.aggregate(Frequency.fiscalYear(Month.JULY));

    assertThat(fy.observation(Period.parse("FY2025")).map(Observation::value)).contains(expected);
    assertThat(s.total(Period.parse("FY2025")).map(ComputedFigure::value)).contains(expected);
    assertThat(s.total(Period.parse("2024-07/2025-06")).map(ComputedFigure::value)).contains(expected);
  }

  @Test
  void sumAddsTheValuesOfTheObservationsWithinTheRangeExactly() {
    Map<YearMonth, BigDecimal> values = monthlyValues();
    RemittanceSeries s = monthly(values);
    assertThat(s.total(Period.parse("2025-Q1")).map(ComputedFigure::value))
        .contains(sumOfMonths(values, YearMonth.of(2025, 1), YearMonth.of(2025, 3)));
    assertThat(s.total(Period.parse("2023")).map(ComputedFigure::value))
        .contains(sumOfMonths(values, FIRST, YearMonth.of(2023, 12)));
    assertThat(s.total(Period.parse("2022-11/2023-02")).map(ComputedFigure::value)) // partly before the series
        .contains(sumOfMonths(values, FIRST, YearMonth.of(2023, 2)));
    assertThat(s.total(Period.parse("2023-06")).map(ComputedFigure::value)).contains(values.get(YearMonth.of(2023, 6)));
    assertThat(s.total(Period.parse("2022")).map(ComputedFigure::value)).isEmpty();
  }

  @Test
  void sumOfAnIrregularSeriesAddsEveryFigureWithinTheRangeEvenOverlappingOnes() {
    RemittanceSeries s = series(Frequency.IRREGULAR)
        .addObservations(Period.parse("2024-07/2025-05"), new BigDecimal("34.9"))
        .addObservations(Period.parse("FY2025"), new BigDecimal("38"), ObservationStatus.FORECAST,
            Qualifier.MORE_THAN)
        .addObservations(Period.parse("2025-05"), new BigDecimal("3.69"))
        .addObservations(Period.parse("2025"), new BigDecimal("40"))
        .build();
    assertThat(s.total(Period.parse("FY2025")).map(ComputedFigure::value)).contains(new BigDecimal("76.59"));
    assertThat(s.total(Period.parse("2025-Q2")).map(ComputedFigure::value)).contains(new BigDecimal("3.69"));
    assertThat(s.total(Period.parse("2023")).map(ComputedFigure::value)).isEmpty();
  }

  // ----- aggregate

  /** Sums of {@code values} by the period each month falls in, computed here. */
  private static TreeMap<Period, BigDecimal> sumsBy(Map<YearMonth, BigDecimal> values,
      Function<YearMonth, Period> periodOf) {
    TreeMap<Period, BigDecimal> sums = new TreeMap<>();
    values.forEach((m, v) -> sums.merge(periodOf.apply(m), v, BigDecimal::add));
    return sums;
  }

  private static Period quarterOf(YearMonth m) {
    return Period.ofQuarter(m.getYear(), (m.getMonthValue() - 1) / 3 + 1);
  }

  private static Period julyFiscalYearOf(YearMonth m) {
    return Period.ofFiscalYear(m.getMonthValue() >= 7 ? m.getYear() + 1 : m.getYear(),
        Month.JULY);
  }

  @Test
  void aggregatesCompleteQuartersOnlyByDefault() {
    Map<YearMonth, BigDecimal> values = monthlyValues();
    values.remove(YearMonth.of(2025, 5)); // 2025-Q2 lacks a month
    TreeMap<Period, BigDecimal> sums = sumsBy(values, RemittanceSeriesAnalysisTest::quarterOf);

    Builder expected = series(Frequency.QUARTERLY);
    sums.forEach((q, sum) -> {
      if (!q.equals(Period.parse("2025-Q2"))) {
        expected.addObservations(q, sum);
      }
    });
    RemittanceSeries quarterly = monthly(values).aggregate(Frequency.QUARTERLY);
    assertThat(quarterly).isEqualTo(expected.build());
    assertThat(quarterly.observations().size()).isEqualTo(11);
    assertThat(monthly(values).aggregate(Frequency.QUARTERLY, false)).isEqualTo(quarterly);
  }

  @Test
  void aggregatesPartialQuartersOnRequestMarkedAtLeast() {
    Map<YearMonth, BigDecimal> values = monthlyValues();
    values.remove(YearMonth.of(2025, 5));
    TreeMap<Period, BigDecimal> sums = sumsBy(values, RemittanceSeriesAnalysisTest::quarterOf);

    Builder expected = series(Frequency.QUARTERLY);
    sums.forEach((q, sum) -> expected.addObservations(q, sum, ObservationStatus.NORMAL,
        q.equals(Period.parse("2025-Q2")) ? Qualifier.AT_LEAST : Qualifier.EXACT));
    assertThat(monthly(values).aggregate(Frequency.QUARTERLY, true)).isEqualTo(expected.build());
  }

  @Test
  void aggregatesToCalendarYears() {
    Map<YearMonth, BigDecimal> values = monthlyValues();
    values.remove(YearMonth.of(2025, 12));
    RemittanceSeries s = monthly(values);
    assertThat(s.aggregate(Frequency.ANNUAL)).isEqualTo(series(Frequency.ANNUAL)
        .addObservations(Period.ofYear(2023), sumOfMonths(values, FIRST, YearMonth.of(2023, 12)))
        .addObservations(Period.ofYear(2024),
            sumOfMonths(values, YearMonth.of(2024, 1), YearMonth.of(2024, 12)))
        .build());
    assertThat(s.aggregate(Frequency.ANNUAL, true).observation(Period.ofYear(2025)))
        .contains(Observation.builder().period(Period.ofYear(2025))
            .value(sumOfMonths(values, YearMonth.of(2025, 1), YearMonth.of(2025, 11)))
            .qualifier(Qualifier.AT_LEAST).build());
  }

  @Test
  void aggregatesToFiscalYearsStartingInJulyKeepingCompleteOnesOrAllOnRequest() {
    Map<YearMonth, BigDecimal> values = monthlyValues(); // January 2023 to December 2025
    TreeMap<Period, BigDecimal> sums =
        sumsBy(values, RemittanceSeriesAnalysisTest::julyFiscalYearOf);
    assertThat(sums.keySet()).extracting(Period::toString)
        .containsExactly("FY2023", "FY2024", "FY2025", "FY2026");

    RemittanceSeries s = monthly(values);
    assertThat(s.aggregate(Frequency.fiscalYear(Month.JULY))).isEqualTo(
        series(Frequency.fiscalYear(Month.JULY))
            .addObservations(Period.parse("FY2024"), sums.get(Period.parse("FY2024")))
            .addObservations(Period.parse("FY2025"), sums.get(Period.parse("FY2025")))
            .build());
    assertThat(s.aggregate(Frequency.fiscalYear(Month.JULY), true)).isEqualTo(
        series(Frequency.fiscalYear(Month.JULY))
            .addObservations(Period.parse("FY2023"), sums.get(Period.parse("FY2023")),
                ObservationStatus.NORMAL, Qualifier.AT_LEAST)
            .addObservations(Period.parse("FY2024"), sums.get(Period.parse("FY2024")))
            .addObservations(Period.parse("FY2025"), sums.get(Period.parse("FY2025")))
            .addObservations(Period.parse("FY2026"), sums.get(Period.parse("FY2026")),
                ObservationStatus.NORMAL, Qualifier.AT_LEAST)
            .build());
  }

  private static RemittanceSeries quarterly() {
    Builder b = series(Frequency.QUARTERLY);
    for (int year = 2023; year <= 2025; year++) {
      for (int q = 1; q <= 4; q++) {
        b.addObservations(Period.ofQuarter(year, q), BigDecimal.valueOf(year * 10L + q, 1));
      }
    }
    return b.build();
  }

  private static BigDecimal quarterValue(int year, int q) {
    return new BigDecimal(year + "." + q);
  }

  @Test
  void aggregatesQuartersToFiscalYearsStartingAtAQuarter() {
    RemittanceSeries april = quarterly().aggregate(Frequency.fiscalYear(Month.APRIL));
    assertThat(april).isEqualTo(series(Frequency.fiscalYear(Month.APRIL))
        .addObservations(Period.parse("FY2024@04"), quarterValue(2023, 2)
            .add(quarterValue(2023, 3)).add(quarterValue(2023, 4)).add(quarterValue(2024, 1)))
        .addObservations(Period.parse("FY2025@04"), quarterValue(2024, 2)
            .add(quarterValue(2024, 3)).add(quarterValue(2024, 4)).add(quarterValue(2025, 1)))
        .build());
    RemittanceSeries january = quarterly().aggregate(Frequency.fiscalYear(Month.JANUARY));
    assertThat(january.observations()).extracting(o -> o.period().toString())
        .containsExactly("FY2023@01", "FY2024@01", "FY2025@01");
    assertThat(january.observations().get(2).value())
        .isEqualTo(quarterValue(2025, 1).add(quarterValue(2025, 2))
        .add(quarterValue(2025, 3)).add(quarterValue(2025, 4)));
    assertThat(quarterly().aggregate(Frequency.ANNUAL).observation(Period.ofYear(2024)))
        .contains(Observation.of(Period.ofYear(2024), quarterValue(2024, 1)
            .add(quarterValue(2024, 2)).add(quarterValue(2024, 3)).add(quarterValue(2024, 4))));
  }

  @Test
  void anAggregateOfAnEmptySeriesIsEmptyWithTheTargetFrequency() {
    assertThat(series(Frequency.MONTHLY).build().aggregate(Frequency.ANNUAL, true))
        .isEqualTo(series(Frequency.ANNUAL).build());
  }

  @ParameterizedTest(name = "statuses {0}, {1}, {2} give {3}")
  @CsvSource({
      "NORMAL, NORMAL, NORMAL, NORMAL",
      "NORMAL, FORECAST, NORMAL, FORECAST",
      "FORECAST, ESTIMATED, PROVISIONAL, FORECAST",
      "ESTIMATED, PROVISIONAL, NORMAL, ESTIMATED",
      "PROVISIONAL, NORMAL, IMPUTED, PROVISIONAL",
      "IMPUTED, IMPUTED, IMPUTED, IMPUTED",
      "BREAK, BREAK, BREAK, BREAK",
      "MISSING, MISSING, MISSING, MISSING",
      "LOW_RELIABILITY, LOW_RELIABILITY, LOW_RELIABILITY, LOW_RELIABILITY",
      "IMPUTED, BREAK, NORMAL, NORMAL",
      "LOW_RELIABILITY, IMPUTED, IMPUTED, NORMAL",
      "MISSING, NORMAL, NORMAL, NORMAL"})
  void anAggregateTakesTheMostTellingStatus(ObservationStatus a, ObservationStatus b,
      ObservationStatus c, ObservationStatus expected) {
    RemittanceSeries s = series(Frequency.MONTHLY)
        .addObservations(Period.parse("2025-01"), BigDecimal.ONE, a, Qualifier.EXACT)
        .addObservations(Period.parse("2025-02"), BigDecimal.ONE, b, Qualifier.EXACT)
        .addObservations(Period.parse("2025-03"), BigDecimal.ONE, c, Qualifier.EXACT)
        .build();
    assertThat(s.aggregate(Frequency.QUARTERLY).observations()).containsExactly(Observation
        .builder().period(Period.parse("2025-Q1")).value(new BigDecimal("3")).status(expected).build());
  }

  @ParameterizedTest(name = "qualifiers {0}, {1}, {2} give {3}")
  @CsvSource({
      "EXACT, EXACT, EXACT, EXACT",
      "EXACT, AT_LEAST, EXACT, AT_LEAST",
      "AT_LEAST, AT_LEAST, AT_LEAST, AT_LEAST",
      "EXACT, MORE_THAN, AT_LEAST, MORE_THAN",
      "EXACT, UP_TO, EXACT, UP_TO",
      "UP_TO, UP_TO, UP_TO, UP_TO",
      "LESS_THAN, UP_TO, EXACT, LESS_THAN",
      "AT_LEAST, UP_TO, EXACT, ABOUT",
      "MORE_THAN, LESS_THAN, EXACT, ABOUT",
      "ABOUT, EXACT, EXACT, ABOUT",
      "ABOUT, AT_LEAST, AT_LEAST, ABOUT"})
  void anAggregateQualifiesItsSumByTheBoundsOfItsParts(Qualifier a, Qualifier b, Qualifier c,
      Qualifier expected) {
    RemittanceSeries s = series(Frequency.MONTHLY)
        .addObservations(Period.parse("2025-04"), BigDecimal.ONE, ObservationStatus.NORMAL, a)
        .addObservations(Period.parse("2025-05"), BigDecimal.ONE, ObservationStatus.NORMAL, b)
        .addObservations(Period.parse("2025-06"), BigDecimal.ONE, ObservationStatus.NORMAL, c)
        .build();
    assertThat(s.aggregate(Frequency.QUARTERLY).observations()).containsExactly(Observation
        .builder().period(Period.parse("2025-Q2")).value(new BigDecimal("3")).qualifier(expected).build());
  }

  @Test
  void aPartialAggregateIsAtLeastItsSumAndKeepsTheMostTellingStatus() {
    RemittanceSeries s = series(Frequency.MONTHLY)
        .addObservations(Period.parse("2025-04"), new BigDecimal("3.1"),
            ObservationStatus.NORMAL, Qualifier.EXACT)
        .addObservations(Period.parse("2025-05"), new BigDecimal("3.69"),
            ObservationStatus.FORECAST, Qualifier.EXACT)
        .build();
    assertThat(s.aggregate(Frequency.QUARTERLY)).isEqualTo(series(Frequency.QUARTERLY).build());
    assertThat(s.aggregate(Frequency.QUARTERLY, true).observations()).containsExactly(
        Observation.builder().period(Period.parse("2025-Q2")).value(new BigDecimal("6.79"))
            .status(ObservationStatus.FORECAST).qualifier(Qualifier.AT_LEAST).build());
  }

  @Test
  void anIrregularSeriesCannotBeAggregatedNorCanASeriesBeAggregatedToIrregularPeriods() {
    RemittanceSeries irregular = series(Frequency.IRREGULAR)
        .addObservations(Period.parse("2025-01"), BigDecimal.ONE).build();
    assertThatThrownBy(() -> irregular.aggregate(Frequency.QUARTERLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an irregular series cannot be aggregated, nor to irregular periods");
    assertThatThrownBy(() -> monthly(monthlyValues()).aggregate(Frequency.IRREGULAR, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an irregular series cannot be aggregated, nor to irregular periods");
  }

  @Test
  void anObservationThatDoesNotFitWithinOneTargetPeriodIsAnError() {
    assertThatThrownBy(() -> quarterly().aggregate(Frequency.fiscalYear(Month.MAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the observation over 2023-Q2 does not fit within one period of frequency "
            + "fiscal_year@05");
    assertThatThrownBy(() -> quarterly().aggregate(Frequency.MONTHLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the observation over 2023-Q1 does not fit within one period of frequency "
            + "monthly");
    assertThatThrownBy(() -> quarterly().aggregate(Frequency.ANNUAL)
            .aggregate(Frequency.fiscalYear(Month.JULY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the observation over 2023 does not fit within one period of frequency "
            + "fiscal_year");
  }

  // ----- change and growth from a year earlier

  @Test
  void yearOnYearChangeIsTheExactDifference() {
    Map<YearMonth, BigDecimal> values = monthlyValues();
    RemittanceSeries s = monthly(values);
    assertThat(s.yearOnYearChange(Period.parse("2025-03")).map(ComputedFigure::value)).contains(
        values.get(YearMonth.of(2025, 3)).subtract(values.get(YearMonth.of(2024, 3))));
    assertThat(s.yearOnYearChange(Period.parse("2024-06")).map(ComputedFigure::value)).contains(
        values.get(YearMonth.of(2024, 6)).subtract(values.get(YearMonth.of(2023, 6))));

    RemittanceSeries fy = series(Frequency.fiscalYear(Month.JULY))
        .addObservations(Period.parse("FY2024"), new BigDecimal("30.25"))
        .addObservations(Period.parse("FY2025"), new BigDecimal("38.0")).build();
    assertThat(fy.yearOnYearChange(Period.parse("FY2025")).map(ComputedFigure::value))
        .contains(new BigDecimal("7.75"));
  }

  @Test
  void yearOnYearChangeIsEmptyWhenEitherValueIsMissing() {
    RemittanceSeries s = monthly(monthlyValues());
    assertThat(s.yearOnYearChange(Period.parse("2023-03")).map(ComputedFigure::value)).isEmpty(); // no 2022-03
    assertThat(s.yearOnYearChange(Period.parse("2026-03")).map(ComputedFigure::value)).isEmpty(); // no 2026-03
    assertThat(s.yearOnYearChange(Period.parse("2025-Q1")).map(ComputedFigure::value)).isEmpty(); // not a month
  }

  @Test
  void changeAndGrowthInTheFirstYearsAreEmptyOrComputedWithoutError() {
    RemittanceSeries s = series(Frequency.MONTHLY)
        .addObservations(Period.parse("0001-05"), new BigDecimal("4"))
        .addObservations(Period.parse("0002-05"), new BigDecimal("5")).build();
    assertThat(s.yearOnYearChange(Period.parse("0001-05")).map(ComputedFigure::value)).isEmpty();
    assertThat(s.yearOnYearGrowthFraction(Period.parse("0001-05"), MathContext.DECIMAL64).map(ComputedFigure::value)).isEmpty();
    assertThat(s.yearOnYearChange(Period.parse("0002-05")).map(ComputedFigure::value)).contains(BigDecimal.ONE);
    assertThat(s.yearOnYearGrowthFraction(Period.parse("0002-05"), MathContext.DECIMAL64).map(ComputedFigure::value))
        .contains(new BigDecimal("0.25"));
  }

  @Test
  void yearOnYearGrowthFractionIsTheRelativeChangeRoundedToTheContext() {
    RemittanceSeries s = series(Frequency.ANNUAL)
        .addObservations(Period.ofYear(2021), new BigDecimal("120"))
        .addObservations(Period.ofYear(2022), new BigDecimal("90"))
        .addObservations(Period.ofYear(2023), new BigDecimal("300"))
        .addObservations(Period.ofYear(2024), new BigDecimal("400"))
        .addObservations(Period.ofYear(2025), new BigDecimal("440.0"))
        .build();
    assertThat(s.yearOnYearGrowthFraction(Period.ofYear(2022), MathContext.DECIMAL64).map(ComputedFigure::value).get())
        .isEqualByComparingTo("-0.25");
    assertThat(s.yearOnYearGrowthFraction(Period.ofYear(2025), MathContext.DECIMAL64).map(ComputedFigure::value).get())
        .isEqualByComparingTo("0.1");
    assertThat(s.yearOnYearGrowthFraction(Period.ofYear(2024), MathContext.DECIMAL64).map(ComputedFigure::value))
        .contains(BigDecimal.ONE.divide(new BigDecimal("3"), MathContext.DECIMAL64));
    assertThat(s.yearOnYearGrowthFraction(Period.ofYear(2024), new MathContext(3,
        RoundingMode.HALF_UP)).map(ComputedFigure::value)).contains(new BigDecimal("0.333"));
  }

  @Test
  void yearOnYearGrowthFractionIsEmptyWhenAValueIsMissingOrTheEarlierIsZero() {
    RemittanceSeries s = series(Frequency.ANNUAL)
        .addObservations(Period.ofYear(2023), new BigDecimal("0.00"))
        .addObservations(Period.ofYear(2024), new BigDecimal("400"))
        .build();
    assertThat(s.yearOnYearGrowthFraction(Period.ofYear(2024), MathContext.DECIMAL64).map(ComputedFigure::value)).isEmpty();
    assertThat(s.yearOnYearChange(Period.ofYear(2024)).map(ComputedFigure::value)).contains(new BigDecimal("400.00"));
    assertThat(s.yearOnYearGrowthFraction(Period.ofYear(2023), MathContext.DECIMAL64).map(ComputedFigure::value)).isEmpty();
    assertThat(s.yearOnYearGrowthFraction(Period.ofYear(2025), MathContext.DECIMAL64).map(ComputedFigure::value)).isEmpty();
  }

  // ----- latest, actuals and forecasts

  /** The article's figures: $34.9 billion July 2024–May 2025, projected to surpass $38 billion. */
  private static RemittanceSeries article() {
    return series(Frequency.IRREGULAR).unitMultiplier(9)
        .addObservations(Observation.builder().period(Period.parse("FY2025"))
            .value(new BigDecimal("38")).status(ObservationStatus.FORECAST)
            .qualifier(Qualifier.MORE_THAN).source(ARTICLE).build())
        .addObservations(Observation.builder().period(Period.parse("2024-07/2025-05"))
            .value(new BigDecimal("34.9")).source(ARTICLE).build())
        .build();
  }

  @Test
  void latestIsTheObservationEndingLastAndLatestActualSkipsForecasts() {
    RemittanceSeries s = article();
    assertThat(s.latest()).contains(Observation.builder().period(Period.parse("FY2025"))
        .value(new BigDecimal("38")).status(ObservationStatus.FORECAST)
        .qualifier(Qualifier.MORE_THAN).source(ARTICLE).build());
    assertThat(s.latestActual()).contains(Observation.builder()
        .period(Period.parse("2024-07/2025-05")).value(new BigDecimal("34.9")).source(ARTICLE)
        .build());
  }

  @Test
  void ofObservationsEndingTogetherLatestIsTheLastInPeriodOrder() {
    RemittanceSeries s = series(Frequency.IRREGULAR)
        .addObservations(Period.parse("2025-04/2025-06"), new BigDecimal("3"))
        .addObservations(Period.parse("FY2025"), new BigDecimal("38"))
        .addObservations(Period.parse("2025-Q2"), new BigDecimal("2"))
        .addObservations(Period.parse("2024"), new BigDecimal("30"))
        .build();
    assertThat(s.latest().map(Observation::period)).contains(Period.parse("2025-04/2025-06"));
    RemittanceSeries withMonth = s.toBuilder()
        .addObservations(Period.parse("2025-06"), new BigDecimal("1"), ObservationStatus.ESTIMATED,
            Qualifier.ABOUT).build();
    assertThat(withMonth.latest()).contains(Observation.builder().period(Period.parse("2025-06"))
        .value(BigDecimal.ONE).status(ObservationStatus.ESTIMATED).qualifier(Qualifier.ABOUT)
        .build());
    assertThat(withMonth.latestActual()).isEqualTo(withMonth.latest());
  }

  @Test
  void latestOfAnEmptySeriesOrActualOfOnlyForecastsIsEmpty() {
    assertThat(series(Frequency.MONTHLY).build().latest()).isEmpty();
    assertThat(series(Frequency.MONTHLY).build().latestActual()).isEmpty();
    RemittanceSeries forecasts = series(Frequency.ANNUAL)
        .addObservations(Period.ofYear(2026), BigDecimal.TEN, ObservationStatus.FORECAST,
            Qualifier.EXACT).build();
    assertThat(forecasts.latest().map(Observation::period)).contains(Period.ofYear(2026));
    assertThat(forecasts.latestActual()).isEqualTo(Optional.empty());
  }

  @Test
  void actualsAndForecastsSplitTheObservationsKeepingEverythingElse() {
    Builder b = series(Frequency.MONTHLY);
    Builder actuals = series(Frequency.MONTHLY);
    Builder forecasts = series(Frequency.MONTHLY);
    ObservationStatus[] statuses = ObservationStatus.values();
    for (int i = 0; i < 2 * statuses.length; i++) {
      Observation o = Observation.builder().period(Period.of(YearMonth.of(2024, 1).plusMonths(i)))
          .value(i % 3 == 0 ? new BigDecimal("1E+50").add(BigDecimal.valueOf(i))
              : BigDecimal.valueOf(i, 2))
          .status(statuses[i % statuses.length])
          .qualifier(Qualifier.values()[i % Qualifier.values().length])
          .source(i % 2 == 0 ? Optional.of(ARTICLE) : Optional.empty()).build();
      (o.status() == ObservationStatus.FORECAST ? forecasts : actuals).addObservations(o);
    }
    // added to the series newest first
    for (int i = 2 * statuses.length - 1; i >= 0; i--) {
      Observation o = Observation.builder().period(Period.of(YearMonth.of(2024, 1).plusMonths(i)))
          .value(i % 3 == 0 ? new BigDecimal("1E+50").add(BigDecimal.valueOf(i))
              : BigDecimal.valueOf(i, 2))
          .status(statuses[i % statuses.length])
          .qualifier(Qualifier.values()[i % Qualifier.values().length])
          .source(i % 2 == 0 ? Optional.of(ARTICLE) : Optional.empty()).build();
      b.addObservations(o);
    }
    RemittanceSeries s = b.build();
    assertThat(s.actuals()).isEqualTo(actuals.build());
    assertThat(s.forecasts()).isEqualTo(forecasts.build());
    assertThat(s.forecasts().observations().size()).isEqualTo(2);
    assertThat(s.actuals().observations().size()).isEqualTo(2 * statuses.length - 2);
    assertThat(Arrays.stream(statuses).filter(st -> !st.isActual()))
        .containsExactly(ObservationStatus.FORECAST);
  }

  @Test
  void actualsOfTheArticleAreTheReportedFigureAndForecastsTheProjection() {
    RemittanceSeries s = article();
    assertThat(s.actuals().observations()).extracting(o -> o.period().toString())
        .isEqualTo(List.of("2024-07/2025-05"));
    assertThat(s.forecasts().observations()).extracting(o -> o.period().toString())
        .isEqualTo(List.of("FY2025"));
    assertThat(s.forecasts().unitMultiplier()).isEqualTo(9);
  }
}
