package org.migov.io.json.internal;

/**
 * Text safe to print on one line of a log: control characters (U+0000 to U+001F, U+007F to
 * U+009F), the line and paragraph separators (U+2028, U+2029), the bidirectional formatting
 * characters (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and lone surrogates
 * are written as <code>&#92;uXXXX</code>, so that input repeated in a message cannot start a new
 * line, hide or reorder what follows.
 */
public final class Printable {
  private Printable() {}

  /** {@return whether {@code c} is written as an escape} */
  static boolean escaped(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || Character.isSurrogate(c);
  }

  /**
   * {@return {@code text} with every control, separator, bidirectional formatting character and
   * lone surrogate written as <code>&#92;uXXXX</code>; the same string when it holds none}
   */
  public static String of(String text) {
    int i = 0;
    while (i < text.length() && !escapedAt(text, i)) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder s = new StringBuilder(text.length() + 16).append(text, 0, i);
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (escapedAt(text, i)) {
        s.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        s.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return s.toString();
  }

  /** A valid surrogate pair is a character beyond U+FFFF, kept; all else as {@link #escaped}. */
  private static boolean escapedAt(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      return false;
    }
    return escaped(c);
  }
}
