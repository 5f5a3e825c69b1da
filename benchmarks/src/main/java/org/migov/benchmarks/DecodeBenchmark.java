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
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding the same JSON bytes three ways: migov's {@link MigovJson#read(byte[], Class)} into the
 * validated model; jackson-databind binding plain {@link Records}; and a bare token loop, the
 * limit of any Jackson-based reader. Scores are documents per second; {@code ·bytes} is the rate
 * in bytes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class DecodeBenchmark {
  /** The document. */
  @Param({"GOVERNANCE", "REMITTANCES"})
  public Document document;

  private byte[] json;
  private final MigovJson migov = MigovJson.defaults();
  private final JsonMapper records = Records.mapper();
  private final JsonFactory bare = new JsonFactory();

  /** Generates the document. */
  @Setup(Level.Trial)
  public void setUp() {
    json = Data.json(document);
    System.out.printf("%n%s: %,d bytes%n", document, json.length);
  }

  /**
   * migov: bytes to the model, every invariant checked.
   *
   * @param counted the byte counter
   * @return the dataset
   */
  @Benchmark
  public Dataset migov(Throughput counted) {
    counted.bytes += json.length;
    return migov.read(json, Dataset.class);
  }

  /**
   * The baseline: bytes to plain records through databind.
   *
   * @param counted the byte counter
   * @return the records
   */
  @Benchmark
  public Records.Dataset databindRecords(Throughput counted) {
    counted.bytes += json.length;
    return records.readValue(json, Records.Dataset.class);
  }

  /**
   * The limit: every token read, nothing built.
   *
   * @param counted the byte counter
   * @return a sum of what was read
   */
  @Benchmark
  public long tokenLoop(Throughput counted) {
    counted.bytes += json.length;
    return Tokens.loop(bare, json);
  }

  /**
   * A diagnostic: the token loop making a {@code String} of every string value, the least any
   * reader that keeps the text can do.
   *
   * @param counted the bytes read
   * @return a sum of what was read
   */
  @Benchmark
  public long tokenLoopWithStrings(Throughput counted) {
    counted.bytes += json.length;
    return Tokens.loopWithStrings(bare, json);
  }
}
