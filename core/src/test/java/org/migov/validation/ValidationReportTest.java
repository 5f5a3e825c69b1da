package org.migov.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static final Violation DANGLING = Violation.of("dataset.meetings[0].dialogue",
      ViolationCode.REFERENCE_DANGLING, "no dialogue has the id 'x'");
  private static final Violation NO_SOURCES = Violation.of("dataset.meetings[0].sources",
      ViolationCode.SOURCES_MISSING, "'m' cites no source");
  private static final Violation UNKNOWN_GOAL = Violation.of(
      "dataset.meetings[0].advances[0].goal", ViolationCode.GOAL_UNKNOWN, "'d' has no goal 7");

  @Test
  void emptyReportIsValidAndSaysSo() {
    ValidationReport report = ValidationReport.of(List.of());

    assertThat(report.isValid()).isTrue();
    assertThat(report.violations()).isEmpty();
    assertThat(report).hasToString("valid");
  }

  @Test
  void errorsAndWarningsAreSplitInTheOrderFound() {
    ValidationReport report = ValidationReport.of(List.of(DANGLING, NO_SOURCES, UNKNOWN_GOAL));

    assertThat(report.violations()).containsExactly(DANGLING, NO_SOURCES, UNKNOWN_GOAL);
    assertThat(report.errors()).containsExactly(DANGLING, UNKNOWN_GOAL);
    assertThat(report.warnings()).containsExactly(NO_SOURCES);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void reportWithWarningsOnlyIsValidAndThrowIfInvalidLetsItPass() {
    ValidationReport report = ValidationReport.of(List.of(NO_SOURCES));

    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).containsExactly(NO_SOURCES);
    assertThatCode(report::throwIfInvalid).doesNotThrowAnyException();
  }

  @Test
  void throwIfInvalidThrowsTheErrorsButNotTheWarnings() {
    ValidationReport report = ValidationReport.of(List.of(NO_SOURCES, DANGLING, UNKNOWN_GOAL));

    ValidationException e = catchThrowableOfType(ValidationException.class,
        report::throwIfInvalid);
    assertThat(e.violations()).containsExactly(DANGLING, UNKNOWN_GOAL);
    assertThat(e).hasMessageStartingWith("2 violations: dataset.meetings[0].dialogue");
  }

  @Test
  void reportIsAnImmutableCopyOfTheViolationsGiven() {
    List<Violation> found = new ArrayList<>(List.of(DANGLING));
    ValidationReport report = ValidationReport.of(found);
    found.add(NO_SOURCES);

    assertThat(report.violations()).containsExactly(DANGLING).isUnmodifiable();
    assertThat(report.errors()).isUnmodifiable();
    assertThat(report.warnings()).isUnmodifiable();
  }

  @Test
  void textFormHasOneLinePerViolationWithItsSeverity() {
    assertThat(ValidationReport.of(List.of(DANGLING, NO_SOURCES))).hasToString(
        "error dataset.meetings[0].dialogue: [reference.dangling] no dialogue has the id 'x'\n"
            + "warning dataset.meetings[0].sources: [sources.missing] 'm' cites no source");
  }

  @Test
  void reportsAreEqualByTheirViolations() {
    assertThat(ValidationReport.of(List.of(DANGLING)))
        .isEqualTo(ValidationReport.of(List.of(DANGLING)))
        .hasSameHashCodeAs(ValidationReport.of(List.of(DANGLING)))
        .isNotEqualTo(ValidationReport.of(List.of(DANGLING, NO_SOURCES)));
  }
}
