package org.migov.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the bytes of JSON read or written, which JMH reports as a rate next to the primary
 * score: {@code ·bytes} in bytes per second (divide by 10^6 for MB/s).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Throughput {
  /** Bytes of JSON read or written; reported per second. */
  public long bytes;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void clear() {
    bytes = 0;
  }
}
