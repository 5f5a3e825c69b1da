package org.migov.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migov.model.Dataset;
import org.migov.testing.ModelGenerator;
import org.migov.testing.SeedArticle;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The generated {@link Writers} are those of the field tables, and write what the fields write.
 * After a change to the format, regenerate them with {@code mvn -pl io -am test -Dtest=WritersTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dmigov.writers.update=true} and review the diff.
 */
class WritersTest {
  @Test
  void shippedWritersAreTheGeneratedOnes() throws IOException {
    String generated = WritersSource.generate();
    Path file = Path.of(WritersSource.PATH);
    if (Boolean.getBoolean("migov.writers.update")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it (see this test's Javadoc)", file)
        .isEqualTo(generated);
  }

  @Test
  void everyPropertyIsWrittenDirectlyButTheSeriesObservationsAndTheUnitMultiplier() {
    // the fields left to the table: the series' observations (written from the series' storage)
    // and its integer with a default; a new property falling back unnoticed would be slow
    assertThat(WritersSource.generate())
        .contains("REMITTANCE_SERIES_OBSERVATIONS.write(g, v);")
        .contains("REMITTANCE_SERIES_UNIT_MULTIPLIER.write(g, v);")
        .satisfies(source -> assertThat(source.split("private static final Field<", -1))
            .hasSize(3));
  }

  @Test
  void generatedWritersWriteTheBytesOfTheFields() {
    ModelCodecs.forType(Dataset.class); // sets the generated writers
    for (long seed = 1; seed <= 20; seed++) {
      Dataset dataset = new ModelGenerator(seed).dataset(6, 12, 40);
      assertThat(write(dataset, true)).as("seed %d", seed).isEqualTo(write(dataset, false));
    }
    Dataset article = SeedArticle.dataset();
    assertThat(write(article, true)).isEqualTo(write(article, false));
  }

  @Test
  void everyCodecWritesThroughItsGeneratedWriter() {
    ModelCodecs.forType(Dataset.class);
    assertThat(ModelCodecs.ALL).allSatisfy(c -> assertThat(c.writer()).isNotNull());
  }

  /** Writes the dataset through the generated writers, or through the fields only. */
  private static String write(Dataset dataset, boolean generated) {
    Map<ObjectCodec<?, ?>, Field.ElementsWriter<?>> writers = new IdentityHashMap<>();
    if (!generated) { // tests run one at a time: no other writes meanwhile
      for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
        writers.put(c, c.writer());
        c.writeWith(null);
      }
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        ModelCodecs.DATASET.write(g, dataset);
      }
      return out.toString(StandardCharsets.UTF_8);
    } finally {
      writers.forEach(WritersTest::restore);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void restore(ObjectCodec<T, ?> codec, Field.ElementsWriter<?> writer) {
    codec.writeWith((Field.ElementsWriter<T>) writer);
  }
}
