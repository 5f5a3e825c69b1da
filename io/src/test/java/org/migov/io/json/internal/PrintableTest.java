package org.migov.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which characters a message writes as escapes, at the edges of each range: controls, the line
 * and paragraph separators, the bidirectional formatting characters and lone surrogates; pairs
 * and everything else kept.
 */
class PrintableTest {
  static String escape(int c) {
    return String.format(java.util.Locale.ROOT, "\\u%04x", c);
  }

  @Test
  void theEdgesOfEachEscapedRangeAreEscapedAndTheirNeighboursKept() {
    int[] escaped = {0x00, 0x1f, 0x7f, 0x9f, 0x061c, 0x200e, 0x200f, 0x2028, 0x202e, 0x2066,
        0x2069};
    for (int c : escaped) {
      assertThat(Printable.of("a" + (char) c + "b")).as("U+%04X", c)
          .isEqualTo("a" + escape(c) + "b");
    }
    int[] kept = {0x20, 0x7e, 0xa0, 0x061b, 0x061d, 0x200d, 0x2010, 0x2027, 0x202f, 0x2065,
        0x206a};
    for (int c : kept) {
      String text = "a" + (char) c + "b";
      assertThat(Printable.of(text)).as("U+%04X", c).isSameAs(text);
    }
  }

  @Test
  void pairsAreKeptAndLoneSurrogatesEscapedWhereverTheyStand() {
    String pair = "\uD83D\uDE00";
    assertThat(Printable.of(pair)).isSameAs(pair);
    assertThat(Printable.of(pair + "x\u0000")).isEqualTo(pair + "x\\u0000");
    assertThat(Printable.of("\u0000" + pair)).isEqualTo("\\u0000" + pair);
    assertThat(Printable.of("ab\uD83D")).isEqualTo("ab\\ud83d");
    assertThat(Printable.of("\uD83Dx")).isEqualTo("\\ud83dx");
    assertThat(Printable.of("\uDE00" + pair)).isEqualTo("\\ude00" + pair);
    assertThat(Printable.of("\uD83D\uD83D\uDE00")).isEqualTo("\\ud83d" + pair);
  }
}
