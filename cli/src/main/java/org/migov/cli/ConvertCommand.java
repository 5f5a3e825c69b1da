package org.migov.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migov convert}: from one format to another, never leaving a half-written file. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {
        "Converts a file from one format to another: a migov JSON document (json) or JSON Lines"
            + " (jsonl). The formats are taken from the file names, or given with --from and --to.",
        "A dataset written as JSON Lines becomes lines of its objects when they are all of one"
            + " kind (only meetings, say), else one line; JSON Lines written as one document"
            + " become the dataset that holds their objects.",
        "The output is written to a temporary file beside OUT, then moved to OUT: on an error"
            + " nothing is left behind. OUT '-' is standard output."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:converted",
        "1:the input has errors (nothing written)",
        "2:wrong usage, an input that cannot be read, or a conversion that is not possible"})
final class ConvertCommand implements Callable<Integer>, Contextual {
  @Parameters(index = "0", paramLabel = "IN", description = "the file to read")
  @SuppressWarnings("NullAway.Init") // required parameter, set by picocli
  private Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "the file to write, or - for"
      + " standard output")
  @SuppressWarnings("NullAway.Init") // required parameter, set by picocli
  private Path out;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "the format of IN (by default from its name): json, jsonl")
  private @Nullable String from;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "the format of OUT (by default from its name): json, jsonl")
  private @Nullable String to;

  @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
      description = "the model type of the input's objects (by default: told from the first)")
  private @Nullable ModelType type;

  @Option(names = "--compact", description = "write JSON documents compact, on one line"
      + " (by default pretty, two spaces)")
  private boolean compact;

  @SuppressWarnings("NullAway.Init") // set before call
  private Context context;

  /** Created by picocli. */
  ConvertCommand() {}

  @Override
  public void context(Context context) {
    this.context = context;
  }

  private static Format format(@Nullable String name, Path file, String which, boolean reading) {
    if (name != null) {
      Format f = Formats.named(name).orElseThrow(() -> new UserError(Migov.USAGE, "unknown"
          + " format '" + name + "' for " + which + "; the formats are "
          + Formats.names(reading)));
      if (reading ? !f.readable() : !f.writable()) {
        throw new UserError(Migov.USAGE, "the format " + f.name() + " cannot be "
            + (reading ? "read" : "written"));
      }
      return f;
    }
    return Formats.of(file).orElseThrow(() -> new UserError(Migov.USAGE, "cannot tell the"
        + " format of " + file + " from its name: give it with --" + which + " ("
        + Formats.names(reading) + ")"));
  }

  @Override
  public Integer call() {
    Detection.requireReadable(in);
    boolean toStdout = out.toString().equals("-");
    Format source = format(from, in, "from", true);
    Format target = toStdout && to == null ? Formats.named("json").orElseThrow()
        : format(to, out, "to", false);
    ConvertOptions options = new ConvertOptions(type, compact);
    if (toStdout) {
      try (Content content = source.read(in, options)) {
        target.write(content, context.bytes(), options);
        context.bytes().flush();
      }
      return Migov.OK;
    }
    AtomicFile.write(out, o -> {
      try (Content content = source.read(in, options)) {
        target.write(content, o, options);
      }
    });
    context.err().flush();
    return Migov.OK;
  }
}
