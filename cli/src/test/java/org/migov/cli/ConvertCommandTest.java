package org.migov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;
import org.migov.model.Meeting;

class ConvertCommandTest {
  @TempDir
  Path dir;

  private static final MigovJson JSON = MigovJson.defaults();

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void aDatasetGoesToJsonLinesAndBackEqual() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path lines = dir.resolve("seed.jsonl");
    Path back = dir.resolve("back.json");
    assertThat(Cli.run("convert", seed.toString(), lines.toString()).code()).isZero();
    assertThat(Cli.run("convert", lines.toString(), back.toString()).code()).isZero();
    assertThat(JSON.read(back, Dataset.class)).isEqualTo(JSON.read(seed, Dataset.class));
    // pretty, as the library writes it: the same bytes
    assertThat(Files.readString(back)).isEqualTo(Files.readString(seed));
    assertThat(files()).containsExactly("back.json", "seed-article.json", "seed.jsonl");
  }

  @Test
  void meetingsAsJsonLinesBecomeADatasetAndComeBackAsTheSameLines() throws IOException {
    Dataset seed = JSON.read(Cli.copy("seed-article.json", dir), Dataset.class);
    Path lines = dir.resolve("meetings.jsonl");
    JSON.writeLines(seed.meetings(), lines);
    Path dataset = dir.resolve("meetings.json");
    Cli.Result r = Cli.run("convert", lines.toString(), dataset.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(JSON.read(dataset, Dataset.class))
        .isEqualTo(Dataset.builder().addAllMeetings(seed.meetings()).build());
    Path again = dir.resolve("again.jsonl");
    assertThat(Cli.run("convert", dataset.toString(), again.toString()).code()).isZero();
    assertThat(Files.readString(again)).isEqualTo(Files.readString(lines));
    try (Stream<Meeting> back = JSON.readLines(again, Meeting.class)) {
      assertThat(back.collect(Collectors.toList())).isEqualTo(seed.meetings());
    }
  }

  @Test
  void badInputLeavesNoFileBehindAndTheOldFileUntouched() throws IOException {
    String good = "{\"format_version\":\"1.0\",\"period\":\"2024-01\",\"value\":1.5}";
    Path lines = Cli.write(dir, "obs.jsonl", good + "\n" + good + "\n{\"format_version\":"
        + "\"1.0\",\"period\":\"2024-13\",\"value\":1}\n");
    Path out = Cli.write(dir, "out.jsonl", "old\n");
    Cli.Result r = Cli.run("convert", lines.toString(), out.toString());
    assertThat(r.code()).isEqualTo(Migov.DATA_ERRORS);
    assertThat(r.err()).startsWith("migov: " + lines + ": JSON Lines line 3: invalid value at"
        + " '/period'").contains("migov validate lists every problem");
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo("old\n");
    assertThat(files()).containsExactly("obs.jsonl", "out.jsonl");
  }

  @Test
  void formatsComeFromOptionsWhenNamesDoNotTell() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Path txt = dir.resolve("seed.txt");
    Cli.Result unknown = Cli.run("convert", seed.toString(), txt.toString());
    assertThat(unknown.code()).isEqualTo(Migov.USAGE);
    assertThat(unknown.err()).isEqualTo("migov: cannot tell the format of " + txt
        + " from its name: give it with --to (json, jsonl, csv)\n");
    assertThat(Cli.run("convert", "--to", "jsonl", seed.toString(), txt.toString()).code())
        .isZero();
    Path back = dir.resolve("back.data");
    assertThat(Cli.run("convert", "--from", "jsonl", "--to", "json", "--compact",
        txt.toString(), back.toString()).code()).isZero();
    assertThat(Files.readString(back)).isEqualTo(JSON.write(JSON.read(seed, Dataset.class))
        + "\n");
    Cli.Result bad = Cli.run("convert", "--to", "xlsx", seed.toString(), txt.toString());
    assertThat(bad.code()).isEqualTo(Migov.USAGE);
    assertThat(bad.err()).contains("unknown format 'xlsx' for to; the formats are json, jsonl");
  }

  @Test
  void dashWritesToStandardOutput() throws IOException {
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result r = Cli.run("convert", seed.toString(), "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(seed));
    Cli.Result lines = Cli.run("convert", "--to", "jsonl", seed.toString(), "-");
    assertThat(lines.out()).isEqualTo(JSON.write(JSON.read(seed, Dataset.class)) + "\n");
  }

  @Test
  void observationsMakeNoOneDocument() {
    String good = "{\"format_version\":\"1.0\",\"period\":\"2024-01\",\"value\":1.5}";
    Path lines = Cli.write(dir, "obs.jsonl", good + "\n" + good + "\n");
    Cli.Result r = Cli.run("convert", lines.toString(), dir.resolve("obs.json").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).contains("2 objects of type observation make no one document");
  }

  @Test
  void aMissingInputIsWrongInput() {
    Cli.Result r = Cli.run("convert", dir.resolve("none.json").toString(),
        dir.resolve("out.jsonl").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).endsWith("none.json: no such file\n");
  }

  @Test
  void aMissingDirectoryOfTheOutputIsWrongUsage() {
    Path seed = Cli.copy("seed-article.json", dir);
    Cli.Result r = Cli.run("convert", seed.toString(), dir.resolve("no/out.jsonl").toString());
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).endsWith("out.jsonl: its directory does not exist\n");
  }

  @Test
  void helpNamesTheFormats() {
    Cli.Result r = Cli.run("convert", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: migov convert").contains("--from").contains("--to");
  }
}
