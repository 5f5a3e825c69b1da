package org.migov.io.json.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One property of an object in the format: its name, how it is written from the model object,
 * read into the model's builder, and described in the schema. The kinds of property (required,
 * optional, defaulted, list, set, integer) are the static factories; {@link ObjectCodec} does the
 * rest.
 *
 * <p>The fields are the definition of the format, and {@link ObjectCodec} interprets them. One
 * final class for every kind, which switches on its kind and its codec's, so that the codecs
 * most properties use are called directly.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class Field<T, B> {
  /** The kinds of property. */
  private enum Kind {
    REQUIRED, OPTIONAL, DEFAULTED, LIST, ELEMENTS, SET, INTEGER, OPTIONAL_INTEGER
  }

  /** The kinds of codec called directly, as their own final class; others through {@link Codec}. */
  private enum Form { STRING, TEXT, ENUMERATION, OBJECT, PARTY, DECIMAL, OTHER }

  final String name;
  /**
   * The name of the model's attribute: the name in camelCase ({@code duration_days} is {@code
   * durationDays}), as model paths name it; {@code ModelCodecsTest} checks that each is an
   * attribute of its type.
   */
  final String attribute;
  /** The name, encoded once: written without being encoded again each time. */
  final SerializableString encodedName;
  final boolean required;
  /**
   * Whether the codec itself reports the property missing: for values the model cannot tell
   * missing (a primitive reads as 0, a set as empty).
   */
  final boolean reportMissing;
  private final Kind kind;
  private final Codec<Object> codec;
  private final Form form;
  /** The getter: the value, an {@code Optional} of it or the collection, by kind. */
  private final @Nullable Function<T, ?> get;
  /** The setter, or the adder of an element. */
  private final @Nullable BiConsumer<B, Object> set;
  private final @Nullable Object defaultValue;
  private final @Nullable ToIntFunction<T> getInt;
  private final @Nullable Function<T, OptionalInt> getOptionalInt;
  private final @Nullable ObjIntConsumer<B> setInt;
  private final @Nullable Predicate<T> isEmpty;
  private final Field.@Nullable ElementsWriter<T> writeElements;
  private final Field.@Nullable ElementReader<B> readElement;

  @SuppressWarnings("unchecked")
  private Field(Builder<T, B> b) {
    this.name = b.name;
    this.attribute = camelCase(b.name);
    this.encodedName = new SerializedString(b.name);
    this.kind = b.kind;
    this.required = b.kind == Kind.REQUIRED || b.kind == Kind.SET || b.kind == Kind.INTEGER;
    this.reportMissing = b.kind == Kind.SET || b.kind == Kind.INTEGER;
    this.codec = (Codec<Object>) b.codec;
    this.form = b.codec == Scalars.STRING ? Form.STRING
        : b.codec instanceof Scalars.TextCodec ? Form.TEXT
        : b.codec instanceof Scalars.EnumCodec ? Form.ENUMERATION
        : b.codec instanceof ObjectCodec ? Form.OBJECT
        : b.codec instanceof PartyCodec ? Form.PARTY
        : b.codec == Scalars.DECIMAL ? Form.DECIMAL
        : Form.OTHER;
    this.get = b.get;
    this.set = (BiConsumer<B, Object>) b.set;
    this.defaultValue = b.defaultValue;
    this.getInt = b.getInt;
    this.getOptionalInt = b.getOptionalInt;
    this.setInt = b.setInt;
    this.isEmpty = b.isEmpty;
    this.writeElements = b.writeElements;
    this.readElement = b.readElement;
  }

  private static String camelCase(String name) {
    StringBuilder s = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' && i + 1 < name.length()) {
        s.append(Character.toUpperCase(name.charAt(++i)));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** The parts of a field, set by the factories. */
  private static final class Builder<T, B> {
    final String name;
    final Kind kind;
    final Codec<?> codec;
    @Nullable Function<T, ?> get;
    @Nullable BiConsumer<B, ?> set;
    @Nullable Object defaultValue;
    @Nullable ToIntFunction<T> getInt;
    @Nullable Function<T, OptionalInt> getOptionalInt;
    @Nullable ObjIntConsumer<B> setInt;
    @Nullable Predicate<T> isEmpty;
    Field.@Nullable ElementsWriter<T> writeElements;
    Field.@Nullable ElementReader<B> readElement;

    Builder(String name, Kind kind, Codec<?> codec) {
      this.name = name;
      this.kind = kind;
      this.codec = codec;
    }

    Builder<T, B> access(Function<T, ?> get, BiConsumer<B, ?> set) {
      this.get = get;
      this.set = set;
      return this;
    }

    Field<T, B> build() {
      return new Field<>(this);
    }
  }

  /** Writes the property (name and value) unless it is absent, empty or the default. */
  @SuppressWarnings({"unchecked", "NullAway"}) // each kind has the functions its factory sets
  void write(JsonGenerator g, Object object) {
    T value = (T) object;
    switch (kind) {
      case REQUIRED -> {
        g.writeName(encodedName);
        writeValue(g, get.apply(value));
      }
      case OPTIONAL -> {
        Optional<Object> v = (Optional<Object>) get.apply(value);
        if (v.isPresent()) {
          g.writeName(encodedName);
          writeValue(g, v.get());
        }
      }
      case DEFAULTED -> {
        Object v = get.apply(value);
        if (!v.equals(defaultValue)) {
          g.writeName(encodedName);
          writeValue(g, v);
        }
      }
      case LIST, SET -> {
        Collection<Object> values = (Collection<Object>) get.apply(value);
        if (kind == Kind.SET || !values.isEmpty()) {
          g.writeName(encodedName);
          g.writeStartArray();
          for (Object v : values.toArray()) {
            writeValue(g, v);
          }
          g.writeEndArray();
        }
      }
      case ELEMENTS -> {
        if (!isEmpty.test(value)) {
          g.writeName(encodedName);
          g.writeStartArray();
          writeElements.write(g, value);
          g.writeEndArray();
        }
      }
      case INTEGER -> {
        g.writeName(encodedName);
        g.writeNumber(getInt.applyAsInt(value));
      }
      case OPTIONAL_INTEGER -> {
        OptionalInt v = getOptionalInt.apply(value);
        if (v.isPresent()) {
          g.writeName(encodedName);
          g.writeNumber(v.getAsInt());
        }
      }
    }
  }

  /** Reads the value at the current token, which is not null, into the builder. */
  @SuppressWarnings("NullAway") // each kind has the functions its factory sets
  void read(In in, B builder) {
    switch (kind) {
      case REQUIRED, OPTIONAL, DEFAULTED -> set.accept(builder, readValue(in));
      case INTEGER, OPTIONAL_INTEGER -> setInt.accept(builder, Scalars.readInt(in));
      case LIST -> {
        Scalars.startArray(in);
        int count = 0;
        while (in.next() != JsonToken.END_ARRAY) {
          in.element(++count);
          set.accept(builder, readValue(in));
        }
      }
      case ELEMENTS -> {
        Scalars.startArray(in);
        int count = 0;
        while (in.next() != JsonToken.END_ARRAY) {
          in.element(++count);
          readElement.read(in, builder);
        }
      }
      case SET -> {
        Scalars.startArray(in);
        java.util.Set<Object> seen = new java.util.HashSet<>();
        int count = 0;
        while (in.next() != JsonToken.END_ARRAY) {
          in.element(++count);
          Object v = readValue(in);
          if (!seen.add(v)) {
            // named as the document writes it: an enum constant in lower case, a code as itself
            throw in.fail(ReadFailure.Kind.INVALID_VALUE, "'%s' holds '%s' more than once", name,
                v instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : v);
          }
          set.accept(builder, v);
        }
      }
    }
  }

  /** Writes one value with the codec, called directly when its class is known. */
  @SuppressWarnings("unchecked")
  private void writeValue(JsonGenerator g, Object v) {
    switch (form) {
      case STRING -> g.writeString((String) v);
      case TEXT -> ((Scalars.TextCodec<Object>) (Codec<?>) codec).write(g, v);
      case ENUMERATION -> ((Scalars.EnumCodec<?>) (Codec<?>) codec).writeConstant(g, (Enum<?>) v);
      case OBJECT -> ((ObjectCodec<Object, ?>) (Codec<?>) codec).write(g, v);
      case PARTY -> ((PartyCodec) (Codec<?>) codec).write(g, (org.migov.model.Party) v);
      case DECIMAL -> Scalars.writeDecimal(g, (java.math.BigDecimal) v);
      case OTHER -> codec.write(g, v);
    }
  }

  /** Reads one value with the codec, called directly when its class is known. */
  private Object readValue(In in) {
    return switch (form) {
      case STRING -> Scalars.readString(in);
      case TEXT -> ((Scalars.TextCodec<?>) (Codec<?>) codec).read(in);
      case ENUMERATION -> ((Scalars.EnumCodec<?>) (Codec<?>) codec).read(in);
      case OBJECT -> ((ObjectCodec<?, ?>) (Codec<?>) codec).read(in);
      case PARTY -> ((PartyCodec) (Codec<?>) codec).read(in);
      case DECIMAL -> Scalars.readDecimal(in);
      case OTHER -> codec.read(in);
    };
  }

  /** Returns the codec of the value, or of the elements. */
  Codec<?> codec() {
    return codec;
  }

  /** Returns the schema of the value. */
  Map<String, Object> schema() {
    return switch (kind) {
      case DEFAULTED -> {
        Map<String, Object> s = new java.util.LinkedHashMap<>(codec.schema());
        s.put("default", defaultValue instanceof Enum<?> e
            ? e.name().toLowerCase(java.util.Locale.ROOT) : defaultValue);
        yield s;
      }
      case LIST, ELEMENTS -> Scalars.map("type", "array", "items", codec.schema());
      case SET -> Scalars.map("type", "array", "items", codec.schema(), "minItems", 1,
          "uniqueItems", true);
      default -> codec.schema();
    };
  }

  /** A required value. */
  public static <T, B, V> Field<T, B> required(String name, Codec<V> codec,
      Function<T, V> get, BiConsumer<B, V> set) {
    return new Builder<T, B>(name, Kind.REQUIRED, codec).access(get, set).build();
  }

  /** An optional value, omitted when absent; {@code null} reads as absent. */
  public static <T, B, V> Field<T, B> optional(String name, Codec<V> codec,
      Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return new Builder<T, B>(name, Kind.OPTIONAL, codec).access(get, set).build();
  }

  /** A value with a default, omitted when it is the default; absence or {@code null} read as it. */
  public static <T, B, V> Field<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get,
      BiConsumer<B, V> set, V defaultValue) {
    Builder<T, B> b = new Builder<T, B>(name, Kind.DEFAULTED, codec).access(get, set);
    b.defaultValue = defaultValue;
    return b.build();
  }

  /** A list, omitted when empty; {@code null} reads as empty. */
  public static <T, B, V> Field<T, B> list(String name, Codec<V> codec,
      Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add) {
    return new Builder<T, B>(name, Kind.LIST, codec).access(get, add).build();
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
  public static <T, B, V> Field<T, B> list(String name, Codec<V> items, Predicate<T> isEmpty,
      ElementsWriter<T> write, ElementReader<B> read) {
    Builder<T, B> b = new Builder<>(name, Kind.ELEMENTS, items);
    b.isEmpty = isEmpty;
    b.writeElements = write;
    b.readElement = read;
    return b.build();
  }

  /**
   * A set of at least one element, written in the set's order: a required property whose
   * elements must be distinct (the model would merge duplicates silently, losing what the input
   * said, so reading refuses them).
   */
  public static <T, B, V> Field<T, B> set(String name, Codec<V> codec,
      Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add) {
    return new Builder<T, B>(name, Kind.SET, codec).access(get, add).build();
  }

  /** A required integer of at least {@code min}. */
  public static <T, B> Field<T, B> integer(String name, int min, ToIntFunction<T> get,
      ObjIntConsumer<B> set) {
    Builder<T, B> b = new Builder<>(name, Kind.INTEGER, Scalars.integer(min));
    b.getInt = get;
    b.setInt = set;
    return b.build();
  }

  /** An optional integer of at least {@code min}, omitted when absent. */
  public static <T, B> Field<T, B> optionalInteger(String name, int min,
      Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    Builder<T, B> b = new Builder<>(name, Kind.OPTIONAL_INTEGER, Scalars.integer(min));
    b.getOptionalInt = get;
    b.setInt = set;
    return b.build();
  }
}
