package org.migov.io.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migov.io.sdmx.SdmxException.Problem;
import org.migov.model.CountryCode;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.PartialDate;
import org.migov.model.Period;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.Source;

/**
 * Reading the official SDMX-JSON samples of {@code src/test/resources/interop/sdmx-json} (see the
 * README there), asserting against the files' content, and messages written for the test.
 */
class SdmxReaderTest {
  static final SdmxReader RAW = SdmxReader.builder().build();
  static final SdmxReader REMITTANCES = SdmxReader.builder()
      .measure(RemittanceMeasure.WORKERS_REMITTANCES).direction(FlowDirection.INFLOW).build();

  static byte[] resource(String name) {
    try (InputStream in = SdmxReaderTest.class.getResourceAsStream("/interop/sdmx-json/"
        + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }

  static final Map<String, String> NZD_KEY = Map.of("FREQ", "D", "CURRENCY_DENOM", "EUR",
      "EXR_TYPE", "SP00", "EXR_SUFFIX", "A", "CURRENCY", "NZD");

  @Test
  void version10TimeSeries() {
    SdmxMessage m = RAW.read(resource("v1.0-exr-time-series.json"));
    assertThat(m.version()).isEqualTo("1.0");
    assertThat(m.id()).contains("62b5f19d-f1c9-495d-8446-a3661ed24753");
    assertThat(m.sender()).contains("European Central Bank");
    assertThat(m.prepared()).contains("2012-11-29T08:40:26Z");
    assertThat(m.series()).hasSize(2);
    SdmxSeries nzd = m.series().get(0);
    assertThat(nzd.key()).containsExactlyInAnyOrderEntriesOf(NZD_KEY);
    assertThat(nzd.attributes()).containsExactly(entry("TITLE", "New Zealand dollar (NZD)"));
    assertThat(nzd.pointer()).isEqualTo("/dataSets/0/series/0");
    assertThat(nzd.observations()).extracting(SdmxObservation::timePeriod,
        SdmxObservation::value, SdmxObservation::attributes).containsExactly(
        tuple("2013-01-18", Optional.of(new BigDecimal("1.5931")), Map.of("OBS_STATUS", "A")),
        tuple("2013-01-21", Optional.of(new BigDecimal("1.5925")), Map.of("OBS_STATUS", "A")));
    SdmxSeries rub = m.series().get(1);
    assertThat(rub.key()).containsEntry("CURRENCY", "RUB");
    assertThat(rub.attributes()).containsExactly(entry("TITLE", "Russian rouble (RUB)"));
    assertThat(rub.observations()).extracting(SdmxObservation::timePeriod,
        o -> o.value().orElseThrow()).containsExactly(
        tuple("2013-01-18", new BigDecimal("40.3426")),
        tuple("2013-01-21", new BigDecimal("40.3")));
  }

  @Test
  void version21TimeSeriesReadsAsVersion10Does() {
    SdmxMessage v1 = RAW.read(resource("v1.0-exr-time-series.json"));
    SdmxMessage v2 = RAW.read(resource("v2.1.0-exr-time-series.json"));
    assertThat(v2.version()).isEqualTo("2");
    assertThat(v2.id()).contains("IT1001");
    assertThat(v2.name()).contains("Exchange rate dataflow");
    assertThat(v2.series()).extracting(SdmxSeries::key, SdmxSeries::attributes)
        .containsExactlyElementsOf(v1.series().stream()
            .map(s -> tuple(s.key(), s.attributes())).toList());
    assertThat(v2.series().get(1).observations()).extracting(SdmxObservation::timePeriod,
        SdmxObservation::value, SdmxObservation::attributes)
        .containsExactlyElementsOf(v1.series().get(1).observations().stream()
            .map(o -> tuple(o.timePeriod(), o.value(), o.attributes())).toList());
    assertThat(v2.series().get(0).pointer()).isEqualTo("/data/dataSets/0/series/0");
  }

  @Test
  void flatLayoutGroupsObservationsIntoSeries() {
    SdmxMessage m = RAW.read(resource("v2.1.0-exr-flat.json"));
    assertThat(m.series()).hasSize(2);
    assertThat(m.series().get(0).key()).containsExactlyInAnyOrderEntriesOf(NZD_KEY);
    assertThat(m.series().get(0).observations()).extracting(SdmxObservation::pointer,
        SdmxObservation::timePeriod, SdmxObservation::value, SdmxObservation::attributes)
        .containsExactly(
            tuple("/data/dataSets/0/observations/0:0", "2013-01-18",
                Optional.of(new BigDecimal("1.5931")),
                Map.of("TITLE", "New Zealand dollar (NZD)", "OBS_STATUS", "A")),
            tuple("/data/dataSets/0/observations/0:1", "2013-01-21",
                Optional.of(new BigDecimal("1.5925")),
                Map.of("TITLE", "New Zealand dollar (NZD)", "OBS_STATUS", "A")));
    assertThat(m.series().get(1).observations()).extracting(SdmxObservation::timePeriod,
        o -> o.value().orElseThrow(), o -> o.attributes().get("TITLE")).containsExactly(
        tuple("2013-01-18", new BigDecimal("40.3426"), "Russian rouble (RUB)"),
        tuple("2013-01-21", new BigDecimal("40.3"), "Russian rouble (RUB)"));
  }

  @Test
  void dailyExchangeRatesAreRefusedByNameAsRemittanceSeries() {
    SdmxReader reader = SdmxReader.builder().measure(RemittanceMeasure.OTHER)
        .direction(FlowDirection.INFLOW).refAreaDimension("CURRENCY")
        .area("NZD", CountryCode.of("NZL")).area("RUB", CountryCode.of("RUS"))
        .currency(Currency.getInstance("EUR")).build();
    assertThatThrownBy(() -> reader.readRemittanceSeries(resource("v2.1.0-exr-time-series.json")))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
          assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0/observations/0");
          assertThat(e.detail()).isEqualTo(
              "TIME_PERIOD 2013-01-18 is a day: migov's periods are whole months");
        });
    assertThatThrownBy(() -> REMITTANCES.readRemittanceSeries(
        resource("v1.0-exr-time-series.json")))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
          assertThat(e.pointer()).isEqualTo("/dataSets/0/series/0");
          assertThat(e.detail()).startsWith("the series has no REF_AREA");
        });
  }

  @Test
  void agriculturalSampleWithDatasetAndGroupAttributes() {
    SdmxMessage m = RAW.read(resource("v2.1.0-agri.json"));
    assertThat(m.sender()).contains("National Institute of Statistics of Cambodia");
    assertThat(m.name()).contains("Milled rice");
    assertThat(m.series()).extracting(s -> s.key().get("REF_AREA"))
        .containsExactly("ASIKHM001", "ASIKHM002", "ASIKHM");
    SdmxSeries first = m.series().get(0);
    assertThat(first.key()).containsExactly(entry("FREQ", "A"), entry("REF_AREA", "ASIKHM001"));
    assertThat(first.attributes()).containsExactly(entry("UNIT_MEASURE", "TONES"),
        entry("UNIT_MULT", "3"), entry("BASE_PER", "2010_100"), entry("PREF_SCALE", "-3"),
        entry("DECIMALS", "1"), entry("CONTACT_EMAIL", "contact@organisation.org"),
        entry("SERIES_COMMENT", "Comment for Annual data for Banteay Meanchey"));
    assertThat(first.observations()).extracting(SdmxObservation::timePeriod,
        o -> o.value().orElseThrow(), SdmxObservation::attributes).containsExactly(
        tuple("2014", new BigDecimal("350.154"), Map.of("EMBARGO_TIME", "2018-03-18T11:00:00",
            "SOURCE", "MAFF_Agricultural Statistics_2014")),
        tuple("2015", new BigDecimal("389.385"), Map.of("EMBARGO_TIME", "2019-03-18T11:00:00",
            "SOURCE", "MAFF_Agricultural Statistics_2015; Other sources")),
        tuple("2016", new BigDecimal("395.729"), Map.of("EMBARGO_TIME", "2020-03-18T11:00:00",
            "SOURCE", "MAFF_Agricultural Statistics_2016")),
        tuple("2017", new BigDecimal("433.638"), Map.of("EMBARGO_TIME", "2021-03-18T11:00:00",
            "SOURCE", "MAFF_Agricultural Statistics_2017")));
    assertThat(m.series().get(2).observations()).extracting(o -> o.value().orElseThrow())
        .containsExactly(new BigDecimal("5228.33"), new BigDecimal("5191.833"),
            new BigDecimal("5197.887"), new BigDecimal("5541.424"));
  }

  @Test
  void agriculturalSampleAsSeriesNeedsItsAreasAndCurrencyMapped() {
    assertThatThrownBy(() -> REMITTANCES.readRemittanceSeries(resource("v2.1.0-agri.json")))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
          assertThat(e.pointer()).isEqualTo("/data/dataSets/0");
          assertThat(e.detail()).startsWith("'ASIKHM001' of REF_AREA is no ISO 3166-1 country");
        });
    SdmxReader mapped = SdmxReader.builder().measure(RemittanceMeasure.OTHER)
        .direction(FlowDirection.INFLOW).area("ASIKHM", CountryCode.of("KHM")).build();
    SdmxMessage m = mapped.read(resource("v2.1.0-agri.json"));
    assertThatThrownBy(() -> mapped.toRemittanceSeries(m.series().get(2), m))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
          assertThat(e.detail()).startsWith("UNIT_MEASURE 'TONES' is no ISO 4217 currency");
        });
    SdmxReader tonnes = SdmxReader.builder().measure(RemittanceMeasure.OTHER)
        .direction(FlowDirection.INFLOW).area("ASIKHM", CountryCode.of("KHM"))
        .currency(Currency.getInstance("XXX")).build();
    RemittanceSeries khm = tonnes.toRemittanceSeries(m.series().get(2), m);
    assertThat(khm.id().value()).isEqualTo("sdmx-a-asikhm");
    assertThat(khm.reporter()).isEqualTo(CountryCode.of("KHM"));
    assertThat(khm.unitMultiplier()).isEqualTo(3);
    assertThat(khm.frequency()).isEqualTo(Frequency.ANNUAL);
    assertThat(khm.observations()).containsExactly(
        Observation.of(Period.ofYear(2014), new BigDecimal("5228.33")),
        Observation.of(Period.ofYear(2015), new BigDecimal("5191.833")),
        Observation.of(Period.ofYear(2016), new BigDecimal("5197.887")),
        Observation.of(Period.ofYear(2017), new BigDecimal("5541.424")));
    assertThat(khm.sources()).containsExactly(Source.builder().title("SDMX: Milled rice")
        .publisher("National Institute of Statistics of Cambodia")
        .published(PartialDate.parse("2018-03-11")).build());
  }

  /** A message of fiscal-year remittances to Pakistan from Saudi Arabia (made up for the test). */
  static final String FISCAL = "{'meta':{'id':'T1','prepared':'2025-06-21T00:00:00Z',"
      + "'sender':{'id':'SBP','name':'State Bank of Pakistan'}},'data':{'structures':[{"
      + "'name':'Workers remittances','dimensions':{'dataSet':[],"
      + "'series':[{'id':'FREQ','keyPosition':0,'values':[{'id':'A'}]},"
      + "{'id':'REF_AREA','keyPosition':1,'values':[{'id':'PK'}]},"
      + "{'id':'COUNTERPART_AREA','keyPosition':2,'values':[{'id':'SA'},{'id':'W0'}]}],"
      + "'observation':[{'id':'TIME_PERIOD','keyPosition':3,'values':[{'id':'2023-A1'},"
      + "{'id':'2024-A1'}]}]},'attributes':{'series':[{'id':'UNIT_MULT','values':[{'id':'6'}]},"
      + "{'id':'UNIT_MEASURE','values':[{'id':'USD'}]},"
      + "{'id':'REPORTING_YEAR_START_DAY','values':[{'id':'--07-01'}]}],"
      + "'observation':[{'id':'OBS_STATUS','values':[{'id':'A'},{'id':'F'}]}]}}],"
      + "'dataSets':[{'structure':0,'series':{"
      + "'0:0:0':{'attributes':[0,0,0],'observations':{'0':[7389.2,0],'1':['8500',1]}},"
      + "'0:0:1':{'attributes':[0,0,0],'observations':{'0':[30251.3],'1':[null]}}}}]}}";

  @Test
  void reportingYearsStartingInJulyAreFiscalYears() {
    List<RemittanceSeries> series = REMITTANCES.readRemittanceSeries(utf8(FISCAL));
    assertThat(series).extracting(s -> s.id().value(), RemittanceSeries::reporter,
        RemittanceSeries::counterpart, RemittanceSeries::frequency,
        RemittanceSeries::unitMultiplier, RemittanceSeries::currency).containsExactly(
        tuple("sdmx-a-pk-sa", CountryCode.of("PAK"), Optional.of(CountryCode.of("SAU")),
            Frequency.fiscalYear(Month.JULY), 6, Currency.getInstance("USD")),
        tuple("sdmx-a-pk-w0", CountryCode.of("PAK"), Optional.empty(),
            Frequency.fiscalYear(Month.JULY), 6, Currency.getInstance("USD")));
    assertThat(series.get(0).observations()).containsExactly(
        Observation.of(Period.ofFiscalYear(2024, Month.JULY), new BigDecimal("7389.2")),
        Observation.builder().period(Period.ofFiscalYear(2025, Month.JULY))
            .value(new BigDecimal("8500")).status(ObservationStatus.FORECAST).build());
    // the null value of FY2025 is no observation
    assertThat(series.get(1).observations()).containsExactly(
        Observation.of(Period.parse("FY2024"), new BigDecimal("30251.3")));
    assertThat(series.get(0).measure()).isEqualTo(RemittanceMeasure.WORKERS_REMITTANCES);
    assertThat(series.get(0).sources()).extracting(Source::title, Source::publisher)
        .containsExactly(tuple(Optional.of("SDMX: Workers remittances"),
            Optional.of("State Bank of Pakistan")));
  }

  @ParameterizedTest
  @CsvSource({
      "2019, 01, 2019",
      "2019-01, 01, 2019-01",
      "2019-Q1, 01, 2019-Q1",
      "2019-Q4, 01, 2019-Q4",
      "2019-A1, 01, 2019",
      "2019-S2, 01, 2019-07/2019-12",
      "2019-T3, 01, 2019-09/2019-12",
      "2019-M01, 01, 2019-01",
      "2019-M12, 01, 2019-12",
      "2023-A1, 07, FY2024",
      "2023-A1, 04, FY2024@04",
      "2023-Q1, 07, 2023-07/2023-09",
      "2023-Q4, 07, 2024-04/2024-06",
      "2023-S2, 07, 2024-01/2024-06",
      "2023-M01, 07, 2023-07",
      "2023-M12, 07, 2024-06",
      "2024-07-01/P11M, 01, 2024-07/2025-05",
      "2024-07/P1Y, 01, 2024-07/2025-06",
      "2024-01-01/P1Y6M, 01, 2024-01/2025-06",
  })
  void timePeriodsMapToPeriodsExactly(String id, int startMonth, String period) {
    assertThat(SdmxReader.period(id, Month.of(startMonth), "/x")).isEqualTo(Period.parse(period));
  }

  @ParameterizedTest
  @CsvSource({
      "2019-01-18, is a day",
      "2019-W01, is a reporting week",
      "2019-D001, is a reporting day",
      "2019-01-01T00:00:00, is a date and time",
      "2024-07-15/P11M, not on the first of a month",
      "2024-07-01/P10D, lasts P10D",
      "2024-07-01/PT5H, lasts PT5H",
  })
  void formsMigovCannotHoldAreRefusedByName(String id, String why) {
    assertThatThrownBy(() -> SdmxReader.period(id, Month.JANUARY, "/x"))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
          assertThat(e.pointer()).isEqualTo("/x");
          assertThat(e.detail()).contains(id).contains(why);
        });
  }

  @ParameterizedTest
  @CsvSource({"2019-Q5", "2019-S3", "2019-M13", "2019-M00", "19", "2019-13", "2019Q1",
      "2019-A2", "x"})
  void malformedTimePeriodsAreInvalid(String id) {
    assertThatThrownBy(() -> SdmxReader.period(id, Month.JANUARY, "/x"))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
          assertThat(e.detail()).contains(id);
        });
  }

  @Test
  void theLimitOnSizeHoldsForBytesStreamsAndFiles() throws IOException {
    SdmxReader small = SdmxReader.builder().measure(RemittanceMeasure.PERSONAL_REMITTANCES)
        .direction(FlowDirection.INFLOW).maxMessageBytes(100).build();
    byte[] message = utf8(FISCAL);
    assertThat(message.length).isGreaterThan(100);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("sdmx", ".json");
    java.nio.file.Files.write(file, message);
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> reads = List.of(
        () -> small.read(message), () -> small.readRemittanceSeries(message),
        () -> small.read(new java.io.ByteArrayInputStream(message)),
        () -> small.readRemittanceSeries(new java.io.ByteArrayInputStream(message)),
        () -> small.read(file), () -> small.readRemittanceSeries(file));
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable read : reads) {
      assertThatThrownBy(read).isInstanceOfSatisfying(SdmxException.class, e -> {
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.detail()).contains("100");
      });
    }
    java.nio.file.Files.delete(file);
  }

  @Test
  void reportingYearsStartingMidMonthAreRefused() {
    assertThatThrownBy(() -> SdmxReader.yearStart("--07-15", "/y"))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
          assertThat(e.detail()).contains("--07-15");
        });
    assertThat(SdmxReader.yearStart("--04-01", "/y")).isEqualTo(Month.APRIL);
  }

  @Test
  void yearMonthArithmeticCrossesYears() {
    assertThat(SdmxReader.period("2023-T3", Month.OCTOBER, "/x")).isEqualTo(
        Period.ofMonths(YearMonth.of(2024, 6), YearMonth.of(2024, 9)));
  }

  @Test
  void configuredDimensionsAndIndicator() {
    String renamed = FISCAL.replace("'REF_AREA'", "'REPORTER'").replace("'FREQ'", "'INDICATOR'");
    SdmxReader reader = SdmxReader.builder().measure(RemittanceMeasure.PERSONAL_REMITTANCES)
        .direction(FlowDirection.OUTFLOW).refAreaDimension("REPORTER")
        .indicatorDimension("INDICATOR").build();
    List<RemittanceSeries> series = reader.readRemittanceSeries(utf8(renamed));
    assertThat(series).extracting(RemittanceSeries::indicator, RemittanceSeries::direction)
        .containsOnly(tuple(Optional.of("A"), FlowDirection.OUTFLOW));
  }

  @Test
  void errorsNameTheirPointer() {
    assertThatThrownBy(() -> RAW.read(utf8(FISCAL.replace("'0:0:1'", "'0:0:7'"))))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
          assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:7");
          assertThat(e.detail()).isEqualTo("the key '0:0:7' names value 7 of COUNTERPART_AREA, "
              + "which has 2");
        });
    assertThatThrownBy(() -> RAW.read(utf8(FISCAL.replace("'attributes':[0,0,0],'observations'"
        + ":{'0':[7389.2,0]", "'attributes':[0,0,0],'observations':{'0':[7389.2,5]"))))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
          assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/0/1");
        });
    assertThatThrownBy(() -> RAW.read(utf8("{'data':{'structures':[],'dataSets':[]}} {}")))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.TRAILING_CONTENT);
          assertThat(e.line()).isEqualTo(1);
        });
    assertThatThrownBy(() -> RAW.read(new byte[0]))
        .isInstanceOfSatisfying(SdmxException.class, e ->
            assertThat(e.problem()).isEqualTo(Problem.EMPTY_INPUT));
    assertThatThrownBy(() -> REMITTANCES.readRemittanceSeries(utf8(FISCAL.replace("{'id':'F'}",
        "{'id':'X'}"))))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
          assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/1");
          assertThat(e.detail()).startsWith("OBS_STATUS 'X' has no counterpart");
        });
    assertThatThrownBy(() -> SdmxReader.builder().build().readRemittanceSeries(utf8(FISCAL)))
        .isInstanceOfSatisfying(SdmxException.class, e ->
            assertThat(e.detail()).startsWith("SDMX does not say what a series measures"));
  }

  @Test
  void limitsAreEnforced() {
    assertThatThrownBy(() -> SdmxReader.builder().maxObservations(2).build().read(utf8(FISCAL)))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
          assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:1/observations/0");
        });
    assertThatThrownBy(() -> RAW.read(utf8(FISCAL.replace("7389.2", "7389.2e-999"))))
        .isInstanceOfSatisfying(SdmxException.class, e ->
            assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED));
    assertThatThrownBy(() -> SdmxReader.builder().maxDepth(8).build().read(
        utf8("{'data':" + "[".repeat(20) + "]".repeat(20) + "}")))
        .isInstanceOfSatisfying(SdmxException.class, e ->
            assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED));
    assertThatThrownBy(() -> RAW.read(utf8("{'a':1,'a':2}")))
        .isInstanceOfSatisfying(SdmxException.class, e ->
            assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE));
  }
}
