package org.migov.io.json.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migov.validation.Violation;

/**
 * A failure of the codecs to read their input, with where and what: the readers of the public
 * package ({@code MigovJson}, {@code MigovModule}) turn it into the one exception users see,
 * {@code MigovJsonException}, which this package does not know (so that it depends on nothing
 * above it). Made without a stack trace: it never reaches a user.
 */
public final class ReadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The kinds of problem, named and ordered as {@code MigovJsonException.Problem}, which says
   * what each means ({@code ReadFailureTest} keeps the two equal).
   */
  public enum Kind {
    EMPTY_INPUT, MALFORMED_JSON, TRAILING_CONTENT, LIMIT_EXCEEDED, WRONG_TYPE, UNKNOWN_PROPERTY,
    DUPLICATE_PROPERTY, INVALID_VALUE, UNSUPPORTED_VERSION, MODEL_VIOLATION, IO_ERROR
  }

  // read by MigovJsonException, which makes of them the exception users see
  /** The kind of problem. */
  public final Kind kind;
  /** The JSON Pointer of the offending value. */
  public final String pointer;
  /** The 1-based line of the offending value, or -1. */
  public final int line;
  /** The 1-based column of the offending value, or -1. */
  public final int column;
  /** What is wrong, without the location. */
  public final String detail;
  /** The model's violations, with JSON Pointer paths. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list of serializable violations
  public final List<Violation> violations;

  /**
   * Creates the failure.
   *
   * @param kind the kind of problem
   * @param pointer the JSON Pointer of the offending value
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param detail what is wrong
   * @param violations the model's violations with JSON Pointer paths, possibly empty
   * @param cause the underlying exception, if any
   */
  public ReadFailure(Kind kind, String pointer, int line, int column, String detail,
      List<Violation> violations, @Nullable Throwable cause) {
    super(detail, cause, false, false);
    this.kind = kind;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.violations = List.copyOf(violations);
  }
}
