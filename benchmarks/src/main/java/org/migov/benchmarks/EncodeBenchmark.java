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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encoding the same document three ways, into a reused in-memory sink: migov's {@link
 * MigovJson#write(Object, java.io.OutputStream)} from the model; jackson-databind writing the
 * {@link Records} read from migov's bytes (which gives the same bytes); and a bare generator
 * replaying the document's tokens, extracted beforehand, the limit of any Jackson-based writer.
 * Scores are documents per second; {@code ·bytes} is the rate in bytes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class EncodeBenchmark {
  /** The document. */
  @Param({"GOVERNANCE", "REMITTANCES"})
  public Document document;

  private Dataset model;
  private Records.Dataset records;
  private Tokens tokens;
  private Sink sink;
  private final MigovJson migov = MigovJson.defaults();
  private final JsonMapper mapper = Records.mapper();
  private final JsonFactory bare = new JsonFactory();

  /** Generates the document, and its records and tokens from its bytes. */
  @Setup(Level.Trial)
  public void setUp() {
    model = Data.dataset(document);
    Sink out = new Sink(64 << 20);
    migov.write(model, out);
    byte[] json = out.toByteArray();
    records = mapper.readValue(json, Records.Dataset.class);
    tokens = Tokens.of(bare, json);
    sink = new Sink(json.length + 1024);
    System.out.printf("%n%s: %,d bytes, %,d tokens%n", document, json.length, tokens.size());
  }

  /**
   * migov: the model to bytes.
   *
   * @param counted the byte counter
   * @return the number of bytes
   */
  @Benchmark
  public int migov(Throughput counted) {
    sink.reset();
    migov.write(model, sink);
    counted.bytes += sink.size();
    return sink.size();
  }

  /**
   * The baseline: records to bytes through databind.
   *
   * @param counted the byte counter
   * @return the number of bytes
   */
  @Benchmark
  public int databindRecords(Throughput counted) {
    sink.reset();
    mapper.writeValue(sink, records);
    counted.bytes += sink.size();
    return sink.size();
  }

  /**
   * The limit: the same tokens, written one by one.
   *
   * @param counted the byte counter
   * @return the number of bytes
   */
  @Benchmark
  public int tokenGenerator(Throughput counted) {
    sink.reset();
    try (JsonGenerator g = bare.createGenerator(sink)) {
      tokens.write(g);
    }
    counted.bytes += sink.size();
    return sink.size();
  }
}
