package org.migov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code migov} command line: {@code validate}, {@code convert}, {@code summary}, {@code
 * chart} and {@code schema}.
 *
 * <p>Results go to standard output, errors and progress to standard error. The exit codes are the
 * constants of this class: {@value #OK} when all is fine, {@value #DATA_ERRORS} when the data has
 * errors, {@value #USAGE} for wrong usage or input that cannot be read (a missing file, a file
 * that is not JSON of the expected layout), and {@value #INTERNAL_ERROR} for a fault of the tool
 * itself, which prints one line and never a stack trace (unless {@code MIGOV_DEBUG} is set in the
 * environment).
 *
 * @since 0.1.0
 */
@Command(name = "migov", mixinStandardHelpOptions = true, versionProvider = Migov.Version.class,
    description = "Validate, convert, summarise and chart migov JSON files.",
    subcommands = {ValidateCommand.class, ConvertCommand.class, SummaryCommand.class,
        ChartCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class},
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:all is fine",
        "1:the data has errors (or warnings, with --warnings-as-errors)",
        "2:wrong usage, or input that cannot be read",
        "3:a fault of the tool itself (please report it)"})
public final class Migov implements Runnable {
  /** The exit code when all is fine. */
  public static final int OK = 0;
  /** The exit code when the data has errors. */
  public static final int DATA_ERRORS = 1;
  /** The exit code of wrong usage or of input that cannot be read. */
  public static final int USAGE = 2;
  /** The exit code of a fault of the tool itself. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before run
  private CommandLine.Model.CommandSpec spec;

  /** Created by picocli only. */
  Migov() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments, such as {@code validate dataset.json}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, Terminal.detect()));
  }

  /**
   * {@return the exit code of running the command line with these streams, without exiting} The
   * output is plain text, without colours or progress bars.
   *
   * @param args the arguments, such as {@code validate dataset.json}
   * @param out where results go
   * @param err where errors go
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Terminal.NONE);
  }

  static int run(String[] args, PrintStream out, PrintStream err, Terminal terminal) {
    CommandLine cli = new CommandLine(new Migov());
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out,
        StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err,
        StandardCharsets.UTF_8), true);
    Context context = new Context(out, outWriter, errWriter, terminal);
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.colour() ? Ansi.ON : Ansi.OFF));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionStrategy(parsed -> {
      for (CommandLine c : parsed.asCommandLineList()) {
        if (c.getCommand() instanceof Contextual command) {
          command.context(context);
        }
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof UserError u) {
        errWriter.println("migov: " + u.message());
        return u.exitCode();
      }
      return internalError(e, errWriter, System.getenv("MIGOV_DEBUG") != null);
    });
    cli.setParameterExceptionHandler((e, args2) -> {
      errWriter.println("migov: " + e.getMessage());
      errWriter.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for more information.");
      return USAGE;
    });
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /**
   * Reports a fault of the tool in one line, with its stack trace only when asked for.
   *
   * @return the exit code {@value #INTERNAL_ERROR}
   */
  static int internalError(Exception e, PrintWriter err, boolean debug) {
    err.println("migov: internal error: " + e + " (please report it; set MIGOV_DEBUG=1"
        + " to see where it happened)");
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return INTERNAL_ERROR;
  }

  @Override
  public void run() {
    // no command: show the usage and report wrong usage
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is required: validate, convert, summary, chart or schema");
  }

  /** Prints the version from the jar's resources, and the Java version running it. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Migov.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
          "migov " + p.getProperty("version", "unknown"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
              + ")"};
    }
  }
}
