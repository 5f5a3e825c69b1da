package org.migov.benchmarks;

import java.util.concurrent.TimeUnit;
import org.migov.benchmarks.Data.Document;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the invariants cost within decoding: decoding a document ({@code decode}), running every
 * invariant check of the decoded objects again on their own ({@code checks}), and rebuilding
 * every object through its builder ({@code rebuild}: copying plus checks, an upper bound of what
 * building adds). {@code checks / (decode - checks)} is what the checks add to decoding.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ChecksBenchmark {
  /** The document. */
  @Param({"GOVERNANCE", "REMITTANCES"})
  public Document document;

  private byte[] json;
  private Dataset dataset;
  private Invariants invariants;
  private final MigovJson migov = MigovJson.defaults();

  /** Generates and decodes the document. */
  @Setup(Level.Trial)
  public void setUp() {
    json = Data.json(document);
    dataset = migov.read(json, Dataset.class);
    invariants = Invariants.of(dataset);
    System.out.printf("%n%s: %,d bytes, %,d objects checked%n", document, json.length,
        invariants.size());
  }

  /**
   * Decoding, checks included.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset decode() {
    return migov.read(json, Dataset.class);
  }

  /**
   * Every check of the decoded objects, on its own.
   *
   * @return a count
   */
  @Benchmark
  public long checks() {
    return invariants.check();
  }

  /**
   * Every object rebuilt through its builder: copies and checks.
   *
   * @return the rebuilt dataset
   */
  @Benchmark
  public Dataset rebuild() {
    return Rebuild.dataset(dataset);
  }
}
