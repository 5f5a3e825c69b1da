package org.migov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {
  @TempDir
  Path dir;

  @Test
  void theSeedArticlesRemittancesAsSvg() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path svg = dir.resolve("chart.svg");
    Cli.Result r = Cli.run("chart", seed.toString(), "-o", svg.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("migov: wrote " + svg + " (1 series)\n");
    String text = Files.readString(svg);
    assertThat(text).startsWith("<?xml").contains("<svg ").contains("values in USD billions;")
        .contains("Remittances, PAK (inflow)").contains("more than 38").contains("34.9")
        .contains("2024-07/2025-05").contains("FY2025").contains("stroke-dasharray");
    // the same chart gives the same bytes
    Path again = dir.resolve("again.svg");
    Cli.run("chart", seed.toString(), "-o", again.toString());
    assertThat(Files.readString(again)).isEqualTo(text);
  }

  @Test
  void pngWithTitleAndSize() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path png = dir.resolve("chart.png");
    Cli.Result r = Cli.run("chart", seed.toString(), "-o", png.toString(), "--title",
        "Remittances to Pakistan", "--width", "640", "--height", "360");
    assertThat(r.code()).isZero();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    // the IHDR chunk: width and height, big-endian, at bytes 16 to 23
    assertThat(java.nio.ByteBuffer.wrap(bytes, 16, 8).getInt()).isEqualTo(640);
    assertThat(java.nio.ByteBuffer.wrap(bytes, 20, 4).getInt()).isEqualTo(360);
  }

  @Test
  void theFormatOptionOverridesTheName() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path out = dir.resolve("chart.img");
    Cli.Result unknown = Cli.run("chart", seed.toString(), "-o", out.toString());
    assertThat(unknown.code()).isEqualTo(Migov.USAGE);
    assertThat(unknown.err()).contains("cannot tell the chart's format");
    assertThat(Cli.run("chart", seed.toString(), "-o", out.toString(), "--format", "svg")
        .code()).isZero();
    assertThat(Files.readString(out)).contains("<svg ");
  }

  @Test
  void anUnknownSeriesIsWrongUsage() {
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result r = Cli.run("chart", seed.toString(), "-o", dir.resolve("c.svg").toString(),
        "--series", "pak-remittances-outflow");
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).endsWith("has no series 'pak-remittances-outflow'; its series are"
        + " pak-remittances-inflow\n");
    assertThat(dir.resolve("c.svg")).doesNotExist();
    Cli.Result named = Cli.run("chart", seed.toString(), "-o", dir.resolve("c.svg").toString(),
        "--series", "pak-remittances-inflow");
    assertThat(named.code()).isZero();
  }

  @Test
  void aFileWithoutSeriesIsWrongInput() {
    Path broken = Cli.write(dir, "none.json", "{\"format_version\":\"1.0\"}");
    Cli.Result r = Cli.run("chart", broken.toString(), "-o", dir.resolve("c.svg").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).endsWith("holds no remittance series with observations\n");
  }

  @Test
  void theOutputIsRequired() {
    Cli.Result r = Cli.run("chart", "x.json");
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).contains("Missing required option: '--output=CHART'");
  }

  @Test
  void aSizeOutOfRangeIsWrongUsage() {
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result r = Cli.run("chart", seed.toString(), "-o", dir.resolve("c.svg").toString(),
        "--width", "5");
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).contains("100 to 10000 pixels");
  }

  private static String series(String id, String reporter, int multiplier) {
    return "{\"format_version\":\"1.0\",\"id\":\"" + id + "\",\"reporter\":\"" + reporter
        + "\",\"direction\":\"inflow\",\"measure\":\"unspecified\",\"currency\":\"USD\","
        + "\"unit_multiplier\":" + multiplier + ",\"frequency\":\"irregular\",\"observations\":["
        + "{\"period\":\"2022\",\"value\":29.9},{\"period\":\"2023\",\"value\":27},"
        + "{\"period\":\"2024\",\"value\":31,\"status\":\"forecast\",\"qualifier\":\"about\"}]}";
  }

  @Test
  void severalSeriesFromJsonLinesShareOneAxis() throws IOException {
    Path lines = Cli.write(dir, "series.jsonl", series("pak", "PAK", 9) + "\n"
        + series("bgd", "BGD", 9) + "\n");
    Path svg = dir.resolve("two.svg");
    Cli.Result r = Cli.run("chart", lines.toString(), "-o", svg.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("migov: wrote " + svg + " (2 series)\n");
    String text = Files.readString(svg);
    assertThat(text).contains(">Remittances<").contains("pak (PAK, inflow)")
        .contains("bgd (BGD, inflow) (forecast)").contains(">about 31<").contains(">2022<");
  }

  @Test
  void seriesInDifferentUnitsAreRefused() {
    Path lines = Cli.write(dir, "series.jsonl", series("pak", "PAK", 9) + "\n"
        + series("bgd", "BGD", 6) + "\n");
    Cli.Result r = Cli.run("chart", lines.toString(), "-o", dir.resolve("c.svg").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).contains("different units (USD billions, USD millions)");
    Cli.Result one = Cli.run("chart", lines.toString(), "-o", dir.resolve("c.svg").toString(),
        "--series", "bgd");
    assertThat(one.code()).isZero();
  }
}
