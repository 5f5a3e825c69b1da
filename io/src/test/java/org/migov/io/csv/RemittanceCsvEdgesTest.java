package org.migov.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migov.io.csv.RemittanceCsvTest.CSV;
import static org.migov.io.csv.RemittanceCsvTest.fails;
import static org.migov.io.csv.RemittanceCsvTest.in;
import static org.migov.io.csv.RemittanceCsvTest.observations;
import static org.migov.io.csv.RemittanceCsvTest.read;
import static org.migov.io.csv.RemittanceCsvTest.series;
import static org.migov.io.csv.RemittanceCsvTest.sources;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.ClosingRecorder;
import org.migov.io.csv.MigovCsvException.Problem;
import org.migov.model.RemittanceSeries;
import org.migov.testing.SeedArticle;

/**
 * The tidy CSV tables at their edges: the smallest limits, rows of the wrong length, blank lines,
 * a byte order mark, long names cut in messages, the whole text of messages, currencies at the
 * ends of the alphabet and sources out of order.
 */
class RemittanceCsvEdgesTest {
  static final List<RemittanceSeries> SEED = List.of(SeedArticle.remittances());
  static final String O = "remittance-observations.csv";

  static MigovCsvException failure(Runnable r) {
    try {
      r.run();
    } catch (MigovCsvException e) {
      return e;
    }
    throw new AssertionError("the tables were read without an error");
  }

