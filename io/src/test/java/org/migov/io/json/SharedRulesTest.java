package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.CountryCode;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.Period;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.SeriesId;
import org.migov.model.Source;

/**
 * The model, the reader and the shipped schema apply one rule to each kind of value: a document
 * the reader accepts, the schema accepts, and one it refuses for the value, the schema refuses
 * too; and the library never writes what it then refuses to read.
 */
class SharedRulesTest {
  static final MigovJson JSON = MigovJson.defaults();

  static String source(String titleJson, String urlJson) {
    return "{\"format_version\":\"1.0\",\"title\":" + titleJson
        + (urlJson.isEmpty() ? "" : ",\"url\":" + urlJson) + "}";
  }

  @ParameterizedTest(name = "title {0}, url {1}: accepted {2}")
  @CsvSource(delimiter = '|', value = {
      "'\"\\u00a0\"'|''|false", "'\"\\ufeff\"'|''|false", "'\"\\u2007\"'|''|false",
      "'\"\\u202f\"'|''|false", "'\"\\u3000 \\t\"'|''|false", "'\"\\u001c\"'|''|true",
      "'\"\\u200b\"'|''|true", "'\"T\"'|'\"https://example.org/\\u00fc\"'|false",
      "'\"T\"'|'\"https://example.org/caf%C3%A9\"'|true",
      "'\"T\"'|'\"https://example.org/a b\"'|false"})
  void theReaderAndTheSchemaAgree(String title, String url, boolean accepted) {
    String doc = source(title, url);
    boolean read;
    try {
      Source s = JSON.read(doc, Source.class);
      assertThat(JSON.read(JSON.write(s), Source.class)).isEqualTo(s);
      read = true;
    } catch (MigovJsonException e) {
      assertThat(e.problem()).isIn(Problem.MODEL_VIOLATION, Problem.INVALID_VALUE);
      read = false;
    }

    assertThat(read).as("read").isEqualTo(accepted);
    assertThat(SchemaCheck.errors(doc).isEmpty()).as("valid by the schema").isEqualTo(accepted);
  }

  @Test
  void aUrlOfMoreThanEightThousandCharactersIsRefusedByBoth() {
    String longest = "https://example.org/" + "a".repeat(7_980);
    String url = longest + "a";
    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> JSON.read(source("\"T\"", "\"" + url + "\""), Source.class));

    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.pointer()).isEqualTo("/url");
    assertThat(SchemaCheck.errors(source("\"T\"", "\"" + url + "\""))).isNotEmpty();
    assertThat(JSON.read(source("\"T\"", "\"" + longest + "\""), Source.class).url())
        .hasValueSatisfying(u -> assertThat(u.toString()).hasSize(8_000));
    assertThat(SchemaCheck.errors(source("\"T\"", "\"" + longest + "\""))).isEmpty();
  }

  static RemittanceSeries.Builder series() {
    return RemittanceSeries.builder().id(SeriesId.of("s")).reporter(CountryCode.of("PAK"))
        .direction(FlowDirection.INFLOW).measure(RemittanceMeasure.OTHER)
        .currency(Currency.getInstance("USD")).frequency(Frequency.QUARTERLY);
  }

  @Test
  void aSeriesOfValuesFarApartRoundTripsAndItsSumIsRefusedNotWritten() {
    RemittanceSeries s = series()
        .addObservations(Period.ofQuarter(2024, 1), new BigDecimal("1e60"))
        .addObservations(Period.ofQuarter(2024, 2), new BigDecimal("1e-60"))
        .addObservations(Period.ofQuarter(2024, 3), BigDecimal.ONE)
        .addObservations(Period.ofQuarter(2024, 4), BigDecimal.ONE)
        .build();

    assertThat(JSON.read(JSON.write(s), RemittanceSeries.class)).isEqualTo(s);
    assertThatThrownBy(() -> s.aggregate(Frequency.ANNUAL))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("the sum over 2024 is exact with 121 significant digits");
  }

  @Test
  void aValueOfNinetyOneDigitsIsRefusedByTheReaderAsByTheModel() {
    String doc = JSON.write(series().addObservations(Period.ofQuarter(2024, 1),
        new BigDecimal("9".repeat(90))).build()).replace("9".repeat(90), "9".repeat(91));

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> JSON.read(doc, RemittanceSeries.class));

    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.pointer()).isEqualTo("/observations/0/value");
    assertThat(e.violations()).extracting(v -> v.code().code()).containsExactly(
        "value.out_of_range");
  }
}
