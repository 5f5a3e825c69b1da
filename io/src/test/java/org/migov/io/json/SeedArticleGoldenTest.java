package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.migov.model.Dataset;
import org.migov.testing.SeedArticle;

/**
 * The golden file of the seed article: {@code src/test/resources/golden/seed-article.json} holds
 * exactly {@code MigovJson.defaults().pretty().write(SeedArticle.dataset())}. Reading it gives the
 * seed article; writing the seed article gives its bytes. A change to the format or to the seed
 * article shows up as a diff of this file, to be reviewed like code.
 *
 * <p>After an intended change, regenerate it with {@code mvn -pl io -am test
 * -Dtest=SeedArticleGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmigov.golden.update=true} and review the diff.
 */
class SeedArticleGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/seed-article.json");

  @Test
  void writingTheSeedArticleGivesTheGoldenFile() throws IOException {
    byte[] written;
    try (var out = new java.io.ByteArrayOutputStream()) {
      MigovJson.defaults().pretty().write(SeedArticle.dataset(), out);
      written = out.toByteArray();
    }
    if (Boolean.getBoolean("migov.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.write(GOLDEN, written);
    }

    assertThat(Files.readAllBytes(GOLDEN))
        .as("%s is out of date: regenerate it (see this test's Javadoc)", GOLDEN)
        .isEqualTo(written);
  }

  /**
   * {@code golden/seed-article-1.0.json} is the golden file as format 1.0 wrote it, kept unchanged:
   * every 1.0 document still reads, into the same model values.
   */
  private static final Path GOLDEN_1_0 = Path.of("src/test/resources/golden/seed-article-1.0.json");

  @Test
  void theFormat10GoldenFileStillReadsAsTheSeedArticle() throws IOException {
    String text = Files.readString(GOLDEN_1_0);
    assertThat(text).startsWith("{\n  \"format_version\": \"1.0\",\n");

    Dataset read = MigovJson.defaults().read(GOLDEN_1_0, Dataset.class);

    assertThat(read).isEqualTo(SeedArticle.dataset());
    // written again, it differs from the 1.0 file in its version only: 1.1 is additive
    assertThat(MigovJson.defaults().pretty().write(read))
        .isEqualTo(text.replace("\"format_version\": \"1.0\"", "\"format_version\": \"1.1\""));
  }

  @Test
  void readingTheGoldenFileGivesTheSeedArticle() {
    assertThat(MigovJson.defaults().read(GOLDEN, Dataset.class)).isEqualTo(SeedArticle.dataset());
  }

  @Test
  void theGoldenFileIsOnTheTestClassPathAndValid() throws IOException {
    try (InputStream in = SeedArticleGoldenTest.class.getResourceAsStream(
        "/golden/seed-article.json")) {
      assertThat(in).isNotNull();
      byte[] bytes = in.readAllBytes();

      assertThat(bytes).isEqualTo(Files.readAllBytes(GOLDEN));
      assertThat(MigovJson.defaults().read(bytes, Dataset.class)).isEqualTo(SeedArticle.dataset());
      SchemaCheck.assertValid(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void theGoldenFileIsPrettyUtf8WithUnixLineEnds() throws IOException {
    String text = Files.readString(GOLDEN);

    assertThat(text).startsWith("{\n  \"format_version\": \"1.1\",\n  \"dialogues\": [\n")
        .endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
    assertThat(text).contains("\"title\": \"Budapest Process Thematic Meeting on Legal Pathways "
        + "for Migration\"", "\"value\": 34.9", "\"qualifier\": \"more_than\"");
  }
}
