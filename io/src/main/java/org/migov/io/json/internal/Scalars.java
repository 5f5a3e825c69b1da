package org.migov.io.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
      g.writeNumber(value);
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
        // an exponent beyond the range of int, such as 1e-2147483649: no BigDecimal can hold it
        value = null;
      }
      if (value == null || Math.abs((long) value.scale()) > in.options.maxExponent()) {
        throw in.fail(Problem.LIMIT_EXCEEDED,
            "the number's exponent is beyond the limit of %d digits either side of the point",
            in.options.maxExponent());
      }
      return value;
    }

    @Override
    public Map<String, Object> schema() {
      return map("type", "number");
    }
  };

  /**
   * A value written as text and read through the model's parser ({@code of} or {@code parse}),
   * whose {@link ValidationException} becomes an invalid-value error at the value.
   */
  static <T> Codec<T> text(Function<String, T> parse, Function<T, String> format,
      Map<String, Object> schema) {
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
        String text = in.string();
        try {
          return parse.apply(text);
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

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /** An enum written as its constant's name in lower case: {@code more_than}. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    Map<String, E> byName = new HashMap<>();
    List<Object> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String name = e.name().toLowerCase(Locale.ROOT);
      byName.put(name, e);
      names.add(name);
    }
    Map<String, Object> schema = map("type", "string", "enum", List.copyOf(names));
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, E value) {
        g.writeString(value.name().toLowerCase(Locale.ROOT));
      }

      @Override
      public E read(In in) {
        if (in.token() != JsonToken.VALUE_STRING) {
          throw in.wrongType("a string");
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
