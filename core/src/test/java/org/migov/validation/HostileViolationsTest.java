package org.migov.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Violations, their codes and the exception that carries them say exactly what they hold. */
class HostileViolationsTest {
  @Test
  void everyCodeRoundTripsThroughItsTextAndOnlyTwoAreWarnings() {
    for (ViolationCode c : ViolationCode.values()) {
      assertThat(ViolationCode.ofCode(c.code())).isSameAs(c);
      assertThat(c.code()).matches("[a-z_]+(\\.[a-z_]+)*");
      boolean warning = c == ViolationCode.STATEMENT_POSITION_UNKNOWN
          || c == ViolationCode.SOURCES_MISSING;
      assertThat(c.severity()).as(c.code())
          .isEqualTo(warning ? Severity.WARNING : Severity.ERROR);
    }
    assertThat(ViolationCode.DATE_RANGE_REVERSED.code()).isEqualTo("date.range.reversed");
    assertThat(ViolationCode.ID_INVALID.code()).isEqualTo("id.invalid");
    assertThatThrownBy(() -> ViolationCode.ofCode("no.such.code"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.code");
  }

  @Test
  void violationsAreValuesWithATellingText() {
    Violation v = Violation.of("meeting.end", ViolationCode.DATE_RANGE_REVERSED, "too early");
    assertThat(v.path()).isEqualTo("meeting.end");
    assertThat(v.message()).isEqualTo("too early");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.toString()).isEqualTo("meeting.end: [date.range.reversed] too early");
    assertThat(v).isEqualTo(Violation.of("meeting.end", ViolationCode.DATE_RANGE_REVERSED,
        "too early")).hasSameHashCodeAs(Violation.of("meeting.end",
        ViolationCode.DATE_RANGE_REVERSED, "too early"));
    assertThat(v).isNotEqualTo(Violation.of("meeting.start", ViolationCode.DATE_RANGE_REVERSED,
        "too early"));
    assertThat(v).isNotEqualTo(Violation.of("meeting.end", ViolationCode.DATE_INVALID,
        "too early"));
    assertThat(v).isNotEqualTo(Violation.of("meeting.end", ViolationCode.DATE_RANGE_REVERSED,
        "too late"));
    assertThat(v).isNotEqualTo("meeting.end");
    assertThat(v.hashCode()).isNotEqualTo(Violation.of("meeting.start",
        ViolationCode.DATE_RANGE_REVERSED, "too early").hashCode());
    assertThat(v.under("dataset").path()).isEqualTo("dataset.meeting.end");
    assertThat(Violation.of("d", ViolationCode.SOURCES_MISSING, "m").severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void theExceptionListsEveryViolationInItsMessage() {
    Violation a = Violation.of("a", ViolationCode.REQUIRED, "first");
    Violation b = Violation.of("b", ViolationCode.TEXT_BLANK, "second");
    assertThat(new ValidationException(List.of(a)).getMessage())
        .isEqualTo("1 violation: a: [required] first");
    assertThat(new ValidationException(List.of(a, b)).getMessage())
        .isEqualTo("2 violations: a: [required] first; b: [text.blank] second");
    assertThat(new ValidationException(List.of(a, b)).violations()).containsExactly(a, b);
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
