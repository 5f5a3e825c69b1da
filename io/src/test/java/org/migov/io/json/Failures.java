package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.migov.io.json.MigovJsonException.Problem;

/** Helpers of the error tests: reading what must fail, and positions in a text. */
final class Failures {
  private Failures() {}

  /** Reads {@code json} as {@code type} with the defaults and returns the exception it must throw. */
  static MigovJsonException failure(String json, Class<?> type) {
    return failure(MigovJson.defaults(), json, type);
  }

  /** Reads {@code json} as {@code type} and returns the exception it must throw. */
  static MigovJsonException failure(MigovJson reader, String json, Class<?> type) {
    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> reader.read(json, type));
    assertThat(e).as("reading must throw a MigovJsonException: %s",
        json.length() > 300 ? json.substring(0, 300) + "…" : json).isNotNull();
    return e;
  }

  /** The 1-based line and column of the first occurrence of {@code marker} in {@code text}. */
  record At(int line, int column) {
    static At of(String text, String marker) {
      return of(text, marker, 0);
    }

    /** The position of {@code marker}, plus {@code offset} characters. */
    static At of(String text, String marker, int offset) {
      int index = text.indexOf(marker);
      assertThat(index).as("'%s' occurs in the text", marker).isNotNegative();
      index += offset;
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < index; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new At(line, index - lineStart + 1);
    }
  }

  /**
   * Asserts problem, pointer, position and detail, and that the message says all of them as
   * documented: {@code <problem> at '<pointer>' (line L, column C): <detail>}.
   */
  static void assertFailure(MigovJsonException e, Problem problem, String pointer, At at,
      String detail) {
    assertThat(e.problem()).as("problem").isEqualTo(problem);
    assertThat(e.pointer()).as("pointer").isEqualTo(pointer);
    assertThat(e.line()).as("line").isEqualTo(at.line());
    assertThat(e.column()).as("column").isEqualTo(at.column());
    assertThat(e.detail()).as("detail").isEqualTo(detail);
    assertThat(e.getMessage()).isEqualTo(message(problem, pointer, at, detail));
    assertThat(e.lineNumber()).isEqualTo(-1);
  }

  /** The message of an exception, as {@link MigovJsonException} documents it. */
  static String message(Problem problem, String pointer, At at, String detail) {
    return problem.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " at '" + pointer
        + "' (line " + at.line() + ", column " + at.column() + "): " + detail;
  }
}
