package org.migov.cli;

/**
 * Whether standard error is a terminal, which allows progress bars and colours there.
 *
 * @param interactive whether progress may be shown on standard error
 * @param colour whether help and messages may be coloured
 */
record Terminal(boolean interactive, boolean colour) {
  /** Neither progress nor colour: for tests and pipes. */
  static final Terminal NONE = new Terminal(false, false);

  /**
   * {@return what the process's streams allow} Java tells whether the process has a console (its
   * standard input and output are a terminal); standard error is taken to be the same terminal
   * then. {@code NO_COLOR} (any value) turns colours off, {@code TERM=dumb} both.
   */
  @SuppressWarnings("SystemConsoleNull") // checked with isTerminal() where Java has it (22+)
  static Terminal detect() {
    java.io.Console c = System.console();
    boolean console = c != null && isTerminal(c);
    String term = System.getenv("TERM");
    boolean dumb = term == null || term.equals("dumb");
    boolean interactive = console && !dumb;
    return new Terminal(interactive, interactive && System.getenv("NO_COLOR") == null);
  }

  private static boolean isTerminal(java.io.Console c) {
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true; // before Java 22, a console is a terminal
    }
  }
}
