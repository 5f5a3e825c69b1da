package org.migov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  @TempDir
  Path dir;

  private Path large() throws IOException {
    Path file = dir.resolve("observations.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (Files.size(file) < Progress.THRESHOLD + 1024) {
        for (int i = 0; i < 10_000; i++) {
          w.write("{\"format_version\":\"1.0\",\"period\":\"2024-01\",\"value\":1.5}\n");
        }
        w.flush();
      }
    }
    return file;
  }

  private static String[] run(Terminal terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Migov.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void aLargeFileShowsProgressOnStandardErrorOnlyInATerminal() throws IOException {
    Path file = large();
    String[] terminal = run(new Terminal(true, false), "validate", file.toString());
    String[] pipe = run(Terminal.NONE, "validate", file.toString());
    assertThat(terminal[0]).isEqualTo("0");
    assertThat(terminal[2]).startsWith("\robservations.jsonl [")
        .containsPattern("#+ +\\] [4-6][0-9]%")
        .contains("[##############################] 100%").endsWith("\r");
    // the results are the same, and nothing else is written without a terminal
    assertThat(terminal[1]).isEqualTo(pipe[1]);
    assertThat(pipe[2]).isEmpty();
  }

  @Test
  void aSmallFileShowsNoProgress() {
    Path seed = Cli.copy("seed-article.json", dir);
    String[] r = run(new Terminal(true, true), "validate", seed.toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[2]).isEmpty();
  }

  @Test
  void helpIsColouredOnlyWhenTheTerminalAllows() {
    assertThat(run(new Terminal(true, true), "--help")[1]).contains("\u001b[");
    assertThat(run(new Terminal(true, false), "--help")[1]).doesNotContain("\u001b[");
  }
}
