package org.migov.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;
import org.migov.testing.SeedArticle;
import org.migov.validation.ValidationReport;

/**
 * The main example: the seed article as a complete {@link Dataset}, built in code ({@link
 * SeedArticle}, in the module {@code testing}), validated, and written as pretty JSON to standard
 * output and to a file.
 *
 * <p>Run it from a fresh clone with the command in README.md. The file is {@code
 * seed-article.json} in the directory named by the system property {@code migov.examples.output}
 * ({@code examples/target} when run through Maven), or {@code target/} of the working directory
 * without it; or the path given as the first argument.
 */
public final class SeedArticleExample {
  private SeedArticleExample() {}

  /**
   * Builds, validates and writes the seed article's dataset.
   *
   * @param args optionally, the path of the JSON file to write
   */
  public static void main(String[] args) {
    Path file = args.length > 0 ? Path.of(args[0])
        : Path.of(System.getProperty("migov.examples.output", "target"), "seed-article.json");
    run(file, System.out, System.err);
  }

  static void run(Path file, PrintStream out, PrintStream err) {
    Dataset dataset = SeedArticle.dataset();

    ValidationReport report = dataset.validate();
    report.throwIfInvalid();

    MigovJson json = MigovJson.defaults().pretty();
    out.print(json.write(dataset));
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    json.write(dataset, file);

    err.printf("validation: %d errors, %d warnings; wrote %s%n",
        report.errors().size(), report.warnings().size(), file.toAbsolutePath());
  }
}
