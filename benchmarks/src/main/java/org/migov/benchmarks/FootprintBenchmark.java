package org.migov.benchmarks;

import java.util.concurrent.TimeUnit;
import org.migov.model.RemittanceSeries;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained memory of large series, measured by JOL ({@link GraphLayout#totalSize()}: every object
 * reachable from the series, its attributes and sources included). Not a timing: the results are
 * the secondary scores {@code ·bytesPerObservation}, {@code ·totalBytes} and {@code
 * ·observations}; the primary score is only the time JOL took.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Djol.magicFieldOffset=true"})
@State(Scope.Benchmark)
public class FootprintBenchmark {
  /** The series. */
  public enum Series {
    /** The irregular series of 1,000,000 observations over periods of every kind. */
    IRREGULAR_1M,
    /** The largest monthly series there can be: 119,988 months, the years 1 to 9999. */
    MONTHLY_MAX
  }

  /** Which series. */
  @Param({"IRREGULAR_1M", "MONTHLY_MAX"})
  public Series series;

  private RemittanceSeries value;

  /** The results. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {
    /** Retained bytes divided by the number of observations. */
    public double bytesPerObservation;
    /** Retained bytes of the series. */
    public long totalBytes;
    /** The number of observations. */
    public long observations;
  }

  /** Generates the series and prints JOL's table of what it holds. */
  @Setup(Level.Trial)
  public void setUp() {
    value = series == Series.IRREGULAR_1M ? Data.large() : Data.largestMonthly();
    System.out.printf("%n%s: %,d observations%n%s", series, value.observations().size(),
        GraphLayout.parseInstance(value).toFootprint());
  }

  /**
   * Measures the retained size.
   *
   * @param out the results
   * @return the layout
   */
  @Benchmark
  public GraphLayout measure(Footprint out) {
    GraphLayout layout = GraphLayout.parseInstance(value);
    out.totalBytes = layout.totalSize();
    out.observations = value.observations().size();
    out.bytesPerObservation = (double) layout.totalSize() / value.observations().size();
    return layout;
  }
}
