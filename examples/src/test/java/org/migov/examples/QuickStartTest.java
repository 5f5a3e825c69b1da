package org.migov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  private static final Path SOURCE = Path.of("src/main/java/org/migov/examples/QuickStart.java");

  @Test
  void quickStartReportsMissingSourcesAsWarningsAndReadsBackWhatItWrote() {
    String out = captureStandardOutput(() -> QuickStart.main(new String[0]));

    assertThat(out).contains(
        "warning dataset.dialogues[0].sources: [sources.missing] 'budapest-process' cites no "
            + "source",
        "warning dataset.meetings[0].sources: [sources.missing] "
            + "'islamabad-legal-pathways-2025' cites no source",
        "\"format_version\": \"1.1\"",
        "\"kind\": \"thematic_meeting\"",
        "\"qualifier\": \"more_than\"",
        "read back equals the original: true");
    assertThat(out).doesNotContain("error ");
  }

  @Test
  void readmeQuickStartIsTheImportsAndTheCodeOfQuickStartLineForLine() throws IOException {
    List<String> readme = Readme.javaBlockAfter("## Quick start");
    List<String> imports = Readme.imports(SOURCE);
    List<String> code = Readme.between(SOURCE, "// README quick start: begin",
        "// README quick start: end");

    assertThat(imports).hasSizeGreaterThan(10);
    assertThat(code).hasSizeGreaterThan(15);
    List<String> expected = new ArrayList<>(imports);
    expected.addAll(code);
    assertThat(readme).containsExactlyElementsOf(expected);
  }

  static String captureStandardOutput(Runnable action) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
