package org.migov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.migov.io.json.MigovJson;
import org.migov.io.json.MigovJsonException;
import org.migov.model.Dataset;
import org.migov.validation.Severity;
import org.migov.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migov validate}: reads files and reports every problem, with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
        "Checks migov JSON documents and JSON Lines files: every reading error with its file,"
            + " line, column and JSON Pointer, then the rules of the model across a dataset"
            + " (errors and warnings, each with its path and code), then a summary line.",
        "A JSON Lines file with bad lines reports each bad line and goes on."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file is valid",
        "1:a file has errors (or warnings, with --warnings-as-errors)",
        "2:wrong usage, or a file that cannot be read"})
final class ValidateCommand implements java.util.concurrent.Callable<Integer>, Contextual {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to check")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--lines", description = "read every file as JSON Lines (by default: files"
      + " named *.jsonl or *.ndjson, or whose first two lines are each an object)")
  private boolean lines;

  @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
      description = "the model type of the files' objects: ${COMPLETION-CANDIDATES} (by default:"
          + " told from the properties of the first object)",
      completionCandidates = TypeConverter.Names.class)
  private @Nullable ModelType type;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json: one JSON document for other programs")
  private ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--warnings-as-errors",
      description = "fail (exit code 1) on warnings as well as on errors")
  private boolean warningsAsErrors;

  @SuppressWarnings("NullAway.Init") // set before call
  private Context context;

  /** Created by picocli. */
  ValidateCommand() {}

  @Override
  public void context(Context context) {
    this.context = context;
  }

  /** The formats of the report. */
  enum ReportFormat {
    /** Lines for people. */
    TEXT,
    /** One JSON document. */
    JSON
  }

  @Override
  public Integer call() {
    ValidationReporter report = format == ReportFormat.JSON
        ? new ValidationReporter.Json(context.out())
        : new ValidationReporter.Text(context.out());
    boolean unreadable = false;
    boolean invalid = false;
    int valid = 0;
    long errors = 0;
    long warnings = 0;
    for (Path file : files) {
      FileResult r = new FileResult(file);
      try {
        check(file, r, report);
      } catch (UserError e) {
        report.unreadable(file, e.message());
        context.err().println("migov: " + e.message());
        unreadable = true;
        continue;
      }
      boolean ok = r.errors == 0 && (!warningsAsErrors || r.warnings == 0);
      report.fileEnd(r, ok);
      valid += ok ? 1 : 0;
      invalid |= !ok;
      errors += r.errors;
      warnings += r.warnings;
    }
    report.end(files.size(), valid, errors, warnings, !invalid && !unreadable);
    context.out().flush();
    return unreadable ? Migov.USAGE : invalid ? Migov.DATA_ERRORS : Migov.OK;
  }

  /** What was found in one file. */
  static final class FileResult {
    final Path file;
    @Nullable Layout layout;
    @Nullable ModelType type;
    long objects;
    long errors;
    long warnings;

    FileResult(Path file) {
      this.file = file;
    }
  }

  private void check(Path file, FileResult r, ValidationReporter report) {
    Detection.requireReadable(file);
    Layout layout = lines ? Layout.JSON_LINES : Detection.layout(file);
    ModelType t = type;
    if (t == null) {
      t = Detection.type(file, layout);
    }
    if (t == null) {
      t = ModelType.DATASET; // not parseable: reading reports why
    }
    r.layout = layout;
    r.type = t;
    report.fileStart(r);
    if (layout == Layout.JSON) {
      checkDocument(file, t, r, report);
    } else {
      checkLines(file, t, r, report);
    }
  }

  private void checkDocument(Path file, ModelType t, FileResult r, ValidationReporter report) {
    Object value;
    try (InputStream in = Progress.open(file, context)) {
      value = MigovJson.defaults().read(in, t.modelClass());
    } catch (MigovJsonException e) {
      if (e.problem() == MigovJsonException.Problem.IO_ERROR) {
        throw new UserError(Migov.USAGE, file + ": " + e.detail());
      }
      readingError(r, e, report);
      return;
    } catch (IOException e) {
      throw Detection.unreadable(file, e);
    }
    r.objects = 1;
    if (value instanceof Dataset d) {
      rules(r, -1, d, report);
    }
  }

  private void checkLines(Path file, ModelType t, FileResult r, ValidationReporter report) {
    try (InputStream in = Progress.open(file, context);
        Stream<?> objects = MigovJson.defaults().readLinesSkippingErrors(in, t.modelClass(),
            e -> readingError(r, e, report))) {
      objects.forEach(o -> {
        r.objects++;
        if (o instanceof Dataset d) {
          rules(r, r.objects, d, report);
        }
      });
    } catch (MigovJsonException e) {
      throw new UserError(Migov.USAGE, file + ": " + e.getMessage());
    } catch (IOException e) {
      throw Detection.unreadable(file, e);
    }
  }

  private static void readingError(FileResult r, MigovJsonException e,
      ValidationReporter report) {
    if (e.violations().isEmpty()) {
      r.errors++;
      report.readingError(r, e, null);
      return;
    }
    for (Violation v : e.violations()) {
      count(r, v);
      report.readingError(r, e, v);
    }
  }

  /** Reports the rules a dataset breaks; {@code record} is its 1-based number in JSON Lines. */
  private static void rules(FileResult r, long record, Dataset dataset,
      ValidationReporter report) {
    for (Violation v : dataset.validate().violations()) {
      count(r, v);
      report.violation(r, record, v);
    }
  }

  private static void count(FileResult r, Violation v) {
    if (v.severity() == Severity.ERROR) {
      r.errors++;
    } else {
      r.warnings++;
    }
  }
}
