package org.migov.io.json;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.migov.io.internal.Tokens;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.io.json.internal.Codec;
import org.migov.io.json.internal.In;
import org.migov.io.json.internal.LineReader;
import org.migov.io.json.internal.ModelCodecs;
import org.migov.io.json.internal.Printing;
import org.migov.io.json.internal.ReadFailure;
import org.migov.io.json.internal.ReadOptions;
import org.migov.io.json.internal.Schema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the migov JSON format: documents, JSON Lines, and the JSON Schema.
 *
 * <pre>{@code
 * MigovJson json = MigovJson.defaults();
 * String text = json.write(meeting);                       // compact, deterministic
 * Meeting back = json.read(text, Meeting.class);           // back.equals(meeting)
 * json.pretty().write(dataset, Path.of("dataset.json"));   // pretty, to a file
 * }</pre>
 *
 * <p>Every model type of {@code org.migov.model} can be written and read as a top-level document,
 * which carries {@code "format_version": "1.1"} (documents of 1.0 read too). Writing is
 * deterministic: the same object always gives the same bytes (UTF-8, properties in a fixed order,
 * absent optional values and empty lists omitted, decimals exact). Reading goes through the model's
 * builders, so nothing invalid can be produced, and every failure is a {@link MigovJsonException}
 * naming the JSON Pointer, line and column.
 *
 * <p>Reading is hardened for untrusted input, with these limits (each configurable through
 * {@link #builder()}):
 *
 * <table>
 *   <caption>Limits on input and their defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>document size (each line for JSON Lines)</td><td>{@value #DEFAULT_MAX_DOCUMENT_BYTES}
 *       bytes (64 MiB)</td></tr>
 *   <tr><td>nesting depth</td><td>{@value #DEFAULT_MAX_DEPTH}</td></tr>
 *   <tr><td>string length</td><td>{@value #DEFAULT_MAX_STRING_LENGTH} characters</td></tr>
 *   <tr><td>property name length</td><td>{@value #DEFAULT_MAX_NAME_LENGTH} characters</td></tr>
 *   <tr><td>number length</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH} characters</td></tr>
 *   <tr><td>number exponent (decimal scale)</td><td>{@value #DEFAULT_MAX_EXPONENT} either
 *       way</td></tr>
 *   <tr><td>elements of one array</td><td>{@value #DEFAULT_MAX_ARRAY_ELEMENTS}</td></tr>
 *   <tr><td>properties of one object</td><td>{@value #DEFAULT_MAX_OBJECT_PROPERTIES}</td></tr>
 * </table>
 *
 * <p>Duplicate properties and trailing content are errors; unknown properties are errors unless
 * {@link Builder#ignoreUnknownProperties()} is set; {@code null} reads as absent for optional
 * properties and is an error for required ones; no class names are ever read from input.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MigovJson {
  /** The default limit on the size of a document (or of one JSON Lines line), in bytes. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
  /** The default limit on nesting depth. */
  public static final int DEFAULT_MAX_DEPTH = 32;
  /** The default limit on the length of a string, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** The default limit on the length of a property name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 200;
  /** The default limit on the length of a number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** The default limit on the magnitude of a number's exponent (its decimal scale). */
  public static final int DEFAULT_MAX_EXPONENT = 100;
  /** The default limit on the number of elements of one array. */
  public static final int DEFAULT_MAX_ARRAY_ELEMENTS = 1_000_000;
  /** The default limit on the number of properties of one object, known and unknown. */
  public static final int DEFAULT_MAX_OBJECT_PROPERTIES = 10_000;

  private static final MigovJson DEFAULTS = builder().build();

  private final Builder settings;
  private final boolean pretty;
  private final JsonMapper mapper;
  private final JsonMapper documentReader;
  private final JsonMapper lineReader;
  private final ObjectWriter writer;
  private final ReadOptions options;

  private MigovJson(Builder settings, boolean pretty) {
    this.settings = settings.copy();
    this.pretty = pretty;
    this.options = new ReadOptions(!settings.ignoreUnknown, settings.maxExponent,
        settings.maxArrayElements, settings.maxObjectProperties);
    this.mapper = mapper(settings, settings.maxDocumentBytes, options, true);
    // this instance's own reading goes through the codecs, which reject duplicate properties
    // themselves, as Jackson would, without its cost (a set of names for every object)
    this.documentReader = mapper(settings, settings.maxDocumentBytes, options, false);
    // JSON Lines are read line by line: the size limit applies to each line, checked before
    // parsing; the stream as a whole is unbounded
    this.lineReader = mapper(settings, -1, options, false);
    this.writer = pretty ? Printing.pretty(mapper) : mapper.writer();
  }

  private static JsonMapper mapper(Builder s, long maxDocument, ReadOptions options,
      boolean detectDuplicates) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxDocument)
            .maxNestingDepth(s.maxDepth)
            .maxStringLength(s.maxStringLength)
            .maxNameLength(s.maxNameLength)
            .maxNumberLength(s.maxNumberLength)
            .build())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, detectDuplicates)
        // names stay canonicalized: without it, Jackson 3.3.0's byte parser accepts invalid
        // UTF-8 in strings (the hostile corpus's unicode/utf8-*.bin); Jackson's table of names
        // holds the distinct names of a document, three million of them within a heap of 256 MiB
        // (HeapLimitTest)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new MigovModule(options))
        .build();
  }

  /**
   * {@return the shared instance with the default limits of the table above, which rejects unknown
   * properties and writes compact JSON}
   */
  public static MigovJson defaults() {
    return DEFAULTS;
  }

  /** {@return a builder of an instance with other limits or options, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return an instance like this one that writes pretty JSON: two-space indentation, one property
   * or element per line, {@code \n} line ends} JSON Lines are always compact.
   */
  public MigovJson pretty() {
    return pretty ? this : new MigovJson(settings, true);
  }

  /**
   * {@return the hardened, immutable mapper behind this instance, with {@link MigovModule} and this
   * instance's limits, for use with other Jackson APIs}
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * {@return the JSON Schema (draft 2020-12) of the format, as JSON text, against which every
   * document this library writes validates} It is also the resource {@code
   * org/migov/io/json/migov.schema.json} of this module's jar.
   */
  public static String schema() {
    try (InputStream in = MigovJson.class.getResourceAsStream(Schema.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ----- writing

  private static Codec<Object> codec(Class<?> type) {
    @SuppressWarnings("unchecked")
    Codec<Object> codec = (Codec<Object>) ModelCodecs.forType(type).orElseThrow(
        () -> new IllegalArgumentException(type.getName() + " is not a type of the migov model"));
    return codec;
  }

  /**
   * {@return the JSON document of a model object, starting with {@code format_version}, its
   * properties in the fixed order of the format}
   *
   * @param value any object of the model, such as a {@code Meeting} or a {@code Dataset}
   * @throws IllegalArgumentException if {@code value} is not an object of the model
   */
  public String write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a model object as a JSON document, in UTF-8, to a stream, which is flushed but not
   * closed.
   *
   * @param value any object of the model
   * @param out the stream
   * @throws IllegalArgumentException if {@code value} is not an object of the model
   * @throws UncheckedIOException if writing fails
   */
  public void write(Object value, OutputStream out) {
    Codec<Object> codec = codec(value.getClass());
    try (JsonGenerator g = writer.createGenerator(new Unclosed(out))) {
      codec.write(g, value);
      if (pretty) {
        g.writeRaw('\n');
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a model object as a JSON document, in UTF-8, to a file, replacing it.
   *
   * @param value any object of the model
   * @param file the file
   * @throws IllegalArgumentException if {@code value} is not an object of the model
   * @throws UncheckedIOException if writing fails
   */
  public void write(Object value, Path file) {
    codec(value.getClass());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes model objects as JSON Lines: one compact document per line, each ending with {@code
   * \n}, in constant memory. The stream is flushed but not closed.
   *
   * @param values the objects, each of the model
   * @param out the stream
   * @throws IllegalArgumentException if a value is not an object of the model (the lines before
   *     it are written)
   * @throws UncheckedIOException if writing fails
   */
  public void writeLines(Iterable<?> values, OutputStream out) {
    // no separator between root values: each line is exactly what write(value) gives
    try (JsonGenerator g = mapper.writer().withRootValueSeparator("")
        .createGenerator(new Unclosed(out))) {
      for (Object value : values) {
        codec(value.getClass()).write(g, value);
        g.writeRaw('\n');
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes model objects as JSON Lines to a file, replacing it.
   *
   * @param values the objects, each of the model
   * @param file the file
   * @throws IllegalArgumentException if a value is not an object of the model
   * @throws UncheckedIOException if writing fails
   */
  public void writeLines(Iterable<?> values, Path file) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      writeLines(values, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ----- reading

  private static <T> Codec<T> readable(Class<T> type) {
    return ModelCodecs.forType(type).orElseThrow(
        () -> new IllegalArgumentException(type.getName() + " is not a type of the migov model"));
  }

  /**
   * {@return the model object a JSON document describes, built through the model's builders and so
   * valid by every invariant of the model}
   *
   * @param json the document
   * @param type the model type, such as {@code Meeting.class}
   * @param <T> the model type
   * @throws MigovJsonException whatever is wrong with the input, with its pointer, line and column
   * @throws IllegalArgumentException if {@code type} is not a type of the model
   */
  public <T> T read(String json, Class<T> type) {
    Codec<T> codec = readable(type);
    return parse(() -> documentReader.createParser(json), codec);
  }

  /**
   * {@return the model object a JSON document in UTF-8 (or UTF-16 or UTF-32, detected) describes,
   * valid by every invariant of the model}
   *
   * @param json the document's bytes
   * @param type the model type
   * @param <T> the model type
   * @throws MigovJsonException whatever is wrong with the input
   * @throws IllegalArgumentException if {@code type} is not a type of the model
   */
  public <T> T read(byte[] json, Class<T> type) {
    Codec<T> codec = readable(type);
    return parse(() -> Tokens.open(json, documentReader::createParser,
        documentReader::createParser), codec);
  }

  /**
   * {@return the model object the JSON document of a stream describes, valid by every invariant of
   * the model} The whole stream must hold one document; it is not closed.
   *
   * @param in the stream
   * @param type the model type
   * @param <T> the model type
   * @throws MigovJsonException whatever is wrong with the input, or if reading fails
   * @throws IllegalArgumentException if {@code type} is not a type of the model
   */
  public <T> T read(InputStream in, Class<T> type) {
    Codec<T> codec = readable(type);
    return parse(() -> documentReader.createParser(new UnclosedIn(in)), codec);
  }

  /**
   * {@return the model object the JSON document of a file describes, valid by every invariant of
   * the model}
   *
   * @param file the file
   * @param type the model type
   * @param <T> the model type
   * @throws MigovJsonException whatever is wrong with the input, or if reading fails
   * @throws IllegalArgumentException if {@code type} is not a type of the model
   */
  public <T> T read(Path file, Class<T> type) {
    Codec<T> codec = readable(type);
    try (InputStream in = Files.newInputStream(file)) {
      return parse(() -> documentReader.createParser(in), codec);
    } catch (IOException e) {
      throw ioFailure(e);
    }
  }

  private static MigovJsonException ioFailure(Exception e) {
    return new MigovJsonException(Problem.IO_ERROR, "", -1, -1,
        "reading failed: " + e.getMessage(), List.of(), e);
  }

  private <T> T parse(Supplier<JsonParser> open, Codec<T> codec) {
    JsonParser p;
    try {
      p = open.get();
    } catch (JacksonException e) {
      throw translate(e, null);
    } catch (UncheckedIOException e) {
      throw ioFailure(e);
    }
    try (JsonParser parser = p) {
      return parse(parser, codec);
    } catch (JacksonException e) {
      throw translate(e, p);
    } catch (UncheckedIOException e) {
      // the caller's stream failing in its own way: the same problem as an IOException
      throw ioFailure(e);
    }
  }

  private <T> T parse(JsonParser p, Codec<T> codec) {
    try {
      return parseDocument(p, codec);
    } catch (ReadFailure f) {
      throw MigovJsonException.of(f);
    }
  }

  private <T> T parseDocument(JsonParser p, Codec<T> codec) {
    In in = new In(p, options);
    if (p.nextToken() == null) {
      throw new MigovJsonException(Problem.EMPTY_INPUT, "", 1, 1,
          "the input holds no JSON document", List.of(), null);
    }
    T value = codec.read(in);
    TokenStreamLocation end = p.currentLocation();
    try {
      if (p.nextToken() != null) {
        throw in.fail(ReadFailure.Kind.TRAILING_CONTENT, "more content follows the document");
      }
    } catch (StreamConstraintsException | JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw new MigovJsonException(Problem.TRAILING_CONTENT, "", end.getLineNr(),
          end.getColumnNr(), "more content follows the document", List.of(), e);
    }
    return value;
  }

  private static MigovJsonException translate(JacksonException e, @Nullable JsonParser p) {
    String pointer = p == null ? "" : p.streamReadContext().pathAsPointer().toString();
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
        : p != null ? p.currentLocation() : TokenStreamLocation.NA;
    Problem problem = e instanceof StreamConstraintsException ? Problem.LIMIT_EXCEEDED
        // bytes that are no text in the encoding detected (invalid UTF-32, for one) are
        // malformed input, not a failure to read it
        : e instanceof JacksonIOException && e.getCause() instanceof CharConversionException
            ? Problem.MALFORMED_JSON
        : e instanceof JacksonIOException ? Problem.IO_ERROR
        : e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate")
            ? Problem.DUPLICATE_PROPERTY
            : Problem.MALFORMED_JSON;
    String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
        : firstLine(e.getOriginalMessage());
    return new MigovJsonException(problem, pointer, at.getLineNr(), at.getColumnNr(), detail,
        List.of(), e);
  }

  /** Keeps Jackson's description of the problem, without its location (reported apart). */
  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    int source = line.indexOf(" (start marker at [Source");
    if (source < 0) {
      source = line.indexOf(" at [Source");
    }
    return source < 0 ? line : line.substring(0, source);
  }

  /**
   * {@return a lazy, sequential, ordered stream of the model objects of JSON Lines input, one for
   * each non-blank line, read in memory bounded by the longest line} The first bad line ends the
   * stream with a {@link MigovJsonException} that names its {@linkplain
   * MigovJsonException#lineNumber() line number}. Closing the returned stream does not close {@code
   * in}.
   *
   * @param in the stream of UTF-8 lines
   * @param type the model type of every line
   * @param <T> the model type
   * @throws IllegalArgumentException if {@code type} is not a type of the model
   */
  public <T> Stream<T> readLines(InputStream in, Class<T> type) {
    return readLines(in, type, null);
  }

  /**
   * {@return a lazy, sequential, ordered stream of the model objects of the good lines of JSON
   * Lines input} Each bad line's exception, which names its line number, is passed to {@code
   * onError}, and reading goes on with the next line, losing nothing else.
   *
   * @param in the stream of UTF-8 lines
   * @param type the model type of every line
   * @param onError receives the exception of each bad line
   * @param <T> the model type
   * @throws IllegalArgumentException if {@code type} is not a type of the model
   */
  public <T> Stream<T> readLinesSkippingErrors(InputStream in, Class<T> type,
      Consumer<MigovJsonException> onError) {
    return readLines(in, type, onError);
  }

  /**
   * {@return a lazy, sequential, ordered stream of the model objects of a file of JSON Lines} Close
   * the returned stream to close the file.
   *
   * @param file the file
   * @param type the model type of every line
   * @param <T> the model type
   * @throws MigovJsonException if the file cannot be opened
   * @throws IllegalArgumentException if {@code type} is not a type of the model
   */
  public <T> Stream<T> readLines(Path file, Class<T> type) {
    readable(type);
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw ioFailure(e);
    }
    return readLines(in, type, null).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private <T> Stream<T> readLines(InputStream in, Class<T> type,
      @Nullable Consumer<MigovJsonException> onError) {
    Codec<T> codec = readable(type);
    LineReader lines = new LineReader(in, settings.maxDocumentBytes);
    Iterator<T> iterator = new Iterator<>() {
      private @Nullable T next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          try {
            if (!lines.next()) {
              return false;
            }
          } catch (IOException | UncheckedIOException e) {
            throw ioFailure(e).atLine(lines.number() + 1);
          }
          if (lines.blank() && !lines.tooLong()) {
            continue;
          }
          try {
            next = line(codec, lines);
          } catch (MigovJsonException e) {
            MigovJsonException at = e.atLine(lines.number());
            if (onError == null) {
              throw at;
            }
            onError.accept(at);
          }
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T value = java.util.Objects.requireNonNull(next);
        next = null;
        return value;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private <T> T line(Codec<T> codec, LineReader lines) {
    if (lines.tooLong()) {
      throw new MigovJsonException(Problem.LIMIT_EXCEEDED, "", 1, 1, String.format(
          java.util.Locale.ROOT, "the line is longer than the limit of %d bytes",
          settings.maxDocumentBytes), List.of(), null);
    }
    return parse(() -> lineReader.createParser(lines.bytes(), 0, lines.length()), codec);
  }

  /** An output stream that passes everything on but is not closed by closing it. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** An input stream that is not closed by closing it. */
  private static final class UnclosedIn extends java.io.FilterInputStream {
    UnclosedIn(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }

  /**
   * Builds a {@link MigovJson} with other limits or options. Every limit must be positive.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxExponent = DEFAULT_MAX_EXPONENT;
    private int maxArrayElements = DEFAULT_MAX_ARRAY_ELEMENTS;
    private int maxObjectProperties = DEFAULT_MAX_OBJECT_PROPERTIES;
    private boolean ignoreUnknown;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.maxDocumentBytes = maxDocumentBytes;
      b.maxDepth = maxDepth;
      b.maxStringLength = maxStringLength;
      b.maxNameLength = maxNameLength;
      b.maxNumberLength = maxNumberLength;
      b.maxExponent = maxExponent;
      b.maxArrayElements = maxArrayElements;
      b.maxObjectProperties = maxObjectProperties;
      b.ignoreUnknown = ignoreUnknown;
      return b;
    }

    private static int positive(String name, long value) {
      if (value <= 0 || value > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(name + " must be 1 to " + Integer.MAX_VALUE);
      }
      return (int) value;
    }

    /**
     * Sets the largest document, or JSON Lines line, that reading accepts, in bytes ({@value
     * MigovJson#DEFAULT_MAX_DOCUMENT_BYTES} by default); a larger one fails with {@code
     * LIMIT_EXCEEDED}.
     *
     * @param bytes the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public Builder maxDocumentBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxDocumentBytes must be positive");
      }
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays that reading accepts ({@value
     * MigovJson#DEFAULT_MAX_DEPTH} by default); deeper input fails with {@code LIMIT_EXCEEDED}.
     *
     * @param depth the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public Builder maxDepth(int depth) {
      this.maxDepth = positive("maxDepth", depth);
      return this;
    }

    /**
     * Sets the longest string value that reading accepts, in characters ({@value
     * MigovJson#DEFAULT_MAX_STRING_LENGTH} by default).
     *
     * @param length the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive("maxStringLength", length);
      return this;
    }

    /**
     * Sets the longest property name that reading accepts, in characters ({@value
     * MigovJson#DEFAULT_MAX_NAME_LENGTH} by default).
     *
     * @param length the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive("maxNameLength", length);
      return this;
    }

    /**
     * Sets the longest number that reading accepts, in characters of its text ({@value
     * MigovJson#DEFAULT_MAX_NUMBER_LENGTH} by default).
     *
     * @param length the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive("maxNumberLength", length);
      return this;
    }

    /**
     * Sets the largest magnitude of a decimal's exponent (its scale) accepted: with 100, {@code
     * 1e100} and {@code 1e-100} are read, {@code 1e101} is refused without being expanded.
     *
     * @param exponent the limit
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxExponent(int exponent) {
      this.maxExponent = positive("maxExponent", exponent);
      return this;
    }

    /**
     * Sets the most elements one array may have ({@value MigovJson#DEFAULT_MAX_ARRAY_ELEMENTS} by
     * default), in arrays read and in arrays skipped alike; the element beyond it fails with
     * {@code LIMIT_EXCEEDED}, before it is read.
     *
     * @param elements the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code elements} is not positive
     */
    public Builder maxArrayElements(int elements) {
      this.maxArrayElements = positive("maxArrayElements", elements);
      return this;
    }

    /**
     * Sets the most properties one object may have ({@value
     * MigovJson#DEFAULT_MAX_OBJECT_PROPERTIES} by default), known and skipped unknown ones alike;
     * the property beyond it fails with {@code LIMIT_EXCEEDED}, before it is read.
     *
     * @param properties the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code properties} is not positive
     */
    public Builder maxObjectProperties(int properties) {
      this.maxObjectProperties = positive("maxObjectProperties", properties);
      return this;
    }

    /**
     * Makes reading skip properties the format does not define, instead of failing with {@code
     * UNKNOWN_PROPERTY}: for documents of a later 1.x version of the format. Unknown enum values
     * are still refused.
     *
     * @return this builder
     */
    public Builder ignoreUnknownProperties() {
      this.ignoreUnknown = true;
      return this;
    }

    /** {@return the immutable instance with the limits and options set} */
    public MigovJson build() {
      return new MigovJson(this, false);
    }
  }
}
