package org.migov.io.json.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.JsonToken;

/**
 * One property of an object in the format: its name, how it is written from the model object,
 * read into the model's builder, and described in the schema. The kinds of property (required,
 * optional, defaulted, list, integer) are the static factories; {@link ObjectCodec} does the rest.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public abstract class Field<T, B> {
  final String name;
  /** The name, encoded once: written without being encoded again each time. */
  final SerializableString encodedName;
  final boolean required;
  /**
   * Whether the codec itself reports the property missing: for values the model cannot tell
   * missing (a primitive reads as 0, a set as empty).
   */
  final boolean reportMissing;

  private Field(String name, boolean required, boolean reportMissing) {
    this.name = name;
    this.encodedName = new SerializedString(name);
    this.required = required;
    this.reportMissing = reportMissing;
  }

  /** Writes the property (name and value) unless it is absent, empty or the default. */
  abstract void write(JsonGenerator g, T value);

  /** Reads the value at the current token, which is not null, into the builder. */
  abstract void read(In in, B builder);

  /** Returns the schema of the value. */
  abstract Map<String, Object> schema();

  /** A required value. */
  public static <T, B, V> Field<T, B> required(String name, Codec<V> codec,
      Function<T, V> get, BiConsumer<B, V> set) {
    return new Field<>(name, true, false) {
      @Override
      void write(JsonGenerator g, T value) {
        g.writeName(encodedName);
        codec.write(g, get.apply(value));
      }

      @Override
      void read(In in, B builder) {
        set.accept(builder, codec.read(in));
      }

      @Override
      Map<String, Object> schema() {
        return codec.schema();
      }
    };
  }

  /** An optional value, omitted when absent; {@code null} reads as absent. */
  public static <T, B, V> Field<T, B> optional(String name, Codec<V> codec,
      Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return new Field<>(name, false, false) {
      @Override
      void write(JsonGenerator g, T value) {
        Optional<V> v = get.apply(value);
        if (v.isPresent()) {
          g.writeName(encodedName);
          codec.write(g, v.get());
        }
      }

      @Override
      void read(In in, B builder) {
        set.accept(builder, codec.read(in));
      }

      @Override
      Map<String, Object> schema() {
        return codec.schema();
      }
    };
  }

  /** A value with a default, omitted when it is the default; absence or {@code null} read as it. */
  public static <T, B, V> Field<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get,
      BiConsumer<B, V> set, V defaultValue) {
    return new Field<>(name, false, false) {
      @Override
      void write(JsonGenerator g, T value) {
        V v = get.apply(value);
        if (!v.equals(defaultValue)) {
          g.writeName(encodedName);
          codec.write(g, v);
        }
      }

      @Override
      void read(In in, B builder) {
        set.accept(builder, codec.read(in));
      }

      @Override
      Map<String, Object> schema() {
        Map<String, Object> s = new java.util.LinkedHashMap<>(codec.schema());
        s.put("default", defaultValue instanceof Enum<?> e
            ? e.name().toLowerCase(java.util.Locale.ROOT) : defaultValue);
        return s;
      }
    };
  }

  /** A list, omitted when empty; {@code null} reads as empty. */
  public static <T, B, V> Field<T, B> list(String name, Codec<V> codec,
      Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add) {
    return new Field<>(name, false, false) {
      @Override
      void write(JsonGenerator g, T value) {
        Collection<V> values = get.apply(value);
        if (!values.isEmpty()) {
          g.writeName(encodedName);
          g.writeStartArray();
          if (values instanceof java.util.List<V> list && list instanceof java.util.RandomAccess) {
            for (int i = 0; i < list.size(); i++) { // no iterator to make
              codec.write(g, list.get(i));
            }
          } else {
            for (V v : values) {
              codec.write(g, v);
            }
          }
          g.writeEndArray();
        }
      }

      @Override
      void read(In in, B builder) {
        if (in.token() != JsonToken.START_ARRAY) {
          throw in.wrongType("an array");
        }
        while (in.next() != JsonToken.END_ARRAY) {
          add.accept(builder, codec.read(in));
        }
      }

      @Override
      Map<String, Object> schema() {
        return Scalars.map("type", "array", "items", codec.schema());
      }
    };
  }

  /** Writes the elements of a list, which is not empty. */
  @FunctionalInterface
  public interface ElementsWriter<T> {
    /** Writes every element of {@code value}'s list, in order, as values of {@code g}. */
    void write(JsonGenerator g, T value);
  }

  /** Reads the element at the current token into the builder. */
  @FunctionalInterface
  public interface ElementReader<B> {
    /** Reads one element, whose first token is the current token, and adds it to the builder. */
    void read(In in, B builder);
  }

  /**
   * A list, as {@link #list}, whose elements are written and read by the given functions
   * rather than one by one through a codec: for a type that holds its elements in another form.
   * {@code items} is the codec whose schema describes the elements, and whose bytes the
   * functions must give and take.
   */
  public static <T, B, V> Field<T, B> list(String name, Codec<V> items,
      java.util.function.Predicate<T> isEmpty, ElementsWriter<T> write, ElementReader<B> read) {
    return new Field<>(name, false, false) {
      @Override
      void write(JsonGenerator g, T value) {
        if (!isEmpty.test(value)) {
          g.writeName(encodedName);
          g.writeStartArray();
          write.write(g, value);
          g.writeEndArray();
        }
      }

      @Override
      void read(In in, B builder) {
        if (in.token() != JsonToken.START_ARRAY) {
          throw in.wrongType("an array");
        }
        while (in.next() != JsonToken.END_ARRAY) {
          read.read(in, builder);
        }
      }

      @Override
      Map<String, Object> schema() {
        return Scalars.map("type", "array", "items", items.schema());
      }
    };
  }

  /**
   * A set of at least one element, written in the set's order: a required property whose
   * elements must be distinct (the model would merge duplicates silently, losing what the input
   * said, so reading refuses them).
   */
  public static <T, B, V> Field<T, B> set(String name, Codec<V> codec,
      Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add) {
    return new Field<>(name, true, true) {
      @Override
      void write(JsonGenerator g, T value) {
        g.writeName(encodedName);
        g.writeStartArray();
        for (V v : get.apply(value)) {
          codec.write(g, v);
        }
        g.writeEndArray();
      }

      @Override
      void read(In in, B builder) {
        if (in.token() != JsonToken.START_ARRAY) {
          throw in.wrongType("an array");
        }
        java.util.Set<V> seen = new java.util.HashSet<>();
        while (in.next() != JsonToken.END_ARRAY) {
          V v = codec.read(in);
          if (!seen.add(v)) {
            throw in.fail(org.migov.io.json.MigovJsonException.Problem.INVALID_VALUE,
                "'%s' holds %s more than once", name, v);
          }
          add.accept(builder, v);
        }
      }

      @Override
      Map<String, Object> schema() {
        return Scalars.map("type", "array", "items", codec.schema(), "minItems", 1,
            "uniqueItems", true);
      }
    };
  }

  /** A required integer of at least {@code min}. */
  public static <T, B> Field<T, B> integer(String name, int min, ToIntFunction<T> get,
      ObjIntConsumer<B> set) {
    Codec<Integer> codec = Scalars.integer(min);
    return new Field<>(name, true, true) {
      @Override
      void write(JsonGenerator g, T value) {
        g.writeName(encodedName);
        g.writeNumber(get.applyAsInt(value));
      }

      @Override
      void read(In in, B builder) {
        set.accept(builder, codec.read(in));
      }

      @Override
      Map<String, Object> schema() {
        return codec.schema();
      }
    };
  }

  /** An optional integer of at least {@code min}, omitted when absent. */
  public static <T, B> Field<T, B> optionalInteger(String name, int min,
      Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    Codec<Integer> codec = Scalars.integer(min);
    return new Field<>(name, false, false) {
      @Override
      void write(JsonGenerator g, T value) {
        OptionalInt v = get.apply(value);
        if (v.isPresent()) {
          g.writeName(encodedName);
          g.writeNumber(v.getAsInt());
        }
      }

      @Override
      void read(In in, B builder) {
        set.accept(builder, codec.read(in));
      }

      @Override
      Map<String, Object> schema() {
        return codec.schema();
      }
    };
  }

}
