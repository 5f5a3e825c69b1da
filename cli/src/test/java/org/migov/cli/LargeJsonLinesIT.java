package org.migov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migov validate} on a million JSON Lines observations (77 MB), in a process with a heap
 * of 256 MiB and in one of 32 MiB: reading holds one line at a time, so the heap needed does not
 * grow with the file.
 */
class LargeJsonLinesIT {
  private static final int LINES = 1_000_000;

  @TempDir
  Path dir;

  @Test
  void aMillionObservationsInA256MiBHeap() throws Exception {
    Path file = dir.resolve("observations.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < LINES; i++) {
        int month = i % 12 + 1;
        int year = 1900 + i / 12 % 100;
        w.write("{\"format_version\":\"1.0\",\"period\":\"" + year + "-"
            + (month < 10 ? "0" : "") + month + "\",\"value\":" + (i % 1000) + "."
            + (i % 7) + ",\"status\":\"" + (i % 10 == 0 ? "forecast" : "normal")
            + "\"}\n");
        if (i == 500_000) {
          // one bad line in the middle: reported, and reading goes on
          w.write("{\"format_version\":\"1.0\",\"period\":\"2024-13\",\"value\":1}\n");
        }
      }
    }
    String expected = file + ":500002:34: error: invalid value at '/period': '2024-13' is not"
        + " a period: use 2025-05, 2025-Q1, 2025, FY2025, FY2025@04 or 2024-07/2025-05"
        + " [period.invalid]\n"
        + file + ": invalid (observation, JSON Lines, 1000000 objects, 1 error, 0 warnings)\n"
        + "invalid: 1 file checked, 0 valid; 1 error, 0 warnings\n";
    // the heap the issue names, and one eight times smaller, in which a million observations
    // held at once could not fit
    for (String heap : new String[] {"-Xmx256m", "-Xmx32m"}) {
      JarProcess.Result r = JarProcess.run(dir, List.of(heap), "validate", "--type",
          "observation", file.toString());
      assertThat(r.err()).as(heap).isEmpty();
      assertThat(r.code()).as(heap).isEqualTo(1);
      assertThat(r.out()).as(heap).isEqualTo(expected);
    }
  }
}
