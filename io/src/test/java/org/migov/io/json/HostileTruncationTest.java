package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Dataset;
import org.migov.model.Meeting;

/**
 * Truncations of valid documents at every byte, so at every structural position (inside and after
 * each name, colon, value, comma, string, escape, number and bracket): every strict prefix of a
 * document is refused as malformed JSON (or as empty input when only white space is left), with
 * a location, and never with another exception.
 */
class HostileTruncationTest {
  static final MigovJson JSON = MigovJson.defaults();

  static byte[] resource(String name) throws IOException {
    try (InputStream in = HostileTruncationTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  static Stream<String> documents() throws IOException {
    Dataset dataset = JSON.read(resource("/hostile/valid/dataset.json"), Dataset.class);
    List<String> docs = new ArrayList<>();
    docs.add(JSON.write(dataset));
    docs.add(JSON.pretty().write(dataset));
    docs.add(new String(resource("/hostile/valid/dataset.json"), StandardCharsets.UTF_8));
    return docs.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyStrictPrefixOfAValidDocumentIsRefusedAsMalformed(String document) {
    // the document without its final line end, so that every strict prefix lacks its last brace
    byte[] bytes = document.stripTrailing().getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(bytes, Dataset.class)).isNotNull(); // the whole document is valid
    int structural = 0;
    // every byte; mutation testing samples every STRIDE-th (-Dmigov.truncation.stride, PIT config)
    int stride = Integer.getInteger("migov.truncation.stride", 1);
    for (int n = 0; n < bytes.length; n += stride) {
      byte[] prefix = Arrays.copyOf(bytes, n);
      MigovJsonException e = refused(prefix, Dataset.class);
      boolean blank = new String(prefix, StandardCharsets.UTF_8).isBlank();
      assertThat(e.problem()).as("prefix of %d bytes: %s", n, e.getMessage())
          .isEqualTo(blank ? Problem.EMPTY_INPUT : Problem.MALFORMED_JSON);
      assertThat(e.line()).as("line of prefix %d", n).isPositive();
      assertThat(e.column()).as("column of prefix %d", n).isPositive();
      assertThat(e.pointer()).matches("(/[^/]*)*");
      if (n > 0 && "{}[]:,\"".indexOf(bytes[n - 1]) >= 0) {
        structural++;
      }
    }
    assertThat(structural).as("structural positions covered").isGreaterThan(500 / stride);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aTruncatedLastJsonLineIsReportedWithItsLineNumberAfterTheGoodLines(String eol)
      throws IOException {
    Dataset dataset = JSON.read(resource("/hostile/valid/dataset.json"), Dataset.class);
    List<Meeting> meetings = dataset.meetings();
    String good = JSON.write(meetings.get(0)) + eol + JSON.write(meetings.get(1)) + eol;
    String last = JSON.write(meetings.get(1));
    for (int n = 1; n < last.length(); n++) {
      byte[] bytes = (good + last.substring(0, n)).getBytes(StandardCharsets.UTF_8);
      List<MigovJsonException> errors = new ArrayList<>();
      List<Meeting> read;
      try (Stream<Meeting> s = JSON.readLinesSkippingErrors(new ByteArrayInputStream(bytes),
          Meeting.class, errors::add)) {
        read = s.toList();
      }
      assertThat(read).containsExactly(meetings.get(0), meetings.get(1));
      assertThat(errors).singleElement().satisfies(e -> {
        assertThat(e.lineNumber()).isEqualTo(3);
        assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
      });
    }
  }

  static MigovJsonException refused(byte[] bytes, Class<?> type) {
    try {
      JSON.read(bytes, type);
    } catch (MigovJsonException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("a prefix of " + bytes.length + " bytes let "
          + t.getClass().getName() + " escape", t);
    }
    throw new AssertionError("a prefix of " + bytes.length + " bytes was accepted");
  }
}