  @Test
  void limitsOfOneAreTheSmallestAccepted() {
    RemittanceCsv tiny = RemittanceCsv.withLimits(1, 1, 1);
    fails(Problem.LIMIT_EXCEEDED, "remittance-series.csv", 1, "", "a cell is longer than 1 "
        + "characters", () -> tiny.read(in(series(SEED)), in(sources(SEED)),
        in(observations(SEED))));
    for (int[] limits : new int[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}}) {
      assertThatThrownBy(() -> RemittanceCsv.withLimits(limits[0], limits[1], limits[2]))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("limits are at least 1");
    }
  }

  @Test
  void twoSeriesOfOneIdAreRefusedBeforeAnyFileIsWritten(@TempDir Path dir) {
    Path out = dir.resolve("out");
    RemittanceSeries s = SeedArticle.remittances();
    assertThatThrownBy(() -> CSV.write(List.of(s, s.toBuilder().title("again").build()), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two series have the id pak-remittances-inflow");
    assertThat(out).doesNotExist();
  }

  @Test
  void aRowOfTooManyCellsIsRefusedAsSoonAsItHasOneBeyondTheHeader() {
    String obs = observations(SEED);
    // 22 columns: one cell more is counted against the header, two more stop the reading
    fails(Problem.WRONG_ROW_LENGTH, O, 2, "", "the row has 23 cells but the header 22",
        () -> CSV.readObservations(in(obs.replaceFirst(",34\\.9,", ",34.9,x,"))));
    MigovCsvException e = failure(
        () -> CSV.readObservations(in(obs.replaceFirst(",34\\.9,", ",34.9,x,y,"))));
    assertThat(e.problem()).isEqualTo(Problem.WRONG_ROW_LENGTH);
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.detail()).isEqualTo("the row has more cells than the 22 columns of the table");
  }

  @Test
  void blankLinesBetweenRowsAreSkipped() {
    String obs = observations(SEED);
    int second = obs.indexOf("\r\n", obs.indexOf("\r\n") + 2) + 2;
    String blank = obs.substring(0, second) + "\r\n" + obs.substring(second);
    assertThat(CSV.readObservations(in(blank))).isEqualTo(CSV.readObservations(in(obs)))
        .containsExactly(SEED.get(0).toBuilder().title((String) null).sources(List.of())
            .build());
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    assertThat(read("\uFEFF" + series(SEED), "\uFEFF" + sources(SEED),
        "\uFEFF" + observations(SEED))).isEqualTo(SEED);
  }

  @Test
  void anUnknownColumnOfMoreThanFortyCharactersIsCutInTheMessage() {
    String forty = "c".repeat(40);
    String obs = observations(SEED);
    fails(Problem.WRONG_HEADER, O, 1, forty, "the table has no column '" + forty + "'",
        () -> CSV.readObservations(in(obs.replaceFirst(",value,", "," + forty + ","))));
    MigovCsvException e = failure(
        () -> CSV.readObservations(in(obs.replaceFirst(",value,", "," + forty + "d,"))));
    assertThat(e.column()).isEqualTo(forty + "…");
    assertThat(e.detail()).isEqualTo("the table has no column '" + forty + "…'");
    String pair = "c".repeat(39) + "\uD83D\uDE00d";
    MigovCsvException cut = failure(
        () -> CSV.readObservations(in(obs.replaceFirst(",value,", "," + pair + ","))));
    assertThat(cut.column()).isEqualTo("c".repeat(39) + "…");
  }

  @Test
  void messagesNameTheFileRowAndColumnThatAreKnown() {
    String obs = observations(SEED);
    assertThat(failure(() -> CSV.readObservations(in(obs.replaceFirst(",34\\.9,", ",34.9x,"))))
        .getMessage()).isEqualTo("invalid value in remittance-observations.csv, row 2, column "
            + "value: '34.9x' is not a decimal number");
    assertThat(failure(() -> read(series(SEED), "", obs)).getMessage())
        .isEqualTo("empty input in remittance-sources.csv: the table has no header");
    MigovCsvException quote = failure(
        () -> CSV.readObservations(in(obs.replaceFirst(",34\\.9,", ",\"34.9,"))));
    assertThat(quote.problem()).isEqualTo(Problem.MALFORMED_CSV);
    assertThat(quote.row()).isEqualTo(2);
    assertThat(quote.column()).isEmpty();
    assertThat(quote.getMessage()).isEqualTo(
        "malformed csv in remittance-observations.csv, row 2: Missing closing quote for value");
  }

  @Test
  void currenciesWithTheFirstAndLastLettersRoundTrip() {
    RemittanceSeries rand = SeedArticle.remittances().toBuilder()
        .currency(Currency.getInstance("ZAR")).build();
    List<RemittanceSeries> one = List.of(rand);
    assertThat(read(series(one), sources(one), observations(one))).containsExactly(rand);
    fails(Problem.INVALID_VALUE, "remittance-series.csv", 2, "currency",
        "'ZZA' is not an ISO 4217 currency code",
        () -> read(series(one).replace(",ZAR,", ",ZZA,"), sources(one),
            observations(one).replace(",ZAR,", ",ZZA,")));
  }

  @Test
  void sourcesMustComeInTheOrderOfTheirPositions() {
    List<RemittanceSeries> one = List.of(RemittanceCsvTest.withSources());
    String sources = sources(one);
    fails(Problem.INCONSISTENT, "remittance-sources.csv", 2, "position",
        "source 1 of series 'pak-remittances-inflow' is next, not '2'",
        () -> read(series(one), sources.replaceFirst("pak-remittances-inflow,1,",
            "pak-remittances-inflow,2,"), observations(one)));
  }

  @Test
  void aValueOfTwoHundredAndFiftyCharactersReachesTheModelsRule() {
    String digits = "1" + "0".repeat(249);
    String obs = observations(SEED);
    MigovCsvException e = failure(
        () -> CSV.readObservations(in(obs.replaceFirst(",34\\.9,", "," + digits + ","))));
    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.detail()).isEqualTo("'value' has 250 significant digits and the exponent 0; "
        + "a value has at most 90 digits and an exponent within 100 either way");
    fails(Problem.INVALID_VALUE, O, 2, "value", "'" + digits.substring(0, 40)
        + "…' is not a decimal number",
        () -> CSV.readObservations(in(obs.replaceFirst(",34\\.9,", "," + digits + "0,"))));
  }

  @Test
  void aPeriodTwiceInASeriesIsNamedWithItsRow() {
    String obs = observations(SEED);
    String[] lines = obs.split("\r\n");
    String twice = obs + lines[1] + "\r\n";
    MigovCsvException e = failure(() -> CSV.readObservations(in(twice)));
    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.row()).isEqualTo(4);
    assertThat(e.column()).isEqualTo("period");
    assertThat(e.detail()).startsWith("series '" + SEED.get(0).id().value()
        + "' has this period twice: ").endsWith("the period 2024-07/2025-05 appears more than once");
  }

  private static ClosingRecorder recorder(String text) {
    return new ClosingRecorder(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theCallersStreamsAreReadToTheirEndAndNotClosed() {
    ClosingRecorder s = recorder(series(SEED));
    ClosingRecorder src = recorder(sources(SEED));
    ClosingRecorder obs = recorder(observations(SEED));
    assertThat(CSV.read(s, src, obs)).isEqualTo(SEED);
    ClosingRecorder alone = recorder(observations(SEED));
    assertThat(CSV.readObservations(alone)).hasSize(SEED.size());
    for (ClosingRecorder r : List.of(s, src, obs, alone)) {
      assertThat(r.closed()).as("closed").isFalse();
      assertThat(r.available()).as("bytes left").isZero();
    }
  }

  @Test
  void bytesThatAreNoUtf8AreMalformedCsvAtTheirOffset() {
    byte[] text = observations(SEED).getBytes(StandardCharsets.UTF_8);
    int third = observations(SEED).indexOf("\r\n", observations(SEED).indexOf("\r\n") + 2) + 2;
    text[third] = (byte) 0xff;
    MigovCsvException e = failure(() -> CSV.readObservations(new java.io.ByteArrayInputStream(text)));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_CSV);
    // decoded ahead of the rows: the row is unknown, the byte's place (counted from 1) is given
    assertThat(e.row()).isEqualTo(-1);
    assertThat(e.detail()).startsWith("Invalid UTF-8 start byte 0xff (at char #" + (third + 1)
        + ", byte #" + (third + 1) + ")");
  }

  @Test
  void anInvalidDateNamesTheModelsRule() {
    List<RemittanceSeries> one = List.of(RemittanceCsvTest.withSources());
    MigovCsvException e = failure(() -> read(series(one),
        sources(one).replace(",2025-06-21,", ",2025-13-21,"), observations(one)));
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.column()).isEqualTo("published");
    assertThat(e.detail()).isEqualTo("'2025-13-21' is not a date: use yyyy, yyyy-MM or "
        + "yyyy-MM-dd with years 1 to 9999");
  }

  @Test
  void whatIsWrittenToABufferedStreamHasReachedItsTargetWhenWritingReturns() {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    BufferedOutputStream buffered = new BufferedOutputStream(target, 1 << 16);
    CSV.writeObservations(SEED, buffered);
    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo(observations(SEED));
  }
}
