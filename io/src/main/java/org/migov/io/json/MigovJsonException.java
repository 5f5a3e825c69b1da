package org.migov.io.json;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.migov.io.json.internal.Printable;
import org.migov.io.json.internal.ReadFailure;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;

/**
 * The one exception of reading migov JSON: whatever is wrong with the input (broken syntax, a
 * value of the wrong type, an unknown or missing property, an invalid id or date, a broken model
 * rule, a limit exceeded), it says where and what.
 *
 * <p>{@link #pointer()} is the JSON Pointer (RFC 6901) of the offending value ({@code ""} for the
 * whole document), {@link #line()} and {@link #column()} its position in the text (1-based, or -1
 * when unknown), {@link #problem()} the kind of problem, and {@link #detail()} what is wrong. When
 * the model rejected the values read, {@link #violations()} lists the violations, with their paths
 * translated to a JSON Pointer from the document's root (such as {@code
 * /meetings/0/duration_days}), the first {@value ValidationException#MAX_LISTED} of them when
 * there are more ({@link #violationCount()} counts all). When reading JSON Lines, {@link
 * #lineNumber()} is the number of the offending line.
 *
 * <p>Input repeated in the message, the detail or the pointer never breaks a line of a log nor
 * reorders it: control characters (newlines, carriage returns, NUL), line separators,
 * bidirectional formatting characters (such as U+202E) and lone surrogates are written as
 * <code>&#92;uXXXX</code> escapes. The pointer of a property whose name holds one is therefore not
 * usable as an RFC 6901 pointer as it is; no name of the format holds one.
 *
 * @since 0.1.0
 */
public final class MigovJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The kinds of problem a reader reports, each a stable name that programs can rely on; the
   * message and {@link MigovJsonException#detail()} say more.
   */
  public enum Problem {
    /** The input is empty or only white space. */
    EMPTY_INPUT,
    /**
     * The input is not well-formed JSON (truncated input, and bytes that are no text in their
     * encoding, UTF-8 or the UTF-16 or UTF-32 detected, included).
     */
    MALFORMED_JSON,
    /** More content follows the document. */
    TRAILING_CONTENT,
    /** A limit on size, depth, string or number length, or number magnitude was exceeded. */
    LIMIT_EXCEEDED,
    /** A value has the wrong JSON type (an array where a string belongs, or a null). */
    WRONG_TYPE,
    /** A property the format does not define. */
    UNKNOWN_PROPERTY,
    /** A property appears twice in one object. */
    DUPLICATE_PROPERTY,
    /** The value is of the right type but not valid: an id, a code, a date, a period, an enum. */
    INVALID_VALUE,
    /** The top-level document lacks {@code format_version} or has one this library cannot read. */
    UNSUPPORTED_VERSION,
    /** The values read break rules of the model; see {@link #violations()}. */
    MODEL_VIOLATION,
    /** Reading the input failed. */
    IO_ERROR
  }

  /** The kind of problem. */
  private final Problem problem;
  /** The JSON Pointer of the offending value. */
  private final String pointer;
  /** The 1-based line of the offending value, or -1. */
  private final int line;
  /** The 1-based column of the offending value, or -1. */
  private final int column;
  /** The 1-based number of the JSON Lines line, or -1. */
  private final long lineNumber;
  /** What is wrong. */
  private final String detail;

  /** The model's violations, with JSON Pointer paths. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list of serializable violations
  private final List<Violation> violations;

  /** How many violations the model found, listed or not. */
  private final long violationCount;

  /**
   * Creates the exception of one reading failure, for io alone. Its message names the problem,
   * the pointer, the position when known and the detail, as in {@code invalid value at '/start'
   * (line 2, column 98): '2025-02-30' is not a date: …}.
   *
   * @param problem the kind of problem
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param line the 1-based line of the offending value, or -1 when unknown
   * @param column the 1-based column of the offending value, or -1 when unknown
   * @param detail what is wrong, without the location
   * @param violations the model's violations with JSON Pointer paths, possibly empty
   * @param cause the underlying exception, if any
   */
  MigovJsonException(Problem problem, String pointer, int line, int column, String detail,
      List<Violation> violations, @Nullable Throwable cause) {
    this(problem, pointer, line, column, -1, detail, violations, cause);
  }

  /** Returns the exception of a failure of the codecs, with its location, detail and cause. */
  static MigovJsonException of(ReadFailure f) {
    return new MigovJsonException(Problem.valueOf(f.kind.name()), f.pointer, f.line, f.column,
        f.detail, f.violations, f.getCause());
  }

  private MigovJsonException(Problem problem, String pointer, int line, int column,
      long lineNumber, String detail, List<Violation> violations, @Nullable Throwable cause) {
    super(format(problem, Printable.of(pointer), line, column, lineNumber,
        Printable.of(detail)), cause);
    this.problem = problem;
    this.pointer = Printable.of(pointer);
    this.line = line;
    this.column = column;
    this.lineNumber = lineNumber;
    this.detail = Printable.of(detail);
    this.violations = List.copyOf(violations);
    this.violationCount = cause instanceof ValidationException e && !violations.isEmpty()
        ? Math.max(e.total(), violations.size()) : violations.size();
  }

  private static String format(Problem problem, String pointer, int line, int column,
      long lineNumber, String detail) {
    StringBuilder s = new StringBuilder();
    if (lineNumber > 0) {
      s.append("JSON Lines line ").append(lineNumber).append(": ");
    }
    s.append(problem.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(" at '").append(pointer).append('\'');
    if (line > 0) {
      s.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return s.append(": ").append(detail).toString();
  }

  /**
   * {@return a copy of this exception that also names the line of JSON Lines input it occurred in;
   * its message then starts with {@code JSON Lines line} and the number}
   *
   * @param lineNumber the 1-based number of the line
   */
  public MigovJsonException atLine(long lineNumber) {
    return new MigovJsonException(problem, pointer, line, column, lineNumber, detail, violations,
        getCause());
  }

  /**
   * {@return the kind of problem: malformed JSON, a wrong type, an unknown property, an invalid
   * value, a broken model rule, …}
   */
  public Problem problem() {
    return problem;
  }

  /**
   * {@return the JSON Pointer (RFC 6901) of the offending value, such as {@code /meetings/0/end};
   * {@code ""} for the whole document}
   */
  public String pointer() {
    return pointer;
  }

  /** {@return the 1-based line of the offending value in the text, or -1 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the offending value in the text, or -1 when unknown} */
  public int column() {
    return column;
  }

  /**
   * {@return the 1-based number of the offending line when reading JSON Lines, or -1 for a single
   * document}
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * {@return what is wrong, without the location, such as {@code '2025-02-30' is not a date: …}}
   */
  public String detail() {
    return detail;
  }

  /**
   * {@return for {@link Problem#MODEL_VIOLATION}, every rule of the model that the values read
   * break, each with its path as a JSON Pointer from the document's root (such as {@code
   * /meetings/0/duration_days}); empty for other problems}
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * {@return for {@link Problem#MODEL_VIOLATION}, how many rules of the model the values read
   * break: the size of {@link #violations()}, or more when there were more than {@value
   * ValidationException#MAX_LISTED}, of which only the first are listed; 0 for other problems}
   */
  public long violationCount() {
    return violationCount;
  }
}
