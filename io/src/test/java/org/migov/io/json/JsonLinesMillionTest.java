package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.Period;
import org.migov.model.Qualifier;
import org.migov.model.Source;

/**
 * JSON Lines in constant memory. In a full build this class runs in a fork of its own with a heap
 * of 256 MiB (io/pom.xml, profile {@code json-lines-million}): a million observations go through a
 * file, and a line of a gibibyte is refused, without holding either in memory. It asserts counts
 * and checksums computed independently of the JSON, never timings.
 */
class JsonLinesMillionTest {
  private static final int COUNT = 1_000_000;
  private static final MigovJson JSON = MigovJson.defaults();

  @BeforeAll
  static void heapIsSmallInItsOwnFork() {
    if ("256m".equals(System.getProperty("migov.test.heap"))) {
      assertThat(Runtime.getRuntime().maxMemory()).as("the fork's heap")
          .isLessThanOrEqualTo(256L * 1024 * 1024);
    }
  }

  /** The i-th observation: every kind of period, status and qualifier, values of every scale. */
  static Observation observation(int i) {
    int year = 1 + i % 9999;
    Period period = switch (i % 5) {
      case 0 -> Period.ofMonth(year, 1 + i % 12);
      case 1 -> Period.ofQuarter(year, 1 + i % 4);
      case 2 -> Period.ofYear(year);
      case 3 -> Period.ofFiscalYear(Math.max(2, year), Month.of(1 + i % 12));
      default -> Period.ofMonths(YearMonth.of(year, 1), YearMonth.of(year, 1 + i % 12));
    };
    long unscaled = (i * 7_919L) % 2_000_003L - 1_000_000L;
    BigDecimal value = i % 1000 == 999
        ? new BigDecimal(unscaled + "123456789012345678901234567890") // beyond long
        : BigDecimal.valueOf(unscaled, i % 7 - 2); // scales -2 to 4
    return Observation.builder()
        .period(period)
        .value(value)
        .status(ObservationStatus.values()[i % ObservationStatus.values().length])
        .qualifier(Qualifier.values()[(i / 7) % Qualifier.values().length])
        .build();
  }

  /** The observations, made one at a time as they are written: never all in memory. */
  private static Iterable<Observation> lazily() {
    return () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < COUNT;
      }

      @Override
      public Observation next() {
        if (next >= COUNT) {
          throw new NoSuchElementException();
        }
        return observation(next++);
      }
    };
  }

  /** A checksum of what an observation says, that depends on the order of observations. */
  private static final class Checksum {
    long count;
    long hash;
    BigDecimal sum = BigDecimal.ZERO;

    void add(Observation o) {
      count++;
      hash = hash * 31 + Objects.hash(o.period().toString(), o.value().unscaledValue(),
          o.value().scale(), o.status().name(), o.qualifier().name());
      sum = sum.add(o.value());
    }
  }

  @Test
  void aMillionObservationsGoThroughAFile(@TempDir Path dir) throws IOException {
    Checksum expected = new Checksum();
    for (int i = 0; i < COUNT; i++) {
      expected.add(observation(i));
    }
    Path file = dir.resolve("observations.jsonl");

    JSON.writeLines(lazily(), file);

    Checksum actual = new Checksum();
    try (Stream<Observation> lines = JSON.readLines(file, Observation.class)) {
      lines.forEach(actual::add);
    }
    assertThat(actual.count).isEqualTo(COUNT);
    assertThat(actual.sum).isEqualTo(expected.sum);
    assertThat(actual.hash).isEqualTo(expected.hash);
    try (Stream<String> text = Files.lines(file, StandardCharsets.UTF_8)) {
      assertThat(text.count()).isEqualTo(COUNT);
    }
    assertThat(Files.size(file)).as("bytes in the file").isGreaterThan(40L * COUNT);
  }

  @Test
  void skippingErrorsReportsEveryBadLineAndReadsAllOthers(@TempDir Path dir) throws IOException {
    int count = 200_000;
    Path file = dir.resolve("observations.jsonl");
    Iterable<Observation> values = () -> java.util.stream.IntStream.range(0, count)
        .mapToObj(JsonLinesMillionTest::observation).iterator();
    JSON.writeLines(values, file);
    List<Long> bad = new ArrayList<>();
    Checksum actual = new Checksum();

    // a read of the file with the first byte of every 20,000th line broken
    try (InputStream in = new BreakingLines(Files.newInputStream(file), 20_000);
        Stream<Observation> lines = JSON.readLinesSkippingErrors(in, Observation.class,
            e -> bad.add(e.lineNumber()))) {
      lines.forEach(actual::add);
    }

    Checksum expected = new Checksum();
    for (int i = 0; i < count; i++) {
      if ((i + 1) % 20_000 != 0) {
        expected.add(observation(i));
      }
    }
    assertThat(bad).hasSize(10).first().isEqualTo(20_000L);
    assertThat(bad).last().isEqualTo(200_000L);
    assertThat(actual.count).isEqualTo(count - 10);
    assertThat(actual.sum).isEqualTo(expected.sum);
    assertThat(actual.hash).isEqualTo(expected.hash);
  }

  @Test
  void aLineOfAGibibyteIsRefusedWithoutBeingHeld() {
    long length = 1L << 30;
    byte[] after = ("\n" + JSON.write(Samples.minimalSource()) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    InputStream in = new SequenceInputStream(new Repeated((byte) 'a', length),
        new ByteArrayInputStream(after));
    List<MigovJsonException> errors = new ArrayList<>();

    List<Source> read = MigovJson.builder().maxDocumentBytes(1024).build()
        .readLinesSkippingErrors(in, Source.class, errors::add).toList();

    assertThat(read).containsExactly(Samples.minimalSource());
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.lineNumber()).isEqualTo(1);
      assertThat(e.detail()).isEqualTo("the line is longer than the limit of 1024 bytes");
    });
  }

  /** {@code length} copies of one byte, made as they are read. */
  private static final class Repeated extends InputStream {
    private final byte value;
    private long left;

    Repeated(byte value, long length) {
      this.value = value;
      this.left = length;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }

  /** Passes lines through, but replaces the first byte of every n-th line with {@code #}. */
  private static final class BreakingLines extends InputStream {
    private final InputStream in;
    private final int every;
    private long line = 1;
    private boolean atLineStart = true;

    BreakingLines(InputStream in, int every) {
      this.in = in;
      this.every = every;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = in.read(buffer, off, len);
      for (int i = off; i < off + n; i++) {
        if (atLineStart && line % every == 0) {
          buffer[i] = '#';
        }
        atLineStart = buffer[i] == '\n';
        if (atLineStart) {
          line++;
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
