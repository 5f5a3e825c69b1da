package org.migov.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migov summary}: what a file holds, for people to read. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {
        "Summarises what a file holds: dialogues with their members and chairs; meetings by"
            + " dialogue and year with host, dates and participation; declarations and their"
            + " goals; remittance series with their ranges, latest actual value and share of"
            + " forecasts.",
        "The file is a dataset, or objects that a dataset holds (JSON Lines of meetings, say)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:summarised",
        "1:the file has errors",
        "2:wrong usage, or a file that cannot be read"})
final class SummaryCommand implements Callable<Integer>, Contextual {
  @Parameters(index = "0", paramLabel = "FILE", description = "the file to summarise")
  @SuppressWarnings("NullAway.Init") // required parameter, set by picocli
  private Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), markdown or json")
  private Summary.Style format = Summary.Style.TEXT;

  @Option(names = "--lines", description = "read the file as JSON Lines whatever its name")
  private boolean lines;

  @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
      description = "the model type of the file's objects (by default: told from the first)")
  private @Nullable ModelType type;

  @SuppressWarnings("NullAway.Init") // set before call
  private Context context;

  /** Created by picocli. */
  SummaryCommand() {}

  @Override
  public void context(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Summary summary = Summary.of(String.valueOf(file.getFileName()),
        Reading.dataset(file, lines, type));
    summary.print(format, context.out());
    context.out().flush();
    return Migov.OK;
  }
}
