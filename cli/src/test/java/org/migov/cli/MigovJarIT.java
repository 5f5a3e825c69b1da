package org.migov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a person runs it: exit codes, and results and errors on their streams. */
class MigovJarIT {
  @TempDir
  Path dir;

  @Test
  void validatesTheSeedArticle() throws Exception {
    Path seed = Cli.copy("seed-article.json", dir);
    JarProcess.Result r = JarProcess.run(dir, List.of(), "validate", seed.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).endsWith("valid: 1 file checked, 1 valid; 0 errors, 0 warnings\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void dataErrorsGoToStandardOutputWithExitCodeOne() throws Exception {
    Path broken = Cli.copy("broken-meeting.json", dir);
    JarProcess.Result r = JarProcess.run(dir, List.of(), "validate", broken.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(broken + ":4:5: error: /meetings/0/end: ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void badInputNeverPrintsAStackTrace() throws Exception {
    Path garbage = Files.write(dir.resolve("garbage.json"), new byte[] {(byte) 0xff, '{', 0});
    for (String command : new String[] {"validate", "summary", "convert"}) {
      JarProcess.Result r = command.equals("convert")
          ? JarProcess.run(dir, List.of(), command, garbage.toString(), "out.jsonl")
          : JarProcess.run(dir, List.of(), command, garbage.toString());
      assertThat(r.code()).as(command).isEqualTo(1);
      assertThat(r.out() + r.err()).as(command).doesNotContain("Exception").doesNotContain("\tat ")
          .contains("garbage.json");
    }
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }

  @Test
  void wrongUsageGoesToStandardErrorWithExitCodeTwo() throws Exception {
    JarProcess.Result r = JarProcess.run(dir, List.of(), "validate", "missing.json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("migov: missing.json: no such file\n");
    JarProcess.Result option = JarProcess.run(dir, List.of(), "validate", "--bogus",
        "x.json");
    assertThat(option.code()).isEqualTo(2);
    assertThat(option.out()).isEmpty();
    assertThat(option.err()).contains("Unknown option: '--bogus'");
  }

  @Test
  void drawsAChartHeadless() throws Exception {
    Path seed = Cli.copy("seed-article.json", dir);
    JarProcess.Result r = JarProcess.run(dir, List.of(), "chart", seed.toString(), "-o",
        "chart.png");
    assertThat(r.code()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("chart.png"))).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void printsItsVersionWithoutColour() throws Exception {
    JarProcess.Result r = JarProcess.run(dir, List.of(), "--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("migov 0.1.0");
    JarProcess.Result help = JarProcess.run(dir, List.of(), "--help");
    assertThat(help.out()).doesNotContain("\u001b[");
  }
}
