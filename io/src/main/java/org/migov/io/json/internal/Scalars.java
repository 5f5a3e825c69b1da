package org.migov.io.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.migov.io.json.MigovJsonException;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.validation.ValidationException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/** Codecs of strings, numbers, enums and values written as text. */
public final class Scalars {
  private Scalars() {}

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** A string that is not blank (the model checks blankness and length). */
  public static final Codec<String> STRING = new Codec<>() {
    @Override
    public void write(JsonGenerator g, String value) {
      g.writeString(value);
    }

    @Override
    public String read(In in) {
      if (in.token() != JsonToken.VALUE_STRING) {
        throw in.wrongType("a string");
      }
      return in.string();
    }

    @Override
    public Map<String, Object> schema() {
      return map("type", "string", "minLength", 1, "pattern", "\\S");
    }
  };

  /** An integer in the range of {@code int}, at least {@code min}. */
  static Codec<Integer> integer(int min) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, Integer value) {
        g.writeNumber(value.intValue());
      }

      @Override
      public Integer read(In in) {
        if (in.token() != JsonToken.VALUE_NUMBER_INT) {
          throw in.wrongType("an integer");
        }
        if (in.parser.getNumberType() != tools.jackson.core.JsonParser.NumberType.INT) {
          throw in.fail(Problem.INVALID_VALUE, "%s is out of range", in.parser.getString());
        }
        return in.parser.getIntValue();
      }

      @Override
      public Map<String, Object> schema() {
        return map("type", "integer", "minimum", min, "maximum", Integer.MAX_VALUE);
      }
    };
  }

  /**
   * An exact decimal, read from the number's text, never through {@code double}; its exponent
   * (scale) is checked against the limit before the value is used, so {@code 1e1000000000} is
   * refused at once. Written with {@link BigDecimal#toString()}, which keeps the scale.
   */
  public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public void write(JsonGenerator g, BigDecimal value) {
      writeDecimal(g, value);
    }

    @Override
    public BigDecimal read(In in) {
      JsonToken t = in.token();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw in.wrongType("a number");
      }
      BigDecimal value;
      try {
        value = in.parser.getDecimalValue();
      } catch (NumberFormatException e) {
        // the parser has checked the syntax: what is left is an exponent beyond int, 1e99999999999
        throw exponentBeyondLimit(in);
      }
      if (Math.abs((long) value.scale()) > in.options.maxExponent()) {
        throw exponentBeyondLimit(in);
      }
      return value;
    }

    @Override
    public Map<String, Object> schema() {
      return map("type", "number");
    }
  };

  private static MigovJsonException exponentBeyondLimit(In in) {
    return in.fail(Problem.LIMIT_EXCEEDED,
        "the number's exponent is beyond the limit of %d digits either side of the point",
        in.options.maxExponent());
  }

  /**
   * Writes {@code value} as {@link BigDecimal#toString()} gives it, without making the string
   * for the common decimals (plain notation, unscaled value within a {@code long}).
   */
  static void writeDecimal(JsonGenerator g, BigDecimal value) {
    writeDecimal(g, value, null);
  }

  /** As {@link #writeDecimal(JsonGenerator, BigDecimal)}, formatting into {@code buffer}. */
  static void writeDecimal(JsonGenerator g, BigDecimal value, char @Nullable [] buffer) {
    int scale = value.scale();
    int precision = value.precision();
    // BigDecimal.toString() uses plain notation when the scale is not negative and the adjusted
    // exponent (precision - scale - 1) is at least -6; otherwise leave the layout to it
    if (scale < 0 || precision > 18 || precision - scale - 1 < -6) {
      // the text itself: a mapper's WRITE_BIGDECIMAL_AS_PLAIN would turn 1E+3 into 1000, which
      // reads back with another scale
      g.writeNumber(value.toString());
      return;
    }
    // the unscaled value, without making a BigInteger: a compact decimal of scale 0 gives it
    long unscaled = value.scaleByPowerOfTen(scale).longValue();
    int size = precision + Math.max(scale - precision, 0) + 3;
    char[] c = buffer != null && buffer.length >= size ? buffer : new char[size];
    int n = 0;
    if (unscaled < 0) {
      c[n++] = '-';
      unscaled = -unscaled;
    }
    if (scale >= precision && scale > 0) {
      c[n++] = '0';
      c[n++] = '.';
      for (int i = precision; i < scale; i++) {
        c[n++] = '0';
      }
    }
    int end = n + precision + (scale > 0 && scale < precision ? 1 : 0);
    int point = scale > 0 && scale < precision ? end - scale - 1 : -1;
    for (int i = end - 1; i >= n; i--) {
      if (i == point) {
        c[i] = '.';
      } else {
        c[i] = (char) ('0' + unscaled % 10);
        unscaled /= 10;
      }
    }
    g.writeNumber(c, 0, end);
  }

  /**
   * A value written as text and read through the model's parser ({@code of} or {@code parse}),
   * whose {@link ValidationException} becomes an invalid-value error at the value.
   */
  static <T> Codec<T> text(Function<String, T> parse, Function<T, String> format,
      Map<String, Object> schema) {
    return text((in, text) -> parse.apply(text), format, schema, null);
  }

  /**
   * Reads the commonest forms of a value straight from the parser's characters, without making
   * a string: returns the value, or null to leave the text to the model's parser (which reports
   * whatever is wrong with it).
   */
  @FunctionalInterface
  interface QuickText<T> {
    @Nullable T parse(char[] text, int offset, int length);
  }

  /**
   * As {@link #text(Function, Function, Map)}, with the parser given the reading's {@link In}
   * (for what it may remember of the document), and a quicker reading of common forms.
   */
  static <T> Codec<T> text(java.util.function.BiFunction<In, String, T> parse,
      Function<T, String> format, Map<String, Object> schema, @Nullable QuickText<T> quick) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, T value) {
        g.writeString(format.apply(value));
      }

      @Override
      public T read(In in) {
        if (in.token() != JsonToken.VALUE_STRING) {
          throw in.wrongType("a string");
        }
        if (quick != null) {
          T value = quick.parse(in.parser.getStringCharacters(), in.parser.getStringOffset(),
              in.parser.getStringLength());
          if (value != null) {
            return value;
          }
        }
        String text = in.string();
        try {
          return parse.apply(in, text);
        } catch (ValidationException e) {
          throw in.fail(Problem.INVALID_VALUE, "%s [%s]", e.violations().get(0).message(),
              e.violations().get(0).code().code());
        } catch (IllegalArgumentException e) {
          throw in.fail(Problem.INVALID_VALUE, "'%s' is not valid here", abbreviate(text));
        }
      }

      @Override
      public Map<String, Object> schema() {
        return schema;
      }
    };
  }

  /** Tells whether the characters are those of {@code text}. */
  static boolean matches(String text, char[] c, int at, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != c[at + i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the number of {@code length} ASCII digits at {@code at}, or -1 if one is not. */
  static int digits(char[] c, int at, int length) {
    int n = 0;
    for (int i = at; i < at + length; i++) {
      char d = c[i];
      if (d < '0' || d > '9') {
        return -1;
      }
      n = n * 10 + (d - '0');
    }
    return n;
  }

  static String abbreviate(String text) {
    if (text.length() <= 40) {
      return text;
    }
    // never cut a character in two (a surrogate pair, such as an emoji), as EntityId does
    return text.substring(0, Character.isHighSurrogate(text.charAt(39)) ? 39 : 40) + "…";
  }

  /** An enum written as its constant's name in lower case: {@code more_than}. */
  @SuppressWarnings("EnumOrdinal") // ordinals index an in-memory table only
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    Map<String, E> byName = new HashMap<>();
    List<Object> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String name = e.name().toLowerCase(Locale.ROOT);
      byName.put(name, e);
      names.add(name);
    }
    Map<String, Object> schema = map("type", "string", "enum", List.copyOf(names));
    // written pre-encoded, by ordinal
    tools.jackson.core.SerializableString[] written =
        new tools.jackson.core.SerializableString[type.getEnumConstants().length];
    byName.forEach((name, e) -> written[e.ordinal()] =
        new tools.jackson.core.io.SerializedString(name));
    E[] constants = type.getEnumConstants();
    String[] lowerNames = new String[constants.length];
    for (E e : constants) {
      lowerNames[e.ordinal()] = e.name().toLowerCase(Locale.ROOT);
    }
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, E value) {
        g.writeString(written[value.ordinal()]);
      }

      @Override
      public E read(In in) {
        if (in.token() != JsonToken.VALUE_STRING) {
          throw in.wrongType("a string");
        }
        // the few names compared with the parser's characters: no string made nor hashed
        char[] c = in.parser.getStringCharacters();
        int at = in.parser.getStringOffset();
        int length = in.parser.getStringLength();
        for (int k = 0; k < constants.length; k++) {
          if (matches(lowerNames[k], c, at, length)) {
            return constants[k];
          }
        }
        String text = in.string();
        E value = byName.get(text);
        if (value == null) {
          throw in.fail(Problem.INVALID_VALUE, "'%s' is not one of %s", abbreviate(text), names);
        }
        return value;
      }

      @Override
      public Map<String, Object> schema() {
        return schema;
      }
    };
  }
}
