package org.migov.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.io.csv.MigovCsvException.Problem;
import org.migov.model.RemittanceSeries;
import org.migov.testing.SeedArticle;

/**
 * A hostile corpus of tidy observation tables: each fails with a {@link MigovCsvException} of the
 * expected kind naming its row, and nothing else escapes.
 */
class CsvHostileTest {
  static final String OK = RemittanceCsvTest.observations(List.of(SeedArticle.remittances()));
  static final String HEADER = OK.substring(0, OK.indexOf("\r\n") + 2);
  static final String ROW = OK.substring(HEADER.length(), OK.indexOf("\r\n", HEADER.length()) + 2);

  static Arguments doc(String name, String text, Problem problem, long row) {
    return Arguments.of(name, text, problem, row);
  }

  static Arguments row(String name, String from, String to, Problem problem) {
    if (!ROW.contains(from)) {
      throw new IllegalStateException(name + ": the row lacks " + from);
    }
    return doc(name, HEADER + ROW.replace(from, to), problem, 2);
  }

  static Stream<Arguments> corpus() {
    List<Arguments> c = new ArrayList<>();
    c.add(doc("empty", "", Problem.EMPTY_INPUT, -1));
    c.add(doc("header only missing columns", "series_id\r\n", Problem.WRONG_HEADER, 1));
    c.add(doc("unknown column", HEADER.replace("value", "amount"), Problem.WRONG_HEADER, 1));
    c.add(doc("column twice", HEADER.replace("status", "value"), Problem.WRONG_HEADER, 1));
    c.add(doc("extra column", HEADER.replace("\r\n", ",extra\r\n"), Problem.WRONG_HEADER, 1));
    c.add(doc("too many cells", HEADER + ROW.replace("\r\n", ",x,y\r\n"),
        Problem.WRONG_ROW_LENGTH, 2));
    c.add(doc("too few cells", HEADER + "pak-remittances-inflow,PAK\r\n",
        Problem.WRONG_ROW_LENGTH, 2));
    c.add(doc("unclosed quote", HEADER + "\"pak" + ROW, Problem.MALFORMED_CSV, 2));
    c.add(doc("long cell", HEADER + ROW.replace("PAK,", "PAK" + "x".repeat(200_000) + ","),
        Problem.LIMIT_EXCEEDED, 2));
    c.add(doc("row of unknown series then consistent", HEADER + ROW + ROW.replace(",PAK,", ",HUN,"),
        Problem.INCONSISTENT, 3));
    c.add(doc("same period twice", HEADER + ROW + ROW, Problem.MODEL_VIOLATION, 3));
    c.add(row("series id invalid", "pak-remittances-inflow", "PAK Remittances",
        Problem.INVALID_VALUE));
    c.add(row("series id empty", "pak-remittances-inflow", "", Problem.INVALID_VALUE));
    c.add(row("reporter lower case", ",PAK,", ",pak,", Problem.INVALID_VALUE));
    c.add(row("reporter alpha-2", ",PAK,", ",PK,", Problem.INVALID_VALUE));
    c.add(row("reporter empty", ",PAK,", ",,", Problem.INVALID_VALUE));
    c.add(row("counterpart unknown", ",PAK,,", ",PAK,ZZZ,", Problem.INVALID_VALUE));
    c.add(row("direction unknown", ",inflow,", ",in,", Problem.INVALID_VALUE));
    c.add(row("direction upper case", ",inflow,", ",INFLOW,", Problem.INVALID_VALUE));
    c.add(row("measure unknown", ",unspecified,", ",remittances,", Problem.INVALID_VALUE));
    c.add(row("frequency unknown", ",irregular,", ",weekly,", Problem.INVALID_VALUE));
    c.add(row("currency unknown", ",USD,", ",XYZ,", Problem.INVALID_VALUE));
    c.add(row("currency lower case", ",USD,", ",usd,", Problem.INVALID_VALUE));
    c.add(row("unit multiplier negative", ",USD,9,", ",USD,-9,", Problem.INVALID_VALUE));
    c.add(row("unit multiplier too big", ",USD,9,", ",USD,19,", Problem.MODEL_VIOLATION));
    c.add(row("unit multiplier words", ",USD,9,", ",USD,nine,", Problem.INVALID_VALUE));
    c.add(row("period invalid", "2024-07/2025-05,", "2024-13,", Problem.INVALID_VALUE));
    c.add(row("period reversed", "2024-07/2025-05,", "2025-05/2024-07,", Problem.INVALID_VALUE));
    c.add(row("period start wrong", ",2024-07-01,", ",2024-07-02,", Problem.INCONSISTENT));
    c.add(row("period end wrong", ",2025-05-31,", ",2025-05-30,", Problem.INCONSISTENT));
    c.add(row("value empty", ",34.9,", ",,", Problem.INVALID_VALUE));
    c.add(row("value words", ",34.9,", ",lots,", Problem.INVALID_VALUE));
    c.add(row("value with comma", ",34.9,", ",\"34,9\",", Problem.INVALID_VALUE));
    c.add(row("value with spaces", ",34.9,", ", 34.9,", Problem.INVALID_VALUE));
    c.add(row("value NaN", ",34.9,", ",NaN,", Problem.INVALID_VALUE));
    c.add(row("value infinity", ",34.9,", ",Infinity,", Problem.INVALID_VALUE));
    c.add(row("value huge exponent", ",34.9,", ",1e999999999,", Problem.LIMIT_EXCEEDED));
    c.add(row("value exponent too long", ",34.9,", ",1e9999999999,", Problem.INVALID_VALUE));
    c.add(row("value very long", ",34.9,", "," + "9".repeat(300) + ",", Problem.INVALID_VALUE));
    c.add(row("status unknown", ",normal,", ",final,", Problem.INVALID_VALUE));
    c.add(row("qualifier unknown", ",exact,", ",roughly,", Problem.INVALID_VALUE));
    c.add(row("source unidentified", ",exact,,,,,,,\r\n",
        ",exact,,,,2025,news_article,Lahore,2025-07\r\n", Problem.INVALID_VALUE));
    c.add(row("source kind unknown", ",exact,,,,,,,\r\n", ",exact,A,,,,blog,,\r\n",
        Problem.INVALID_VALUE));
    c.add(row("source kind upper case", ",exact,,,,,,,\r\n",
        ",exact,A,,,,NEWS_ARTICLE,,\r\n", Problem.INVALID_VALUE));
    c.add(row("source accessed invalid", ",exact,,,,,,,\r\n", ",exact,A,,,,,,2025-13\r\n",
        Problem.INVALID_VALUE));
    c.add(row("blank source dateline", ",exact,,,,,,,\r\n", ",exact,A,,,,, ,\r\n",
        Problem.INVALID_VALUE));
    c.add(row("source url not ascii", ",exact,,,,", ",exact,A,,https://x.org/\u00e9,",
        Problem.INVALID_VALUE));
    c.add(row("source url not http", ",exact,,,,", ",exact,A,,ftp://x.org/a,",
        Problem.INVALID_VALUE));
    c.add(row("source url broken", ",exact,,,,", ",exact,A,,http://x y,",
        Problem.INVALID_VALUE));
    c.add(row("source date invalid", ",exact,,,,", ",exact,A,,,2025-02-30",
        Problem.INVALID_VALUE));
    c.add(row("blank source title", ",exact,,,,", ",exact, ,,,", Problem.INVALID_VALUE));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void hostileTableFailsWithItsProblemAndRow(String name, String text, Problem problem,
      long row) {
    assertThatThrownBy(() -> RemittanceCsv.defaults().readObservations(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(MigovCsvException.class, e -> {
          assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
          assertThat(e.row()).as(e.getMessage()).isEqualTo(row);
          assertThat(e.file()).isEqualTo(RemittanceCsv.OBSERVATIONS_FILE);
          if (problem == Problem.INVALID_VALUE) {
            assertThat(e.column()).as(e.getMessage()).isNotEmpty();
          }
        });
  }

  @Test
  void theCorpusHoldsAtLeastFortyDocuments() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void aValueOfMoreDigitsThanTheModelHoldsIsRefusedAtItsCellWithOrWithoutASource() {
    String digits = "1" + "3".repeat(107) + ".2";
    String plain = ROW.replace(",34.9,", "," + digits + ",");
    String sourced = plain.replace(",,,,,,,\r\n", ",A report,,,,,,\r\n");
    assertThat(sourced).isNotEqualTo(plain);
    for (String row : List.of(plain, sourced)) {
      assertThatThrownBy(() -> RemittanceCsv.defaults().readObservations(new ByteArrayInputStream(
          (HEADER + ROW.replace("2023", "2022") + row).getBytes(StandardCharsets.UTF_8))))
          .isInstanceOfSatisfying(MigovCsvException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("value");
            assertThat(e.detail()).contains("has 109 significant digits").contains("at most 90");
          });
    }
  }

  @Test
  void theBaseRowReads() {
    List<RemittanceSeries> read = RemittanceCsv.defaults().readObservations(
        new ByteArrayInputStream((HEADER + ROW).getBytes(StandardCharsets.UTF_8)));
    assertThat(read).hasSize(1);
  }
}
