package org.migov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudapestProcessQuestionsTest {
  private static final Path SOURCE =
      Path.of("src/main/java/org/migov/examples/BudapestProcessQuestions.java");

  @Test
  void theAnswersListTheMeetingsInOrderTheGoalsMeetingAndBothSidesOfEachDisagreement() {
    String out = QuickStartTest.captureStandardOutput(
        () -> BudapestProcessQuestions.main(new String[0]));

    assertThat(out).containsSubsequence(
        "1991-10-30  Ministerial Conference, Berlin",
        "1993-02-15  Ministerial Conference, Budapest",
        "2010-11-03  Senior Officials Meeting, Istanbul",
        "2024-06-26  34th Senior Officials Meeting, Stockholm",
        "2024-11-12  7th Budapest Process Ministerial Conference, Budapest",
        "?  Budapest Process Thematic Meeting on Legal Pathways for Migration, Islamabad");
    assertThat(out).contains("advances goal 2: islamabad-legal-pathways-2025",
        "budapest-ministerial-conference-2024 start:",
        "  2024-11-12 by [https://www.budapestprocess.org/meetings/ministerial-conferences]",
        "  2024-11-11 by [ICMPD]",
        "established 1993 by European Commission, Migration and Home Affairs",
        "established 1991 by IOM",
        "budapest-declaration-2024 title: Ministerial Declaration and Call for Action "
            + "(2025–2030) (1 source)",
        "valid");
    assertThat(out).endsWith("valid" + System.lineSeparator());
  }

  @Test
  void readmeQuestionsAreTheImportsAndTheCodeOfTheExampleLineForLine() throws IOException {
    List<String> readme = Readme.javaBlockAfter(
        "## Disagreeing sources, and the Budapest Process as sourced data");
    List<String> expected = new ArrayList<>(Readme.imports(SOURCE));
    expected.addAll(Readme.between(SOURCE, "// README questions: begin",
        "// README questions: end"));

    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(readme).containsExactlyElementsOf(expected);
  }
}
