package org.migov.validation;

/**
 * How serious a {@link Violation} is: each {@link ViolationCode} has one severity, which never
 * changes.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The data is wrong: an object with such a violation cannot be built, or a dataset is invalid. */
  ERROR,
  /** The data is suspicious but may be right; a dataset with only warnings is valid. */
  WARNING
}
