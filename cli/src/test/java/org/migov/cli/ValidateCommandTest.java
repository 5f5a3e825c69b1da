package org.migov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.MigovJson;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {
  @TempDir
  Path dir;

  private static final String MEETING = "{\"format_version\":\"1.0\",\"id\":\"islamabad-2025\","
      + "\"dialogue\":\"budapest-process\",\"kind\":\"thematic_meeting\",\"title\":\"Thematic"
      + " Meeting\",\"host_country\":\"PAK\"}";

  @Test
  void theSeedArticleIsValid() {
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result r = Cli.run("validate", seed.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(seed + ": valid (dataset, JSON document, 1 object, 0 errors,"
        + " 0 warnings)\nvalid: 1 file checked, 1 valid; 0 errors, 0 warnings\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aBrokenRuleIsReportedWithItsLocationPathAndCode() {
    Path broken = Cli.copy("broken-meeting.json", dir);
    Cli.Result r = Cli.run("validate", broken.toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(r.out()).startsWith(broken + ":4:5: error: /meetings/0/end: 'end' (2024-11-11)"
        + " lies before the start (2024-11-12) [date.range.reversed]\n");
    assertThat(r.out()).endsWith("invalid: 1 file checked, 0 valid; 1 error, 0 warnings\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void malformedJsonIsReportedWithLineColumnAndPointer() {
    Path bad = Cli.write(dir, "bad.json", "{\"format_version\": \"1.0\",\n \"meetings\": [1,]}");
    Cli.Result r = Cli.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(r.out()).startsWith(bad + ":2:");
    assertThat(r.out()).contains(": error: ");
    assertThat(r.out()).doesNotContain("Exception");
  }

  @Test
  void anUnknownPropertyIsReportedWithItsPointer() {
    Path bad = Cli.write(dir, "bad.json", "{\"format_version\": \"1.0\",\n \"meetngs\": []}");
    Cli.Result r = Cli.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(r.out()).startsWith(bad + ":2:13: error: unknown property at '/meetngs': ");
  }

  @Test
  void aMissingFileIsWrongInputOnStandardErrorAndTheOtherFilesAreStillChecked() {
    Path seed = Cli.copy("seed-article.json", dir);
    Path missing = dir.resolve("missing.json");
    Cli.Result r = Cli.run("validate", missing.toString(), seed.toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).isEqualTo("migov: " + missing + ": no such file\n");
    assertThat(r.out()).contains(seed + ": valid");
    assertThat(r.out()).endsWith("invalid: 2 files checked, 1 valid; 0 errors, 0 warnings\n");
  }

  @Test
  void badJsonLinesAreEachReportedAndReadingGoesOn() {
    String good = "{\"format_version\":\"1.0\",\"period\":\"2024-01\",\"value\":1.5}";
    Path lines = Cli.write(dir, "obs.jsonl", good + "\n{\"format_version\":\"1.0\",\"period\":"
        + "\"2024-13\",\"value\":1}\n\n" + good + "\n{broken\n" + good + "\n");
    Cli.Result r = Cli.run("validate", lines.toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(r.out()).contains(lines + ":2:").contains(lines + ":5:");
    assertThat(r.out()).contains(lines + ": invalid (observation, JSON Lines, 3 objects,"
        + " 2 errors, 0 warnings)");
  }

  @Test
  void linesOptionReadsAnyFileAsJsonLines() {
    String good = "{\"format_version\":\"1.0\",\"period\":\"2024-01\",\"value\":1.5}";
    Path file = Cli.write(dir, "obs.json", good + "\n" + good + "\n");
    Cli.Result asDocument = Cli.run("validate", file.toString());
    assertThat(asDocument.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(asDocument.out()).contains("trailing content");
    Cli.Result asLines = Cli.run("validate", "--lines", file.toString());
    assertThat(asLines.code()).isZero();
    assertThat(asLines.out()).contains("(observation, JSON Lines, 2 objects, 0 errors");
  }

  @Test
  void jsonLinesAreDetectedInAFileWithoutExtension() {
    String good = "{\"format_version\":\"1.0\",\"period\":\"2024-01\",\"value\":1.5}";
    Path file = Cli.write(dir, "observations", good + "\n" + good + "\n");
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("(observation, JSON Lines, 2 objects");
  }

  @Test
  void theTypeIsDetectedOrGiven() {
    Path meeting = Cli.write(dir, "meeting.json", MEETING);
    assertThat(Cli.run("validate", meeting.toString()).out())
        .contains("valid (meeting, JSON document, 1 object");
    Cli.Result given = Cli.run("validate", "--type", "meeting", meeting.toString());
    assertThat(given.code()).isZero();
    Cli.Result wrong = Cli.run("validate", "--type", "dataset", meeting.toString());
    assertThat(wrong.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(wrong.out()).contains("unknown property at '/id'");
  }

  @Test
  void aTypeThatPropertiesCannotTellIsAskedFor() {
    Path both = Cli.write(dir, "either.json", "{\"format_version\":\"1.0\",\"id\":\"x\","
        + "\"dialogue\":\"budapest-process\",\"kind\":\"other\",\"title\":\"T\"}");
    Cli.Result r = Cli.run("validate", both.toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).contains("fit declaration and meeting equally; give the type with"
        + " --type");
  }

  @Test
  void anUnknownTypeIsWrongUsage() {
    Cli.Result r = Cli.run("validate", "--type", "meting", "x.json");
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).contains("'meting' is not a type");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theRulesOfADatasetAreReportedWithPathAndCode() {
    Path file = Cli.write(dir, "dangling.json", "{\"format_version\":\"1.0\",\"meetings\":["
        + MEETING.replace("{\"format_version\":\"1.0\",", "{") + "]}");
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(r.out()).contains(file + ": error: dataset.meetings[0].dialogue: ");
  }

  @Test
  void warningsFailOnlyWithWarningsAsErrors() {
    Path file = Cli.write(dir, "unsourced.json", "{\"format_version\":\"1.0\",\"dialogues\":"
        + "[{\"id\":\"budapest-process\",\"name\":\"Budapest Process\"}]}");
    Cli.Result lenient = Cli.run("validate", file.toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.out()).contains(": warning: ").contains("[sources.missing]")
        .contains("valid (dataset, JSON document, 1 object, 0 errors, 1 warning)");
    Cli.Result strict = Cli.run("validate", "--warnings-as-errors", file.toString());
    assertThat(strict.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(strict.out()).contains("invalid (dataset");
  }

  @Test
  void jsonFormatIsOneDocumentWithEveryProblem() {
    Path broken = Cli.copy("broken-meeting.json", dir);
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result r = Cli.run("validate", "--format", "json", broken.toString(), seed.toString(),
        dir.resolve("none.json").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.out()).endsWith("}\n");
    JsonNode report = MigovJson.defaults().mapper().readTree(r.out());
    assertThat(report.path("valid").asBoolean()).isFalse();
    assertThat(report.path("files_checked").asInt()).isEqualTo(3);
    assertThat(report.path("files_valid").asInt()).isEqualTo(1);
    assertThat(report.path("errors").asInt()).isEqualTo(1);
    JsonNode first = report.path("files").get(0);
    assertThat(first.path("file").asString()).isEqualTo(broken.toString());
    assertThat(first.path("type").asString()).isEqualTo("dataset");
    assertThat(first.path("layout").asString()).isEqualTo("json");
    JsonNode problem = first.path("problems").get(0);
    assertThat(problem.path("severity").asString()).isEqualTo("error");
    assertThat(problem.path("problem").asString()).isEqualTo("model_violation");
    assertThat(problem.path("line").asInt()).isEqualTo(4);
    assertThat(problem.path("column").asInt()).isEqualTo(5);
    assertThat(problem.path("pointer").asString()).isEqualTo("/meetings/0/end");
    assertThat(problem.path("path").asString()).isEqualTo("/meetings/0/end");
    assertThat(problem.path("code").asString()).isEqualTo("date.range.reversed");
    assertThat(report.path("files").get(1).path("valid").asBoolean()).isTrue();
    assertThat(report.path("files").get(2).path("unreadable").asString())
        .endsWith("none.json: no such file");
  }

  @Test
  void helpIsPrintedOnStandardOutput() {
    Cli.Result r = Cli.run("validate", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: migov validate").contains("--warnings-as-errors")
        .contains("Exit codes:");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void noFileIsWrongUsage() {
    Cli.Result r = Cli.run("validate");
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).contains("Missing required parameter").contains("migov validate --help");
  }
}
