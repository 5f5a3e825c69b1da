package org.migov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the code blocks of README.md and the code they must match, for the examples' tests. */
final class Readme {
  private static final Path README = Path.of("../README.md");

  private Readme() {}

  /** Returns the non-blank, stripped lines of the first Java block after a heading. */
  static List<String> javaBlockAfter(String heading) throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int at = lines.indexOf(heading);
    assertThat(at).as("README.md has the heading %s", heading).isNotNegative();
    int start = lines.subList(at, lines.size()).indexOf("```java") + at;
    assertThat(start).as("a Java block follows %s", heading).isGreaterThan(at);
    int end = lines.subList(start + 1, lines.size()).indexOf("```") + start + 1;
    return stripped(lines.subList(start + 1, end));
  }

  /** Returns the import lines of a source file, stripped, in order. */
  static List<String> imports(Path source) throws IOException {
    List<String> imports = new ArrayList<>();
    for (String line : stripped(Files.readAllLines(source, StandardCharsets.UTF_8))) {
      if (line.startsWith("import ")) {
        imports.add(line);
      }
    }
    return imports;
  }

  /** Returns the non-blank, stripped lines of a source file between two marker lines. */
  static List<String> between(Path source, String begin, String end) throws IOException {
    List<String> lines = stripped(Files.readAllLines(source, StandardCharsets.UTF_8));
    assertThat(lines).contains(begin, end);
    return lines.subList(lines.indexOf(begin) + 1, lines.indexOf(end));
  }

  private static List<String> stripped(List<String> lines) {
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        result.add(line.strip());
      }
    }
    return result;
  }
}
