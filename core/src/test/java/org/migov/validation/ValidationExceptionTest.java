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

  @Test
  void listsTheFirstThousandAndCountsAll() {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      many.add(Violation.of("meeting.aims[" + i + "]", ViolationCode.TEXT_BLANK,
          "'aims[" + i + "]' must not be blank"));
    }
    ValidationException e = new ValidationException(many);

    assertThat(e.total()).isEqualTo(2_500);
    assertThat(e.violations()).hasSize(ValidationException.MAX_LISTED)
        .containsExactlyElementsOf(many.subList(0, 1_000));
    assertThat(e.getMessage())
        .startsWith("2500 violations (the first 1000 listed): meeting.aims[0]: ")
        .endsWith("'aims[999]' must not be blank")
        .doesNotContain("aims[1000]");
  }

  @Test
  void totalIsAtLeastTheNumberListed() {
    assertThat(new ValidationException(List.of(FIRST, SECOND), 7).total()).isEqualTo(7);
    assertThat(new ValidationException(List.of(FIRST, SECOND), 7))
        .hasMessageStartingWith("7 violations (the first 2 listed): meeting.title");
    assertThatThrownBy(() -> new ValidationException(List.of(FIRST, SECOND), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the total of violations (1) is smaller than the number given (2)");
  }
}
