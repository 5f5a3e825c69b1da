package org.migov.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.migov.io.json.MigovJson;
import org.migov.model.Observation;
import org.migov.model.RemittanceSeries;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON Lines of the 1,000,000 observations of the large irregular series, in a heap of 256 MiB:
 * {@code write} writes them to a temporary file with {@link MigovJson#writeLines(Iterable, Path)};
 * {@code read} reads the file back with {@link MigovJson#readLines(Path, Class)} into a new series
 * of 1,000,000 observations. Scores are passes over the 1,000,000 lines per second; {@code ·bytes}
 * is the rate in bytes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class JsonLinesBenchmark {
  private final MigovJson migov = MigovJson.defaults();
  private RemittanceSeries series;
  private Path written;
  private Path read;
  private long readBytes;

  /** Generates the series and writes the file that {@code read} reads. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    series = Data.large();
    written = Files.createTempFile("migov-lines-", ".jsonl");
    read = Files.createTempFile("migov-lines-", ".jsonl");
    migov.writeLines(series.observations(), read);
    readBytes = Files.size(read);
    System.out.printf("%n%,d lines, %,d bytes, max heap %,d bytes%n",
        series.observations().size(), readBytes, Runtime.getRuntime().maxMemory());
  }

  /** Deletes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(written);
    Files.deleteIfExists(read);
  }

  /**
   * Writes the observations, one per line.
   *
   * @param counted the byte counter
   * @return the size of the file
   */
  @Benchmark
  public long write(Throughput counted) {
    migov.writeLines(series.observations(), written);
    try {
      long size = Files.size(written);
      counted.bytes += size;
      return size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the observations back into a series.
   *
   * @param counted the byte counter
   * @return the series
   */
  @Benchmark
  public RemittanceSeries read(Throughput counted) {
    RemittanceSeries.Builder b = RemittanceSeries.builder().id(series.id())
        .reporter(series.reporter()).direction(series.direction()).measure(series.measure())
        .currency(series.currency()).unitMultiplier(series.unitMultiplier())
        .frequency(series.frequency()).addAllSources(series.sources());
    try (Stream<Observation> lines = migov.readLines(read, Observation.class)) {
      lines.forEach(b::addObservations);
    }
    RemittanceSeries back = b.build();
    if (back.observations().size() != series.observations().size()) {
      throw new IllegalStateException(back.observations().size() + " observations read");
    }
    counted.bytes += readBytes;
    return back;
  }
}
