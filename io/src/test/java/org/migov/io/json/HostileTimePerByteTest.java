package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migov.model.Dataset;
import org.migov.model.Meeting;
import org.migov.model.RemittanceSeries;

/**
 * Time per byte of input stays bounded, whatever the shape: for each shape that once cost time
 * growing faster than its input (many violations of one rule, many duplicate periods, many
 * unknown properties) or that a reader could handle so (long arrays, many objects, escaped
 * names), an input eight times larger must not take much more than eight times as long.
 * Measured as the ratio of the time per byte of the large input to that of the small one (best of
 * several runs of each, after warming up), never as an absolute time: a quadratic cost gives a
 * ratio near 8, a linear one near 1, and the bound of 3 leaves room for a busy machine. Off under
 * mutation testing, as the corpus's timing is ({@code -Dmigov.hostile.timing=false}).
 */
class HostileTimePerByteTest {
  static final int FACTOR = 8;
  static final double BOUND = 3.0;
  static final String V = "{\"format_version\":\"1.0\",";
  static final String MEETING = "\"dialogue\":\"budapest-process\","
      + "\"kind\":\"ministerial_conference\",\"title\":\"T\"";
  static final String SERIES = "\"id\":\"pak-inflow\",\"title\":\"W\",\"reporter\":\"PAK\","
      + "\"direction\":\"inflow\",\"measure\":\"workers_remittances\",\"currency\":\"USD\","
      + "\"unit_multiplier\":9,\"frequency\":\"annual\"";
  static final MigovJson LENIENT = MigovJson.builder().ignoreUnknownProperties().build();

  enum Shape {
    BLANK_AIMS(Meeting.class, false, 4_000, (n, run) -> V + "\"id\":\"m-1\"," + MEETING + ",\"aims\":["
        + "\" \",".repeat(n - 1) + "\" \"]}"),
    DISTINCT_AIMS(Meeting.class, false, 4_000, (n, run) -> {
      StringBuilder s = new StringBuilder(V).append("\"id\":\"m-1\",").append(MEETING)
          .append(",\"aims\":[");
      for (int i = 0; i < n; i++) {
        s.append(i == 0 ? "\"" : ",\"").append(Integer.toString(i, 36)).append('"');
      }
      return s.append("]}").toString();
    }),
    DUPLICATE_PERIODS(RemittanceSeries.class, false, 1_000, (n, run) -> V + SERIES
        + ",\"observations\":[" + "{\"period\":\"2024\",\"value\":1},".repeat(n - 1)
        + "{\"period\":\"2024\",\"value\":1}]}"),
    MANY_MEETINGS(Dataset.class, false, 300, (n, run) -> {
      StringBuilder s = new StringBuilder(V).append("\"meetings\":[");
      for (int i = 0; i < n; i++) {
        s.append(i == 0 ? "{" : ",{").append("\"id\":\"m-").append(i + 1).append("\",")
            .append(MEETING).append('}');
      }
      return s.append("]}").toString();
    }),
    UNKNOWN_NAMES(Dataset.class, true, 40, (n, run) -> {
      // the same unknown names in every object, as a later version of the format would add
      // them; distinct names by the ten thousand are slower per byte in Jackson's table of names
      // (see docs/json-format.md, "Memory and time")
      StringBuilder s = new StringBuilder(V).append("\"meetings\":[");
      for (int m = 0; m < n; m++) {
        s.append(m == 0 ? "{" : ",{").append("\"id\":\"m-").append(m + 1).append("\",")
            .append(MEETING);
        for (int i = 0; i < 100; i++) {
          s.append(",\"x\\n\\u202e").append(run).append('-').append(i)
              .append("\":[0,{\"y\":[]}]");
        }
        s.append('}');
      }
      return s.append("]}").toString();
    });

    final Class<?> type;
    final boolean lenient;
    final int small;
    /** Makes the input of a size; the run number varies the names, so no cache serves them. */
    final BiFunction<Integer, Integer, String> make;

    Shape(Class<?> type, boolean lenient, int small, BiFunction<Integer, Integer, String> make) {
      this.type = type;
      this.lenient = lenient;
      this.small = small;
      this.make = make;
    }
  }

  /** The best time of reading each document once, in nanoseconds. */
  static long best(Shape shape, byte[][] docs) {
    MigovJson json = shape.lenient ? LENIENT : MigovJson.defaults();
    long best = Long.MAX_VALUE;
    for (byte[] doc : docs) {
      long start = System.nanoTime();
      try {
        json.read(doc, shape.type);
      } catch (MigovJsonException e) {
        // refusing is reading too: the time counts the same
      }
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  static byte[][] inputs(Shape shape, int n, int runs, int firstRun) {
    byte[][] docs = new byte[runs][];
    for (int r = 0; r < runs; r++) {
      docs[r] = shape.make.apply(n, firstRun + r).getBytes(StandardCharsets.UTF_8);
    }
    return docs;
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void anInputEightTimesLargerTakesAtMostAboutEightTimesAsLong(Shape shape) {
    int runs = 7;
    byte[][] small = inputs(shape, shape.small, runs * FACTOR, 0);
    byte[][] large = inputs(shape, shape.small * FACTOR, runs, 1_000);
    assertThat(large[0].length).isGreaterThan(small[0].length * (FACTOR - 1));
    if (!HostileCorpusTest.TIMED) {
      return;
    }
    best(shape, inputs(shape, shape.small, 20, 2_000)); // warm up
    best(shape, inputs(shape, shape.small * FACTOR, 2, 3_000));

    double ratio = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && ratio > BOUND; attempt++) {
      double perByteSmall = (double) best(shape, small) / small[0].length;
      double perByteLarge = (double) best(shape, large) / large[0].length;
      ratio = Math.min(ratio, perByteLarge / perByteSmall);
    }

    assertThat(ratio).as("time per byte, %d bytes against %d bytes", large[0].length,
        small[0].length).isLessThan(BOUND);
  }
}
