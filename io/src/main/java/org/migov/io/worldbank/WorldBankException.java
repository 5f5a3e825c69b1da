package org.migov.io.worldbank;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one exception of reading World Bank API responses: whatever is wrong with a page (broken
 * JSON, a limit exceeded, a value of the wrong type, a date or status migov cannot read, an
 * indicator of unknown meaning, pages that disagree, an error body of the API), it says where and
 * what.
 *
 * <p>{@link #page()} is the 1-based position of the offending page among those read together,
 * {@link #pointer()} the JSON Pointer (RFC 6901) of the offending value within it, {@link #line()}
 * and {@link #column()} its position in the text (1-based, or -1 when unknown), {@link #problem()}
 * the kind of problem and {@link #detail()} what is wrong. For {@link Problem#API_ERROR}, {@link
 * #apiId()}, {@link #apiKey()} and {@link #apiText()} give the API's own message.
 *
 * @since 0.1.0
 */
public final class WorldBankException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of problem, each a stable name that programs can rely on. */
  public enum Problem {
    /** The page is empty or only white space. */
    EMPTY_INPUT,
    /**
     * The page is not well-formed JSON (truncated input, and bytes that are no text in their
     * encoding, UTF-8 or the UTF-16 or UTF-32 detected, included).
     */
    MALFORMED_JSON,
    /** More content follows the response. */
    TRAILING_CONTENT,
    /** A limit on size, depth, string or number length, number magnitude or count was exceeded. */
    LIMIT_EXCEEDED,
    /** A value has the wrong JSON type, or a required property is missing. */
    WRONG_TYPE,
    /** A value of the right type that is not valid: a date, a status, a number, a code. */
    INVALID_VALUE,
    /**
     * An indicator whose meaning the reader does not know and the caller did not give, or one it
     * knows migov cannot hold (a percentage of GDP).
     */
    UNKNOWN_INDICATOR,
    /** Two pages disagree: their paging, or two values of one country, indicator and period. */
    PAGES_DISAGREE,
    /** The API answered with its error body; see {@link #apiId()}. */
    API_ERROR,
    /** The values read break rules of the model. */
    MODEL_VIOLATION,
    /** Reading the input failed. */
    IO_ERROR
  }

  /** The kind of problem. */
  private final Problem problem;
  /** The 1-based position of the page, or -1. */
  private final int page;
  /** The JSON Pointer of the offending value. */
  private final String pointer;
  /** The 1-based line, or -1. */
  private final int line;
  /** The 1-based column, or -1. */
  private final int column;
  /** What is wrong. */
  private final String detail;
  /** The API's message id, or empty. */
  private final String apiId;
  /** The API's message key, or empty. */
  private final String apiKey;
  /** The API's message text, or empty. */
  private final String apiText;

  WorldBankException(Problem problem, int page, String pointer, int line, int column,
      String detail, @Nullable Throwable cause) {
    this(problem, page, pointer, line, column, detail, "", "", "", cause);
  }

  WorldBankException(Problem problem, int page, String pointer, int line, int column,
      String detail, String apiId, String apiKey, String apiText, @Nullable Throwable cause) {
    super(format(problem, page, pointer, line, column, detail), cause);
    this.problem = problem;
    this.page = page;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.apiId = apiId;
    this.apiKey = apiKey;
    this.apiText = apiText;
  }

  private static String format(Problem problem, int page, String pointer, int line, int column,
      String detail) {
    StringBuilder s = new StringBuilder();
    if (page > 0) {
      s.append("page ").append(page).append(": ");
    }
    s.append(problem.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(" at '").append(pointer).append('\'');
    if (line > 0) {
      s.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return s.append(": ").append(detail).toString();
  }

  /** {@return the kind of problem, such as an invalid value or an API error} */
  public Problem problem() {
    return problem;
  }

  /**
   * {@return the 1-based position of the offending page among the pages read together, or -1 when
   * the problem concerns no single page}
   */
  public int page() {
    return page;
  }

  /**
   * {@return the JSON Pointer (RFC 6901) of the offending value within its page, such as {@code
   * /1/17/date}; {@code ""} for the whole page}
   */
  public String pointer() {
    return pointer;
  }

  /** {@return the 1-based line of the offending value in the page's text, or -1 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the offending value in the page's text, or -1 when unknown} */
  public int column() {
    return column;
  }

  /** {@return what is wrong, without the location} */
  public String detail() {
    return detail;
  }

  /**
   * {@return the id of the API's error message, such as {@code 120}; empty unless the problem is
   * {@link Problem#API_ERROR}}
   */
  public String apiId() {
    return apiId;
  }

  /**
   * {@return the key of the API's error message, such as {@code Invalid value}; empty unless the
   * problem is {@link Problem#API_ERROR}}
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * {@return the text of the API's error message, such as {@code The provided parameter value is
   * not valid}; empty unless the problem is {@link Problem#API_ERROR}}
   */
  public String apiText() {
    return apiText;
  }
}
