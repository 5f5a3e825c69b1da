package org.migov.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * One broken rule: where (a path), which rule (a stable {@link ViolationCode}), how serious, and a
 * message for people.
 *
 * <p>Paths name the object and then its attributes, by their accessor names, with list indexes in
 * brackets: {@code meeting.end}, {@code declaration.goals[1].number}, or, in a dataset, {@code
 * dataset.meetings[0].advances[0].declaration} (entities in a dataset are addressed by their index
 * in its lists).
 *
 * @since 0.1.0
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where the rule is broken. */
  private final String path;
  /** Which rule is broken. */
  private final ViolationCode code;
  /** How serious it is. */
  private final Severity severity;
  /** What is wrong, for people. */
  private final String message;

  private Violation(String path, ViolationCode code, Severity severity, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a violation with the severity of its code.
   *
   * @param path where the rule is broken, as described in the class documentation
   * @param code the rule
   * @param message what is wrong, for people
   * @return the violation
   */
  public static Violation of(String path, ViolationCode code, String message) {
    return new Violation(path, code, code.severity(), message);
  }

  /**
   * Returns the path of the offending value, such as {@code meeting.end}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the rule that is broken.
   *
   * @return the code
   */
  public ViolationCode code() {
    return code;
  }

  /**
   * Returns how serious the violation is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the message for people, in English.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns a copy of this violation whose path is prefixed with {@code prefix} and a dot.
   *
   * @param prefix the path of the object that holds the offending one
   * @return the violation with the longer path
   */
  public Violation under(String prefix) {
    return new Violation(prefix + "." + path, code, severity, message);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation that
        && path.equals(that.path)
        && code == that.code
        && severity == that.severity
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, severity, message);
  }

  /** Returns {@code path: [code] message}. */
  @Override
  public String toString() {
    return path + ": [" + code.code() + "] " + message;
  }
}
