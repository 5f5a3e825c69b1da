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

  /** Deleting the regression inputs would make the fuzz test pass without testing anything. */
  @org.junit.jupiter.api.Test
  void hasRegressionInputs() throws Exception {
    java.net.URL url = FuzzCsvTest.class.getResource("FuzzCsvTestInputs/readObservations");
    org.assertj.core.api.Assertions.assertThat(url).isNotNull();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
        java.nio.file.Path.of(url.toURI()))) {
      org.assertj.core.api.Assertions.assertThat(files.count()).isGreaterThanOrEqualTo(2);
    }
  }
}
