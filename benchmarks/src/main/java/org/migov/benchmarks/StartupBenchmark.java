package org.migov.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the first read in a fresh JVM, as a command-line tool pays it on every run: making
 * {@link MigovJson#defaults()} and reading the seed article's document (io's golden file, packed
 * into this jar), against making a plain databind mapper and binding the same bytes to {@link
 * Records}. Each fork measures one first call (single shot, no warm-up), so the score is the time
 * of loading and initialising the classes of each way, plus one cold read. Neither way's classes
 * are touched before the measured call: the bytes come from a resource.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
@State(Scope.Benchmark)
public class StartupBenchmark {
  private byte[] json;

  /** Reads the document's bytes from the jar. */
  @Setup(Level.Trial)
  public void setUp() {
    try (InputStream in = StartupBenchmark.class.getResourceAsStream("seed-article.json")) {
      if (in == null) {
        throw new IllegalStateException("seed-article.json is not in the benchmarks jar");
      }
      json = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the seed article's dataset, read by the first use of migov in this JVM} */
  @Benchmark
  public Dataset migov() {
    return MigovJson.defaults().read(json, Dataset.class);
  }

  /** {@return the seed article's records, bound by a new plain databind mapper} */
  @Benchmark
  public Records.Dataset databindRecords() {
    return Records.mapper().readValue(json, Records.Dataset.class);
  }
}
