package org.migov.io.csv;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one exception of reading migov's CSV tables: whatever is wrong (broken quoting, a limit
 * exceeded, a missing or unknown column, an invalid value, a row that disagrees with its series, a
 * broken model rule), it names the file, the row and the column.
 *
 * <p>{@link #file()} is the name of the table ({@code remittance-observations.csv}), {@link
 * #row()} the 1-based number of the record (the header is row 1, as a spreadsheet counts; a
 * record whose quoted cell spans lines is still one row), {@link #column()} the name of the column
 * ({@code ""} for the whole row), {@link #problem()} the kind of problem and {@link #detail()} what
 * is wrong.
 *
 * @since 0.1.0
 */
public final class MigovCsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of problem, each a stable name that programs can rely on. */
  public enum Problem {
    /** The table is empty: it lacks even its header. */
    EMPTY_INPUT,
    /**
     * The text is not well-formed CSV (an unclosed quote), or not UTF-8: invalid UTF-8 is
     * reported without a row (the text is decoded ahead of the rows), at its byte in the detail.
     */
    MALFORMED_CSV,
    /** A limit on cell length, columns or rows was exceeded. */
    LIMIT_EXCEEDED,
    /** The header lacks a column, has one the table does not define, or has one twice. */
    WRONG_HEADER,
    /** A row has more or fewer cells than the header. */
    WRONG_ROW_LENGTH,
    /** A cell's text is not a valid value of its column (a date, a code, a number, an enum). */
    INVALID_VALUE,
    /**
     * A row disagrees with the others: an observation of a series the series table lacks, a
     * series attribute that differs from the series' row, a series or an observation twice.
     */
    INCONSISTENT,
    /** The values read break rules of the model. */
    MODEL_VIOLATION,
    /** Reading the input failed. */
    IO_ERROR
  }

  /** The kind of problem. */
  private final Problem problem;
  /** The name of the table. */
  private final String file;
  /** The 1-based row, or -1. */
  private final long row;
  /** The name of the column, or empty. */
  private final String column;
  /** What is wrong. */
  private final String detail;

  MigovCsvException(Problem problem, String file, long row, String column, String detail,
      @Nullable Throwable cause) {
    super(format(problem, file, row, column, detail), cause);
    this.problem = problem;
    this.file = file;
    this.row = row;
    this.column = column;
    this.detail = detail;
  }

  private static String format(Problem problem, String file, long row, String column,
      String detail) {
    StringBuilder s = new StringBuilder(problem.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(" in ").append(file);
    if (row > 0) {
      s.append(", row ").append(row);
    }
    if (!column.isEmpty()) {
      s.append(", column ").append(column);
    }
    return s.append(": ").append(detail).toString();
  }

  /** {@return the kind of problem, such as an invalid value or a wrong header} */
  public Problem problem() {
    return problem;
  }

  /** {@return the name of the table, such as {@code remittance-observations.csv}} */
  public String file() {
    return file;
  }

  /**
   * {@return the 1-based number of the offending row, the header being row 1; -1 when the problem
   * concerns no single row}
   */
  public long row() {
    return row;
  }

  /** {@return the name of the offending column, or {@code ""} for the whole row or table} */
  public String column() {
    return column;
  }

  /** {@return what is wrong, without the location} */
  public String detail() {
    return detail;
  }
}
