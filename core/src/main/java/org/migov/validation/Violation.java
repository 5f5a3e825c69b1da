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
    this.path = Printable.of(Objects.requireNonNull(path, "path"));
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.message = Printable.of(Objects.requireNonNull(message, "message"));
  }

  /**
   * {@return a violation of the rule {@code code} at {@code path}, with the severity the rule has}
   * Control characters, line separators, bidirectional formatting characters and lone surrogates
   * in the path and the message (which may repeat input) are kept as <code>&#92;uXXXX</code>
   * escapes, so that printing a violation gives one line that shows what it holds.
   *
   * @param path where the rule is broken, as the class documentation describes, such as {@code
   *     meeting.end}
   * @param code the rule broken
   * @param message what is wrong, for people, such as "'end' (2024-11-11) lies before the start
   *     (2024-11-12)"
   * @throws NullPointerException if an argument is null
   */
  public static Violation of(String path, ViolationCode code, String message) {
    return new Violation(path, code, code.severity(), message);
  }

  /**
   * {@return where the rule is broken: the path of the offending value from the object built or the
   * dataset validated, such as {@code meeting.end} or {@code dataset.meetings[0].dialogue}}
   */
  public String path() {
    return path;
  }

  /**
   * {@return the rule that is broken, whose stable code (such as {@code date.range.reversed})
   * programs can rely on}
   */
  public ViolationCode code() {
    return code;
  }

  /**
   * {@return how serious the violation is: always the severity of its rule, an error unless the
   * rule is one of the two warnings}
   */
  public Severity severity() {
    return severity;
  }

  /**
   * {@return what is wrong, for people, in English, formatted with {@code Locale.ROOT}; programs
   * should rely on the code rather than on this wording}
   */
  public String message() {
    return message;
  }

  /**
   * {@return this violation at a longer path: {@code prefix}, a dot, then this violation's path}
   * Used to place a violation of a nested value within the object that holds it.
   *
   * @param prefix the path of the object that holds the offending one, such as {@code
   *     dataset.meetings[3]}
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

  /**
   * {@return the violation on one line: the path, the code in brackets, then the message, as in
   * {@code meeting.end: [date.range.reversed] 'end' (2024-11-11) lies before the start
   * (2024-11-12)}}
   */
  @Override
  public String toString() {
    return path + ": [" + code.code() + "] " + message;
  }
}
