package org.migov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;

class ReadingExampleTest {
  private static final class Run {
    final boolean read;
    final String out;

    Run(Optional<Path> file) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      this.read = ReadingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), file);
      this.out = bytes.toString(StandardCharsets.UTF_8);
    }
  }

  private static String sample() throws IOException {
    try (InputStream in = ReadingExample.class.getResourceAsStream(ReadingExample.SAMPLE)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void bundledSampleIsReadAndItsReportHasOneWarning() {
    Run run = new Run(Optional.empty());

    assertThat(run.read).isTrue();
    assertThat(run.out).contains(
        "Reading the bundled sample budapest-process.json",
        "It holds 1 dialogue(s), 1 organisation(s), 0 person(s), 1 declaration(s), 2 meeting(s),"
            + " 0 remittance series and 0 country figure(s).",
        "Validation report: 0 error(s), 1 warning(s)",
        "warning dataset.meetings[0].sources: [sources.missing] 'budapest-ministerial-2024' "
            + "cites no source");
  }

  @Test
  void brokenFileGivesAModelViolationWithTheJsonPointerOfTheEnd() {
    Run run = new Run(Optional.empty());

    assertThat(run.out).contains(
        "  model violation at '/meetings/0/end' (line 4, column 5): 'end' (2024-11-11) lies "
            + "before the start (2024-11-12) [date.range.reversed]",
        "  problem: MODEL_VIOLATION",
        "  JSON Pointer: /meetings/0/end",
        "  violation at /meetings/0/end: [date.range.reversed]");
    assertThat(run.out).doesNotContain("unexpectedly");
  }

  @Test
  void readsAFileGivenAsArgument(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("copy.json");
    Files.writeString(file, sample(), StandardCharsets.UTF_8);

    Run run = new Run(Optional.of(file));

    assertThat(run.read).isTrue();
    assertThat(run.out).contains("Reading " + file, "2 meeting(s)");
  }

  @Test
  void aMalformedFileGivenAsArgumentIsReportedWithItsPosition(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("truncated.json");
    Files.writeString(file, "{\"format_version\": \"1.0\", \"meetings\": [", StandardCharsets.UTF_8);

    Run run = new Run(Optional.of(file));

    assertThat(run.read).isFalse();
    assertThat(run.out).contains("The file cannot be read: malformed json at '/meetings'");
  }

  @Test
  void bundledSampleIsExactlyWhatTheLibraryWrites() throws IOException {
    String text = sample();

    Dataset dataset = MigovJson.defaults().read(text, Dataset.class);

    assertThat(MigovJson.defaults().pretty().write(dataset)).isEqualTo(text);
  }
}
