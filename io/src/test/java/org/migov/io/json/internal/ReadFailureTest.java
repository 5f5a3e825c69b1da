package org.migov.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJsonException.Problem;

/** The codecs' failures and the public exception name the same kinds of problem. */
class ReadFailureTest {
  @Test
  void everyKindIsAProblemOfTheSameNameInTheSameOrder() {
    assertThat(Arrays.stream(ReadFailure.Kind.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(Problem.values()).map(Enum::name).toList());
  }
}
