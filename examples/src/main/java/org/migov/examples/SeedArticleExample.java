package org.migov.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;
import org.migov.validation.ValidationReport;

/**
 * The main example: the seed article as a complete {@link Dataset}, built in code ({@link
 * SeedArticle}), validated, and written as pretty JSON to standard output and to a file.
 *
 * <p>Run it from a fresh clone with the command in README.md. The file is {@code
 * seed-article.json} in the working directory, or the path given as the first argument.
 */
public final class SeedArticleExample {
  private SeedArticleExample() {}

  /**
   * Builds, validates and writes the seed article's dataset.
   *
   * @param args optionally, the path of the JSON file to write
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "seed-article.json");
    run(file, System.out, System.err);
  }

  static void run(Path file, PrintStream out, PrintStream err) {
    Dataset dataset = SeedArticle.dataset();

    ValidationReport report = dataset.validate();
    report.throwIfInvalid();

    MigovJson json = MigovJson.defaults().pretty();
    out.print(json.write(dataset));
    json.write(dataset, file);

    err.printf("validation: %d errors, %d warnings; wrote %s%n",
        report.errors().size(), report.warnings().size(), file.toAbsolutePath());
  }
}
