package org.migov.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.migov.io.json.MigovJson;
import org.migov.io.json.MigovJsonException;
import org.migov.model.Dataset;
import org.migov.validation.ValidationReport;
import org.migov.validation.Violation;

/**
 * Reads a JSON dataset, prints what it holds and its validation report, then shows what reading a
 * broken file produces.
 *
 * <p>Usage: {@code ReadingExample [dataset.json]}: reads the file, or the bundled sample {@code
 * budapest-process.json} when none is given. The broken file is the bundled {@code
 * broken-meeting.json}, whose meeting ends before it starts.
 */
public final class ReadingExample {
  /** The bundled sample dataset. */
  static final String SAMPLE = "budapest-process.json";
  /** The bundled broken dataset. */
  static final String BROKEN = "broken-meeting.json";

  private ReadingExample() {}

  /**
   * Runs the example.
   *
   * @param args an optional dataset file to read instead of the bundled sample
   */
  public static void main(String[] args) {
    run(System.out, args.length > 0 ? Optional.of(Path.of(args[0])) : Optional.empty());
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param file the dataset to read; when empty, the bundled sample
   * @return whether the dataset was read (the broken file's failure is expected and not counted)
   */
  static boolean run(PrintStream out, Optional<Path> file) {
    MigovJson json = MigovJson.defaults();
    Dataset dataset;
    try {
      if (file.isPresent()) {
        out.println("Reading " + file.get());
        dataset = json.read(file.get(), Dataset.class);
      } else {
        out.println("Reading the bundled sample " + SAMPLE);
        dataset = json.read(resource(SAMPLE), Dataset.class);
      }
    } catch (MigovJsonException e) {
      out.println("The file cannot be read: " + e.getMessage());
      return false;
    }
    out.printf("It holds %d dialogue(s), %d organisation(s), %d person(s), %d declaration(s), "
            + "%d meeting(s), %d remittance series and %d country figure(s).%n",
        dataset.dialogues().size(), dataset.organisations().size(), dataset.people().size(),
        dataset.declarations().size(), dataset.meetings().size(),
        dataset.remittanceSeries().size(), dataset.countryFigures().size());

    ValidationReport report = dataset.validate();
    out.printf("Validation report: %d error(s), %d warning(s)%n", report.errors().size(),
        report.warnings().size());
    out.println(report);

    out.println();
    out.println("Reading the bundled broken file " + BROKEN + ":");
    try {
      json.read(resource(BROKEN), Dataset.class);
      out.println("  unexpectedly, it was read");
    } catch (MigovJsonException e) {
      out.println("  " + e.getMessage());
      out.println("  problem: " + e.problem());
      out.println("  JSON Pointer: " + e.pointer());
      for (Violation v : e.violations()) {
        out.println("  violation at " + v.path() + ": [" + v.code().code() + "] " + v.message());
      }
    }
    return true;
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReadingExample.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
