package org.migov.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The immutable result of validating a dataset: its errors and its warnings.
 *
 * @since 0.1.0
 */
public final class ValidationReport {
  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns a report of the given violations.
   *
   * @param violations the violations, errors and warnings, in the order found
   * @return the report
   */
  public static ValidationReport of(List<Violation> violations) {
    return new ValidationReport(violations);
  }

  /**
   * Returns every violation, errors and warnings, in the order found.
   *
   * @return an immutable list
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the violations of severity {@link Severity#ERROR}.
   *
   * @return an immutable list
   */
  public List<Violation> errors() {
    return of(Severity.ERROR);
  }

  /**
   * Returns the violations of severity {@link Severity#WARNING}.
   *
   * @return an immutable list
   */
  public List<Violation> warnings() {
    return of(Severity.WARNING);
  }

  private List<Violation> of(Severity severity) {
    return violations.stream()
        .filter(v -> v.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether the report has no errors (it may have warnings).
   *
   * @return {@code true} if there are no errors
   */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Throws a {@link ValidationException} of the errors, if there are any.
   *
   * @throws ValidationException if the report has errors
   */
  public void throwIfInvalid() {
    List<Violation> errors = errors();
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport that
        && violations.equals(that.violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** Returns one line per violation, or {@code valid} when there is none. */
  @Override
  public String toString() {
    return violations.isEmpty()
        ? "valid"
        : violations.stream()
            .map(v -> v.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + v)
            .collect(Collectors.joining("\n"));
  }
}
