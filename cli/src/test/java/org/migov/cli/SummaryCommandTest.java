package org.migov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;
import tools.jackson.databind.JsonNode;

class SummaryCommandTest {
  @TempDir
  Path dir;

  @Test
  void textSaysWhatTheSeedArticleHolds() {
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result r = Cli.run("summary", seed.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("seed-article.json\n  1 dialogue, 7 organisations, 5 people,"
        + " 1 declaration, 2 meetings, 1 remittance series, 1 country figure\n");
    assertThat(r.out()).contains("""
        Dialogues
          Budapest Process (budapest-process)
            members: none listed
            co chair: HUN
            secretariat: icmpd
        """);
    assertThat(r.out()).contains("""
              Budapest Process Thematic Meeting on Legal Pathways for Migration
                kind: thematic meeting
                host: PAK, Islamabad
                participation: more than 65 delegates, including officials and experts; 28\
         states and international organisations
        """);
    assertThat(r.out()).contains("""
          Remittances (pak-remittances-inflow)
            reporter: PAK
            direction: inflow
            measure: unspecified
            unit: USD billions
            frequency: irregular
            observations: 2
            range: 2024-07/2025-05 to FY2025
            latest actual: 2024-07/2025-05: 34.9
            forecasts: 1 of 2 (50 %)
        """);
    assertThat(r.out()).contains("    goals: 6\n    1. Prevent irregular migration");
  }

  @Test
  void markdownHasHeadingsAndLists() {
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result r = Cli.run("summary", "--format", "markdown", seed.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("# seed-article.json\n\n1 dialogue, 7 organisations");
    assertThat(r.out()).contains("## Remittance series\n\n- **Remittances"
        + " (pak-remittances-inflow)**\n  - reporter: PAK\n");
  }

  @Test
  void jsonIsTheSameTree() {
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result r = Cli.run("summary", "--format", "json", seed.toString());
    assertThat(r.code()).isZero();
    JsonNode summary = MigovJson.defaults().mapper().readTree(r.out());
    assertThat(summary.path("counts").path("meetings").asInt()).isEqualTo(2);
    assertThat(summary.path("counts").path("remittance_series").asInt()).isEqualTo(1);
    JsonNode series = summary.path("sections").get(3);
    assertThat(series.path("title").asString()).isEqualTo("Remittance series");
    assertThat(series.path("items").get(0).path("facts").path("latest_actual").asString())
        .isEqualTo("2024-07/2025-05: 34.9");
  }

  @Test
  void jsonLinesOfMeetingsAreSummarisedAsTheirDataset() {
    Dataset seed = MigovJson.defaults().read(Cli.copy("seed-article.json", dir),
        Dataset.class);
    Path lines = dir.resolve("meetings.jsonl");
    MigovJson.defaults().writeLines(seed.meetings(), lines);
    Cli.Result r = Cli.run("summary", lines.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("0 dialogues, 0 organisations, 0 people, 0 declarations,"
        + " 2 meetings").contains("Meetings\n  budapest-process (2)\n    2024\n");
  }

  @Test
  void aFileWithErrorsHasExitCodeOne() {
    Path broken = Cli.copy("broken-meeting.json", dir);
    Cli.Result r = Cli.run("summary", broken.toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(r.err()).startsWith("migov: " + broken + ": model violation at '/meetings/0/end'"
        + " (line 4, column 5): ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void observationsAreNoDataset() {
    Path obs = Cli.write(dir, "obs.json", "{\"format_version\":\"1.0\",\"period\":\"2024-01\","
        + "\"value\":1.5}");
    Cli.Result r = Cli.run("summary", obs.toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).contains("holds observation objects");
  }

  @Test
  void anUnknownFormatIsWrongUsage() {
    Cli.Result r = Cli.run("summary", "--format", "html", "x.json");
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).contains("Invalid value for option '--format'");
  }
}
