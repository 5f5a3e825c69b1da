package org.migov.cli;

/**
 * A failure to report to the person in one line, without a stack trace, with its exit code: a
 * file that cannot be read, an input with errors, a conversion that is not possible.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code. */
  private final int exitCode;
  /** What went wrong, for people. */
  private final String message;

  UserError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
    this.message = message;
  }

  /** {@return what went wrong, for people, naming the file} */
  String message() {
    return message;
  }

  /** {@return the exit code of the failure} */
  int exitCode() {
    return exitCode;
  }
}
