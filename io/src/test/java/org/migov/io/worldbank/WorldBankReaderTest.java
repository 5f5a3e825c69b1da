package org.migov.io.worldbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.migov.io.worldbank.WorldBankException.Problem;
import org.migov.model.CountryCode;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.PartialDate;
import org.migov.model.Period;
import org.migov.model.Qualifier;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.SeriesId;
import org.migov.model.Source;

/**
 * Reading the real World Bank API responses of {@code src/test/resources/interop/worldbank}
 * (recorded 2021-06-13; see the README there), asserting against the files' content.
 */
class WorldBankReaderTest {
  static final String DIR = "/interop/worldbank/";
  static final IndicatorMeaning GDP = IndicatorMeaning.usDollars(RemittanceMeasure.OTHER,
      FlowDirection.INFLOW);
  static final WorldBankReader READER = WorldBankReader.builder()
      .indicator("NY.GDP.MKTP.CD", GDP)
      .indicator("SP.POP.TOTL", new IndicatorMeaning(RemittanceMeasure.OTHER,
          FlowDirection.INFLOW, Currency.getInstance("XXX"), 0))
      .build();

  static byte[] resource(String name) {
    try (InputStream in = WorldBankReaderTest.class.getResourceAsStream(DIR + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void twoRowPageIsOneAnnualSeriesInPeriodOrderWithItsSource() {
    WorldBankResult r = READER.read(
        resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-2018-2019-per_page2.json"));
    RemittanceSeries expected = RemittanceSeries.builder()
        .id(SeriesId.of("wb-jpn-ny-gdp-mktp-cd"))
        .title("GDP (current US$), Japan")
        .reporter(CountryCode.of("JPN")).direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.OTHER).indicator("NY.GDP.MKTP.CD")
        .currency(Currency.getInstance("USD")).frequency(Frequency.ANNUAL)
        .addSources(Source.builder()
            .title("World Development Indicators: GDP (current US$)").publisher("World Bank")
            .url(URI.create("https://data.worldbank.org/indicator/NY.GDP.MKTP.CD"))
            .published(PartialDate.parse("2021-05-25")).build())
        .addObservations(Period.ofYear(2018), new BigDecimal("4954806619995.19"))
        .addObservations(Period.ofYear(2019), new BigDecimal("5081769542379.77"))
        .build();
    assertThat(r.series()).containsExactly(expected);
    assertThat(r.series().get(0).observations()).extracting(Observation::period)
        .containsExactly(Period.ofYear(2018), Period.ofYear(2019));
    assertThat(r.aggregates()).isEmpty();
    assertThat(r.missing()).isEmpty();
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void fullPageKeepsEveryValueExactlyAndListsTheNullAsMissing() {
    WorldBankResult r = READER.read(resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-page1.json"));
    assertThat(r.series()).hasSize(1);
    RemittanceSeries jpn = r.series().get(0);
    // 50 rows, 2020 back to 1971, of which 2020 is null
    assertThat(jpn.observations()).hasSize(49);
    assertThat(jpn.observations().get(0)).isEqualTo(
        Observation.of(Period.ofYear(1971), new BigDecimal("240151807460.241")));
    assertThat(jpn.observation(Period.ofYear(1977)).map(Observation::value))
        .contains(new BigDecimal("721411786536.814"));
    assertThat(jpn.observation(Period.ofYear(2009)).map(Observation::value))
        .contains(new BigDecimal("5231382674593.7"));
    assertThat(jpn.latest().map(Observation::period)).contains(Period.ofYear(2019));
    assertThat(jpn.observation(Period.ofYear(2020))).isEmpty();
    assertThat(jpn.observations()).allMatch(o -> o.status() == ObservationStatus.NORMAL
        && o.qualifier() == Qualifier.EXACT);
    assertThat(r.missing()).containsExactly(
        new WorldBankResult.Missing("JPN", "NY.GDP.MKTP.CD", Period.ofYear(2020)));
  }

  @Test
  void multiIndicatorPageWithFootnotesAndAnIrregularScaleKey() {
    WorldBankResult r = READER.read(
        resource("wb-v2-indicator-JPN-USA-2indicators-source2-footnote-page1.json"));
    assertThat(r.series()).extracting(s -> s.id().value(), s -> s.observations().size())
        .containsExactly(tuple("wb-jpn-ny-gdp-mktp-cd", 49));
    RemittanceSeries jpn = r.series().get(0);
    assertThat(jpn.observation(Period.ofYear(2019)).map(Observation::value))
        .contains(new BigDecimal("5081769542379.77"));
    // sourcename is null in this multi-indicator response: the source names no database
    assertThat(jpn.sources()).extracting(s -> s.title().orElseThrow())
        .containsExactly("World Bank indicators: GDP (current US$)");
    assertThat(jpn.sources().get(0).published()).contains(PartialDate.parse("2021-05-25"));
    // every footnote and the one scale are empty strings: nothing to note
    assertThat(r.notes()).isEmpty();
    assertThat(r.missing()).extracting(WorldBankResult.Missing::period)
        .containsExactly(Period.ofYear(2020));
  }

  @Test
  void apiErrorBodyBecomesAnExceptionWithItsIdKeyAndText() {
    assertThatThrownBy(() -> READER.read(resource("wb-v2-error-invalid-country.json")))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.API_ERROR);
          assertThat(e.apiId()).isEqualTo("120");
          assertThat(e.apiKey()).isEqualTo("Invalid value");
          assertThat(e.apiText()).isEqualTo("The provided parameter value is not valid");
          assertThat(e.page()).isEqualTo(1);
          assertThat(e.pointer()).isEqualTo("/0/message");
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(2);
          assertThat(e.getMessage()).isEqualTo("page 1: api error at '/0/message' (line 1, "
              + "column 2): the API answered with an error: 120 Invalid value: The provided "
              + "parameter value is not valid");
        });
  }

  @Test
  void anIndicatorOfUnknownMeaningIsRefusedByName() {
    assertThatThrownBy(() -> WorldBankReader.defaults().read(
        resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-2018-2019-per_page2.json")))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_INDICATOR);
          assertThat(e.pointer()).isEqualTo("/1/0/indicator/id");
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.detail()).startsWith("indicator NY.GDP.MKTP.CD (GDP (current US$)) is not "
              + "a remittance indicator this reader knows");
        });
  }

  /** Page 2 of the two-row query (USA; the values are made up for the test). */
  @Test
  void aPropertyGivenTwiceIsRefusedWhereItIsGivenAgain() {
    String doubled = PAGE2.replace("'countryiso3code':'USA','date':'2018'",
        "'countryiso3code':'USA','note':{'a':[1,{'b':1,'b':2}]},'date':'2018'");
    assertThatThrownBy(() -> READER.read(utf8(doubled)))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
          assertThat(e.pointer()).isEqualTo("/1/1/note/a/1/b");
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(doubled.indexOf("'b':2") + 4);
          assertThat(e.detail()).isEqualTo("Duplicate Object property \"b\"");
        });
    String twice = PAGE2.replace("'date':'2019',", "'date':'2019','date':'2017',");
    assertThatThrownBy(() -> READER.read(utf8(twice)))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
          assertThat(e.pointer()).isEqualTo("/1/0/date");
          assertThat(e.column()).isEqualTo(twice.indexOf("'date':'2017'") + 7);
          assertThat(e.detail()).isEqualTo("Duplicate Object property \"date\"");
        });
  }

  static final String PAGE2 = "[{'page':2,'pages':2,'per_page':2,'total':4,'sourceid':'2',"
      + "'sourcename':'World Development Indicators','lastupdated':'2021-05-25'},"
      + "[{'indicator':{'id':'NY.GDP.MKTP.CD','value':'GDP (current US$)'},"
      + "'country':{'id':'US','value':'United States'},'countryiso3code':'USA','date':'2019',"
      + "'value':'21433226000000','unit':'','obs_status':'','decimal':0},"
      + "{'indicator':{'id':'NY.GDP.MKTP.CD','value':'GDP (current US$)'},"
      + "'country':{'id':'US','value':'United States'},'countryiso3code':'USA','date':'2018',"
      + "'value':20580223000000,'unit':'','obs_status':'F','decimal':0}]]";

  @Test
  void pagesOfOneQueryCombineInAnyOrder() {
    byte[] page1 = resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-2018-2019-per_page2.json");
    WorldBankResult r = READER.read(utf8(PAGE2), page1);
    assertThat(r.series()).extracting(s -> s.reporter().code()).containsExactly("USA", "JPN");
    RemittanceSeries usa = r.series().get(0);
    assertThat(usa.observations()).containsExactly(
        Observation.builder().period(Period.ofYear(2018)).value(new BigDecimal("20580223000000"))
            .status(ObservationStatus.FORECAST).build(),
        Observation.of(Period.ofYear(2019), new BigDecimal("21433226000000")));
    assertThat(r.series().get(1).observations()).hasSize(2);
    assertThat(READER.read(page1, utf8(PAGE2)).series()).containsExactlyInAnyOrderElementsOf(
        r.series());
  }

  @Test
  void pagesOfDifferentQueriesDisagree() {
    assertThatThrownBy(() -> READER.read(
        resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-page1.json"),
        resource("wb-v2-indicator-JPN-USA-2indicators-source2-footnote-page1.json")))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.PAGES_DISAGREE);
          assertThat(e.page()).isEqualTo(2);
          assertThat(e.pointer()).isEqualTo("/0/page");
          assertThat(e.detail()).isEqualTo("page number 1 was also given as page 1 of the input");
        });
  }

  @Test
  void anOverlappingPeriodWithAnotherValueIsAnError() {
    String other = PAGE2.replace("'page':2", "'page':1").replace("'USA'", "'JPN'")
        .replace("'US'", "'JP'").replace("United States", "Japan");
    assertThatThrownBy(() -> READER.read(utf8(PAGE2),
        utf8(other.replace("'page':1", "'page':2").replace("'F'", "''")),
        utf8(other.replace("'F'", "''"))))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.PAGES_DISAGREE);
        });
    byte[] page1 = resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-2018-2019-per_page2.json");
    assertThatThrownBy(() -> READER.read(page1, utf8(other.replace("'page':1", "'page':2"))))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.PAGES_DISAGREE);
          assertThat(e.page()).isEqualTo(2);
          // the first period that disagrees, in period order, at its later place in reading
          assertThat(e.pointer()).isEqualTo("/1/1");
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.detail()).isEqualTo("JPN NY.GDP.MKTP.CD 2018 is 20580223000000 (F) here "
              + "but 4954806619995.19 (A) at page 1 /1/1");
        });
  }

  static String row(String iso2, String iso3, String name, String indicator, String date,
      String value, String status) {
    return "{'indicator':{'id':'" + indicator + "','value':'x'},'country':{'id':'" + iso2
        + "','value':'" + name + "'},'countryiso3code':'" + iso3 + "','date':'" + date
        + "','value':" + value + ",'unit':'','obs_status':'" + status + "','decimal':1}";
  }

  static byte[] page(String... rows) {
    return utf8("[{'page':1,'pages':1,'per_page':50,'total':" + rows.length
        + ",'sourceid':'2','sourcename':'World Development Indicators',"
        + "'lastupdated':'2024-12-16'},[" + String.join(",", rows) + "]]");
  }

  @Test
  void knownRemittanceIndicatorsMapToMeasuresAndDatesToPeriods() {
    WorldBankResult r = WorldBankReader.defaults().read(page(
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2023Q2", "7.5", "E"),
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2023Q1", "'6.25'", ""),
        row("PK", "PAK", "Pakistan", "BM.TRF.PWKR.CD.DT", "2023M01", "1.10", "P"),
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD", "2023", "3", "")));
    assertThat(r.series()).extracting(s -> s.id().value(), RemittanceSeries::measure,
            RemittanceSeries::direction, RemittanceSeries::frequency)
        .containsExactly(
            tuple("wb-pak-bx-trf-pwkr-cd-dt", RemittanceMeasure.PERSONAL_REMITTANCES,
                FlowDirection.INFLOW, Frequency.QUARTERLY),
            tuple("wb-pak-bm-trf-pwkr-cd-dt", RemittanceMeasure.PERSONAL_REMITTANCES,
                FlowDirection.OUTFLOW, Frequency.MONTHLY),
            tuple("wb-pak-bx-trf-pwkr-cd", RemittanceMeasure.PERSONAL_TRANSFERS,
                FlowDirection.INFLOW, Frequency.ANNUAL));
    assertThat(r.series().get(0).observations()).containsExactly(
        Observation.of(Period.ofQuarter(2023, 1), new BigDecimal("6.25")),
        Observation.builder().period(Period.ofQuarter(2023, 2)).value(new BigDecimal("7.5"))
            .status(ObservationStatus.ESTIMATED).build());
    assertThat(r.series().get(1).observations().get(0).value()).isEqualTo(new BigDecimal("1.10"));
    assertThat(r.series().get(1).observations().get(0).status())
        .isEqualTo(ObservationStatus.PROVISIONAL);
  }

  @Test
  void workersRemittancesAndMigrantRemittancesHaveTheirMeasures() {
    WorldBankResult r = WorldBankReader.defaults().read(page(
        row("PK", "PAK", "Pakistan", "BM.TRF.PWKR.CD", "2019", "1.5", ""),
        row("PK", "PAK", "Pakistan", "BX.TRF.MGR.CD", "2019", "2", ""),
        row("PK", "PAK", "Pakistan", "BM.TRF.MGR.CD", "2019", "3", "")));
    assertThat(r.series()).extracting(s -> s.id().value(), RemittanceSeries::measure,
            RemittanceSeries::direction, s -> s.currency().getCurrencyCode(),
            RemittanceSeries::unitMultiplier)
        .containsExactly(
            tuple("wb-pak-bm-trf-pwkr-cd", RemittanceMeasure.WORKERS_REMITTANCES,
                FlowDirection.OUTFLOW, "USD", 0),
            tuple("wb-pak-bx-trf-mgr-cd", RemittanceMeasure.OTHER, FlowDirection.INFLOW, "USD", 0),
            tuple("wb-pak-bm-trf-mgr-cd", RemittanceMeasure.OTHER, FlowDirection.OUTFLOW, "USD",
                0));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "BX.TRF.PWKR.GD.ZS|workers' remittances, receipts, as a percentage of GDP",
      "BX.TRF.MGR.DT.GD.ZS|migrant remittance inflows as a percentage of GDP",
      "BN.TRF.PWKR.CD|workers' remittances, net (receipts less payments)"})
  void remittanceIndicatorsASeriesCannotHoldAreRefusedByName(String code, String why) {
    assertThatThrownBy(() -> WorldBankReader.defaults().read(page(
        row("PK", "PAK", "Pakistan", code, "2023", "9.4", ""))))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_INDICATOR);
          assertThat(e.pointer()).isEqualTo("/1/0/indicator/id");
          assertThat(e.detail()).startsWith("indicator " + code + " is " + why + ": a series ");
        });
  }

  @Test
  void percentOfGdpIsRefusedByName() {
    assertThatThrownBy(() -> WorldBankReader.defaults().read(page(
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.DT.GD.ZS", "2023", "9.4", ""))))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_INDICATOR);
          assertThat(e.detail()).contains("percentage of GDP");
        });
  }

  @Test
  void aggregatesAreSkippedAndListedWithTheirRowCounts() {
    WorldBankResult r = WorldBankReader.defaults().read(page(
        row("1W", "WLD", "World", "BX.TRF.PWKR.CD.DT", "2023", "857000000000", ""),
        row("1W", "WLD", "World", "BX.TRF.PWKR.CD.DT", "2022", "null", ""),
        row("Z4", "EAS", "East Asia & Pacific", "BX.TRF.PWKR.CD.DT", "2023", "1", ""),
        row("XD", "", "High income", "BX.TRF.PWKR.CD.DT", "2023", "1", ""),
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2023", "27000000000", "")));
    assertThat(r.series()).extracting(s -> s.reporter().code()).containsExactly("PAK");
    assertThat(r.aggregates()).containsExactly(
        new WorldBankResult.Aggregate("1W", "WLD", "World", 2),
        new WorldBankResult.Aggregate("Z4", "EAS", "East Asia & Pacific", 1),
        new WorldBankResult.Aggregate("XD", "", "High income", 1));
  }

  @Test
  void footnotesUnitsAndScalesAreKeptAsNotes() {
    String row = row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2023", "1", "")
        .replace("'unit':''", "'unit':'US$','footnote':'Break in methodology'");
    WorldBankResult r = WorldBankReader.defaults().read(page(row));
    assertThat(r.notes()).containsExactly(
        new WorldBankResult.Note("PAK", "BX.TRF.PWKR.CD.DT", Period.ofYear(2023), "footnote",
            "Break in methodology"),
        new WorldBankResult.Note("PAK", "BX.TRF.PWKR.CD.DT", Period.ofYear(2023), "unit",
            "US$"));
  }

  @Test
  void anEmptyResultPageHasNoSeries() {
    WorldBankResult r = WorldBankReader.defaults().read(utf8("[{'page':1,'pages':0,"
        + "'per_page':'50','total':0,'sourceid':'2','lastupdated':'2024-12-16'},null]"));
    assertThat(r.series()).isEmpty();
  }

  @Test
  void badDatesAndStatusesNameTheirPointer() {
    assertThatThrownBy(() -> WorldBankReader.defaults().read(page(
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2023", "1", ""),
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2023M13", "1", ""))))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
          assertThat(e.pointer()).isEqualTo("/1/1/date");
          assertThat(e.detail()).startsWith("'2023M13' is not a period");
        });
    assertThatThrownBy(() -> WorldBankReader.defaults().read(page(
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2023", "1", "Z"))))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
          assertThat(e.pointer()).isEqualTo("/1/0/obs_status");
        });
  }

  @Test
  void limitsAreEnforced() {
    WorldBankReader small = WorldBankReader.builder().maxObservations(1).build();
    assertThatThrownBy(() -> small.read(page(
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2023", "1", ""),
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2022", "1", ""))))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
          assertThat(e.pointer()).isEqualTo("/1/1");
        });
    assertThatThrownBy(() -> WorldBankReader.defaults().read(page(
        row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", "2023", "1e999", ""))))
        .isInstanceOfSatisfying(WorldBankException.class, e ->
            assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED));
    assertThatThrownBy(() -> WorldBankReader.builder().maxPageBytes(100)
        .indicator("NY.GDP.MKTP.CD", GDP).build().read(
        resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-page1.json")))
        .isInstanceOfSatisfying(WorldBankException.class, e ->
            assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED));
  }

  @Test
  void readsFilesAndStreams() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("wb");
    java.nio.file.Path f = dir.resolve("p.json");
    java.nio.file.Files.write(f,
        resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-2018-2019-per_page2.json"));
    WorldBankResult fromFile = READER.read(f);
    WorldBankResult fromStream = READER.read(List.of(new java.io.ByteArrayInputStream(
        resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-2018-2019-per_page2.json"))));
    assertThat(fromFile).isEqualTo(fromStream);
    assertThatThrownBy(() -> READER.read(dir.resolve("absent.json")))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.IO_ERROR);
          assertThat(e.page()).isEqualTo(1);
        });
  }
}
