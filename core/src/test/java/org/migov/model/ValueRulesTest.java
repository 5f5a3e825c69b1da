package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * The rules on values that the model, the JSON reader and the JSON Schema share, so that every
 * object a builder accepts is written and read back equal: blank text as ECMAScript's {@code \s}
 * defines it, no lone surrogates, decimals of at most 90 digits and an exponent within 100 either
 * way, URLs of printable ASCII of at most 8,000 characters; and sums beyond them are refused, not
 * rounded.
 */
class ValueRulesTest {
  static Violation only(Runnable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "\ufeff", "\u2007", "\u202f", " \u3000\t\u000b\u2028",
      "\u1680\u205f\u2029\r\n\f"})
  void textOfEcmaScriptWhiteSpaceIsBlank(String blank) {
    Violation v = only(() -> Source.builder().title(blank).build());

    assertThat(v.code()).isEqualTo(ViolationCode.TEXT_BLANK);
    assertThat(v.path()).isEqualTo("source.title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u001c", "\u001f", "\u0085", "\u200b", "\u180e"})
  void otherCharactersAreTextAsTheSchemasPatternSays(String text) {
    assertThat(Source.builder().title(text).build().title()).hasValue(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "a\udc00", "\udc00\ud800", "ok\ud83d"})
  void loneSurrogatesAreRefused(String text) {
    Violation v = only(() -> Source.builder().title(text).build());

    assertThat(v.code()).isEqualTo(ViolationCode.TEXT_INVALID);
    assertThat(v.code().code()).isEqualTo("text.invalid");
    assertThat(v.message()).contains("lone surrogate").doesNotContainPattern("[\\ud800-\\udfff]");
  }

  @Test
  void aValidPairIsText() {
    assertThat(Source.builder().title("\ud83d\ude00").build().title()).hasValue("\ud83d\ude00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e100", "1e-100", "-0.000001", "9e-6", "1e-7"})
  void decimalsWithinTheRangeAreHeld(String value) {
    BigDecimal v = new BigDecimal(value);
    assertThat(Observation.of(Period.ofYear(2024), v).value()).isEqualTo(v);
    assertThat(new BigDecimal("9".repeat(90)).precision()).isEqualTo(90);
    assertThat(Observation.of(Period.ofYear(2024), new BigDecimal("9".repeat(90))).value())
        .hasToString("9".repeat(90));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e101", "1e-101", "1E+400"})
  void decimalsWithAnExponentBeyondOneHundredAreRefused(String value) {
    Violation v = only(() -> Observation.of(Period.ofYear(2024), new BigDecimal(value)));

    assertThat(v.code()).isEqualTo(ViolationCode.VALUE_OUT_OF_RANGE);
    assertThat(v.path()).isEqualTo("observation.value");
    assertThat(v.message()).startsWith("'value' has 1 significant digits and the exponent ");
  }

  @Test
  void decimalsOfMoreThanNinetyDigitsAreRefusedInObservationsSeriesAndFigures() {
    BigDecimal wide = new BigDecimal("1".repeat(91));

    assertThat(only(() -> Observation.of(Period.ofYear(2024), wide)).message()).isEqualTo(
        "'value' has 91 significant digits and the exponent 0; a value has at most 90 digits "
            + "and an exponent within 100 either way");
    assertThat(only(() -> Figure.builder().value(wide).addCounts(Counted.DELEGATES).build())
        .path()).isEqualTo("figure.value");
    Violation v = only(() -> series().addObservations(Period.ofYear(2023), BigDecimal.ONE)
        .addObservations(Period.ofYear(2024), wide).build());
    assertThat(v.path()).isEqualTo("remittanceSeries.observations[1].value");
    assertThat(v.code()).isEqualTo(ViolationCode.VALUE_OUT_OF_RANGE);
  }

  @Test
  void aSumBeyondTheRangeIsRefusedWithAClearErrorNotRounded() {
    RemittanceSeries s = series().frequency(Frequency.QUARTERLY)
        .addObservations(Period.ofQuarter(2024, 1), new BigDecimal("1e60"))
        .addObservations(Period.ofQuarter(2024, 2), new BigDecimal("1e-60"))
        .addObservations(Period.ofQuarter(2024, 3), BigDecimal.ONE)
        .addObservations(Period.ofQuarter(2024, 4), BigDecimal.ONE)
        .build();

    assertThatThrownBy(() -> s.aggregate(Frequency.ANNUAL))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("the sum over 2024 is exact with 121 significant digits and the exponent "
            + "-60, beyond what an observation holds (90 digits, an exponent within 100 either "
            + "way): the values aggregated differ too much in magnitude");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/\u00fc", "https://example.org/\u4e2d\u6587"})
  void urlsOfOtherThanPrintableAsciiAreRefused(String url) {
    Violation v = only(() -> Source.builder().title("T").url(URI.create(url)).build());

    assertThat(v.code()).isEqualTo(ViolationCode.URL_INVALID);
    assertThat(v.message()).endsWith("holds characters other than printable ASCII; write them "
        + "percent-encoded (RFC 3986)");
  }

  @Test
  void urlsUpToEightThousandCharactersAreHeld() {
    String at = "https://example.org/";
    URI longest = URI.create(at + "a".repeat(8_000 - at.length()));
    assertThat(Source.builder().title("T").url(longest).build().url()).contains(longest);

    Violation v = only(() -> Source.builder().title("T")
        .url(URI.create(longest + "b")).build());
    assertThat(v.code()).isEqualTo(ViolationCode.URL_INVALID);
    assertThat(v.message()).isEqualTo("the URL has 8001 characters, more than the 8000 allowed");
  }

  static RemittanceSeries.Builder series() {
    return RemittanceSeries.builder().id(SeriesId.of("pak-inflows"))
        .reporter(CountryCode.of("PAK")).direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.PERSONAL_REMITTANCES).currency(Currency.getInstance("USD"))
        .frequency(Frequency.ANNUAL);
  }
}
