package org.migov.io.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.util.TokenBuffer;

/**
 * What the readers of foreign formats (World Bank, SDMX-JSON, CSV) share: skipping a value while
 * refusing duplicate properties, and the words of their messages; and, with the reader of migov
 * JSON, how a document's bytes are opened. Not exported by the module.
 */
public final class Tokens {
  private Tokens() {}

  /**
   * Opens a parser of a document's bytes: in place when they are UTF-8, else as a stream of them,
   * so that every error reads as it does from a stream. Jackson reads UTF-16 and UTF-32 too, which
   * it detects by a byte order mark or a zero byte among the first bytes; in place, it reports a
   * byte that is no character of UTF-32 at a wrong position.
   *
   * @param json the document's bytes
   * @param inPlace opens a parser of bytes
   * @param stream opens a parser of a stream
   * @return the parser
   */
  public static JsonParser open(byte[] json, Function<byte[], JsonParser> inPlace,
      Function<InputStream, JsonParser> stream) {
    // neither of the first two bytes of UTF-8 JSON is 0x00 (no JSON begins with U+0000), 0xFE
    // or 0xFF (never in UTF-8), which begin or follow the first byte of every other encoding
    boolean utf8 = json.length < 2 || (mayBeUtf8(json[0]) && mayBeUtf8(json[1]));
    return utf8 ? inPlace.apply(json) : stream.apply(new ByteArrayInputStream(json));
  }

  private static boolean mayBeUtf8(byte b) {
    return b != 0 && b != (byte) 0xFE && b != (byte) 0xFF;
  }

  /** Makes a reader's exception for a property given twice, the parser standing on the name. */
  @FunctionalInterface
  public interface Duplicate {
    /**
     * {@return the exception to throw}
     *
     * @param p the parser, at the second name
     * @param name the name given twice
     */
    RuntimeException at(JsonParser p, String name);
  }

  /**
   * Skips the value at the parser's current token, refusing a property given twice in any object
   * within it, and copies its tokens into {@code copy} if given. Iterative: the parser's limit
   * on depth bounds the stack of open objects, not the thread's stack.
   *
   * @param p the parser, at the value's first token
   * @param duplicate makes the exception for a property given twice
   * @param copy where the value's tokens are copied, or null
   */
  public static void skip(JsonParser p, Duplicate duplicate, @Nullable TokenBuffer copy) {
    JsonToken t = p.currentToken();
    if (copy != null) {
      copy.copyCurrentEvent(p);
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    // the names of each open object; an empty set for an array, which has none
    ArrayDeque<Set<String>> open = new ArrayDeque<>();
    open.push(t == JsonToken.START_OBJECT ? new HashSet<>() : Set.of());
    while (!open.isEmpty()) {
      t = p.nextToken();
      if (t == null) {
        return; // the end of the input: the caller, reading on, reports it
      }
      if (copy != null) {
        copy.copyCurrentEvent(p);
      }
      switch (t) {
        case PROPERTY_NAME -> {
          String name = p.currentName();
          if (name != null && !open.peek().add(name)) {
            throw duplicate.at(p, name);
          }
        }
        case START_OBJECT -> open.push(new HashSet<>());
        case START_ARRAY -> open.push(Set.of());
        case END_OBJECT, END_ARRAY -> open.pop();
        default -> {
          // a scalar
        }
      }
    }
  }

  /**
   * {@return the exact number at the parser's number token} A plain decimal is made from the
   * parser's characters directly (see {@link PlainDecimal}); any other number by Jackson.
   *
   * @param p the parser, at a number
   * @throws NumberFormatException if the number's exponent is beyond what a decimal holds
   */
  public static BigDecimal decimal(JsonParser p) {
    PlainDecimal d = new PlainDecimal();
    return d.read(p) ? BigDecimal.valueOf(d.unscaled, d.scale) : p.getDecimalValue();
  }

  /**
   * A plain decimal of at most 18 characters ({@code -1234.5}, most figures) read from a
   * parser's characters, as its digits and scale, without making a {@link BigDecimal}. One
   * instance reads number after number.
   */
  public static final class PlainDecimal {
    private long unscaled;
    private int scale;

    /**
     * Reads the number at the parser's number token, if it is a plain decimal of at most 18
     * characters: digits, with a sign and a decimal point or not.
     *
     * @param p the parser, at a number
     * @return whether it was; if not, what this holds is undefined
     */
    public boolean read(JsonParser p) {
      int n = p.getStringLength();
      if (n > 18) {
        return false;
      }
      char[] c = p.getStringCharacters();
      int at = p.getStringOffset();
      int end = at + n;
      boolean negative = c[at] == '-';
      int i = negative ? at + 1 : at;
      long digits = 0;
      int point = -1;
      for (; i < end; i++) {
        char ch = c[i];
        if (ch >= '0' && ch <= '9') {
          digits = digits * 10 + (ch - '0');
          if (point >= 0) {
            point++;
          }
        } else if (ch == '.' && point < 0) {
          point = 0;
        } else {
          return false;
        }
      }
      unscaled = negative ? -digits : digits;
      scale = Math.max(point, 0);
      return true;
    }

    /** {@return the digits of the number read, as a whole number} */
    public long unscaled() {
      return unscaled;
    }

    /** {@return the number of digits after the decimal point of the number read} */
    public int scale() {
      return scale;
    }
  }

  /** {@return a token's kind of value in words ({@code a string}, ...), for messages} */
  public static String describe(@Nullable JsonToken t) {
    return t == null ? "the end of the input" : switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  /** {@return the JSON type of a token as Jackson's trees name it ({@code STRING}, ...)} */
  public static String typeName(@Nullable JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "OBJECT";
      case START_ARRAY -> "ARRAY";
      case VALUE_STRING -> "STRING";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
      case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN";
      case VALUE_NULL -> "NULL";
      default -> t.name();
    };
  }

  /**
   * {@return a text as messages quote it: its first 40 characters and an ellipsis if longer, never
   * cutting a surrogate pair}
   */
  public static String abbreviate(String text) {
    if (text.length() <= 40) {
      return text;
    }
    return text.substring(0, Character.isHighSurrogate(text.charAt(39)) ? 39 : 40) + "…";
  }

  /** {@return the first line of Jackson's message, without its "at [Source" suffix} */
  public static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    int source = line.indexOf(" at [Source");
    return source < 0 ? line : line.substring(0, source);
  }
}
