package org.migov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.csv.RemittanceCsv;
import org.migov.io.json.MigovJson;
import org.migov.io.sdmx.SdmxReader;
import org.migov.io.worldbank.IndicatorMeaning;
import org.migov.io.worldbank.WorldBankReader;
import org.migov.model.CountryCode;
import org.migov.model.Dataset;
import org.migov.model.FlowDirection;
import org.migov.model.Observation;
import org.migov.model.Period;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;

/** {@code migov convert} from the World Bank API and SDMX-JSON, and to and from CSV tables. */
class ConvertInteropTest {
  private static final String PAGE = "wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-page1.json";
  private static final String API_ERROR = "wb-v2-error-invalid-country.json";
  private static final String AGRI = "v2.1.0-agri.json";
  private static final String EXR = "v1.0-exr-time-series.json";
  private static final MigovJson JSON = MigovJson.defaults();
  private static final List<String> GDP = List.of("--from", "worldbank", "--indicator",
      "NY.GDP.MKTP.CD", "--measure", "other", "--direction", "inflow");
  private static final List<String> AGRI_OPTIONS = List.of("--from", "sdmx", "--measure",
      "other", "--direction", "inflow", "--area", "ASIKHM001=KHM", "--area", "ASIKHM002=KHM",
      "--area", "ASIKHM=KHM", "--currency", "XXX");

  @TempDir
  Path dir;

  private static Cli.Result run(List<String> options, String... args) {
    return Cli.run(Stream.concat(Stream.concat(Stream.of("convert"), options.stream()),
        Stream.of(args)).toArray(String[]::new));
  }

