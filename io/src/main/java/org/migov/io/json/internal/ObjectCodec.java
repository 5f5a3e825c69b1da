package org.migov.io.json.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The codec of a model type written as a JSON object: one table of {@link Field}s defines writing,
 * reading and the schema, and this class interprets it. Reading rejects unknown (unless
 * configured otherwise) and duplicate properties, reads {@code null} as absent for optional
 * properties only, requires {@code format_version} on a top-level object (and accepts a valid
 * one, once, on a nested object), and builds the model object through its builder so that every
 * invariant is checked; the model's violations come back with JSON Pointer paths.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> extends Codec<T> {
  /** The name of the format version property of top-level documents. */
  public static final String VERSION_PROPERTY = "format_version";

  /** The format version this library writes. */
  public static final String VERSION = "1.1";

  /** The versions this library reads: 1.x. */
  private static final Pattern SUPPORTED_VERSION = Pattern.compile("1\\.[0-9]{1,4}");

  private static final SerializableString VERSION_NAME = new SerializedString(VERSION_PROPERTY);

  private final String definition;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Field<T, B>> fields;
  /** The fields, as an array: written without an iterator. */
  private final Field<?, ?>[] written;
  /** Matches the names of the fields (index i is field i) and, last, the version property. */
  private final PropertyNameMatcher names;
  /** A bit for each field whose absence the codec itself reports. */
  private final long reportedMissing;

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
    this.written = fields.toArray(new Field<?, ?>[0]);
    long missing = 0;
    List<Named> named = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      named.add(Named.fromString(fields.get(i).name));
      if (fields.get(i).reportMissing) {
        missing |= 1L << i;
      }
    }
    named.add(Named.fromString(VERSION_PROPERTY));
    this.names = BinaryNameMatcher.constructFrom(named, false, false); // as JsonFactory makes it
    this.reportedMissing = missing;
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
    for (Field<?, ?> f : written) {
      f.write(g, value);
    }
    g.writeEndObject();
  }

  @Override
  public T read(In in) {
    return read(in, ObjectCodec::build, build);
  }

  /**
   * Reads the object and finishes it with {@code finish} (given the builder, filled, and {@code
   * context}) instead of building it: a {@link ValidationException} that {@code finish} throws is
   * reported as {@code read} reports the model's.
   */
  <C, R> R read(In in, BiFunction<B, C, R> finish, C context) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.wrongType("an object");
    }
    // the object's JSON Pointer and position are made only for an error, at its end: the
    // parser's path (the parent's, pointing at this object) is the same as at its start, and the
    // object's own context keeps where it started until the parser moves on
    TokenStreamContext object = in.parser.streamReadContext();
    B b = builder.get();
    long seen = 0;
    boolean root = object.getParent().inRoot();
    boolean versioned = false;
    @Nullable Set<String> ignored = null; // the unknown names skipped, when they are
    int count = 0;
    // names are matched on the parser's bytes, without making or looking up a string
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      in.property(++count);
      if (i == fields.size()) {
        if (versioned) {
          throw in.duplicate(VERSION_PROPERTY);
        }
        versioned = true;
        in.next();
        checkVersion(in);
      } else if (i < 0) {
        ignored = unknown(in, ignored);
      } else {
        if ((seen & (1L << i)) != 0) {
          throw in.duplicate(fields.get(i).name);
        }
        seen |= 1L << i;
        Field<T, B> f = fields.get(i);
        if (in.next() != JsonToken.VALUE_NULL) {
          f.read(in, b);
        } else if (f.required) {
          throw in.fail(ReadFailure.Kind.WRONG_TYPE, "'%s' is required and must not be null",
              f.name);
        }
      }
    }
    if (root && !versioned) {
      throw versionMissing(in, object);
    }
    return finish(in, object, b, seen, finish, context);
  }

  /**
   * Refuses the unknown property at the current name or, when unknown properties are ignored,
   * skips its value, refusing a name skipped before in this object ({@code ignored}, made at the
   * first).
   *
   * @return the names skipped so far in this object
   */
  private @Nullable Set<String> unknown(In in, @Nullable Set<String> ignored) {
    String name = in.parser.currentName();
    if (in.options.failOnUnknownProperties()) {
      in.next();
      throw in.fail(ReadFailure.Kind.UNKNOWN_PROPERTY, "'%s' is not a property of %s",
          Scalars.abbreviate(name), definition);
    }
    Set<String> names = ignored == null ? new HashSet<>() : ignored;
    if (!names.add(name)) {
      throw in.duplicate(name);
    }
    in.next();
    in.skip();
    return names;
  }

  /** The finish of an object read by {@link #read(In)}: it is built by the build function. */
  private static <B, T> T build(B builder, Function<B, T> build) {
    return build.apply(builder);
  }

  /** Returns the exception for a top-level object without the version, at the object's start. */
  private static ReadFailure versionMissing(In in, TokenStreamContext object) {
    TokenStreamLocation start = object.startLocation(ContentReference.unknown());
    return in.failAt(ReadFailure.Kind.UNSUPPORTED_VERSION, start, "a top-level document needs \""
        + VERSION_PROPERTY + "\": \"" + VERSION + "\"");
  }

  /**
   * Finishes an object: builds it, and reports the properties missing that the model cannot tell
   * missing with the model's violations, each once, in the order they were found.
   */
  private <C, R> R finish(In in, TokenStreamContext object, B b, long seen,
      BiFunction<B, C, R> finish, C context) {
    Map<String, Violation> missing = Map.of(); // by the pointer of the property
    if ((seen & reportedMissing) != reportedMissing) {
      missing = new LinkedHashMap<>();
      for (int i = 0; i < fields.size(); i++) {
        Field<T, B> f = fields.get(i);
        if (f.reportMissing && (seen & (1L << i)) == 0) {
          missing.put("/" + f.name, Violation.of(definition + "." + f.name,
              ViolationCode.REQUIRED, "'" + f.name + "' is required but was not set"));
        }
      }
    }
    try {
      R value = finish.apply(b, context);
      if (!missing.isEmpty()) {
        throw new ValidationException(List.copyOf(missing.values()));
      }
      return value;
    } catch (ValidationException e) {
      // linear: each violation is hashed once, none looked for in a list
      Set<Violation> all = new LinkedHashSet<>(missing.values());
      long unlisted = e.total() - e.violations().size();
      for (Violation v : e.violations()) {
        // a missing primitive reads as 0, a missing set as empty: drop what the model says of
        // that, except that it is required
        if (v.code() == ViolationCode.REQUIRED || !missing.containsKey(pointer(v.path()))) {
          all.add(v);
        }
      }
      throw in.modelViolation(in.pointer(), object.startLocation(ContentReference.unknown()),
          new ValidationException(List.copyOf(all), all.size() + unlisted), this);
    }
  }

  /**
   * Translates a path of the model ({@code meeting.durationDays}, {@code
   * declaration.goals[1].number}) to a JSON Pointer relative to the object ({@code
   * /duration_days}, {@code /goals/1/number}): the first segment (the object) is dropped, each
   * attribute becomes the name of its field in this table and, for a nested object, in its
   * codec's; indexes become segments. An attribute no table has (none, as {@code
   * ModelCodecsTest} checks for every field) would be kept as the model names it.
   */
  String pointer(String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    @Nullable ObjectCodec<?, ?> codec = this;
    for (String segment : path.substring(dot + 1).split("\\.", -1)) {
      int bracket = segment.indexOf('[');
      String attribute = bracket < 0 ? segment : segment.substring(0, bracket);
      Field<?, ?> f = codec == null ? null : codec.fieldOf(attribute);
      s.append('/').append(f == null ? attribute : f.name);
      for (int i = bracket; i >= 0; i = segment.indexOf('[', i + 1)) {
        int close = segment.indexOf(']', i);
        s.append('/').append(segment, i + 1, close < 0 ? segment.length() : close);
      }
      codec = f != null && f.codec() instanceof ObjectCodec<?, ?> nested ? nested : null;
    }
    return s.toString();
  }

  /** Returns the field of the model's attribute of that name, or null. */
  private @Nullable Field<T, B> fieldOf(String attribute) {
    for (Field<T, B> f : fields) {
      if (f.attribute.equals(attribute)) {
        return f;
      }
    }
    return null;
  }

  private static void checkVersion(In in) {
    if (in.parser.currentToken() != JsonToken.VALUE_STRING) {
      throw in.wrongType("a string");
    }
    String v = in.parser.getString();
    if (!SUPPORTED_VERSION.matcher(v).matches()) {
      throw in.fail(ReadFailure.Kind.UNSUPPORTED_VERSION,
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
