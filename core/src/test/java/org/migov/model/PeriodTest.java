package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.ValidationAssertions.assertViolation;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.model.Period.Kind;
import org.migov.validation.ViolationCode;

class PeriodTest {
  private static String unparsable(String text) {
    return "'" + text + "' is not a period: use 2025-05, 2025-Q1, 2025, FY2025, FY2025@04 or "
        + "2024-07/2025-05";
  }

  @Test
  void fiscalYear2025StartingInJulyRunsFromJuly2024ToJune2025() {
    Period fy = Period.parse("FY2025");
    assertThat(fy.start()).isEqualTo(YearMonth.of(2024, 7));
    assertThat(fy.end()).isEqualTo(YearMonth.of(2025, 6));
    assertThat(fy.toString()).isEqualTo("FY2025");
  }

  @ParameterizedTest(name = "{0} is a {1} from {2} to {3}")
  @CsvSource({
      "2025-05, MONTH, 2025-05, 2025-05, 1, 2025, JANUARY",
      "0001-01, MONTH, 0001-01, 0001-01, 1, 1, JANUARY",
      "9999-12, MONTH, 9999-12, 9999-12, 1, 9999, JANUARY",
      "2025-Q1, QUARTER, 2025-01, 2025-03, 3, 2025, JANUARY",
      "2025-Q2, QUARTER, 2025-04, 2025-06, 3, 2025, JANUARY",
      "2025-Q3, QUARTER, 2025-07, 2025-09, 3, 2025, JANUARY",
      "2025-Q4, QUARTER, 2025-10, 2025-12, 3, 2025, JANUARY",
      "2025, YEAR, 2025-01, 2025-12, 12, 2025, JANUARY",
      "FY2025, FISCAL_YEAR, 2024-07, 2025-06, 12, 2025, JULY",
      "FY2025@04, FISCAL_YEAR, 2024-04, 2025-03, 12, 2025, APRIL",
      "FY2025@01, FISCAL_YEAR, 2025-01, 2025-12, 12, 2025, JANUARY",
      "FY2025@02, FISCAL_YEAR, 2024-02, 2025-01, 12, 2025, FEBRUARY",
      "FY2025@12, FISCAL_YEAR, 2024-12, 2025-11, 12, 2025, DECEMBER",
      "FY0001@01, FISCAL_YEAR, 0001-01, 0001-12, 12, 1, JANUARY",
      "FY0002, FISCAL_YEAR, 0001-07, 0002-06, 12, 2, JULY",
      "2024-07/2025-05, MONTH_RANGE, 2024-07, 2025-05, 11, 2025, JANUARY",
      "2025-05/2025-05, MONTH_RANGE, 2025-05, 2025-05, 1, 2025, JANUARY",
      "0001-01/2731-07, MONTH_RANGE, 0001-01, 2731-07, 32767, 2731, JANUARY"})
  void everyTextFormParsesToItsKindAndMonthsAndRoundTrips(String text, Kind kind,
      YearMonth start, YearMonth end, int months, int year, Month yearStart) {
    Period p = Period.parse(text);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.end()).isEqualTo(end);
    assertThat(p.lengthInMonths()).isEqualTo(months);
    assertThat(p.year()).isEqualTo(year);
    assertThat(p.yearStart()).isEqualTo(yearStart);
    assertThat(p.toString()).isEqualTo(text);
    assertThat(Period.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void factoriesGiveThePeriodsTheTextFormsName() {
    assertThat(Period.ofMonth(2025, 5)).isEqualTo(Period.parse("2025-05"))
        .isEqualTo(Period.of(YearMonth.of(2025, 5)));
    assertThat(Period.ofQuarter(2025, 1)).isEqualTo(Period.parse("2025-Q1"));
    assertThat(Period.ofYear(2025)).isEqualTo(Period.parse("2025"));
    assertThat(Period.ofFiscalYear(2025, Month.JULY)).isEqualTo(Period.parse("FY2025"));
    assertThat(Period.ofFiscalYear(2025, Month.APRIL)).isEqualTo(Period.parse("FY2025@04"));
    assertThat(Period.ofMonths(YearMonth.of(2024, 7), YearMonth.of(2025, 5)))
        .isEqualTo(Period.parse("2024-07/2025-05"));
  }

  @Test
  void parseOfToStringEqualsThePeriodForEveryKindAcrossTheYearRange() {
    List<Period> periods = new ArrayList<>();
    for (int year : new int[] {1, 2, 99, 999, 1993, 2024, 2025, 9998, 9999}) {
      periods.add(Period.ofYear(year));
      for (int q = 1; q <= 4; q++) {
        periods.add(Period.ofQuarter(year, q));
      }
      for (Month m : Month.values()) {
        periods.add(Period.ofMonth(year, m.getValue()));
        if (year > 1 || m == Month.JANUARY) {
          periods.add(Period.ofFiscalYear(year, m));
        }
        YearMonth first = YearMonth.of(year, m.getValue());
        for (int length : new int[] {1, 2, 13, 120, Period.MAX_RANGE_MONTHS}) {
          YearMonth last = first.plusMonths(length - 1);
          if (last.getYear() <= 9999) {
            periods.add(Period.ofMonths(first, last));
          }
        }
      }
    }
    assertThat(periods).extracting(Period::kind).contains(Kind.values());
    for (Period p : periods) {
      assertThat(Period.parse(p.toString())).as(p.toString()).isEqualTo(p);
    }
  }

  @Test
  void periodsOverTheSameMonthsButOfDifferentKindsAreNotEqual() {
    Period year = Period.parse("2025");
    Period range = Period.parse("2025-01/2025-12");
    Period fiscal = Period.parse("FY2025@01");
    assertThat(year.start()).isEqualTo(range.start()).isEqualTo(fiscal.start());
    assertThat(year.end()).isEqualTo(range.end()).isEqualTo(fiscal.end());
    assertThat(year).isNotEqualTo(range).isNotEqualTo(fiscal);
    assertThat(range).isNotEqualTo(fiscal);
    assertThat(Period.parse("2025-05")).isNotEqualTo(Period.parse("2025-05/2025-05"));
  }

  @Test
  void equalPeriodsHaveEqualHashCodes() {
    assertThat(Period.parse("FY2025@04")).isEqualTo(Period.ofFiscalYear(2025, Month.APRIL))
        .hasSameHashCodeAs(Period.ofFiscalYear(2025, Month.APRIL));
    assertThat(Period.parse("2024-07/2025-05"))
        .hasSameHashCodeAs(Period.ofMonths(YearMonth.of(2024, 7), YearMonth.of(2025, 5)));
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @ValueSource(strings = {"", " 2025", "2025 ", "25", "10000", "2025-13", "2025-00", "2025-5",
      "2025-Q0", "2025-Q5", "2025-q1", "2025Q1", "2025-Q", "2025-Q12", "FY25", "FY2025@07",
      "FY2025@13", "FY2025@00", "FY2025@4", "FY2025@004", "fy2025", "FY 2025", "FY2025-04",
      "2024-07/2025-5", "2024-7/2025-05", "2024-07/", "/2025-05", "2024-07-2025-05",
      "2024-07/2025-13", "2024-07//2025-05", "2024-07/2025-05/2025-06", "2025-05-01",
      "２０２５", "2025/2026", "FY2025@aa", "FYabcd"})
  void rejectsTextThatIsNotAPeriodWithPeriodInvalid(String text) {
    assertViolation(() -> Period.parse(text), "period", ViolationCode.PERIOD_INVALID,
        unparsable(text));
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @CsvSource({
      "0000, year 0 is not 1 to 9999",
      "0000-05, year 0 is not 1 to 9999",
      "0000-Q1, year 0 is not 1 to 9999",
      "FY0000, year 0 is not 1 to 9999",
      "FY0001, fiscal year 1 would start before year 1",
      "FY0001@04, fiscal year 1 would start before year 1",
      "0000-12/0001-01, year 0 is not 1 to 9999"})
  void rejectsYearsOutOfRangeWithPeriodInvalid(String text, String why) {
    assertViolation(() -> Period.parse(text), "period", ViolationCode.PERIOD_INVALID,
        "not a period: " + why);
  }

  @Test
  void rejectsNullAsRequired() {
    assertViolation(() -> Period.parse(null), "period", ViolationCode.REQUIRED,
        "a period is required");
  }

  @Test
  void rejectsReversedRangesWithDateRangeReversed() {
    assertViolation(() -> Period.parse("2025-05/2024-07"), "period",
        ViolationCode.DATE_RANGE_REVERSED, "the range 2025-05/2024-07 ends before it starts");
    assertViolation(() -> Period.ofMonths(YearMonth.of(2025, 2), YearMonth.of(2025, 1)),
        "period", ViolationCode.DATE_RANGE_REVERSED,
        "the range 2025-02/2025-01 ends before it starts");
  }

  @Test
  void factoriesRejectFieldsOutOfRangeWithPeriodInvalid() {
    assertViolation(() -> Period.ofMonth(2025, 13), "period", ViolationCode.PERIOD_INVALID,
        "not a period: month 13 is not 1 to 12");
    assertViolation(() -> Period.ofMonth(2025, 0), "period", ViolationCode.PERIOD_INVALID,
        "not a period: month 0 is not 1 to 12");
    assertViolation(() -> Period.ofQuarter(2025, 5), "period", ViolationCode.PERIOD_INVALID,
        "not a period: quarter 5 is not 1 to 4");
    assertViolation(() -> Period.ofYear(10000), "period", ViolationCode.PERIOD_INVALID,
        "not a period: year 10000 is not 1 to 9999");
    assertViolation(() -> Period.of(YearMonth.of(0, 1)), "period", ViolationCode.PERIOD_INVALID,
        "not a period: year 0 is not 1 to 9999");
    assertViolation(() -> Period.ofFiscalYear(1, Month.JULY), "period",
        ViolationCode.PERIOD_INVALID, "not a period: fiscal year 1 would start before year 1");
  }

  @Test
  void aMonthRangeSpansAtMostMaxRangeMonths() {
    YearMonth first = YearMonth.of(2000, 1);
    Period longest = Period.ofMonths(first, first.plusMonths(Period.MAX_RANGE_MONTHS - 1));
    assertThat(longest.lengthInMonths()).isEqualTo(32_767);
    assertThat(longest.end()).isEqualTo(YearMonth.of(4730, 7));
    assertThat(Period.parse(longest.toString())).isEqualTo(longest);
    assertViolation(() -> Period.ofMonths(first, first.plusMonths(Period.MAX_RANGE_MONTHS)),
        "period", ViolationCode.PERIOD_INVALID,
        "not a period: a range of 32768 months is longer than 32767");
    assertViolation(() -> Period.parse("0001-01/9999-12"), "period", ViolationCode.PERIOD_INVALID,
        "not a period: a range of 119988 months is longer than 32767");
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
      "FY2025, 2024-07, true",
      "FY2025, 2025-06, true",
      "FY2025, 2024-06, false",
      "FY2025, 2025-07, false",
      "FY2025, 2024-Q3, true",
      "FY2025, 2025-Q2, true",
      "FY2025, 2025-Q3, false",
      "FY2025, 2024-07/2025-05, true",
      "FY2025, 2024-06/2025-05, false",
      "FY2025, FY2025, true",
      "FY2025, 2025, false",
      "2025, FY2025, false",
      "2025, 2025-Q1, true",
      "2025, 2025-Q4, true",
      "2025, FY2025@01, true",
      "2025-Q1, 2025, false",
      "2025-Q1, 2025-03, true",
      "2025-Q1, 2025-04, false",
      "2025-05, 2025-05, true",
      "2025-05, 2025-05/2025-05, true"})
  void containsOnlyWhenEveryMonthOfTheOtherLiesWithin(String outer, String inner,
      boolean contains) {
    assertThat(Period.parse(outer).contains(Period.parse(inner))).isEqualTo(contains);
  }

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @CsvSource({
      "FY2025, 2025, true",
      "FY2025, 2024, true",
      "FY2025, 2024-Q2, false",
      "FY2025, 2025-Q3, false",
      "FY2025, FY2025@04, true",
      "2025-Q1, 2025-Q2, false",
      "2025-Q1, 2025-03/2025-04, true",
      "2024-07/2025-05, 2025-05, true",
      "2024-07/2025-05, 2025-06, false",
      "2025-05, 2025-05, true"})
  void overlapsWhenTheyShareAMonthWhicheverWayRound(String a, String b, boolean overlap) {
    assertThat(Period.parse(a).overlaps(Period.parse(b))).isEqualTo(overlap);
    assertThat(Period.parse(b).overlaps(Period.parse(a))).isEqualTo(overlap);
  }

  @ParameterizedTest(name = "{0} minus {1} years is {2}")
  @CsvSource({
      "FY2025, 1, FY2024",
      "FY2025@04, 1, FY2024@04",
      "2025-Q1, 1, 2024-Q1",
      "2025-05, 3, 2022-05",
      "2025, 25, 2000",
      "2024-07/2025-05, 1, 2023-07/2024-05",
      "2025-05, 0, 2025-05",
      "0002-01, 1, 0001-01",
      "FY0003, 1, FY0002"})
  void minusYearsKeepsKindAndLength(String period, int years, String expected) {
    assertThat(Period.parse(period).minusYears(years)).isEqualTo(Period.parse(expected));
  }

  @Test
  void minusYearsRejectsNegativeYearsAndYearsBeforeYearOne() {
    assertViolation(() -> Period.ofYear(1).minusYears(1), "period", ViolationCode.PERIOD_INVALID,
        "not a period: 1 years before 0001 is out of range");
    assertViolation(() -> Period.parse("FY0002").minusYears(1), "period",
        ViolationCode.PERIOD_INVALID, "not a period: 1 years before FY0002 is out of range");
    assertViolation(() -> Period.ofYear(2025).minusYears(-1), "period",
        ViolationCode.PERIOD_INVALID, "not a period: -1 years before 2025 is out of range");
  }

  @Test
  void ordersByFirstMonthThenLengthThenKind() {
    List<String> expected = List.of("2024-04/2024-06", "FY2025@05", "2024-07", "2024-Q3",
        "2024-07/2024-09", "2024-07/2025-05", "FY2025", "2025", "FY2025@01", "2025-01/2025-12",
        "2025-Q2");
    List<Period> periods = new ArrayList<>();
    for (String s : expected) {
      periods.add(Period.parse(s));
    }
    Collections.shuffle(periods, new java.util.Random(7));
    Collections.sort(periods);
    assertThat(periods).extracting(Period::toString).containsExactlyElementsOf(expected);
  }

  @Test
  void orderIsConsistentWithEquals() {
    assertThat(Period.parse("FY2025").compareTo(Period.ofFiscalYear(2025, Month.JULY))).isZero();
    assertThat(Period.parse("2025").compareTo(Period.parse("2025-01/2025-12"))).isNegative();
    assertThat(Period.parse("2025-01/2025-12").compareTo(Period.parse("FY2025@01")))
        .isPositive();
  }
}
