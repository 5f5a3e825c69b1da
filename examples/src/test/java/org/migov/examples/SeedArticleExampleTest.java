package org.migov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;
import org.migov.testing.SeedArticle;

class SeedArticleExampleTest {
  @Test
  void printsThePrettyJsonOfTheValidDatasetAndWritesTheSameToTheFile(@TempDir Path dir)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path file = dir.resolve("seed-article.json");

    SeedArticleExample.run(file, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("{\n  \"format_version\": \"1.1\",\n  \"dialogues\": [");
    assertThat(printed).contains("\"title\": \"Budapest Process Thematic Meeting on Legal "
        + "Pathways for Migration\"");
    assertThat(MigovJson.defaults().read(printed, Dataset.class))
        .isEqualTo(SeedArticle.dataset());
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(printed);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("validation: 0 errors, 0 warnings; wrote ")
        .contains("seed-article.json");
  }

  @Test
  void createsTheDirectoryOfTheFileWhenItIsMissing(@TempDir Path dir) {
    Path file = dir.resolve("out/seed-article.json");

    SeedArticleExample.run(file, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));

    assertThat(file).isRegularFile();
  }
}
