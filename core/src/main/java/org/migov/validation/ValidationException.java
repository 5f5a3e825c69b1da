package org.migov.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an object of the model is built with broken invariants or without a required
 * attribute. It lists every violation found, never just the first, up to {@value #MAX_LISTED}:
 * an object that breaks more rules (a series with 200,000 duplicate periods) lists the first
 * {@value #MAX_LISTED} in the order found and tells the {@linkplain #total() total}, so that
 * refusing it costs time and memory linear in the object, not in what a report of it would be.
 *
 * @since 0.1.0
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most violations an exception lists; {@link #total()} counts the others too. */
  public static final int MAX_LISTED = 1_000;

  /** The violations listed: the first found, at least one, at most {@link #MAX_LISTED}. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list of serializable violations
  private final List<Violation> violations;

  /** How many violations were found, those listed and those beyond the cap. */
  private final long total;

  /**
   * Creates the exception of the given violations; its message counts them and lists each,
   * separated by semicolons. Only the first {@value #MAX_LISTED} are kept.
   *
   * @param violations the violations, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<Violation> violations) {
    this(violations, violations.size());
  }

  /**
   * Creates the exception of the first violations found out of {@code total}; its message counts
   * all and lists those given (the first {@value #MAX_LISTED} of them).
   *
   * @param violations the first violations found, at least one
   * @param total how many were found in all, at least as many as given
   * @throws IllegalArgumentException if {@code violations} is empty or {@code total} is smaller
   *     than their number
   */
  public ValidationException(List<Violation> violations, long total) {
    super(describe(violations, total));
    this.violations = List.copyOf(violations.size() > MAX_LISTED
        ? violations.subList(0, MAX_LISTED) : violations);
    this.total = total;
  }

  private static String describe(List<Violation> violations, long total) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    if (total < violations.size()) {
      throw new IllegalArgumentException("the total of violations (" + total
          + ") is smaller than the number given (" + violations.size() + ")");
    }
    int listed = Math.min(violations.size(), MAX_LISTED);
    return total
        + (total == 1 ? " violation: " : " violations")
        + (total == 1 ? "" : listed < total ? " (the first " + listed + " listed): " : ": ")
        + violations.stream().limit(listed).map(Violation::toString)
            .collect(Collectors.joining("; "));
  }

  /**
   * {@return the violations found, in the order found, as an immutable list of at least one and
   * at most {@value #MAX_LISTED}: all of them unless {@link #total()} is larger}
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * {@return how many violations were found, at least the number {@linkplain #violations()
   * listed}}
   */
  public long total() {
    return total;
  }
}
