package org.migov.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationTest {
  @Test
  void severityComesFromTheCode() {
    assertThat(Violation.of("meeting.end", ViolationCode.DATE_RANGE_REVERSED, "m").severity())
        .isEqualTo(Severity.ERROR);
    assertThat(Violation.of("dataset.meetings[0].sources", ViolationCode.SOURCES_MISSING, "m")
        .severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void underPrefixesThePath() {
    Violation v = Violation.of("date", ViolationCode.REQUIRED, "'date' is required");

    Violation nested = v.under("dialogue.established[1]");
    assertThat(nested.path()).isEqualTo("dialogue.established[1].date");
    assertThat(nested.code()).isEqualTo(v.code());
    assertThat(nested.message()).isEqualTo(v.message());
    assertThat(v.path()).isEqualTo("date");
  }

  @Test
  void textFormIsPathCodeAndMessage() {
    assertThat(Violation.of("meeting.end", ViolationCode.DATE_RANGE_REVERSED, "too early"))
        .hasToString("meeting.end: [date.range.reversed] too early");
  }

  @Test
  void violationsAreEqualByValue() {
    Violation v = Violation.of("a", ViolationCode.REQUIRED, "m");

    assertThat(v).isEqualTo(Violation.of("a", ViolationCode.REQUIRED, "m"))
        .hasSameHashCodeAs(Violation.of("a", ViolationCode.REQUIRED, "m"))
        .isNotEqualTo(Violation.of("b", ViolationCode.REQUIRED, "m"))
        .isNotEqualTo(Violation.of("a", ViolationCode.TEXT_BLANK, "m"))
        .isNotEqualTo(Violation.of("a", ViolationCode.REQUIRED, "n"));
  }

  @Test
  void nullPartsAreRejected() {
    assertThatThrownBy(() -> Violation.of(null, ViolationCode.REQUIRED, "m"))
        .isInstanceOf(NullPointerException.class).hasMessage("path");
  }
}
