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
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EncodeBenchmark {
  /**
   * The document, and the sink written to. Each way of writing holds only its own input, so
   * that none pays for the others' objects in collections.
   */
  @State(Scope.Benchmark)
  public static class Input {
    /** The document. */
    @Param({"GOVERNANCE", "REMITTANCES"})
    public Document document;

    byte[] json;
    Sink sink;

    /** Generates the document's bytes. */
    @Setup(Level.Trial)
    public void setUp() {
      json = Data.json(document);
      sink = new Sink(json.length + 1024);
    }
  }

  /** The model. */
  @State(Scope.Benchmark)
  public static class Model {
    final MigovJson migov = MigovJson.defaults();
    Dataset dataset;

    /** Reads the model from the document. */
    @Setup(Level.Trial)
    public void setUp(Input input) {
      dataset = migov.read(input.json, Dataset.class);
      System.out.printf("%n%s: %,d bytes%n", input.document, input.json.length);
    }
  }

  /** The records. */
  @State(Scope.Benchmark)
  public static class RecordsInput {
    final JsonMapper mapper = Records.mapper();
    Records.Dataset dataset;

    /** Reads the records from the document. */
    @Setup(Level.Trial)
    public void setUp(Input input) {
      dataset = mapper.readValue(input.json, Records.Dataset.class);
    }
  }

  /** The tokens. */
  @State(Scope.Benchmark)
  public static class TokensInput {
    final JsonFactory bare = new JsonFactory();
    Tokens tokens;

    /** Extracts the tokens of the document. */
    @Setup(Level.Trial)
    public void setUp(Input input) {
      tokens = Tokens.of(bare, input.json);
      System.out.printf("%n%s: %,d tokens%n", input.document, tokens.size());
    }
  }

  /**
   * migov: the model to bytes.
   *
   * @param input the sink
   * @param model the model
   * @param counted the byte counter
   * @return the number of bytes
   */
  @Benchmark
  public int migov(Input input, Model model, Throughput counted) {
    Sink sink = input.sink;
    sink.reset();
    model.migov.write(model.dataset, sink);
    counted.bytes += sink.size();
    return sink.size();
  }

  /**
   * The baseline: records to bytes through databind.
   *
   * @param input the sink
   * @param records the records
   * @param counted the byte counter
   * @return the number of bytes
   */
  @Benchmark
  public int databindRecords(Input input, RecordsInput records, Throughput counted) {
    Sink sink = input.sink;
    sink.reset();
    records.mapper.writeValue(sink, records.dataset);
    counted.bytes += sink.size();
    return sink.size();
  }

  /**
   * The limit: the same tokens, written one by one.
   *
   * @param input the sink
   * @param tokens the tokens
   * @param counted the byte counter
   * @return the number of bytes
   */
  @Benchmark
  public int tokenGenerator(Input input, TokensInput tokens, Throughput counted) {
    Sink sink = input.sink;
    sink.reset();
    try (JsonGenerator g = tokens.bare.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), sink)) {
      tokens.tokens.write(g);
    }
    counted.bytes += sink.size();
    return sink.size();
  }
}