  private List<String> files(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static List<RemittanceSeries> gdp(Path page) {
    return WorldBankReader.builder().indicator("NY.GDP.MKTP.CD", IndicatorMeaning.usDollars(
        RemittanceMeasure.OTHER, FlowDirection.INFLOW)).build().read(page).series();
  }

  private static List<RemittanceSeries> agri(Path message) {
    return SdmxReader.builder().measure(RemittanceMeasure.OTHER).direction(FlowDirection.INFLOW)
        .area("ASIKHM001", CountryCode.of("KHM")).area("ASIKHM002", CountryCode.of("KHM"))
        .area("ASIKHM", CountryCode.of("KHM")).currency(Currency.getInstance("XXX")).build()
        .readRemittanceSeries(message);
  }

  private static List<RemittanceSeries> lines(Path file) {
    try (Stream<RemittanceSeries> s = JSON.readLines(file, RemittanceSeries.class)) {
      return s.collect(Collectors.toList());
    }
  }

  private static void noTrace(Cli.Result r) {
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // World Bank

  @Test
  void aWorldBankPageBecomesTheSeriesOfTheReaderAndTheMissingYearIsReported() {
    Path page = Cli.copy(PAGE, dir);
    Path out = dir.resolve("gdp.json");
    Cli.Result r = run(GDP, page.toString(), out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(page + ": 1 series, 49 observations\n"
        + page + ": 1 period without a value (null, not zero; no observation made): JPN"
        + " NY.GDP.MKTP.CD 2020\n");
    RemittanceSeries series = JSON.read(out, RemittanceSeries.class);
    assertThat(List.of(series)).isEqualTo(gdp(page));
    // the file's content: "date":"2019","value":5081769542379.77 for Japan, in current US$
    assertThat(series.reporter()).isEqualTo(CountryCode.of("JPN"));
    assertThat(series.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(series.observations()).hasSize(49)
        .contains(Observation.of(Period.ofYear(2019), new BigDecimal("5081769542379.77")));
  }

  @Test
  void skippedAggregatesAndNotesAreReportedNotDropped() throws IOException {
    String text = new String(Cli.class.getResourceAsStream(PAGE).readAllBytes(),
        StandardCharsets.UTF_8)
        .replace("\"countryiso3code\":\"JPN\",\"date\":\"2018\"",
            "\"countryiso3code\":\"WLD\",\"date\":\"2018\"")
        .replaceFirst("(\"date\":\"2017\",\"value\":[0-9.]+,\"unit\":)\"\"", "$1\"USD\"");
    Path page = Cli.write(dir, "page.json", text);
    Cli.Result r = run(GDP, page.toString(), dir.resolve("gdp.jsonl").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo(page + ": 1 series, 48 observations\n"
        + page + ": skipped 1 aggregate (regions and income groups, not countries; 1 row):"
        + " WLD Japan\n"
        + page + ": 1 period without a value (null, not zero; no observation made): JPN"
        + " NY.GDP.MKTP.CD 2020\n"
        + page + ": note (unit) on JPN NY.GDP.MKTP.CD 2017: USD\n");
    assertThat(lines(dir.resolve("gdp.jsonl"))).isEqualTo(gdp(page));
  }

  @Test
  void theMeaningOptionsGiveCurrencyAndMultiplier() {
    Path page = Cli.copy(PAGE, dir);
    Path out = dir.resolve("gdp.json");
    Cli.Result r = Cli.run("convert", "--from", "worldbank", "--indicator", "NY.GDP.MKTP.CD",
        "--measure", "PERSONAL-REMITTANCES", "--direction", "outflow", "--currency", "eur",
        "--unit-multiplier", "6", page.toString(), out.toString());
    assertThat(r.code()).isZero();
    RemittanceSeries expected = WorldBankReader.builder().indicator("NY.GDP.MKTP.CD",
        new IndicatorMeaning(RemittanceMeasure.PERSONAL_REMITTANCES, FlowDirection.OUTFLOW,
            Currency.getInstance("EUR"), 6)).build().read(page).series().get(0);
    RemittanceSeries series = JSON.read(out, RemittanceSeries.class);
    assertThat(series).isEqualTo(expected);
    assertThat(series.unitMultiplier()).isEqualTo(6);
    assertThat(series.direction()).isEqualTo(FlowDirection.OUTFLOW);
  }

  @Test
  void furtherPagesOfTheQueryAreReadAsOneResult() throws IOException {
    String two = "wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-2018-2019-per_page2.json";
    Path page1 = Cli.copy(two, dir);
    // page 2 of the same query, made from page 1: the United States' rows
    Path page2 = Cli.write(dir, "page2.json", Files.readString(page1)
        .replace("\"page\":1", "\"page\":2").replace("\"JPN\"", "\"USA\"")
        .replace("\"JP\"", "\"US\"").replace("Japan", "United States"));
    Path out = dir.resolve("gdp.jsonl");
    Cli.Result r = run(GDP, "--page", page2.toString(), page1.toString(), out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo(page1 + ": 2 series, 4 observations\n");
    List<RemittanceSeries> series = lines(out);
    assertThat(series).isEqualTo(WorldBankReader.builder().indicator("NY.GDP.MKTP.CD",
        IndicatorMeaning.usDollars(RemittanceMeasure.OTHER, FlowDirection.INFLOW)).build()
        .read(page1, page2).series());
    assertThat(series).extracting(s -> s.reporter().toString()).containsExactly("JPN", "USA");
    // the same page twice: the pages disagree, nothing is written
    Path out2 = dir.resolve("twice.jsonl");
    Cli.Result twice = run(GDP, "--page", page1.toString(), page1.toString(), out2.toString());
    assertThat(twice.code()).isEqualTo(Migov.DATA_ERRORS);
    noTrace(twice);
    assertThat(twice.err()).startsWith("migov: " + page1 + ": page 2: pages disagree");
    assertThat(Files.exists(out2)).isFalse();
    Cli.Result missing = run(GDP, "--page", dir.resolve("none.json").toString(),
        page1.toString(), out2.toString());
    assertThat(missing.code()).isEqualTo(Migov.USAGE);
    assertThat(missing.err()).endsWith("none.json: no such file\n");
  }

  @Test
  void anIndicatorTheReaderDoesNotKnowIsWrongUsageNamingTheOption() throws IOException {
    Path page = Cli.copy(PAGE, dir);
    Cli.Result r = Cli.run("convert", "--from", "worldbank", page.toString(),
        dir.resolve("gdp.json").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    noTrace(r);
    assertThat(r.err()).isEqualTo("migov: " + page + ": page 1: unknown indicator at"
        + " '/1/0/indicator/id' (line 1, column 136): indicator NY.GDP.MKTP.CD (GDP (current"
        + " US$)) is not a remittance indicator this reader knows; give its measure, direction,"
        + " currency and unit multiplier with --indicator ID --measure MEASURE --direction"
        + " DIRECTION (and --currency, --unit-multiplier unless USD and 0)\n");
    assertThat(files(dir)).containsExactly(PAGE);
  }

  @Test
  void anApiErrorIsAnInputWithErrors() throws IOException {
    Path page = Cli.copy(API_ERROR, dir);
    Cli.Result r = Cli.run("convert", "--from", "worldbank", page.toString(),
        dir.resolve("x.json").toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    noTrace(r);
    assertThat(r.err()).isEqualTo("migov: " + page + ": page 1: api error at '/0/message'"
        + " (line 1, column 2): the API answered with an error: 120 Invalid value: The provided"
        + " parameter value is not valid\n");
    assertThat(files(dir)).containsExactly(API_ERROR);
  }

  @Test
  void garbageIsAnInputWithErrorsAtItsPlace() {
    Path page = Cli.write(dir, "page.json", "[{\"page\":1,");
    Cli.Result r = run(GDP, page.toString(), dir.resolve("x.json").toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    noTrace(r);
    assertThat(r.err()).startsWith("migov: " + page + ": page 1: ").contains("line 1, column");
  }

  @Test
  void meaningOptionsNeedEachOtherAndTheRightInput() {
    Path page = Cli.copy(PAGE, dir);
    String out = dir.resolve("x.json").toString();
    Cli.Result noMeasure = Cli.run("convert", "--from", "worldbank", "--indicator",
        "NY.GDP.MKTP.CD", page.toString(), out);
    assertThat(noMeasure.code()).isEqualTo(Migov.USAGE);
    assertThat(noMeasure.err()).isEqualTo("migov: --indicator needs --measure and --direction:"
        + " what the indicator's values are\n");
    Cli.Result noIndicator = Cli.run("convert", "--from", "worldbank", "--measure", "other",
        page.toString(), out);
    assertThat(noIndicator.code()).isEqualTo(Migov.USAGE);
    assertThat(noIndicator.err()).contains("the indicators named with --indicator");
    Cli.Result badMeasure = Cli.run("convert", "--from", "worldbank", "--indicator", "X",
        "--measure", "gifts", "--direction", "inflow", page.toString(), out);
    assertThat(badMeasure.code()).isEqualTo(Migov.USAGE);
    assertThat(badMeasure.err()).isEqualTo("migov: --measure 'gifts' is none of"
        + " personal_remittances, workers_remittances, personal_transfers,"
        + " compensation_of_employees, other, unspecified\n");
    Cli.Result badDirection = Cli.run("convert", "--from", "worldbank", "--indicator", "X",
        "--measure", "other", "--direction", "up", page.toString(), out);
    assertThat(badDirection.err()).isEqualTo("migov: --direction 'up' is none of inflow,"
        + " outflow\n");
    Cli.Result badCurrency = Cli.run("convert", "--from", "worldbank", "--indicator", "X",
        "--measure", "other", "--direction", "inflow", "--currency", "EURO", page.toString(),
        out);
    assertThat(badCurrency.code()).isEqualTo(Migov.USAGE);
    assertThat(badCurrency.err()).isEqualTo("migov: --currency 'EURO' is not an ISO 4217"
        + " code\n");
    Cli.Result badMultiplier = Cli.run("convert", "--from", "worldbank", "--indicator", "X",
        "--measure", "other", "--direction", "inflow", "--unit-multiplier", "19",
        page.toString(), out);
    assertThat(badMultiplier.code()).isEqualTo(Migov.USAGE);
    assertThat(badMultiplier.err()).isEqualTo("migov: --unit-multiplier is 19 but must be 0"
        + " to 18\n");
    Cli.Result sdmxOption = Cli.run("convert", "--from", "worldbank", "--area", "A=KHM",
        page.toString(), out);
    assertThat(sdmxOption.code()).isEqualTo(Migov.USAGE);
    assertThat(sdmxOption.err()).isEqualTo("migov: the dimension options and --area are for"
        + " --from sdmx, not worldbank\n");
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result jsonInput = Cli.run("convert", "--measure", "other", seed.toString(), out);
    assertThat(jsonInput.code()).isEqualTo(Migov.USAGE);
    assertThat(jsonInput.err()).isEqualTo("migov: --measure, --direction and --currency are"
        + " for --from worldbank or sdmx, not json\n");
    Cli.Result wbOption = Cli.run("convert", "--from", "sdmx", "--indicator", "X",
        seed.toString(), out);
    assertThat(wbOption.err()).isEqualTo("migov: --page, --indicator and --unit-multiplier are"
        + " for --from worldbank, not sdmx\n");
    assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
  }

  // ---------------------------------------------------------------------------------------------
  // SDMX-JSON

  @Test
  void anSdmxMessageBecomesTheSeriesOfTheReader() {
    Path message = Cli.copy(AGRI, dir);
    Path out = dir.resolve("agri.jsonl");
    Cli.Result r = run(AGRI_OPTIONS, message.toString(), out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo(message + ": 3 series, 12 observations\n");
    List<RemittanceSeries> series = lines(out);
    assertThat(series).isEqualTo(agri(message));
    // the file's content: "0:0":[350.154, ...] is ASIKHM001 in 2014, in thousands
    assertThat(series.get(0).id().value()).isEqualTo("sdmx-a-asikhm001");
    assertThat(series.get(0).unitMultiplier()).isEqualTo(3);
    assertThat(series.get(0).observations().get(0))
        .isEqualTo(Observation.of(Period.ofYear(2014), new BigDecimal("350.154")));
  }

  @Test
  void observationsWithoutValueAreReported() throws IOException {
    String text = new String(Cli.class.getResourceAsStream(AGRI).readAllBytes(),
        StandardCharsets.UTF_8).replace("350.154,", "null,");
    Path message = Cli.write(dir, "agri.json", text);
    Cli.Result r = run(AGRI_OPTIONS, message.toString(), dir.resolve("a.jsonl").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo(message + ": 3 series, 11 observations\n" + message
        + ": 1 observation without a value (no figure, not zero; not kept): A:ASIKHM001 2014\n");
    assertThat(lines(dir.resolve("a.jsonl"))).isEqualTo(agri(message));
  }

  @Test
  void sdmxNeedsMeasureAndDirection() throws IOException {
    Path message = Cli.copy(AGRI, dir);
    Cli.Result r = Cli.run("convert", "--from", "sdmx", message.toString(),
        dir.resolve("x.json").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).isEqualTo("migov: SDMX does not say what a series measures: give"
        + " --measure and --direction\n");
    assertThat(files(dir)).containsExactly(AGRI);
  }

  @Test
  void anAreaThatIsNoCountryIsAnErrorAtItsPlaceNamingTheOption() throws IOException {
    Path message = Cli.copy(AGRI, dir);
    Cli.Result r = Cli.run("convert", "--from", "sdmx", "--measure", "other", "--direction",
        "inflow", message.toString(), dir.resolve("x.json").toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    noTrace(r);
    assertThat(r.err()).isEqualTo("migov: " + message + ": unsupported at '/data/dataSets/0':"
        + " 'ASIKHM001' of REF_AREA is no ISO 3166-1 country: map it to one with --area"
        + " CODE=ISO3\n");
    assertThat(files(dir)).containsExactly(AGRI);
    Cli.Result bad = Cli.run("convert", "--from", "sdmx", "--measure", "other", "--direction",
        "inflow", "--area", "ASIKHM=KHMER", message.toString(), dir.resolve("x.json").toString());
    assertThat(bad.code()).isEqualTo(Migov.USAGE);
    assertThat(bad.err()).isEqualTo("migov: --area: 'KHMER' is not an ISO 3166-1 alpha-3"
        + " country code\n");
  }

  @Test
  void theDimensionOptionsMapTheMessage() {
    Path message = Cli.copy(EXR, dir);
    String out = dir.resolve("x.json").toString();
    Cli.Result unmapped = Cli.run("convert", "--from", "sdmx", "--measure", "other",
        "--direction", "inflow", message.toString(), out);
    assertThat(unmapped.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(unmapped.err()).isEqualTo("migov: " + message + ": unsupported at"
        + " '/dataSets/0/series/0': the series has no REF_AREA: name the dimension of the"
        + " reporting country with --ref-area-dimension ID\n");
    // mapped, the reader gets as far as the daily periods, which migov does not hold
    Cli.Result mapped = Cli.run("convert", "--from", "sdmx", "--measure", "other",
        "--direction", "inflow", "--ref-area-dimension", "CURRENCY", "--area", "NZD=NZL",
        "--area", "RUB=RUS", "--currency", "EUR", "--counterpart-area-dimension", "CP",
        "--frequency-dimension", "FREQ", "--time-period-dimension", "TIME_PERIOD",
        "--indicator-dimension", "EXR_TYPE", message.toString(), out);
    assertThat(mapped.code()).isEqualTo(Migov.DATA_ERRORS);
    noTrace(mapped);
    assertThat(mapped.err()).startsWith("migov: " + message + ": unsupported at"
        + " '/dataSets/0/series/0/observations/0'").contains("is a day");
    assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
  }

  // ---------------------------------------------------------------------------------------------
  // CSV

  @Test
  void aDatasetBecomesBothSetsOfTablesWithOneDataPackage() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path out = dir.resolve("tables");
    Cli.Result r = Cli.run("convert", "--to", "csv", seed.toString(), out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("not in the CSV tables: 7 organisations, 5 people, 1 country"
        + " figure (migov JSON keeps them)\n"
        + "the governance tables flatten the dataset: meetings' statements, sessions and sources"
        + " are not in them (migov JSON keeps them)\n"
        + "tables written: 1 series (2 observations); 1 dialogue, 2 meetings, 1 declaration\n");
    assertThat(files(out)).containsExactly("datapackage.json", "declarations.csv",
        "dialogues.csv", "goals.csv", "meetings.csv", "memberships.csv", "participation.csv",
        "remittance-observations.csv", "remittance-series.csv", "remittance-sources.csv");
    assertThat(files(dir)).containsExactly("seed-article.json", "tables");
    Dataset dataset = JSON.read(seed, Dataset.class);
    assertThat(RemittanceCsv.defaults().read(out)).isEqualTo(dataset.remittanceSeries());
    // one package of the nine tables, each path a file of the directory
    tools.jackson.databind.JsonNode p = tools.jackson.databind.json.JsonMapper.builder().build()
        .readTree(Files.readString(out.resolve("datapackage.json")));
    List<String> paths = new java.util.ArrayList<>();
    p.get("resources").forEach(res -> paths.add(res.get("path").asString()));
    assertThat(paths).containsExactlyInAnyOrder("dialogues.csv", "meetings.csv",
        "participation.csv", "declarations.csv", "goals.csv", "memberships.csv",
        "remittance-observations.csv", "remittance-series.csv", "remittance-sources.csv");
    assertThat(p.get("name").asString()).isEqualTo("migov-dataset");
    assertThat(Files.readString(out.resolve("meetings.csv"))).contains(
        "islamabad-legal-pathways-2025,budapest-process,thematic_meeting,");

    // back: the series, and the governance tables named as not read
    Path back = dir.resolve("back.json");
    Cli.Result b = Cli.run("convert", out.toString(), back.toString());
    assertThat(b.code()).isZero();
    assertThat(b.err()).isEqualTo(out + ": not read back (an export): dialogues.csv,"
        + " meetings.csv, participation.csv, declarations.csv, goals.csv, memberships.csv\n");
    assertThat(List.of(JSON.read(back, RemittanceSeries.class)))
        .isEqualTo(dataset.remittanceSeries());
  }

  @Test
  void worldBankAndSdmxSeriesGoThroughCsvAndBackEqual() throws IOException {
    Path page = Cli.copy(PAGE, dir);
    Path wb = dir.resolve("wb");
    assertThat(run(GDP, "--to", "csv", page.toString(), wb.toString()).code()).isZero();
    assertThat(files(wb)).containsExactly("datapackage.json", "remittance-observations.csv",
        "remittance-series.csv", "remittance-sources.csv");
    assertThat(Files.readString(wb.resolve("datapackage.json")))
        .isEqualTo(RemittanceCsv.defaults().dataPackage());
    Path back = dir.resolve("wb.json");
    Cli.Result r = Cli.run("convert", wb.resolve("datapackage.json").toString(),
        back.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(List.of(JSON.read(back, RemittanceSeries.class))).isEqualTo(gdp(page));

    Path message = Cli.copy(AGRI, dir);
    Path sdmx = dir.resolve("sdmx");
    assertThat(run(AGRI_OPTIONS, "--to", "csv", message.toString(), sdmx.toString()).code())
        .isZero();
    Path lines = dir.resolve("agri.jsonl");
    assertThat(Cli.run("convert", "--from", "csv", sdmx.toString(), lines.toString()).code())
        .isZero();
    assertThat(lines(lines)).isEqualTo(agri(message));
  }

  @Test
  void tablesWrittenBeforeAreReplacedAsASet() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path page = Cli.copy(PAGE, dir);
    Path out = dir.resolve("tables");
    assertThat(Cli.run("convert", "--to", "csv", seed.toString(), out.toString()).code())
        .isZero();
    // an existing directory is csv without --to
    assertThat(run(GDP, page.toString(), out.toString()).code()).isZero();
    assertThat(files(out)).containsExactly("datapackage.json", "remittance-observations.csv",
        "remittance-series.csv", "remittance-sources.csv");
    assertThat(RemittanceCsv.defaults().read(out)).isEqualTo(gdp(page));
    assertThat(files(dir)).containsExactly("seed-article.json", "tables", PAGE);
  }

  @Test
  void aDataPackageNameMeansItsDirectory() throws IOException {
    Path page = Cli.copy(PAGE, dir);
    Path out = dir.resolve("wb");
    assertThat(run(GDP, page.toString(), out.resolve("datapackage.json").toString()).code())
        .isZero();
    assertThat(files(out)).containsExactly("datapackage.json", "remittance-observations.csv",
        "remittance-series.csv", "remittance-sources.csv");
    assertThat(RemittanceCsv.defaults().read(out)).isEqualTo(gdp(page));
  }

  @Test
  void anErrorLeavesNoHalfWrittenSetAndTheOldOneUntouched() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path out = dir.resolve("tables");
    assertThat(Cli.run("convert", "--to", "csv", seed.toString(), out.toString()).code())
        .isZero();
    String before = Files.readString(out.resolve("meetings.csv"));
    Path broken = Cli.copy("broken-meeting.json", dir);
    Cli.Result r = Cli.run("convert", "--to", "csv", broken.toString(), out.toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    noTrace(r);
    assertThat(Files.readString(out.resolve("meetings.csv"))).isEqualTo(before);
    assertThat(files(out)).hasSize(10);
    Path fresh = dir.resolve("fresh");
    assertThat(Cli.run("convert", "--to", "csv", broken.toString(), fresh.toString()).code())
        .isEqualTo(Migov.DATA_ERRORS);
    assertThat(files(dir)).containsExactly("broken-meeting.json", "seed-article.json",
        "tables");
  }

  @Test
  void aDirectoryWithOtherFilesOrAFileIsNotOverwritten() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path other = Files.createDirectory(dir.resolve("other"));
    Cli.write(other, "notes.txt", "mine");
    Cli.Result r = Cli.run("convert", seed.toString(), other.toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).isEqualTo("migov: " + other + ": holds files that are not tables of"
        + " migov (notes.txt): give a new or empty directory\n");
    assertThat(files(other)).containsExactly("notes.txt");
    Path file = Cli.write(dir, "file", "mine");
    Cli.Result f = Cli.run("convert", "--to", "csv", seed.toString(), file.toString());
    assertThat(f.code()).isEqualTo(Migov.USAGE);
    assertThat(f.err()).isEqualTo("migov: " + file + ": is a file; the tables go into a"
        + " directory\n");
    assertThat(Files.readString(file)).isEqualTo("mine");
    Cli.Result dash = Cli.run("convert", "--to", "csv", seed.toString(), "-");
    assertThat(dash.code()).isEqualTo(Migov.USAGE);
    assertThat(dash.err()).isEqualTo("migov: the csv format is a directory of files: give OUT"
        + " as a directory, not -\n");
    Cli.Result parent = Cli.run("convert", "--to", "csv", seed.toString(),
        dir.resolve("no/tables").toString());
    assertThat(parent.code()).isEqualTo(Migov.USAGE);
    assertThat(parent.err()).endsWith("tables: its parent directory does not exist\n");
    assertThat(files(dir)).containsExactly("file", "other", "seed-article.json");
  }

  @Test
  void aBadCellIsAnErrorWithItsFileRowAndColumn() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path out = dir.resolve("tables");
    assertThat(Cli.run("convert", "--to", "csv", seed.toString(), out.toString()).code())
        .isZero();
    Path obs = out.resolve(RemittanceCsv.OBSERVATIONS_FILE);
    Files.writeString(obs, Files.readString(obs).replace(",34.9,", ",34.9x,"));
    Cli.Result r = Cli.run("convert", out.toString(), dir.resolve("back.json").toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    noTrace(r);
    assertThat(r.err()).startsWith("migov: " + out + ": invalid value in "
        + RemittanceCsv.OBSERVATIONS_FILE + ", row 2, column value");
    assertThat(Files.exists(dir.resolve("back.json"))).isFalse();
  }

  @Test
  void governanceTablesAloneAreNotReadBack() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path meetings = dir.resolve("meetings.jsonl");
    JSON.writeLines(JSON.read(seed, Dataset.class).meetings(), meetings);
    Path out = dir.resolve("tables");
    Cli.Result w = Cli.run("convert", "--to", "csv", meetings.toString(), out.toString());
    assertThat(w.code()).isZero();
    assertThat(w.err()).endsWith("tables written: 0 dialogues, 2 meetings, 0 declarations\n");
    Cli.Result r = Cli.run("convert", out.toString(), dir.resolve("x.json").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).isEqualTo("migov: " + out + ": has no remittance-series.csv: its"
        + " governance tables are an export and are not read back (migov JSON keeps the"
        + " dataset whole)\n");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Cli.Result e = Cli.run("convert", empty.toString(), dir.resolve("x.json").toString());
    assertThat(e.code()).isEqualTo(Migov.USAGE);
    assertThat(e.err()).isEqualTo("migov: " + empty + ": has no remittance-series.csv: not a"
        + " directory of migov's CSV tables\n");
  }

  @Test
  void objectsThatNoTableHoldsAreWrongUsage() {
    String good = "{\"format_version\":\"1.0\",\"period\":\"2024-01\",\"value\":1.5}";
    Path lines = Cli.write(dir, "obs.jsonl", good + "\n");
    Cli.Result r = Cli.run("convert", "--to", "csv", lines.toString(),
        dir.resolve("t").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).isEqualTo("migov: the CSV tables hold remittance series and the"
        + " dialogues, meetings and declarations of a dataset, not objects of type"
        + " observation\n");
    assertThat(Files.exists(dir.resolve("t"))).isFalse();
  }

  @Test
  void helpNamesTheNewFormatsAndOptions() {
    Cli.Result r = Cli.run("convert", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("worldbank").contains("sdmx").contains("datapackage.json")
        .contains("--indicator").contains("--measure").contains("--direction")
        .contains("--currency").contains("--unit-multiplier").contains("--ref-area-dimension")
        .contains("--counterpart-area-dimension").contains("--frequency-dimension")
        .contains("--time-period-dimension").contains("--indicator-dimension")
        .contains("--area");
  }
}
