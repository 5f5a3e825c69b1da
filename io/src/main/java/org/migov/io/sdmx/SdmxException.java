package org.migov.io.sdmx;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one exception of reading SDMX-JSON data messages: whatever is wrong with a message (broken
 * JSON, a limit exceeded, a value of the wrong type, a key or index out of range, a time period or
 * code migov cannot hold), it says where and what.
 *
 * <p>{@link #pointer()} is the JSON Pointer (RFC 6901) of the offending value, {@link #line()} and
 * {@link #column()} its position in the text (1-based, or -1 when unknown: problems found after
 * parsing, in the meaning of well-formed JSON, have a pointer only), {@link #problem()} the kind of
 * problem and {@link #detail()} what is wrong.
 *
 * @since 0.1.0
 */
public final class SdmxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of problem, each a stable name that programs can rely on. */
  public enum Problem {
    /** The message is empty or only white space. */
    EMPTY_INPUT,
    /**
     * The message is not well-formed JSON (truncated input, and bytes that are no text in their
     * encoding, UTF-8 or the UTF-16 or UTF-32 detected, included).
     */
    MALFORMED_JSON,
    /** More content follows the message. */
    TRAILING_CONTENT,
    /** A limit on size, depth, string or number length, number magnitude or count was exceeded. */
    LIMIT_EXCEEDED,
    /** A value has the wrong JSON type, or a required property is missing. */
    WRONG_TYPE,
    /** A value of the right type that is not valid: a date, a status, a number, a code. */
    INVALID_VALUE,
    /**
     * A form the message uses that migov cannot hold (a daily or weekly period, a reporting year
     * starting mid-month, a negative unit multiplier, a deletion message), or a code with no
     * counterpart in the model (an area that is no country, a unit that is no currency), named.
     */
    UNSUPPORTED,
    /** The values read break rules of the model. */
    MODEL_VIOLATION,
    /** Reading the input failed. */
    IO_ERROR
  }

  /** The kind of problem. */
  private final Problem problem;
  /** The JSON Pointer of the offending value. */
  private final String pointer;
  /** The 1-based line, or -1. */
  private final int line;
  /** The 1-based column, or -1. */
  private final int column;
  /** What is wrong. */
  private final String detail;

  SdmxException(Problem problem, String pointer, int line, int column, String detail,
      @Nullable Throwable cause) {
    super(format(problem, pointer, line, column, detail), cause);
    this.problem = problem;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  private static String format(Problem problem, String pointer, int line, int column,
      String detail) {
    StringBuilder s = new StringBuilder();
    s.append(problem.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(" at '").append(pointer).append('\'');
    if (line > 0) {
      s.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return s.append(": ").append(detail).toString();
  }

  /** {@return the kind of problem, such as an invalid value or an unsupported form} */
  public Problem problem() {
    return problem;
  }

  /**
   * {@return the JSON Pointer (RFC 6901) of the offending value within its page, such as {@code
   * /dataSets/0/series/0:1/observations/3}; {@code ""} for the whole page}
   */
  public String pointer() {
    return pointer;
  }

  /** {@return the 1-based line of the offending value in the message's text, or -1 when unknown} */
  public int line() {
    return line;
  }

  /**
   * {@return the 1-based column of the offending value in the message's text, or -1 when unknown}
   */
  public int column() {
    return column;
  }

  /** {@return what is wrong, without the location} */
  public String detail() {
    return detail;
  }

}
