package org.migov.io.json.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.migov.io.json.MigovJsonException;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The codec of a model type written as a JSON object: one table of {@link Field}s defines writing,
 * reading and the schema. Objects are written and read by code generated from the table ({@link
 * Writers}, and {@link Readers}, which reads a whole object and leaves only unknown properties,
 * the version and incomplete objects to this class's loop), once {@link ModelCodecs#forType} has
 * set it, and only while the table is the one it was generated from ({@link #signature()}).
 * Reading rejects unknown (unless configured otherwise) and duplicate properties, reads {@code
 * null} as absent for optional properties only, requires {@code format_version} on a top-level
 * object (and accepts a valid one, once, on a nested object), and builds the model object through
 * its builder so that every invariant is checked; the model's violations come back with JSON
 * Pointer paths.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> extends Codec<T> {
  /** The name of the format version property of top-level documents. */
  public static final String VERSION_PROPERTY = "format_version";

  /** The format version this library writes. */
  public static final String VERSION = "1.0";

  /** The versions this library reads: 1.x. */
  private static final java.util.regex.Pattern SUPPORTED_VERSION =
      java.util.regex.Pattern.compile("1\\.[0-9]{1,4}");

  private static final tools.jackson.core.SerializableString VERSION_NAME =
      new tools.jackson.core.io.SerializedString(VERSION_PROPERTY);

  private final String definition;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Field<T, B>> fields;
  /** Matches the names of the fields (index i is field i) and, last, the version property. */
  private final PropertyNameMatcher names;
  private final long primitives; // a bit for each field whose absence the codec reports
  /**
   * Writes the properties as the fields do, in code generated from them ({@link Writers}); set
   * when {@code Writers} is initialised, which {@link ModelCodecs#forType} ensures, if the
   * generated code is that of these fields. Null: the fields write.
   */
  private volatile @Nullable PropertiesWriter<T> properties;
  /** Reads the properties as the fields do, in generated code ({@link Readers}); as above. */
  private volatile @Nullable PropertyReader<B> reader;
  /** Reads the whole object, in generated code ({@link Readers}); set with {@link #reader}. */
  private volatile @Nullable ObjectReader<T> objectReader;

  /** Writes the properties of an object, between its braces. */
  @FunctionalInterface
  interface PropertiesWriter<T> {
    /** Writes the properties of {@code value}, as its fields would, to {@code g}. */
    void write(JsonGenerator g, T value);
  }

  /** Reads the value of one property into the builder. */
  @FunctionalInterface
  interface PropertyReader<B> {
    /**
     * Reads the value of the property of index {@code index} in the fields, whose first token is
     * the current token and is not null, into the builder.
     */
    void read(In in, B builder, int index);
  }

  /** Reads a whole object, as {@link #read(In)} does. */
  @FunctionalInterface
  interface ObjectReader<T> {
    /** Reads the object that starts at the current token. */
    T read(In in);
  }

  /**
   * Creates the codec.
   *
   * @param definition the name of the type in the schema's {@code $defs}, such as {@code meeting}
   * @param builder makes a new builder
   * @param build builds the object, throwing {@link ValidationException} when it is invalid
   * @param fields the properties, in the order they are written
   */
  public ObjectCodec(String definition, Supplier<B> builder, Function<B, T> build,
      List<Field<T, B>> fields) {
    if (fields.size() > 63) {
      throw new IllegalArgumentException("at most 63 properties");
    }
    this.definition = definition;
    this.builder = builder;
    this.build = build;
    this.fields = List.copyOf(fields);
    long primitive = 0;
    List<Named> named = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      named.add(Named.fromString(fields.get(i).name));
      if (fields.get(i).reportMissing) {
        primitive |= 1L << i;
      }
    }
    named.add(Named.fromString(VERSION_PROPERTY));
    this.names = BinaryNameMatcher.constructFrom(named, false, false); // as JsonFactory makes it
    this.primitives = primitive;
  }

  /** Returns the name of the type in the schema's {@code $defs}. */
  public String definition() {
    return definition;
  }

  @Override
  public void write(JsonGenerator g, T value) {
    boolean root = g.streamWriteContext().inRoot();
    g.writeStartObject(value);
    if (root) {
      g.writeName(VERSION_NAME);
      g.writeString(VERSION);
    }
    PropertiesWriter<T> p = properties;
    if (p != null) {
      p.write(g, value);
    } else {
      writeProperties(g, value);
    }
    g.writeEndObject();
  }

  /** Writes the properties of {@code value} through the fields, one by one. */
  void writeProperties(JsonGenerator g, T value) {
    for (Field<T, B> f : fields) {
      f.write(g, value);
    }
  }

  /** Sets the generated writer of the properties, or none; see {@link Writers}. */
  void writeWith(@Nullable PropertiesWriter<T> properties) {
    this.properties = properties;
  }

  /**
   * Returns a digest of the fields, in order: each one's name, kind and schema. Generated code is
   * used only on the codec whose signature is the one it was generated from: out-of-date code (a
   * property added, removed, renamed, made required, read by another codec) leaves the fields to
   * do the work; {@code GeneratedSourcesTest} fails on any difference between the generated files
   * and the tables.
   */
  int signature() {
    StringBuilder s = new StringBuilder(definition);
    for (Field<T, B> f : fields) {
      s.append('\n').append(f.name).append(' ').append(f.kind()).append(' ').append(f.schema());
    }
    return s.toString().hashCode();
  }

  /** Returns the field of the given name, or null. */
  @Nullable Field<T, B> field(String name) {
    for (Field<T, B> f : fields) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Sets the generated readers of the properties and of the whole object, or none; see {@link
   * Readers}.
   */
  void readWith(@Nullable PropertyReader<B> reader, @Nullable ObjectReader<T> objectReader) {
    this.reader = reader;
    this.objectReader = objectReader;
  }

  /** Returns the generated reader of the whole object, if set. */
  @Nullable ObjectReader<T> objectReader() {
    return objectReader;
  }

  /** Returns the generated reader of the properties, if set. */
  @Nullable PropertyReader<B> reader() {
    return reader;
  }

  /** Returns the class of the builders this codec reads into. */
  Class<?> builderType() {
    return builder.get().getClass();
  }

  /**
   * Returns the function making a new builder: generated code calls it (and {@link
   * #buildFunction()}) from a method of its own type, where the call has one target and is
   * inlined.
   */
  Supplier<B> builderSupplier() {
    return builder;
  }

  /** Returns the function building the object, as {@link #builderSupplier()}. */
  Function<B, T> buildFunction() {
    return build;
  }

  /** Returns the generated writer of the properties, if set. */
  @Nullable PropertiesWriter<T> writer() {
    return properties;
  }

  @Override
  public T read(In in) {
    ObjectReader<T> r = objectReader;
    if (r != null) {
      return r.read(in);
    }
    return read(in, ObjectCodec::build, build);
  }

  /**
   * Reads the object with this class's loop, through the fields or the generated property reader
   * (never the generated object reader), and finishes it with {@code finish} (given the builder,
   * filled, and {@code context}) instead of building it: a {@link ValidationException} that
   * {@code finish} throws is reported as {@code read} reports the model's.
   */
  <C, R> R read(In in, java.util.function.BiFunction<B, C, R> finish, C context) {
    TokenStreamContext object = start(in);
    return rest(in, object, builder.get(), 0, in.nextName(names), finish, context);
  }

  /**
   * Starts reading an object (for generated code too): checks that the current token starts one
   * and returns its context, which keeps where it started for an error at its end.
   */
  TokenStreamContext start(In in) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.wrongType("an object");
    }
    // the object's JSON Pointer and position are made only for an error, at its end: the
    // parser's path (the parent's, pointing at this object) is the same as at its start, and the
    // object's own context keeps where it started until the parser moves on
    return in.parser.streamReadContext();
  }

  /** Returns the matcher of the property names (index i is field i, then the version). */
  PropertyNameMatcher names() {
    return names;
  }

  /**
   * Reads the rest of an object whose generated reader met a property it leaves to the fields
   * (an unknown name, or the version, of index {@code first}): the properties read so far are in
   * {@code b}, their bits in {@code seen}.
   */
  T rest(In in, TokenStreamContext object, B b, long seen, int first) {
    return rest(in, object, b, seen, first, ObjectCodec::build, build);
  }

  /**
   * Reads the properties of an object from the one of index {@code first} (already matched) to
   * its end, and finishes it.
   */
  private <C, R> R rest(In in, TokenStreamContext object, B b, long seen, int first,
      java.util.function.BiFunction<B, C, R> finish, C context) {
    boolean root = object.getParent().inRoot();
    boolean versioned = false;
    @Nullable Set<String> ignored = null; // names of unknown properties skipped, when they are
    // names are matched on the parser's bytes, without making or looking up a string
    for (int i = first; i != PropertyNameMatcher.MATCH_END_OBJECT; i = in.nextName(names)) {
      if (i < 0 || i == fields.size()) {
        String name = in.parser.currentName();
        if (i >= 0) { // the version
          if (versioned) {
            throw in.duplicate(name);
          }
          versioned = true;
          in.next();
          checkVersion(in);
        } else {
          if (!in.options.failOnUnknownProperties()) {
            if (ignored == null) {
              ignored = new HashSet<>();
            }
            if (!ignored.add(name)) {
              throw in.duplicate(name);
            }
          }
          in.next();
          if (in.options.failOnUnknownProperties()) {
            throw in.fail(Problem.UNKNOWN_PROPERTY, "'%s' is not a property of %s",
                Scalars.abbreviate(name), definition);
          }
          in.skip();
        }
        continue;
      }
      if ((seen & (1L << i)) != 0) {
        throw duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        nullValue(in, i);
        continue;
      }
      PropertyReader<B> r = reader;
      if (r != null) {
        r.read(in, b, i);
      } else {
        fields.get(i).read(in, b);
      }
    }
    if (root && !versioned) {
      throw versionMissing(in, object);
    }
    return finish(in, object, b, seen, finish, context);
  }

  /** The finish of an object read by {@link #read(In)}: it is built by the build function. */
  private static <B, T> T build(B builder, Function<B, T> build) {
    return build.apply(builder);
  }

  /** Returns the exception for a top-level object without the version, at the object's start. */
  private static MigovJsonException versionMissing(In in, TokenStreamContext object) {
    TokenStreamLocation start = object.startLocation(ContentReference.unknown());
    return new MigovJsonException(Problem.UNSUPPORTED_VERSION, in.pointer(), start.getLineNr(),
        start.getColumnNr(), "a top-level document needs \"" + VERSION_PROPERTY + "\": \""
            + VERSION + "\"", List.of(), null);
  }

  /** Returns the exception for the property of index {@code i}, met again. */
  MigovJsonException duplicate(In in, int i) {
    return in.duplicate(fields.get(i).name);
  }

  /**
   * Accepts null, the current token, as the value of the property of index {@code i} (it leaves
   * the property absent) or, for a required one, throws.
   */
  void nullValue(In in, int i) {
    Field<T, B> f = fields.get(i);
    if (f.required) {
      throw in.fail(Problem.WRONG_TYPE, "'%s' is required and must not be null", f.name);
    }
  }

  /**
   * Tells whether generated code, at the end of an object, may build it at once: no property
   * whose absence is reported is missing, and the object is not a top-level one (which needs the
   * version, and which {@link #finish(In, TokenStreamContext, Object, long)} checks).
   */
  boolean complete(TokenStreamContext object, long seen) {
    return (seen & primitives) == primitives && !object.getParent().inRoot();
  }

  /**
   * Finishes an object, all of whose properties were read by generated code, that is not {@link
   * #complete}. Generated code hands the version over to {@link #rest}, so none was met here: a
   * top-level object fails for the want of it; otherwise the missing properties are reported with
   * the model's violations.
   */
  T finish(In in, TokenStreamContext object, B b, long seen) {
    if (object.getParent().inRoot()) {
      throw versionMissing(in, object);
    }
    return finish(in, object, b, seen, ObjectCodec::build, build);
  }

  /**
   * Returns the exception for the model's violations in the object that starts at {@code
   * object}, each once (as the loop of this class reports them).
   */
  MigovJsonException violation(In in, TokenStreamContext object, ValidationException e) {
    List<Violation> all = e.violations();
    if (new HashSet<>(all).size() != all.size()) { // rare: only the error path pays for it
      e = new ValidationException(List.copyOf(new java.util.LinkedHashSet<>(all)));
    }
    return in.modelViolation(in.pointer(), object.startLocation(ContentReference.unknown()), e);
  }

  private <C, R> R finish(In in, TokenStreamContext object, B b, long seen,
      java.util.function.BiFunction<B, C, R> finish, C context) {
    List<Violation> missing = List.of();
    if ((seen & primitives) != primitives) {
      missing = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        Field<T, B> f = fields.get(i);
        if (f.reportMissing && (seen & (1L << i)) == 0) {
          missing.add(Violation.of(definition + "." + f.name, ViolationCode.REQUIRED,
              "'" + f.name + "' is required but was not set"));
        }
      }
    }
    try {
      R value = finish.apply(b, context);
      if (!missing.isEmpty()) {
        throw new ValidationException(missing);
      }
      return value;
    } catch (ValidationException e) {
      List<Violation> all = new ArrayList<>(missing);
      for (Violation v : e.violations()) {
        // a missing primitive reads as 0, a missing set as empty: drop what the model says of that
        if (missing.stream().noneMatch(m -> In.toPointer(m.path()).equals(In.toPointer(v.path())))
            || v.code() == ViolationCode.REQUIRED) {
          if (!all.contains(v)) {
            all.add(v);
          }
        }
      }
      throw violation(in, object, new ValidationException(all));
    }
  }

  private static void checkVersion(In in) {
    if (in.parser.currentToken() != JsonToken.VALUE_STRING) {
      throw in.wrongType("a string");
    }
    String v = in.parser.getString();
    if (!SUPPORTED_VERSION.matcher(v).matches()) {
      throw in.fail(Problem.UNSUPPORTED_VERSION,
          "format version '%s' cannot be read; this library reads 1.x (it writes %s)",
          Scalars.abbreviate(v), VERSION);
    }
  }

  @Override
  public Map<String, Object> schema() {
    return Scalars.map("$ref", "#/$defs/" + definition);
  }

  /** Returns the full definition of the object for the schema's {@code $defs}. */
  public Map<String, Object> definitionSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(VERSION_PROPERTY, Scalars.map("$ref", "#/$defs/format_version"));
    List<String> required = new ArrayList<>();
    for (Field<T, B> f : fields) {
      properties.put(f.name, f.schema());
      if (f.required) {
        required.add(f.name);
      }
    }
    Map<String, Object> s = Scalars.map("type", "object", "properties", properties);
    if (!required.isEmpty()) {
      s.put("required", required);
    }
    s.put("additionalProperties", false);
    return s;
  }

  /** Returns the field table, for documentation and the schema. */
  List<Field<T, B>> fields() {
    return fields;
  }
}
