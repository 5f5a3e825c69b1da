package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Dataset;
import org.migov.model.Meeting;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.Period;
import org.migov.model.Qualifier;
import org.migov.model.RemittanceSeries;
import org.migov.model.Source;

/** JSON Lines: one compact document per line, read lazily line by line. */
class JsonLinesTest {
  private static final MigovJson JSON = MigovJson.defaults();

  private static byte[] lines(MigovJson json, List<?> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeLines(values, out);
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static <T> List<T> read(String text, Class<T> type) {
    try (Stream<T> s = JSON.readLines(new ByteArrayInputStream(utf8(text)), type)) {
      return s.toList();
    }
  }

  private static List<Observation> observations(int n) {
    List<Observation> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(Observation.builder().period(Period.ofMonth(2000 + i / 12, i % 12 + 1))
          .value(BigDecimal.valueOf(i * 37L - 500, i % 4))
          .status(ObservationStatus.values()[i % ObservationStatus.values().length])
          .qualifier(Qualifier.values()[i % Qualifier.values().length])
          .build());
    }
    return list;
  }

  // ----- writing and reading back

  @Test
  void everyTypeIsWrittenAndReadBack() {
    List<Observation> observations = observations(50);
    List<Meeting> meetings = List.of(Samples.fullMeeting(), Samples.minimalMeeting());
    List<Dataset> datasets = List.of(Samples.fullDataset(), Samples.minimalDataset());
    List<RemittanceSeries> series = List.of(Samples.fullRemittanceSeries(),
        Samples.minimalRemittanceSeries());

    assertThat(JSON.readLines(new ByteArrayInputStream(lines(JSON, observations)),
        Observation.class).toList()).isEqualTo(observations);
    assertThat(JSON.readLines(new ByteArrayInputStream(lines(JSON, meetings)), Meeting.class)
        .toList()).isEqualTo(meetings);
    assertThat(JSON.readLines(new ByteArrayInputStream(lines(JSON, datasets)), Dataset.class)
        .toList()).isEqualTo(datasets);
    assertThat(JSON.readLines(new ByteArrayInputStream(lines(JSON, series)),
        RemittanceSeries.class).toList()).isEqualTo(series);
  }

  @Test
  void eachLineIsExactlyTheCompactDocument() {
    List<Object> values = new ArrayList<>();
    RoundTripTest.fullObjects().forEach(a -> values.add(a.get()[1]));
    RoundTripTest.minimalObjects().forEach(a -> values.add(a.get()[1]));

    String text = new String(lines(JSON, values), StandardCharsets.UTF_8);

    StringBuilder expected = new StringBuilder();
    for (Object v : values) {
      expected.append(JSON.write(v)).append('\n');
    }
    assertThat(text).isEqualTo(expected.toString());
    assertThat(List.of(text.split("\n", -1))).hasSize(values.size() + 1).last().isEqualTo("");
    assertThat(text.split("\n")).allSatisfy(line -> assertThat(line)
        .startsWith("{\"format_version\":\"1.1\"").endsWith("}"));
  }

  @Test
  void linesAreCompactEvenFromAPrettyInstance() {
    List<Source> sources = List.of(Samples.fullSource(), Samples.minimalSource());

    assertThat(lines(JSON.pretty(), sources)).isEqualTo(lines(JSON, sources));
  }

  @Test
  void filesAreWrittenAndReadBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("observations.jsonl");
    List<Observation> observations = observations(1000);
    Files.writeString(file, "to be replaced\n".repeat(5000));

    JSON.writeLines(observations, file);

