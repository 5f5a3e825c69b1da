package org.migov.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of bytes, in memory bounded by the longest line accepted. */
class LineReaderTest {
  private static List<String> lines(LineReader r) throws IOException {
    List<String> lines = new ArrayList<>();
    while (r.next()) {
      lines.add(r.tooLong() ? "<too long>"
          : new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8));
    }
    return lines;
  }

  private static LineReader reader(String text, long max) {
    return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
  }

  @Test
  void linesEndWithLfOrCrLfAndTheLastNeedsNoEnd() throws IOException {
    assertThat(lines(reader("a\nbb\r\n\nccc", 100))).containsExactly("a", "bb", "", "ccc");
    assertThat(lines(reader("a\n", 100))).containsExactly("a");
    assertThat(lines(reader("", 100))).isEmpty();
    assertThat(lines(reader("\n", 100))).containsExactly("");
  }

  @Test
  void aLoneCrIsPartOfTheLine() throws IOException {
    assertThat(lines(reader("a\rb\n", 100))).containsExactly("a\rb");
  }

  @Test
  void lineNumbersCountEveryLine() throws IOException {
    LineReader r = reader("a\n\nb\n", 100);

    assertThat(r.next()).isTrue();
    assertThat(r.number()).isEqualTo(1);
    assertThat(r.next()).isTrue();
    assertThat(r.number()).isEqualTo(2);
    assertThat(r.blank()).isTrue();
    assertThat(r.next()).isTrue();
    assertThat(r.number()).isEqualTo(3);
    assertThat(r.blank()).isFalse();
    assertThat(r.next()).isFalse();
  }

  @Test
  void blankMeansOnlySpacesTabsAndCarriageReturns() throws IOException {
    LineReader r = reader(" \t \r\n \u00a0\n", 100);

    assertThat(r.next()).isTrue();
    assertThat(r.blank()).isTrue();
    assertThat(r.next()).isTrue();
    assertThat(r.blank()).as("a no-break space is not blank").isFalse();
  }

  @Test
  void theLimitIsInclusiveAndDoesNotCountTheLineEnd() throws IOException {
    assertThat(lines(reader("12345\n123456\n12345\r\n123456\r\n12345", 5)))
        .containsExactly("12345", "<too long>", "12345", "<too long>", "12345");
  }

  @Test
  void linesAcrossChunkBoundariesAreWhole() throws IOException {
    String a = "a".repeat(70_000);
    String b = "b".repeat(200_000);
    String text = a + "\r\n" + b + "\n" + "c";

    assertThat(lines(reader(text, 1_000_000))).containsExactly(a, b, "c");
  }

  @Test
  void aLineTooLongIsSkippedWithoutBeingHeld() throws IOException {
    long length = 300L * 1024 * 1024;
    InputStream in = new InputStream() {
      private long left = length;
      private boolean ended;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          if (ended) {
            return -1;
          }
          ended = true;
          b[off] = '\n';
          b[off + 1] = 'o';
          b[off + 2] = 'k';
          return 3;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
    LineReader r = new LineReader(in, 1000);

    assertThat(r.next()).isTrue();
    assertThat(r.tooLong()).isTrue();
    assertThat(r.bytes().length).as("the buffer holds at most about the limit")
        .isLessThanOrEqualTo(2 * 1024);
    assertThat(r.number()).isEqualTo(1);
    assertThat(r.next()).isTrue();
    assertThat(r.tooLong()).isFalse();
    assertThat(new String(r.bytes(), 0, r.length(), StandardCharsets.US_ASCII)).isEqualTo("ok");
    assertThat(r.number()).isEqualTo(2);
    assertThat(r.next()).isFalse();
  }
}
