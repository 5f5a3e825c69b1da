package org.migov.io.worldbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Fuzz test of {@link WorldBankReader}: reading arbitrary bytes gives a result or a {@link
 * WorldBankException}, nothing else, and bytes and streams give the same. Without {@code
 * JAZZER_FUZZ}, the inputs under {@code FuzzWorldBankTestInputs/readPage/} (the real responses)
 * run as ordinary tests; to fuzz: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=5m mvn -B -pl io -am
 * test -Dtest=FuzzWorldBankTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FuzzWorldBankTest {
  static final WorldBankReader READER = WorldBankReaderTest.READER;

  @FuzzTest(maxDuration = "5m")
  void readPage(byte[] bytes) {
    String fromBytes = outcome(() -> READER.read(bytes));
    String fromStream = outcome(() -> READER.read(List.of(new ByteArrayInputStream(bytes))));
    assertEquals(fromBytes, fromStream, "bytes and stream disagree");
  }

  static String outcome(java.util.function.Supplier<WorldBankResult> read) {
    try {
      WorldBankResult r = read.get();
      assertNotNull(r.series());
      return r.toString();
    } catch (WorldBankException e) {
      assertNotNull(e.problem());
      return e.getMessage();
    }
  }

  /** Deleting the regression inputs would make the fuzz test pass without testing anything. */
  @org.junit.jupiter.api.Test
  void hasRegressionInputs() throws Exception {
    java.net.URL url = FuzzWorldBankTest.class.getResource("FuzzWorldBankTestInputs/readPage");
    org.assertj.core.api.Assertions.assertThat(url).isNotNull();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
        java.nio.file.Path.of(url.toURI()))) {
      org.assertj.core.api.Assertions.assertThat(files.count()).isGreaterThanOrEqualTo(2);
    }
  }
}
