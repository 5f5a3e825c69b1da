package org.migov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.csv.RemittanceCsv;
import org.migov.model.RemittanceSeries;

class InteropExampleTest {
  @Test
  void readsBothSamplesAndWritesTablesThatReadBackEqual(@TempDir Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<RemittanceSeries> series = InteropExample.run(
        new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains(
        "no value: JPN NY.GDP.MKTP.CD 2020",
        "wb-jpn-ny-gdp-mktp-cd: GDP (current US$), Japan, annual, USD x 10^0",
        "  2019  5081769542379.77",
        "sdmx-a-asikhm: (untitled), annual, XXX x 10^3",
        "  2017  5541.424");
    assertThat(RemittanceCsv.defaults().read(dir)).isEqualTo(series);
    assertThat(dir.resolve("datapackage.json")).exists();
  }
}
