package org.migov.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * Helpers for tests of validation: the violations a build throws, as tuples of path and code.
 * Core's own tests use them; the fixtures shared between modules are in migov-testing.
 */
public final class Violations {
  private Violations() {}

  /**
   * Runs {@code build}, asserts that it throws a {@link ValidationException}, and returns its
   * violations.
   *
   * @param build code that builds an invalid object
   * @return the violations, in the order found
   */
  public static List<Violation> thrownBy(ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).isInstanceOf(ValidationException.class);
    List<Violation> violations = ((ValidationException) thrown).violations();
    assertThat(thrown).hasMessageStartingWith(violations.size()
        + (violations.size() == 1 ? " violation: " : " violations: "));
    return violations;
  }

  /**
   * Returns the one violation {@code build} throws, asserting there is exactly one.
   *
   * @param build code that builds an invalid object
   * @return the violation
   */
  public static Violation onlyThrownBy(ThrowingCallable build) {
    List<Violation> violations = thrownBy(build);
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  /**
   * Returns a tuple of path and code, to compare with {@code extracting(Violation::path,
   * Violation::code)}.
   *
   * @param path the path
   * @param code the code
   * @return the tuple
   */
  public static Tuple at(String path, ViolationCode code) {
    return Tuple.tuple(path, code);
  }
}
