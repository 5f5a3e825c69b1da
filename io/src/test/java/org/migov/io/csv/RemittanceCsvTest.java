package org.migov.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.csv.MigovCsvException.Problem;
import org.migov.model.Observation;
import org.migov.model.PartialDate;
import org.migov.model.RemittanceSeries;
import org.migov.model.Source;
import org.migov.model.SourceKind;
import org.migov.model.SeriesId;
import org.migov.testing.ModelGenerator;
import org.migov.testing.SeedArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tidy CSV of remittance series: round trips, the layout, the data package and every error. */
class RemittanceCsvTest {
  static final RemittanceCsv CSV = RemittanceCsv.defaults();

  static String observations(List<RemittanceSeries> series) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSV.writeObservations(series, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static String series(List<RemittanceSeries> series) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSV.writeSeries(series, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static String sources(List<RemittanceSeries> series) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSV.writeSources(series, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<RemittanceSeries> read(String series, String sources, String observations) {
    return CSV.read(in(series), in(sources), in(observations));
  }

  static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void datesAreWrittenAsIsoDatesForEveryYearAndMonth() {
    for (int year : new int[] {-1, 0, 7, 99, 999, 1000, 1960, 2024, 9999, 10000, 123456}) {
      for (int month = 1; month <= 12; month++) {
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        for (int day : new int[] {1, 9, 10, ym.lengthOfMonth()}) {
          assertThat(RemittanceCsv.isoDate(ym, day)).as("%s-%s", ym, day)
              .isEqualTo(ym.atDay(day).toString());
        }
      }
    }
  }

  @Test
  void seedArticleSeriesRoundTripsThroughADirectory(@TempDir Path dir) throws Exception {
    List<RemittanceSeries> seed = List.of(SeedArticle.remittances());
    CSV.write(seed, dir);
    assertThat(CSV.read(dir)).isEqualTo(seed);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "remittance-observations.csv", "remittance-series.csv", "remittance-sources.csv",
          "datapackage.json");
    }
  }

  @Test
  void seedArticleTidyTableHasOneRowPerObservation() {
    RemittanceSeries s = SeedArticle.remittances();
    String text = observations(List.of(s));
    String[] lines = text.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("series_id,reporter,counterpart,direction,measure,indicator,"
        + "frequency,currency,unit_multiplier,period,period_start,period_end,value,status,"
        + "qualifier,source_title,source_publisher,source_url,source_published,source_kind,"
        + "source_dateline,source_accessed");
    assertThat(lines).hasSize(s.observations().size() + 2);
    assertThat(lines[lines.length - 1]).isEmpty();
    for (int i = 0; i < s.observations().size(); i++) {
      var o = s.observations().get(i);
      assertThat(lines[i + 1]).startsWith(s.id().value() + ",PAK,,inflow,")
          .contains("," + o.period() + "," + o.period().start().atDay(1) + ","
              + o.period().end().atEndOfMonth() + "," + o.value().toPlainString() + ","
              + o.status().name().toLowerCase(java.util.Locale.ROOT) + ",");
    }
  }

  @Test
  void generatedSeriesRoundTrip() {
    ModelGenerator g = new ModelGenerator(15);
    List<RemittanceSeries> all = new ArrayList<>();
    Set<SeriesId> ids = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      RemittanceSeries s = g.remittanceSeries();
      if (ids.add(s.id())) {
        all.add(s);
      }
    }
    all.add(g.monthlySeries(500));
    all.add(g.irregularSeries(300));
    List<RemittanceSeries> back = read(series(all), sources(all), observations(all));
    assertThat(back).isEqualTo(all);
  }

  @Test
  void tidyTableAloneGivesSeriesWithoutTitlesAndSources() {
    RemittanceSeries s = SeedArticle.remittances();
    List<RemittanceSeries> back = CSV.readObservations(in(observations(List.of(s))));
    assertThat(back).containsExactly(s.toBuilder().title((String) null)
        .sources(List.of()).build());
  }

