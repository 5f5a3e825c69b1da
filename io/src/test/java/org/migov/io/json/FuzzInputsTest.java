package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fuzz target has regression inputs, which CI replays: deleting them would make the fuzz
 * tests pass without testing anything.
 */
class FuzzInputsTest {
  static void everyTargetHasInputs(Class<?> fuzzTests, int atLeast)
      throws IOException, URISyntaxException {
    int targets = 0;
    for (Method m : fuzzTests.getDeclaredMethods()) {
      if (!m.isAnnotationPresent(FuzzTest.class)) {
        continue;
      }
      targets++;
      String dir = fuzzTests.getSimpleName() + "Inputs/" + m.getName();
      URL url = fuzzTests.getResource(dir);
      assertThat(url).as("inputs of " + m.getName()).isNotNull();
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        assertThat(files.filter(Files::isRegularFile).count()).as(dir).isGreaterThanOrEqualTo(1);
      }
    }
    assertThat(targets).isGreaterThanOrEqualTo(atLeast);
  }

  @Test
  void everyReadingTargetHasRegressionInputs() throws Exception {
    everyTargetHasInputs(FuzzMigovJsonTest.class, 5);
  }
}
