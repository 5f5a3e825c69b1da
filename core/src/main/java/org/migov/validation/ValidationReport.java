package org.migov.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The immutable result of validating a {@link org.migov.model.Dataset}: every broken rule across
 * its entities, errors and warnings.
 *
 * <p>Validating a dataset never throws: a dangling id, a duplicate id or a goal advanced before its
 * declaration was adopted is listed here with its path and code. A report with warnings only is
 * valid; {@link #throwIfInvalid()} turns the errors into a {@link ValidationException}.
 *
 * @since 0.1.0
 */
public final class ValidationReport {
  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = List.copyOf(violations);
  }

  /**
   * {@return a report of the given violations, copied, in their order}
   *
   * @param violations the violations, errors and warnings, in the order found; possibly none
   */
  public static ValidationReport of(List<Violation> violations) {
    return new ValidationReport(violations);
  }

  /**
   * {@return every violation, errors and warnings, in the order found, as an immutable list; empty
   * when the dataset breaks no rule}
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * {@return the violations of severity {@link Severity#ERROR}, in the order found, as an immutable
   * list}
   */
  public List<Violation> errors() {
    return of(Severity.ERROR);
  }

  /**
   * {@return the violations of severity {@link Severity#WARNING}, such as an entity that cites no
   * source, in the order found, as an immutable list}
   */
  public List<Violation> warnings() {
    return of(Severity.WARNING);
  }

  private List<Violation> of(Severity severity) {
    return violations.stream()
        .filter(v -> v.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@return whether the report holds no error; it may hold warnings} */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Throws a {@link ValidationException} listing every error of the report, if there is any;
   * warnings alone do not throw.
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

  /**
   * {@return one line for each violation, its severity first ({@code error
   * dataset.meetings[0].dialogue: [reference.dangling] …}), or {@code valid} when there is none}
   */
  @Override
  public String toString() {
    return violations.isEmpty()
        ? "valid"
        : violations.stream()
            .map(v -> v.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + v)
            .collect(Collectors.joining("\n"));
  }
}
