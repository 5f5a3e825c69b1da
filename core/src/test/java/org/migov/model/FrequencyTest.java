package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.ValidationAssertions.assertViolation;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.model.Frequency.Kind;
import org.migov.validation.ViolationCode;

class FrequencyTest {
  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"monthly, MONTHLY", "quarterly, QUARTERLY", "annual, ANNUAL",
      "irregular, IRREGULAR", "fiscal_year, FISCAL_YEAR", "fiscal_year@04, FISCAL_YEAR"})
  void parsesEveryTextFormAndRoundTrips(String text, Kind kind) {
    Frequency f = Frequency.parse(text);
    assertThat(f.kind()).isEqualTo(kind);
    assertThat(f.toString()).isEqualTo(text);
    assertThat(Frequency.parse(f.toString())).isEqualTo(f);
  }

  @Test
  void theConstantsAreWhatTheirTextsParseTo() {
    assertThat(Frequency.parse("monthly")).isEqualTo(Frequency.MONTHLY);
    assertThat(Frequency.parse("quarterly")).isEqualTo(Frequency.QUARTERLY);
    assertThat(Frequency.parse("annual")).isEqualTo(Frequency.ANNUAL);
    assertThat(Frequency.parse("irregular")).isEqualTo(Frequency.IRREGULAR);
    assertThat(List.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.ANNUAL,
        Frequency.IRREGULAR)).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "fiscal year starting in {0}")
  @EnumSource(Month.class)
  void fiscalYearsOfEveryStartMonthRoundTripWithJulyAsTheDefault(Month start) {
    Frequency f = Frequency.fiscalYear(start);
    String expected = start == Month.JULY ? "fiscal_year"
        : String.format("fiscal_year@%02d", start.getValue());
    assertThat(f.toString()).isEqualTo(expected);
    assertThat(Frequency.parse(expected)).isEqualTo(f).hasSameHashCodeAs(f);
    assertThat(f.kind()).isEqualTo(Kind.FISCAL_YEAR);
    assertThat(f.fiscalYearStart()).contains(start);
  }

  @Test
  void onlyFiscalYearFrequenciesHaveAStartMonth() {
    assertThat(Frequency.MONTHLY.fiscalYearStart()).isEqualTo(Optional.empty());
    assertThat(Frequency.QUARTERLY.fiscalYearStart()).isEmpty();
    assertThat(Frequency.ANNUAL.fiscalYearStart()).isEmpty();
    assertThat(Frequency.IRREGULAR.fiscalYearStart()).isEmpty();
  }

  @Test
  void fiscalYearsOfDifferentStartMonthsDiffer() {
    assertThat(Frequency.fiscalYear(Month.JULY)).isNotEqualTo(Frequency.fiscalYear(Month.APRIL));
    assertThat(Frequency.fiscalYear(Month.JANUARY)).isNotEqualTo(Frequency.ANNUAL);
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @ValueSource(strings = {"", "Monthly", "MONTHLY", "monthly ", "yearly", "annually",
      "fiscal-year", "fiscal_year@07", "fiscal_year@13", "fiscal_year@00", "fiscal_year@4",
      "fiscal_year@004", "fiscal_year@", "fiscal_year@ab", "FY", "daily"})
  void rejectsTextThatIsNotAFrequencyWithFrequencyInvalid(String text) {
    assertViolation(() -> Frequency.parse(text), "frequency", ViolationCode.FREQUENCY_INVALID,
        "'" + text + "' is not a frequency: use monthly, quarterly, annual, fiscal_year, "
            + "fiscal_year@04 or irregular");
  }

  @Test
  void rejectsNullAsRequired() {
    assertViolation(() -> Frequency.parse(null), "frequency", ViolationCode.REQUIRED,
        "a frequency is required");
  }

  @ParameterizedTest(name = "{0} accepts {1}: {2}")
  @CsvSource({
      "monthly, 2025-05, true",
      "monthly, 2025-Q1, false",
      "monthly, 2025-05/2025-05, false",
      "quarterly, 2025-Q1, true",
      "quarterly, 2025-01/2025-03, false",
      "quarterly, 2025-05, false",
      "annual, 2025, true",
      "annual, FY2025@01, false",
      "annual, 2025-01/2025-12, false",
      "fiscal_year, FY2025, true",
      "fiscal_year, FY2025@04, false",
      "fiscal_year, 2025, false",
      "fiscal_year@04, FY2025@04, true",
      "fiscal_year@04, FY2025, false",
      "fiscal_year@01, FY2025@01, true",
      "fiscal_year@01, 2025, false",
      "irregular, 2025-05, true",
      "irregular, 2025-Q1, true",
      "irregular, 2025, true",
      "irregular, FY2025@04, true",
      "irregular, 2024-07/2025-05, true"})
  void acceptsOnlyPeriodsOfItsKind(String frequency, String period, boolean accepts) {
    assertThat(Frequency.parse(frequency).accepts(Period.parse(period))).isEqualTo(accepts);
  }
}