  @Test
  void valuesAreExactAndNegativeScalesKeepTheirExponent() {
    RemittanceSeries s = SeedArticle.remittances().toBuilder()
        .observations(List.of(
            org.migov.model.Observation.of(org.migov.model.Period.parse("FY2025"),
                new BigDecimal("3.49E+10")),
            org.migov.model.Observation.of(org.migov.model.Period.parse("FY2024"),
                new BigDecimal("0.000000000000000000000001")),
            // scale -100, the model's limit, though the exponent written is 104
            org.migov.model.Observation.of(org.migov.model.Period.parse("FY2023"),
                new BigDecimal("1.2345E+104"))))
        .build();
    String text = observations(List.of(s));
    assertThat(text).contains(",3.49E+10,").contains(",0.000000000000000000000001,")
        .contains(",1.2345E+104,");
    assertThat(read(series(List.of(s)), sources(List.of(s)), text)).containsExactly(s);
  }

  @Test
  void quotingFollowsRfc4180() {
    RemittanceSeries s = SeedArticle.remittances().toBuilder()
        .title("Remittances, \"workers\"\nline two").build();
    String text = series(List.of(s));
    assertThat(text).contains("\"Remittances, \"\"workers\"\"\nline two\"");
    assertThat(read(text, sources(List.of(s)), observations(List.of(s)))).containsExactly(s);
  }

