package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Month;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Computations over a series that keep their caveats: Pakistan's remittances from July 2024 to
 * May 2025 are eleven months of fiscal year 2025, never the year; a forecast in gives a forecast
 * out; a "more than" in gives at least "more than".
 */
class ComputedFigureTest {
  private static final Period FY2025 = Period.ofFiscalYear(2025, Month.JULY);

  private static RemittanceSeries.Builder series() {
    return RemittanceSeries.builder().id(SeriesId.of("pak-remittances-inflow"))
        .reporter(CountryCode.of("PAK")).direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.UNSPECIFIED).currency(Currency.getInstance("USD"))
        .unitMultiplier(9).frequency(Frequency.MONTHLY);
  }

  /** July 2024 to May 2025: eleven months of 3.1 (billion), the last one provisional. */
  private static RemittanceSeries elevenMonths() {
    RemittanceSeries.Builder b = series();
    for (int i = 0; i < 11; i++) {
      int month = (6 + i) % 12 + 1;
      int year = month >= 7 ? 2024 : 2025;
      b.addObservations(Period.ofMonth(year, month), new BigDecimal("3.1"),
          i == 10 ? ObservationStatus.PROVISIONAL : ObservationStatus.NORMAL, Qualifier.EXACT);
    }
    return b.build();
  }

  @Test
  void elevenMonthsAskedAsAFiscalYearSayTheyAreElevenOfTwelve() {
    ComputedFigure total = elevenMonths().total(FY2025).orElseThrow();

    assertThat(total.value()).isEqualByComparingTo("34.1");
    assertThat(total.monthsCovered()).isEqualTo(11);
    assertThat(total.monthsAsked()).isEqualTo(12);
    assertThat(total.isComplete()).isFalse();
    assertThat(total.status()).isEqualTo(ObservationStatus.PROVISIONAL);
    assertThat(total.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(total.inputs()).isEqualTo(11);
    assertThat(total).hasToString("exact 34.1 provisional over FY2025 (11 of 12 months, "
        + "11 observations)");
    assertThat(elevenMonths().totals(Frequency.fiscalYear(Month.JULY))).containsExactly(total);
  }

  @Test
  void aForecastInGivesAForecastOutAndMoreThanInGivesMoreThanOut() {
    RemittanceSeries s = series().frequency(Frequency.MONTHLY)
        .addObservations(Period.ofMonth(2025, 5), new BigDecimal("3.7"), ObservationStatus.NORMAL,
            Qualifier.EXACT)
        .addObservations(Period.ofMonth(2025, 6), new BigDecimal("3.1"),
            ObservationStatus.FORECAST, Qualifier.MORE_THAN)
        .build();

    ComputedFigure total = s.total(Period.ofYear(2025)).orElseThrow();

    assertThat(total.value()).isEqualByComparingTo("6.8");
    assertThat(total.status()).isEqualTo(ObservationStatus.FORECAST);
    assertThat(total.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(total.monthsCovered()).isEqualTo(2);
    assertThat(s.total(Period.ofYear(2023))).isEmpty();
  }

  @Test
  void changeAndGrowthKeepTheirCaveatsAndSayFractionOrPercent() {
    RemittanceSeries s = series().frequency(Frequency.ANNUAL)
        .addObservations(Period.ofYear(2023), new BigDecimal("27"), ObservationStatus.NORMAL,
            Qualifier.EXACT)
        .addObservations(Period.ofYear(2024), new BigDecimal("30"), ObservationStatus.ESTIMATED,
            Qualifier.MORE_THAN)
        .build();
    MathContext m = MathContext.DECIMAL64;

    ComputedFigure change = s.yearOnYearChange(Period.ofYear(2024)).orElseThrow();
    ComputedFigure fraction = s.yearOnYearGrowthFraction(Period.ofYear(2024), m).orElseThrow();
    ComputedFigure percent = s.yearOnYearGrowthPercent(Period.ofYear(2024), m).orElseThrow();

    assertThat(change.value()).isEqualByComparingTo("3");
    assertThat(change.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(change.status()).isEqualTo(ObservationStatus.ESTIMATED);
    assertThat(fraction.value()).isEqualByComparingTo(new BigDecimal("3").divide(
        new BigDecimal("27"), m));
    assertThat(percent.value()).isEqualByComparingTo(new BigDecimal("300").divide(
        new BigDecimal("27"), m));
    assertThat(percent.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(s.yearOnYearChange(Period.ofYear(2023))).isEmpty();
  }

  @Test
  void theQualifierOfADifferenceFollowsTheBoundsOfBothValues() {
    assertThat(SeriesAnalysis.difference(Qualifier.EXACT, Qualifier.EXACT))
        .isEqualTo(Qualifier.EXACT);
    assertThat(SeriesAnalysis.difference(Qualifier.AT_LEAST, Qualifier.EXACT))
        .isEqualTo(Qualifier.AT_LEAST);
    assertThat(SeriesAnalysis.difference(Qualifier.EXACT, Qualifier.MORE_THAN))
        .isEqualTo(Qualifier.LESS_THAN);
    assertThat(SeriesAnalysis.difference(Qualifier.EXACT, Qualifier.UP_TO))
        .isEqualTo(Qualifier.AT_LEAST);
    assertThat(SeriesAnalysis.difference(Qualifier.MORE_THAN, Qualifier.MORE_THAN))
        .isEqualTo(Qualifier.ABOUT);
    assertThat(SeriesAnalysis.difference(Qualifier.ABOUT, Qualifier.EXACT))
        .isEqualTo(Qualifier.ABOUT);
  }
}
