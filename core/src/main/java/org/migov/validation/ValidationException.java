package org.migov.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an object of the model is built with broken invariants or without a required
 * attribute. It lists every violation found, never just the first.
 *
 * @since 0.1.0
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every violation found, at least one. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list of serializable violations
  private final List<Violation> violations;

  /**
   * Creates the exception of the given violations; its message counts them and lists each,
   * separated by semicolons.
   *
   * @param violations the violations, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    return violations.size()
        + (violations.size() == 1 ? " violation: " : " violations: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /** {@return every violation found, in the order found, as an immutable list of at least one} */
  public List<Violation> violations() {
    return violations;
  }
}
