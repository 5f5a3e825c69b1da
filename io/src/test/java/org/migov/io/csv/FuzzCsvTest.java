package org.migov.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.migov.model.RemittanceSeries;

/**
 * Fuzz test of {@link RemittanceCsv#readObservations}: arbitrary bytes give series or a {@link
 * MigovCsvException}, nothing else; series read are written and read back equal. Without {@code
 * JAZZER_FUZZ}, the inputs under {@code FuzzCsvTestInputs/readObservations/} run as ordinary
 * tests; to fuzz: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=5m mvn -B -pl io -am test
 * -Dtest=FuzzCsvTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FuzzCsvTest {
  @FuzzTest(maxDuration = "5m")
  void readObservations(byte[] bytes) {
    List<RemittanceSeries> read;
    try {
      read = RemittanceCsv.defaults().readObservations(new ByteArrayInputStream(bytes));
    } catch (MigovCsvException e) {
      assertNotNull(e.problem());
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RemittanceCsv.defaults().writeObservations(read, out);
    assertEquals(read, RemittanceCsv.defaults().readObservations(
        new ByteArrayInputStream(out.toByteArray())), "written and read back");
  }

  /**
   * The three tables read together: the input holds the series, sources and observations tables
   * separated by the byte 0x1E (record separator); read series are written and read back equal.
   */
  @FuzzTest(maxDuration = "5m")
  void readTables(byte[] bytes) {
    byte[][] parts = new byte[3][];
    int from = 0;
    for (int k = 0; k < 3; k++) {
      int to = from;
      while (to < bytes.length && (bytes[to] != 0x1E || k == 2)) {
        to++;
      }
      parts[k] = java.util.Arrays.copyOfRange(bytes, Math.min(from, bytes.length),
          Math.min(to, bytes.length));
      from = to + 1;
    }
    List<RemittanceSeries> read;
    try {
      read = RemittanceCsv.defaults().read(new ByteArrayInputStream(parts[0]),
          new ByteArrayInputStream(parts[1]), new ByteArrayInputStream(parts[2]));
    } catch (MigovCsvException e) {
      assertNotNull(e.problem());
      return;
    }
    ByteArrayOutputStream series = new ByteArrayOutputStream();
    ByteArrayOutputStream sources = new ByteArrayOutputStream();
    ByteArrayOutputStream observations = new ByteArrayOutputStream();
    RemittanceCsv.defaults().writeSeries(read, series);
    RemittanceCsv.defaults().writeSources(read, sources);
    RemittanceCsv.defaults().writeObservations(read, observations);
    assertEquals(read, RemittanceCsv.defaults().read(
        new ByteArrayInputStream(series.toByteArray()),
        new ByteArrayInputStream(sources.toByteArray()),
        new ByteArrayInputStream(observations.toByteArray())), "written and read back");
  }

  /** Deleting the regression inputs would make the fuzz test pass without testing anything. */
  @org.junit.jupiter.api.Test
  void hasRegressionInputs() throws Exception {
    for (String target : List.of("readObservations", "readTables")) {
      java.net.URL url = FuzzCsvTest.class.getResource("FuzzCsvTestInputs/" + target);
      org.assertj.core.api.Assertions.assertThat(url).as(target).isNotNull();
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
          java.nio.file.Path.of(url.toURI()))) {
        org.assertj.core.api.Assertions.assertThat(files.count()).isGreaterThanOrEqualTo(2);
      }
    }
  }

  /** The seed inputs of {@link #readTables} read: the fuzzer starts from valid tables. */
  @org.junit.jupiter.api.Test
  void seedTablesRead() throws Exception {
    java.net.URL url = FuzzCsvTest.class.getResource("FuzzCsvTestInputs/readTables/seed-article");
    byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(url.toURI()));
    String[] parts = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\u001e");
    org.assertj.core.api.Assertions.assertThat(RemittanceCsv.defaults().read(
        new ByteArrayInputStream(parts[0].getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new ByteArrayInputStream(parts[1].getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new ByteArrayInputStream(parts[2].getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .containsExactly(org.migov.testing.SeedArticle.remittances());
    // the seed with every attribute of a source, and sources without a title, reads too
    java.net.URL every = FuzzCsvTest.class.getResource(
        "FuzzCsvTestInputs/readTables/every-source-field");
    String[] tables = java.nio.file.Files.readString(java.nio.file.Path.of(every.toURI()))
        .split("\u001e");
    List<RemittanceSeries> read = RemittanceCsv.defaults().read(
        new ByteArrayInputStream(tables[0].getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new ByteArrayInputStream(tables[1].getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new ByteArrayInputStream(tables[2].getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    org.assertj.core.api.Assertions.assertThat(read.get(0).sources()).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(read.get(0).sources().get(1).title()).isEmpty();
    org.assertj.core.api.Assertions.assertThat(read.get(0).sources().get(1).kind())
        .contains(org.migov.model.SourceKind.STATISTICAL_DATABASE);
    org.assertj.core.api.Assertions.assertThat(read.get(0).observations().get(0).source()
        .flatMap(org.migov.model.Source::dateline)).contains("Lahore");
  }
}
