package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fuzz target of the parsers has regression inputs, which CI replays: deleting them would
 * make the fuzz tests pass without testing anything.
 */
class FuzzInputsTest {
  @Test
  void everyParserTargetHasRegressionInputs() throws Exception {
    int targets = 0;
    for (Method m : FuzzParseTest.class.getDeclaredMethods()) {
      if (!m.isAnnotationPresent(FuzzTest.class)) {
        continue;
      }
      targets++;
      URL url = FuzzParseTest.class.getResource("FuzzParseTestInputs/" + m.getName());
      assertThat(url).as("inputs of " + m.getName()).isNotNull();
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        assertThat(files.filter(Files::isRegularFile).count()).as(m.getName())
            .isGreaterThanOrEqualTo(3);
      }
    }
    assertThat(targets).isEqualTo(5);
  }
}
