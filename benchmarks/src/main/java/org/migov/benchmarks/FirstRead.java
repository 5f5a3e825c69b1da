package org.migov.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;

/**
 * The first {@code MigovJson.defaults()} and read of a document in a fresh JVM, timed inside it:
 * start-up compared between two builds, each run in its own JVM, alternately. With another
 * build's jar first on the class path ({@code -cp before.jar:benchmarks.jar}), it measures that
 * build.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.migov.benchmarks.FirstRead
 * io/src/test/resources/golden/seed-article.json}
 */
public final class FirstRead {
  private FirstRead() {}

  /**
   * Reads the document and prints the time of the first read, in milliseconds.
   *
   * @param args the document's path
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    byte[] json = Files.readAllBytes(Path.of(args[0]));
    long start = System.nanoTime();
    Dataset dataset = MigovJson.defaults().read(json, Dataset.class);
    long end = System.nanoTime();
    System.out.printf(Locale.ROOT, "%.1f ms (%d meetings)%n", (end - start) / 1e6,
        dataset.meetings().size());
  }
}
