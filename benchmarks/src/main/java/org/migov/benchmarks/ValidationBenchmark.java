package org.migov.benchmarks;

import java.util.concurrent.TimeUnit;
import org.migov.model.Dataset;
import org.migov.validation.ValidationReport;
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
 * {@link Dataset#validate()} of governance datasets of 30 dialogues, 300 declarations and 1,000,
 * 10,000 or 100,000 meetings (organisations and people in proportion). Divide the score by the
 * number of meetings for the time per meeting, which must stay flat.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class ValidationBenchmark {
  /** The number of meetings. */
  @Param({"1000", "10000", "100000"})
  public int meetings;

  private Dataset dataset;

  /** Generates the dataset, and makes sure it is valid. */
  @Setup(Level.Trial)
  public void setUp() {
    dataset = Data.governance(meetings);
    ValidationReport report = dataset.validate();
    if (!report.violations().isEmpty()) {
      throw new IllegalStateException("the generated dataset is not valid: " + report);
    }
  }

  /**
   * Validates the rules across entities.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validate() {
    return dataset.validate();
  }
}