  @Test
  void dataPackageDescribesEveryTableWithTypesAndKeys() {
    JsonNode p = JsonMapper.builder().build().readTree(CSV.dataPackage());
    assertThat(p.get("profile").stringValue()).isEqualTo("tabular-data-package");
    assertThat(p.get("name").stringValue()).matches("^[a-z0-9._-]+$");
    JsonNode resources = p.get("resources");
    assertThat(resources.size()).isEqualTo(3);
    List<String> csvHeaders = List.of(
        observations(List.of()).strip(), series(List.of()).strip(), sources(List.of()).strip());
    for (int i = 0; i < 3; i++) {
      JsonNode r = resources.get(i);
      assertThat(r.get("name").stringValue()).matches("^[a-z0-9._-]+$");
      assertThat(r.get("path").stringValue()).isEqualTo(r.get("name").stringValue() + ".csv");
      assertThat(r.get("profile").stringValue()).isEqualTo("tabular-data-resource");
      assertThat(r.get("encoding").stringValue()).isEqualTo("utf-8");
      JsonNode schema = r.get("schema");
      List<String> names = new ArrayList<>();
      for (JsonNode f : schema.get("fields")) {
        names.add(f.get("name").stringValue());
        assertThat(f.get("type").stringValue()).isIn("string", "integer", "number", "date");
      }
      assertThat(String.join(",", names)).isEqualTo(csvHeaders.get(i));
      for (JsonNode k : schema.get("primaryKey")) {
        assertThat(names).contains(k.stringValue());
      }
      assertThat(schema.get("missingValues").get(0).stringValue()).isEmpty();
    }
    JsonNode obs = resources.get(0).get("schema");
    assertThat(obs.get("fields").get(12).get("name").stringValue()).isEqualTo("value");
    assertThat(obs.get("fields").get(12).get("type").stringValue()).isEqualTo("number");
    assertThat(obs.get("fields").get(10).get("type").stringValue()).isEqualTo("date");
    assertThat(obs.get("foreignKeys").get(0).get("reference").get("resource").stringValue())
        .isEqualTo("remittance-series");
    JsonNode sourceFields = resources.get(2).get("schema").get("fields");
    assertThat(sourceFields.get(2).get("name").stringValue()).isEqualTo("title");
    assertThat(sourceFields.get(2).has("constraints")).isFalse();
    assertThat(sourceFields.get(4).get("format").stringValue()).isEqualTo("uri");
    assertThat(sourceFields.get(6).get("name").stringValue()).isEqualTo("kind");
    List<String> kinds = new ArrayList<>();
    sourceFields.get(6).get("constraints").get("enum").forEach(k -> kinds.add(k.stringValue()));
    assertThat(kinds).containsExactly("news_article", "press_release", "official_website",
        "statistical_database", "official_document", "speech_or_statement");
    for (int i : new int[] {5, 8}) {
      assertThat(sourceFields.get(i).get("constraints").get("pattern").stringValue())
          .isEqualTo("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    }
    assertThat(obs.get("fields").get(19).get("constraints").get("enum").size())
        .isEqualTo(SourceKind.values().length);
  }

  static void fails(Problem problem, String file, long row, String column, String detail,
      Runnable r) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(MigovCsvException.class, e -> {
      assertThat(e.problem()).isEqualTo(problem);
      assertThat(e.file()).isEqualTo(file);
      assertThat(e.row()).isEqualTo(row);
      assertThat(e.column()).isEqualTo(column);
      assertThat(e.detail()).startsWith(detail);
    });
  }

  @Test
  void errorsNameTheRowAndTheColumn() {
    List<RemittanceSeries> seed = List.of(SeedArticle.remittances());
    String series = series(seed);
    String sources = sources(seed);
    String obs = observations(seed);
    String o = "remittance-observations.csv";
    fails(Problem.INVALID_VALUE, o, 2, "value", "'34.9x' is not a decimal number",
        () -> read(series, sources, obs.replaceFirst(",34\\.9,", ",34.9x,")));
    fails(Problem.INCONSISTENT, o, 2, "reporter", "'HUN' differs from 'PAK'",
        () -> read(series, sources, obs.replaceFirst(",PAK,", ",HUN,")));
    fails(Problem.INVALID_VALUE, o, 3, "status", "'soon' is not one of",
        () -> read(series, sources, obs.replace(",forecast,", ",soon,")));
    fails(Problem.WRONG_HEADER, o, 1, "x", "the table has no column 'x'",
        () -> read(series, sources, obs.replaceFirst(",value,", ",x,")));
    fails(Problem.WRONG_HEADER, o, 1, "period", "the column appears twice",
        () -> read(series, sources, obs.replaceFirst(",value,", ",period,")));
    fails(Problem.WRONG_ROW_LENGTH, o, 2, "", "the row has 21 cells but the header 22",
        () -> read(series, sources, obs.replaceFirst(",inflow,", ",")));
    fails(Problem.INCONSISTENT, "remittance-series.csv", 3, "series_id", "the series "
        + "'pak-remittances-inflow' appears twice",
        () -> read(series + series.substring(series.indexOf("\r\n") + 2), sources, obs));
    fails(Problem.EMPTY_INPUT, "remittance-sources.csv", -1, "", "the table has no header",
        () -> read(series, "", obs));
    fails(Problem.MALFORMED_CSV, "remittance-series.csv", 2, "", "",
        () -> read(series.replaceFirst("pak-", "\"pak-"), sources, obs));
  }

  /** A source with every attribute the model has. */
  static final Source FULL = Source.builder()
      .title("Remittances rise again")
      .kind(SourceKind.NEWS_ARTICLE)
      .publisher("Dawn")
      .url(URI.create("https://www.dawn.com/news/1"))
      .published(PartialDate.of(2025, 6, 21))
      .dateline("Islamabad")
      .accessed(PartialDate.parse("2025-07"))
      .build();

  static RemittanceSeries withSources() {
    Source publisherOnly = Source.builder().publisher("State Bank of Pakistan")
        .kind(SourceKind.STATISTICAL_DATABASE).accessed(PartialDate.parse("2025")).build();
    Source urlOnly = Source.builder()
        .url(URI.create("https://www.sbp.org.pk/ecodata/Homeremit.pdf"))
        .kind(SourceKind.OFFICIAL_DOCUMENT).dateline("Karachi").build();
    RemittanceSeries seed = SeedArticle.remittances();
    List<Observation> obs = new ArrayList<>(seed.observations());
    obs.set(0, obs.get(0).toBuilder().source(FULL).build());
    obs.set(1, obs.get(1).toBuilder().source(urlOnly).build());
    return seed.toBuilder().sources(List.of(FULL, publisherOnly, urlOnly)).observations(obs)
        .build();
  }

  @Test
  void sourcesWithEveryAttributeAndWithoutTitleRoundTrip(@TempDir Path dir) throws Exception {
    RemittanceSeries s = withSources();
    assertThat(s.observations().get(1).source().orElseThrow().title()).isEmpty();
    List<RemittanceSeries> all = List.of(s, SeedArticle.remittances().toBuilder()
        .id(SeriesId.of("no-sources")).sources(List.of()).build());
    CSV.write(all, dir);
    assertThat(CSV.read(dir)).isEqualTo(all);
    assertThat(read(series(all), sources(all), observations(all))).isEqualTo(all);
    String table = Files.readString(dir.resolve("remittance-sources.csv"));
    assertThat(table.split("\r\n")).containsExactly(
        "series_id,position,title,publisher,url,published,kind,dateline,accessed",
        "pak-remittances-inflow,1,Remittances rise again,Dawn,https://www.dawn.com/news/1,"
            + "2025-06-21,news_article,Islamabad,2025-07",
        "pak-remittances-inflow,2,,State Bank of Pakistan,,,statistical_database,,2025",
        "pak-remittances-inflow,3,,,https://www.sbp.org.pk/ecodata/Homeremit.pdf,,"
            + "official_document,Karachi,");
    String[] rows = observations(all).split("\r\n");
    assertThat(rows[1]).endsWith(",Remittances rise again,Dawn,https://www.dawn.com/news/1,"
        + "2025-06-21,news_article,Islamabad,2025-07");
    assertThat(rows[2]).endsWith(",,,https://www.sbp.org.pk/ecodata/Homeremit.pdf,,"
        + "official_document,Karachi,");
  }

  @Test
  void unidentifiedOrMalformedSourcesAreRefusedAtTheirColumn() {
    List<RemittanceSeries> one = List.of(withSources());
    String series = series(one);
    String sources = sources(one);
    String obs = observations(one);
    String src = "remittance-sources.csv";
    String o = "remittance-observations.csv";
    fails(Problem.INVALID_VALUE, src, 3, "title", "a source needs at least one of 'publisher', "
        + "'title' and 'url'",
        () -> read(series, sources.replace(",State Bank of Pakistan,", ",,"), obs));
    fails(Problem.INVALID_VALUE, o, 3, "source_title", "a source needs at least one of "
        + "'publisher', 'title' and 'url'",
        () -> read(series, sources, obs.replace(",https://www.sbp.org.pk/ecodata/Homeremit.pdf,"
            + ",official_document,", ",,,official_document,")));
    fails(Problem.INVALID_VALUE, src, 2, "kind", "'blog' is not one of news_article, ",
        () -> read(series, sources.replace(",news_article,", ",blog,"), obs));
    fails(Problem.INVALID_VALUE, o, 2, "source_accessed", "",
        () -> read(series, sources, obs.replace(",Islamabad,2025-07", ",Islamabad,July 2025")));
    fails(Problem.INVALID_VALUE, src, 2, "dateline", "",
        () -> read(series, sources.replace(",Islamabad,", ", ,"), obs));
    fails(Problem.INVALID_VALUE, src, 2, "url", "",
        () -> read(series, sources.replace("https://www.dawn.com/news/1",
            "https://www.dawn.com/news/é"), obs));
  }

  @Test
  void limitsAreEnforced() {
    List<RemittanceSeries> seed = List.of(SeedArticle.remittances());
    RemittanceCsv small = RemittanceCsv.withLimits(20, 1, 5);
    fails(Problem.LIMIT_EXCEEDED, "remittance-series.csv", 2, "", "a cell is longer than 20",
        () -> small.read(in(series(seed)), in(sources(seed)), in(observations(seed))));
  }
}