    try (Stream<Observation> back = JSON.readLines(file, Observation.class)) {
      assertThat(back).containsExactlyElementsOf(observations);
    }
    assertThat(Files.readAllLines(file)).hasSize(1000).first()
        .isEqualTo(JSON.write(observations.get(0)));
  }

  @Test
  void aMissingFileIsAnIoError(@TempDir Path dir) {
    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> JSON.readLines(dir.resolve("missing.jsonl"), Source.class));

    assertThat(e.problem()).isEqualTo(Problem.IO_ERROR);
    assertThat(e.detail()).startsWith("reading failed: ").contains("missing.jsonl");
  }

  @Test
  void theCallersStreamsAreLeftOpen() {
    boolean[] closed = new boolean[2];
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JSON.writeLines(List.of(Samples.minimalSource()), out);
    InputStream in = new ByteArrayInputStream(out.toByteArray()) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    try (Stream<Source> s = JSON.readLines(in, Source.class)) {
      assertThat(s).containsExactly(Samples.minimalSource());
    }

    assertThat(closed).containsExactly(false, false);
  }

  @Test
  void valuesOfDifferentTypesCanBeWrittenTogether() {
    List<Object> mixed = List.of(Samples.minimalSource(), Samples.minimalObservation());

    String[] text = new String(lines(JSON, mixed), StandardCharsets.UTF_8).split("\n");

    assertThat(JSON.read(text[0], Source.class)).isEqualTo(Samples.minimalSource());
    assertThat(JSON.read(text[1], Observation.class)).isEqualTo(Samples.minimalObservation());
  }

  @Test
  void aValueOutsideTheModelStopsWritingAfterTheLinesBeforeIt() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> JSON.writeLines(List.of(Samples.minimalSource(), "text"), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String is not a type of the migov model");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(JSON.write(Samples.minimalSource()) + "\n");
  }

  // ----- reading what is not one document per line

  @Test
  void blankLinesAreSkipped() {
    String a = JSON.write(Samples.minimalSource());
    String b = JSON.write(Samples.fullSource());
    String text = "\n" + a + "\n\n   \n\t\r\n" + b + "\r\n\n";

    assertThat(read(text, Source.class))
        .containsExactly(Samples.minimalSource(), Samples.fullSource());
  }

  @Test
  void theLastLineNeedsNoLineEndAndCrLfIsAccepted() {
    String text = JSON.write(Samples.minimalSource()) + "\r\n" + JSON.write(Samples.fullSource());

    assertThat(read(text, Source.class))
        .containsExactly(Samples.minimalSource(), Samples.fullSource());
  }

  @Test
  void emptyInputHasNoLines() {
    assertThat(read("", Source.class)).isEmpty();
    assertThat(read("\n\n \r\n", Source.class)).isEmpty();
  }

  @Test
  void aByteOrderMarkBeforeTheFirstLineIsAccepted() {
    String text = "\uFEFF" + JSON.write(Samples.minimalSource()) + "\n";

    assertThat(read(text, Source.class)).containsExactly(Samples.minimalSource());
  }

  @Test
  void aBadLineInTheMiddleEndsTheStreamNamingItsLineNumber() {
    String good = JSON.write(Samples.minimalSource());
    String text = good + "\n\n" + good + "\n{\"format_version\":\"1.0\",\"title\":7}\n" + good + "\n";
    List<Source> before = new ArrayList<>();

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class, () -> {
      try (Stream<Source> s = JSON.readLines(new ByteArrayInputStream(utf8(text)), Source.class)) {
        s.forEach(before::add);
      }
    });

    assertThat(before).as("the lines before it are read").hasSize(2);
    assertThat(e.lineNumber()).isEqualTo(4);
    assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(33);
    assertThat(e.detail()).isEqualTo("expected a string but found a number");
    assertThat(e.getMessage()).isEqualTo("JSON Lines line 4: wrong type at '/title' "
        + "(line 1, column 33): expected a string but found a number");
  }

  @Test
  void aPrettyDocumentIsNotJsonLines() {
    String text = JSON.pretty().write(Samples.minimalSource());

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> read(text, Source.class));

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.lineNumber()).isEqualTo(1);
    assertThat(e.detail()).isEqualTo("Unexpected end-of-input: expected close marker for Object");
  }

  @Test
  void badLinesAreReportedAndAllOthersRead() {
    String good = JSON.write(Samples.minimalSource());
    String other = JSON.write(Samples.fullSource());
    List<String> text = List.of(
        good,                                                    // 1
        "{\"format_version\":\"1.0\",\"title\":",                // 2 malformed
        other,                                                   // 3
        "",                                                      // 4 blank
        "{\"format_version\":\"1.0\"}",                          // 5 no publisher, title, URL
        "{\"title\":\"no version\"}",                            // 6 no format_version
        good + " " + good,                                       // 7 two documents
        "{\"format_version\":\"1.0\",\"title\":\"t\",\"x\":1}",  // 8 unknown property
        "[]",                                                    // 9 not an object
        other);                                                  // 10
    List<MigovJsonException> errors = new ArrayList<>();

    List<Source> read;
    try (Stream<Source> s = JSON.readLinesSkippingErrors(
        new ByteArrayInputStream(utf8(String.join("\n", text))), Source.class, errors::add)) {
      read = s.toList();
    }

    assertThat(read).containsExactly(Samples.minimalSource(), Samples.fullSource(),
        Samples.fullSource());
    assertThat(errors).extracting(MigovJsonException::lineNumber).containsExactly(
        2L, 5L, 6L, 7L, 8L, 9L);
    assertThat(errors).extracting(MigovJsonException::problem).containsExactly(
        Problem.MALFORMED_JSON, Problem.MODEL_VIOLATION, Problem.UNSUPPORTED_VERSION,
        Problem.TRAILING_CONTENT, Problem.UNKNOWN_PROPERTY, Problem.WRONG_TYPE);
    assertThat(errors).extracting(MigovJsonException::pointer).containsExactly(
        "/title", "", "", "", "/x", "");
    assertThat(errors).allSatisfy(e -> assertThat(e.getMessage())
        .startsWith("JSON Lines line " + e.lineNumber() + ": "));
    assertThat(errors.get(1).violations()).extracting(v -> v.code())
        .containsExactly(org.migov.validation.ViolationCode.SOURCE_UNIDENTIFIED);
  }

  @Test
  void skippingErrorsOnlyReadsAsFarAsAsked() {
    String text = "bad\n" + JSON.write(Samples.minimalSource()) + "\nbad\nbad\n";
    List<MigovJsonException> errors = new ArrayList<>();

    try (Stream<Source> s = JSON.readLinesSkippingErrors(new ByteArrayInputStream(utf8(text)),
        Source.class, errors::add)) {
      Iterator<Source> it = s.iterator();
      assertThat(it.next()).isEqualTo(Samples.minimalSource());
      assertThat(errors).extracting(MigovJsonException::lineNumber).containsExactly(1L);
      assertThat(it.hasNext()).isFalse();
    }
    assertThat(errors).extracting(MigovJsonException::lineNumber).containsExactly(1L, 3L, 4L);
  }

  @Test
  void readingIsLazyAndAFailingStreamIsAnIoErrorAtTheNextLine() {
    byte[] good = utf8(JSON.write(Samples.minimalSource()) + "\n"
        + JSON.write(Samples.fullSource()) + "\n");
    InputStream failing = new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at < good.length) {
          return good[at++];
        }
        throw new IOException("connection reset");
      }
    };
    List<Source> read = new ArrayList<>();

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> JSON.readLines(failing, Source.class).forEach(read::add));

    assertThat(read).containsExactly(Samples.minimalSource(), Samples.fullSource());
    assertThat(e.problem()).isEqualTo(Problem.IO_ERROR);
    assertThat(e.lineNumber()).isEqualTo(3);
    assertThat(e.detail()).isEqualTo("reading failed: connection reset");
    assertThat(e).hasCauseInstanceOf(IOException.class);
  }

  // ----- limits per line

  @Test
  void aLineLongerThanTheLimitIsReportedAndSkipped() {
    MigovJson limited = MigovJson.builder().maxDocumentBytes(100).build();
    String good = JSON.write(Samples.minimalSource());
    String prefix = "{\"format_version\":\"1.0\",\"title\":\"";
    String exactly = prefix + "a".repeat(100 - prefix.length() - 2) + "\"}";
    String tooLong = "{\"format_version\":\"1.0\",\"title\":\"" + "a".repeat(5000) + "\"}";
    assertThat(utf8(exactly)).hasSize(100);
    String text = good + "\n" + tooLong + "\n" + exactly + "\r\n" + exactly + "x\n" + good;
    List<MigovJsonException> errors = new ArrayList<>();

    List<Source> read = limited.readLinesSkippingErrors(new ByteArrayInputStream(utf8(text)),
        Source.class, errors::add).toList();

    assertThat(read).extracting(s -> s.title().orElseThrow()).containsExactly(
        Samples.minimalSource().title().orElseThrow(), "a".repeat(65),
        Samples.minimalSource().title().orElseThrow());
    assertThat(errors).hasSize(2).allSatisfy(e -> {
      assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.detail()).isEqualTo("the line is longer than the limit of 100 bytes");
    });
    assertThat(errors).extracting(MigovJsonException::lineNumber).containsExactly(2L, 4L);
    assertThat(errors.get(0).getMessage()).isEqualTo("JSON Lines line 2: limit exceeded at '' "
        + "(line 1, column 1): the line is longer than the limit of 100 bytes");
  }

  @Test
  void aLongBlankLineIsStillTooLong() {
    MigovJson limited = MigovJson.builder().maxDocumentBytes(10).build();
    String text = " ".repeat(50) + "\n";

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> limited.readLines(new ByteArrayInputStream(utf8(text)), Source.class).toList());

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.lineNumber()).isEqualTo(1);
  }

  @Test
  void theStreamAsAWholeIsNotLimitedBySize() {
    MigovJson limited = MigovJson.builder().maxDocumentBytes(200).build();
    List<Observation> observations = observations(2000);
    byte[] text = lines(JSON, observations);
    assertThat(text.length).isGreaterThan(100_000);

    assertThat(limited.readLines(new ByteArrayInputStream(text), Observation.class).toList())
        .isEqualTo(observations);
  }

  @Test
  void otherLimitsApplyToEachLine() {
    MigovJson limited = MigovJson.builder().maxStringLength(10).build();
    String text = "{\"format_version\":\"1.0\",\"title\":\"short\"}\n"
        + "{\"format_version\":\"1.0\",\"title\":\"much too long\"}\n";

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> limited.readLines(new ByteArrayInputStream(utf8(text)), Source.class).toList());

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.lineNumber()).isEqualTo(2);
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.detail()).isEqualTo("String value length (13) exceeds the maximum allowed (10, "
        + "from `StreamReadConstraints.getMaxStringLength()`)");
  }

  @Test
  void aTypeOutsideTheModelIsRefusedAtOnce() {
    assertThatThrownBy(() -> JSON.readLines(new ByteArrayInputStream(new byte[0]), String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String is not a type of the migov model");
  }

  @Test
  void seriesLinesKeepTheirObservations() {
    RemittanceSeries fy = Samples.fullRemittanceSeries();
    RemittanceSeries april = Samples.minimalRemittanceSeries().toBuilder()
        .frequency(org.migov.model.Frequency.fiscalYear(Month.APRIL))
        .addObservations(Period.ofFiscalYear(2025, Month.APRIL), new BigDecimal("1E+40"))
        .build();

    List<RemittanceSeries> back = JSON.readLines(
        new ByteArrayInputStream(lines(JSON, List.of(fy, april))), RemittanceSeries.class).toList();

    assertThat(back).containsExactly(fy, april);
    assertThat(back.get(1).observations().get(0).value()).isEqualTo(new BigDecimal("1E+40"));
  }
}
