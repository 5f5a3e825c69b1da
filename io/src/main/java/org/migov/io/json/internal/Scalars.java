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
import org.migov.model.CountryCode;
import org.migov.model.EntityId;
import org.migov.model.PartialDate;
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
      return readString(in);
    }

    @Override
    public Map<String, Object> schema() {
      return map("type", "string", "minLength", 1, "pattern", NOT_BLANK);
    }
  };

  /**
   * The schema's pattern of a text that is not blank: a character other than white space as
   * ECMAScript's <code>&#92;s</code> defines it, which is the model's rule ({@code
   * Checks.isBlank}). Written as a class of its own rather than <code>&#92;S</code>, which
   * validators whose regular expressions are Java's read as ASCII white space only.
   */
  static final String NOT_BLANK = "[^\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028"
      + "\\u2029\\u202f\\u205f\\u3000\\ufeff]";

  /** Reads a string, as {@link #STRING} does. */
  static String readString(In in) {
    if (in.token() != JsonToken.VALUE_STRING) {
      throw in.wrongType("a string");
    }
    return in.string();
  }

  /** An integer in the range of {@code int}, at least {@code min}. */
  static Codec<Integer> integer(int min) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, Integer value) {
        g.writeNumber(value.intValue());
      }

      @Override
      public Integer read(In in) {
        return readInt(in);
      }

      @Override
      public Map<String, Object> schema() {
        return map("type", "integer", "minimum", min, "maximum", Integer.MAX_VALUE);
      }
    };
  }

  /** Reads an integer in the range of {@code int}, as the codecs of {@link #integer} do. */
  static int readInt(In in) {
    if (in.token() != JsonToken.VALUE_NUMBER_INT) {
      throw in.wrongType("an integer");
    }
    if (in.parser.getNumberType() != tools.jackson.core.JsonParser.NumberType.INT) {
      throw in.fail(ReadFailure.Kind.INVALID_VALUE, "%s is out of range", in.parser.getString());
    }
    return in.parser.getIntValue();
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
      return readDecimal(in);
    }

    @Override
    public Map<String, Object> schema() {
      return map("type", "number");
    }
  };

  /** Reads an exact decimal, as {@link #DECIMAL} does. */
  static BigDecimal readDecimal(In in) {
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

  private static ReadFailure exponentBeyondLimit(In in) {
    return in.fail(ReadFailure.Kind.LIMIT_EXCEEDED,
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
    return new TextCodec<>(parse, format, schema, quick, Written.FORMATTED);
  }

  /** How a {@link TextCodec} writes its values. */
  enum Written {
    /** Through its format function. */
    FORMATTED,
    /** As an {@link EntityId}'s value. */
    ID,
    /** As a {@link CountryCode}, encoded once for each country. */
    COUNTRY,
    /** As a {@link PartialDate}, formatted without making a string. */
    DATE
  }

  /**
   * An id, written as its {@link EntityId#value()} and read through {@code of}.
   *
   * @param of the id type's factory
   * @param schema the schema of ids
   */
  static <T extends EntityId> Codec<T> id(Function<String, T> of, Map<String, Object> schema) {
    return new TextCodec<>((in, text) -> of.apply(text), EntityId::value, schema, null,
        Written.ID);
  }

  /**
   * A value of a model type with a reader and a writer of its own here: dates ({@link
   * #readDate}, {@link #writeDate}) and countries ({@link #readCountry}, {@link #writeCountry}).
   */
  static <T> Codec<T> text(Written form, Map<String, Object> schema) {
    if (form != Written.DATE && form != Written.COUNTRY) {
      throw new IllegalArgumentException(form + " needs a parser and a format");
    }
    return new TextCodec<>(null, null, schema, null, form);
  }

  /** The codec of a value written as text: see {@link #text}. */
  static final class TextCodec<T> extends Codec<T> {
    /** Null for dates and countries, read and written by their own methods. */
    private final java.util.function.@Nullable BiFunction<In, String, T> parse;
    private final @Nullable Function<T, String> format;
    private final Map<String, Object> schema;
    private final @Nullable QuickText<T> quick;
    private final Written written;

    TextCodec(java.util.function.@Nullable BiFunction<In, String, T> parse,
        @Nullable Function<T, String> format, Map<String, Object> schema,
        @Nullable QuickText<T> quick, Written written) {
      this.parse = parse;
      this.format = format;
      this.schema = schema;
      this.quick = quick;
      this.written = written;
    }

    /** Returns how the values are written. */
    Written written() {
      return written;
    }

    @Override
    @SuppressWarnings("NullAway") // only dates and countries have no format
    public void write(JsonGenerator g, T value) {
      switch (written) {
        case ID -> g.writeString(((EntityId) value).value());
        case COUNTRY -> writeCountry(g, (CountryCode) value);
        case DATE -> writeDate(g, (PartialDate) value);
        case FORMATTED -> g.writeString(format.apply(value));
      }
    }

    @Override
    @SuppressWarnings({"unchecked", "NullAway"}) // the form says which type T is, and whether
    // there is a parser (only dates and countries have none)
    public T read(In in) {
      switch (written) {
        case DATE -> {
          return (T) readDate(in);
        }
        case COUNTRY -> {
          return (T) readCountry(in);
        }
        case ID, FORMATTED -> {
          // below
        }
      }
      // as readQuickly does, but apart: the calls there stay inlinable for dates and countries
      if (in.token() != JsonToken.VALUE_STRING) {
        throw in.wrongType("a string");
      }
      QuickText<T> q = quick;
      if (q != null) {
        T value = q.parse(in.parser.getStringCharacters(), in.parser.getStringOffset(),
            in.parser.getStringLength());
        if (value != null) {
          return value;
        }
      }
      String text = in.string();
      try {
        return parse.apply(in, text);
      } catch (ValidationException e) {
        throw invalid(in, e);
      } catch (IllegalArgumentException e) {
        throw notValid(in, text);
      }
    }

    @Override
    public Map<String, Object> schema() {
      return schema;
    }
  }

  /** {@code yyyy}, {@code yyyy-MM} and {@code yyyy-MM-dd} up to the 28th, read directly. */
  static @Nullable PartialDate quickDate(char[] c, int at, int length) {
    int year = length == 4 || length == 7 || length == 10 ? digits(c, at, 4) : -1;
    if (year < 1) {
      return null;
    }
    if (length == 4) {
      return PartialDate.ofYear(year);
    }
    int month = c[at + 4] == '-' ? digits(c, at + 5, 2) : -1;
    if (month < 1 || month > 12) {
      return null;
    }
    if (length == 7) {
      return PartialDate.ofMonth(year, month);
    }
    int day = c[at + 7] == '-' ? digits(c, at + 8, 2) : -1;
    return day >= 1 && day <= 28 ? PartialDate.of(year, month, day) : null;
  }

  /** Reads a date, as the codec of dates does: the common forms directly. */
  static PartialDate readDate(In in) {
    return readQuickly(in, Scalars::quickDate, PartialDate::parse);
  }

  /** Reads a country code, as the codec of countries does: the known codes directly. */
  static CountryCode readCountry(In in) {
    return readQuickly(in, Scalars::quickCountry, CountryCode::of);
  }

  /**
   * Reads a string value through {@code quick}, or, when it gives nothing, through the model's
   * {@code parse}, whose refusal is an invalid-value error at the value. For dates and countries
   * only: its two callers keep its calls inlinable.
   */
  private static <T> T readQuickly(In in, QuickText<T> quick, Function<String, T> parse) {
    if (in.token() != JsonToken.VALUE_STRING) {
      throw in.wrongType("a string");
    }
    T value = quick.parse(in.parser.getStringCharacters(), in.parser.getStringOffset(),
        in.parser.getStringLength());
    if (value != null) {
      return value;
    }
    String text = in.string();
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      throw invalid(in, e);
    } catch (IllegalArgumentException e) {
      throw notValid(in, text);
    }
  }

  /** Returns the error for a value the model refuses: its first violation, at the value. */
  static ReadFailure invalid(In in, ValidationException e) {
    return in.fail(ReadFailure.Kind.INVALID_VALUE, "%s [%s]", e.violations().get(0).message(),
        e.violations().get(0).code().code());
  }

  /** Returns the error for a value the model's parser refuses without a violation. */
  static ReadFailure notValid(In in, String text) {
    return in.fail(ReadFailure.Kind.INVALID_VALUE, "'%s' is not valid here", abbreviate(text));
  }

  /** Checks that the current token starts an array. */
  static void startArray(In in) {
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.wrongType("an array");
    }
  }

  /** Every known country, by its three letters as a number in base 26 (null for others). */
  private static final CountryCode[] COUNTRIES = new CountryCode[26 * 26 * 26];
  /** Every known country's code, encoded, by the same index. */
  private static final tools.jackson.core.SerializableString[] COUNTRY_CODES =
      new tools.jackson.core.SerializableString[COUNTRIES.length];

  static {
    char[] code = new char[3];
    for (int i = 0; i < COUNTRIES.length; i++) {
      code[0] = (char) ('A' + i / 676);
      code[1] = (char) ('A' + i / 26 % 26);
      code[2] = (char) ('A' + i % 26);
      String text = new String(code);
      if (CountryCode.isKnown(text)) {
        COUNTRIES[i] = CountryCode.of(text);
        COUNTRY_CODES[i] = new tools.jackson.core.io.SerializedString(text);
      }
    }
  }

  /** A known country code, read directly from the parser's characters; null for others. */
  static @Nullable CountryCode quickCountry(char[] c, int at, int length) {
    if (length != 3) {
      return null;
    }
    int index = 0;
    for (int i = at; i < at + 3; i++) {
      if (c[i] < 'A' || c[i] > 'Z') {
        return null;
      }
      index = index * 26 + (c[i] - 'A');
    }
    return COUNTRIES[index];
  }

  /** Writes a country's code, encoded once. */
  static void writeCountry(JsonGenerator g, CountryCode country) {
    String code = country.code();
    g.writeString(COUNTRY_CODES[
        (code.charAt(0) - 'A') * 676 + (code.charAt(1) - 'A') * 26 + (code.charAt(2) - 'A')]);
  }

  /** Writes a date as {@link PartialDate#toString()} gives it, without making the string. */
  static void writeDate(JsonGenerator g, PartialDate date) {
    char[] c = new char[10]; // does not escape: the generator copies it
    PartialDate.Precision precision = date.precision();
    if (precision == PartialDate.Precision.YEAR) {
      putYearMonth(c, date.year(), 1);
      g.writeString(c, 0, 4);
      return;
    }
    putYearMonth(c, date.year(), date.month().getAsInt());
    if (precision == PartialDate.Precision.MONTH) {
      g.writeString(c, 0, 7);
      return;
    }
    int day = date.earliest().getDayOfMonth();
    c[7] = '-';
    c[8] = (char) ('0' + day / 10);
    c[9] = (char) ('0' + day % 10);
    g.writeString(c, 0, 10);
  }

  /** Puts {@code yyyy-MM} into the first seven characters of {@code c}. */
  static void putYearMonth(char[] c, int year, int month) {
    int y = year;
    for (int k = 3; k >= 0; k--) {
      c[k] = (char) ('0' + y % 10);
      y /= 10;
    }
    c[4] = '-';
    c[5] = (char) ('0' + month / 10);
    c[6] = (char) ('0' + month % 10);
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
  static <E extends Enum<E>> EnumCodec<E> enumeration(Class<E> type) {
    return new EnumCodec<>(type);
  }

  /** The codec of an enum: see {@link #enumeration}. */
  static final class EnumCodec<E extends Enum<E>> extends Codec<E> {
    private final E[] constants;
    /** The names in the format, by ordinal. */
    private final String[] lowerNames;
    /** The same, encoded once: written without being encoded again. */
    private final tools.jackson.core.SerializableString[] written;
    private final List<Object> names;
    private final Map<String, Object> schema;

    @SuppressWarnings("EnumOrdinal") // ordinals index an in-memory table only
    EnumCodec(Class<E> type) {
      this.constants = type.getEnumConstants();
      this.lowerNames = new String[constants.length];
      this.written = new tools.jackson.core.SerializableString[constants.length];
      List<Object> all = new ArrayList<>();
      for (E e : constants) {
        String name = e.name().toLowerCase(Locale.ROOT);
        lowerNames[e.ordinal()] = name;
        written[e.ordinal()] = new tools.jackson.core.io.SerializedString(name);
        all.add(name);
      }
      this.names = List.copyOf(all);
      this.schema = map("type", "string", "enum", names);
    }

    @Override
    public void write(JsonGenerator g, E value) {
      writeConstant(g, value);
    }

    /** Writes a constant of the enum. */
    @SuppressWarnings("EnumOrdinal") // ordinals index an in-memory table only
    void writeConstant(JsonGenerator g, Enum<?> value) {
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
      String text = in.string(); // refuses a lone surrogate before it is quoted
      throw in.fail(ReadFailure.Kind.INVALID_VALUE, "'%s' is not one of %s", abbreviate(text),
          names);
    }

    @Override
    public Map<String, Object> schema() {
      return schema;
    }
  }
}
