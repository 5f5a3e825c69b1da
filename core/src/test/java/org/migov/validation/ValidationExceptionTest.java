package org.migov.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
  private static final Violation FIRST = Violation.of("meeting.title", ViolationCode.REQUIRED,
      "'title' is required but was not set");
  private static final Violation SECOND = Violation.of("meeting.end",
      ViolationCode.DATE_RANGE_REVERSED, "'end' (2019) lies before the start (2020)");

  @Test
  void messageCountsAndListsEveryViolation() {
    assertThat(new ValidationException(List.of(FIRST, SECOND))).hasMessage(
        "2 violations: meeting.title: [required] 'title' is required but was not set; "
            + "meeting.end: [date.range.reversed] 'end' (2019) lies before the start (2020)");
    assertThat(new ValidationException(List.of(FIRST)))
        .hasMessageStartingWith("1 violation: meeting.title");
  }

  @Test
  void violationsAreAnImmutableCopy() {
    List<Violation> list = new ArrayList<>(List.of(FIRST));
    ValidationException e = new ValidationException(list);
    list.add(SECOND);

    assertThat(e.violations()).containsExactly(FIRST).isUnmodifiable();
  }

  @Test
  void exceptionWithoutViolationsIsRejected() {
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(ValidationException.class)
        .hasMessage("a ValidationException needs at least one violation");
  }

  @Test
  void isAnIllegalArgumentException() {
    assertThat(new ValidationException(List.of(FIRST))).isInstanceOf(IllegalArgumentException.class);
  }
}
