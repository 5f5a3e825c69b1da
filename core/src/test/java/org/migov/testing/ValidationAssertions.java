package org.migov.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * Assertions on the {@link ValidationException} a model builder or factory throws: the exception
 * type and every violation's path, code and message.
 */
public final class ValidationAssertions {
  private ValidationAssertions() {}

  /**
   * Runs {@code call}, asserts it throws a {@link ValidationException}, and returns its violations.
   *
   * @param call the code expected to throw
   * @return the violations, in the order reported
   */
  public static List<Violation> violationsOf(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(ValidationException.class);
    return ((ValidationException) thrown).violations();
  }

  /**
   * Asserts {@code call} throws a {@link ValidationException} with exactly one violation, at
   * {@code path}, of {@code code}, with {@code message}.
   *
   * @param call the code expected to throw
   * @param path the expected path
   * @param code the expected rule
   * @param message the expected message
   */
  public static void assertViolation(ThrowingCallable call, String path, ViolationCode code,
      String message) {
    assertThat(violationsOf(call)).containsExactly(Violation.of(path, code, message));
  }
}
