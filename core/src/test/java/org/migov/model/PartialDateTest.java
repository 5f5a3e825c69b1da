package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.ValidationAssertions.assertViolation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.model.PartialDate.Precision;
import org.migov.validation.ViolationCode;

class PartialDateTest {
  private static String notADate(String text) {
    return "'" + text + "' is not a date: use yyyy, yyyy-MM or yyyy-MM-dd with years 1 to 9999";
  }

  @ParameterizedTest(name = "\"{0}\" round-trips")
  @ValueSource(strings = {"2024", "2024-11", "2024-11-12", "0001", "0001-01", "0001-01-01",
      "9999", "9999-12", "9999-12-31", "2024-02-29", "2000-02-29", "1993-01-31"})
  void parseAndToStringRoundTrip(String text) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.toString()).isEqualTo(text);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @Test
  void aYearIsKnownOnlyToTheYear() {
    PartialDate date = PartialDate.parse("2024");
    assertThat(date.precision()).isEqualTo(Precision.YEAR);
    assertThat(date.year()).isEqualTo(2024);
    assertThat(date.month()).isEqualTo(OptionalInt.empty());
    assertThat(date.toLocalDate()).isEmpty();
    assertThat(date).isEqualTo(PartialDate.ofYear(2024));
  }

  @Test
  void aMonthIsKnownToTheMonth() {
    PartialDate date = PartialDate.parse("2024-11");
    assertThat(date.precision()).isEqualTo(Precision.MONTH);
    assertThat(date.year()).isEqualTo(2024);
    assertThat(date.month()).isEqualTo(OptionalInt.of(11));
    assertThat(date.toLocalDate()).isEmpty();
    assertThat(date).isEqualTo(PartialDate.ofMonth(2024, 11))
        .isEqualTo(PartialDate.of(YearMonth.of(2024, 11)));
  }

  @Test
  void aDayIsKnownExactly() {
    PartialDate date = PartialDate.parse("2024-11-12");
    assertThat(date.precision()).isEqualTo(Precision.DAY);
    assertThat(date.year()).isEqualTo(2024);
    assertThat(date.month()).isEqualTo(OptionalInt.of(11));
    assertThat(date.toLocalDate()).contains(LocalDate.of(2024, 11, 12));
    assertThat(date).isEqualTo(PartialDate.of(2024, 11, 12))
        .isEqualTo(PartialDate.of(LocalDate.of(2024, 11, 12)));
  }

  @Test
  void datesOfDifferentPrecisionAreNotEqualEvenWhenTheyStartOnTheSameDay() {
    assertThat(PartialDate.parse("2024")).isNotEqualTo(PartialDate.parse("2024-01"))
        .isNotEqualTo(PartialDate.parse("2024-01-01"));
    assertThat(PartialDate.parse("2024-01")).isNotEqualTo(PartialDate.parse("2024-01-01"));
  }

  @Test
  void equalDatesHaveEqualHashCodes() {
    assertThat(PartialDate.parse("2024-11-12")).hasSameHashCodeAs(PartialDate.of(2024, 11, 12));
    assertThat(PartialDate.parse("2024-11")).hasSameHashCodeAs(PartialDate.ofMonth(2024, 11));
    assertThat(PartialDate.parse("2024")).hasSameHashCodeAs(PartialDate.ofYear(2024));
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-04-31", "0000", "0000-01",
      "0000-01-01", "10000", "2024-13", "2024-00", "2024-11-00", "2024-11-32", "2024-1",
      "2024-1-01", "2024-01-1", "24", "", " 2024", "2024 ", "2024/11", "2024-11-12T10:00",
      "-2024", "+2024", "２０２４", "20a4", "2024-1a", "2024-11-1a", "202411", "2024--1"})
  void rejectsTextThatIsNotADateQuotingIt(String text) {
    assertViolation(() -> PartialDate.parse(text), "partialDate", ViolationCode.DATE_INVALID,
        notADate(text));
  }

  @Test
  void rejectsNullAsRequired() {
    assertViolation(() -> PartialDate.parse(null), "partialDate", ViolationCode.REQUIRED,
        "a date is required");
  }

  @Test
  void factoriesRejectDatesOutOfRange() {
    assertViolation(() -> PartialDate.ofYear(0), "partialDate", ViolationCode.DATE_INVALID,
        notADate("0000"));
    assertViolation(() -> PartialDate.ofYear(10000), "partialDate", ViolationCode.DATE_INVALID,
        notADate("10000"));
    assertViolation(() -> PartialDate.ofMonth(2024, 13), "partialDate",
        ViolationCode.DATE_INVALID, notADate("2024-13"));
    assertViolation(() -> PartialDate.ofMonth(2024, 0), "partialDate",
        ViolationCode.DATE_INVALID, notADate("2024-00"));
    assertViolation(() -> PartialDate.of(2024, 2, 30), "partialDate",
        ViolationCode.DATE_INVALID, notADate("2024-02-30"));
    assertViolation(() -> PartialDate.of(2024, 0, 1), "partialDate",
        ViolationCode.DATE_INVALID, notADate("2024-00-01"));
    assertViolation(() -> PartialDate.of(2024, 1, 0), "partialDate",
        ViolationCode.DATE_INVALID, notADate("2024-01-00"));
    assertViolation(() -> PartialDate.of(YearMonth.of(10000, 1)), "partialDate",
        ViolationCode.DATE_INVALID, notADate("10000-01"));
    assertViolation(() -> PartialDate.of(LocalDate.of(0, 6, 1)), "partialDate",
        ViolationCode.DATE_INVALID, notADate("0000-06-01"));
  }

  @ParameterizedTest(name = "{0} is {1} to {2}")
  @CsvSource({
      "2024, 2024-01-01, 2024-12-31",
      "2024-02, 2024-02-01, 2024-02-29",
      "2023-02, 2023-02-01, 2023-02-28",
      "2024-11, 2024-11-01, 2024-11-30",
      "2024-11-12, 2024-11-12, 2024-11-12",
      "0001, 0001-01-01, 0001-12-31",
      "9999-12, 9999-12-01, 9999-12-31"})
  void earliestAndLatestAreTheFirstAndLastDayItMayBe(String text, LocalDate earliest,
      LocalDate latest) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
  }

  @ParameterizedTest(name = "{0} certainly before {1}: {2}")
  @CsvSource({
      "2024-11-11, 2024-11-12, true",
      "2024-11-12, 2024-11-12, false",
      "2024-11-13, 2024-11-12, false",
      "2024-10, 2024-11-01, true",
      "2024-11, 2024-11-30, false",
      "2024-11, 2024-11, false",
      "2024-11, 2024-12, true",
      "2023, 2024-01-01, true",
      "2024, 2024-11, false",
      "2024-11, 2024, false",
      "2024, 2024, false",
      "2023-12-31, 2024, true",
      "2024-12-31, 2024, false",
      "2024, 2025, true",
      "2025, 2024, false"})
  void isCertainlyBeforeOnlyWhenEveryPossibleDayIsEarlier(String a, String b, boolean before) {
    assertThat(PartialDate.parse(a).isCertainlyBefore(PartialDate.parse(b))).isEqualTo(before);
  }

  @Test
  void ordersByFirstPossibleDayThenCoarserBeforeFiner() {
    List<String> expected = List.of("2023-12-31", "2024", "2024-01", "2024-01-01", "2024-01-02",
        "2024-01-31", "2024-02", "2024-02-01", "2024-12", "2024-12-31", "2025");
    List<PartialDate> dates = new ArrayList<>();
    for (String s : expected) {
      dates.add(PartialDate.parse(s));
    }
    Collections.reverse(dates);
    Collections.sort(dates);
    assertThat(dates).extracting(PartialDate::toString).containsExactlyElementsOf(expected);
  }

  @Test
  void orderIsConsistentWithEquals() {
    assertThat(PartialDate.parse("2024-11").compareTo(PartialDate.ofMonth(2024, 11))).isZero();
    assertThat(PartialDate.parse("2024").compareTo(PartialDate.parse("2024-01"))).isNegative();
    assertThat(PartialDate.parse("2024-01-01").compareTo(PartialDate.parse("2024-01")))
        .isPositive();
  }
}
