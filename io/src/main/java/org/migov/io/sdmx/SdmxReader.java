package org.migov.io.sdmx;

import static org.migov.io.internal.Tokens.abbreviate;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.migov.io.internal.ReadLimits;
import org.migov.io.internal.Tokens;
import org.migov.io.sdmx.SdmxException.Problem;
import org.migov.model.CountryCode;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.ObservationStatus;
import org.migov.model.PartialDate;
import org.migov.model.Period;
import org.migov.model.Qualifier;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.SeriesId;
import org.migov.model.Source;
import org.migov.validation.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads SDMX-JSON data messages, versions 1.0 and 2.x, in the series layout ({@code
 * dataSets[].series}) and the flat layout ({@code dataSets[].observations}), into time series.
 *
 * <pre>{@code
 * SdmxReader reader = SdmxReader.builder()
 *     .measure(RemittanceMeasure.PERSONAL_REMITTANCES).direction(FlowDirection.INFLOW)
 *     .build();
 * List<RemittanceSeries> series = reader.readRemittanceSeries(Path.of("message.json"));
 * }</pre>
 *
 * <p>{@link #read(byte[])} gives the series as the message does ({@link SdmxMessage}): dimension
 * values by id, attributes resolved from their indices, exact values, time periods as written.
 * {@link #toRemittanceSeries(SdmxMessage)} turns them into {@link RemittanceSeries}, with these
 * rules (the dimension names are configurable through {@link #builder()}):
 *
 * <table>
 *   <caption>What becomes what</caption>
 *   <tr><th>SDMX</th><th>migov</th></tr>
 *   <tr><td>{@code REF_AREA}</td><td>the reporter: an ISO 3166-1 alpha-3 or alpha-2 code, or a
 *       code mapped by {@link Builder#area(String, CountryCode)}; any other code is refused by
 *       name</td></tr>
 *   <tr><td>{@code COUNTERPART_AREA} (where present)</td><td>the counterpart; {@code W0}, {@code
 *       W1}, {@code _T} and {@code _Z} (world, rest of the world, total, not applicable) are the
 *       world, that is none</td></tr>
 *   <tr><td>{@code TIME_PERIOD}</td><td>the period: {@code 2019} a year, {@code 2019-01} a month,
 *       {@code 2019-Q1} a quarter, the reporting periods {@code 2019-A1}, {@code -S1}, {@code
 *       -T1}, {@code -Q1}, {@code -M01} counted from {@code REPORTING_YEAR_START_DAY} ({@code
 *       --07-01}: {@code 2023-A1} is July 2023 to June 2024, FY2024), and ranges of whole months
 *       ({@code 2024-07-01/P11M} is July 2024 to May 2025); days, weeks, times, reporting years
 *       starting mid-month and other durations are refused by name</td></tr>
 *   <tr><td>{@code FREQ}</td><td>the frequency, when the series has no observation; otherwise the
 *       frequency follows from the periods (irregular when they are of several kinds or are
 *       ranges)</td></tr>
 *   <tr><td>{@code OBS_STATUS}</td><td>the status, by its CL_OBS_STATUS code ({@code A}, {@code
 *       B}, {@code E}, {@code F}, {@code P}, {@code I}, {@code M}, {@code U}); other codes are
 *       refused by name</td></tr>
 *   <tr><td>{@code UNIT_MULT}</td><td>the unit multiplier, 0 to 18</td></tr>
 *   <tr><td>{@code CURRENCY}, else {@code UNIT_MEASURE}</td><td>the currency, an ISO 4217 code,
 *       unless {@link Builder#currency(Currency)} gives it</td></tr>
 *   <tr><td>{@code DECIMALS}</td><td>not kept: the number of decimals shown, which the exact
 *       value makes redundant</td></tr>
 *   <tr><td>an observation without value ({@code null})</td><td>no observation (the period has no
 *       figure, which is not zero); it stays visible in {@link SdmxSeries#observations()}</td></tr>
 *   <tr><td>sender, {@code prepared}, structure name</td><td>the series' source</td></tr>
 * </table>
 *
 * <p>What the series measure is not part of SDMX's common dimensions: {@link
 * Builder#measure(RemittanceMeasure)} and {@link Builder#direction(FlowDirection)} say it, and
 * {@link Builder#indicatorDimension(String)} names a dimension whose value becomes the series'
 * indicator. Series ids are {@code sdmx-} and the key's values in lower case with hyphens.
 *
 * <p>Limits on untrusted input, each configurable through {@link #builder()}: message size
 * {@value #DEFAULT_MAX_MESSAGE_BYTES} bytes (64 MiB), nesting depth {@value #DEFAULT_MAX_DEPTH},
 * string length {@value #DEFAULT_MAX_STRING_LENGTH} characters, number length {@value
 * #DEFAULT_MAX_NUMBER_LENGTH} characters, number exponent {@value #DEFAULT_MAX_EXPONENT} either
 * way, {@value #DEFAULT_MAX_OBSERVATIONS} observations. Fixed: dimension-group keys may fix at
 * most 64 different sets of dimensions, so that matching them stays linear. Duplicate properties
 * are errors; unknown properties are ignored. Every failure is an {@link SdmxException}; a message
 * that is not well-formed JSON, or has content after its end, fails as such even where an error
 * of its content comes first (the rest of the message is read to find out). Instances are
 * immutable and thread-safe.
 *
 * <p>Memory. The message is read as a stream of tokens, not held: its header and its structures
 * (small) are read as trees, its observations one by one. {@link #read(InputStream)} holds the
 * {@link SdmxMessage} it returns, every observation with its pointer. {@link
 * #readRemittanceSeries(InputStream)} converts each observation into its remittance series as it
 * is read, once what the series says of all its observations is known: in the series layout, when
 * the series gives its {@code attributes} before its {@code observations} (as SDMX writers put
 * them); in the flat layout, always (its series take attributes from the dataset and groups
 * only). Besides the series being made (the model's compact form, some 14 bytes an observation),
 * it holds only the observations of a series whose attributes come after them, in a compact form
 * (an index of the time period, the value, and an attribute map shared by the observations with
 * the same attributes: some 60 bytes an observation with its value), converted at the end of the
 * series' object. Either way the series are the same, and an observation that cannot be part of
 * a remittance series is named by its pointer; converted as read, it is reported when read,
 * before errors further on in the message. A million observations, in either layout, read
 * through a heap of 256 MiB. When the dataSets come before the structure they need (as in the
 * official sample {@code v2.1.0-agri.json}), their tokens are buffered (Jackson's {@code
 * TokenBuffer}, about as much memory as their text or more: some 100 bytes an observation) and
 * read as above once the structure is known; errors in them have a pointer but no line and
 * column. In a dataset, {@code series} and {@code observations} come after what applies to them
 * ({@code structure}, {@code attributes}, {@code dimensionGroupAttributes}), as SDMX writers put
 * them; a dataset that gives one of these after its series is refused ({@link
 * Problem#UNSUPPORTED}), not misread.
 *
 * @since 0.1.0
 */
public final class SdmxReader {
  /** The default limit on the size of a message, in bytes. */
  public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L * 1024 * 1024;
  /** The default limit on nesting depth. */
  public static final int DEFAULT_MAX_DEPTH = 32;
  /** The default limit on the length of a string, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** The default limit on the length of a number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** The default limit on the magnitude of a number's exponent (its decimal scale). */
  public static final int DEFAULT_MAX_EXPONENT = 100;
  /** The default limit on the number of observations of a message. */
  public static final long DEFAULT_MAX_OBSERVATIONS = 10_000_000L;

  private static final int MAX_GROUP_PATTERNS = 64;
  /** The most combinations of coded observation attributes kept in an array. */
  private static final int FEW_COMBINATIONS = 4096;
  private static final Pattern DECIMAL =
      Pattern.compile("-?[0-9]{1,100}(\\.[0-9]{1,100})?([eE][-+]?[0-9]{1,9})?");
  private static final int[] NO_INDICES = {};
  /** The scale of an observation without a value (see {@link SeriesData#scale(int)}). */
  private static final int NO_VALUE = Integer.MIN_VALUE;
  /** The scale of an observation whose value is a decimal held as such. */
  private static final int DECIMAL_VALUE = Integer.MAX_VALUE;
  /** What a series id, made of the key's values, replaces by a hyphen. */
  private static final Pattern NOT_IN_ID = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MULTIPLIER = Pattern.compile("-?[0-9]{1,3}");
  private static final Pattern DURATION = Pattern.compile("P([0-9]{1,4}Y)?([0-9]{1,5}M)?");
  /** How the error of a property given twice begins: it is found where a parser finds it. */
  private static final String DUPLICATE = "Duplicate Object property";
  private static final List<ObservationStatus> STATUSES = List.of(ObservationStatus.values());
  private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final JsonMapper mapper;
  private final int maxExponent;
  private final long maxObservations;
  private final String refArea;
  private final String counterpartArea;
  private final String frequencyDimension;
  private final String timeDimension;
  private final @Nullable String indicatorDimension;
  private final @Nullable RemittanceMeasure measure;
  private final @Nullable FlowDirection direction;
  private final @Nullable Currency currency;
  private final Map<String, CountryCode> areas;

  private SdmxReader(Builder b) {
    this.mapper = b.limits.mapper();
    this.maxExponent = b.limits.maxExponent();
    this.maxObservations = b.limits.maxObservations();
    this.refArea = b.refArea;
    this.counterpartArea = b.counterpartArea;
    this.frequencyDimension = b.frequency;
    this.timeDimension = b.timePeriod;
    this.indicatorDimension = b.indicator;
    this.measure = b.measure;
    this.direction = b.direction;
    this.currency = b.currency;
    this.areas = Map.copyOf(b.areas);
  }

  /** {@return a builder of readers, with the default dimension names and limits} */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------
  // reading the message

  /**
   * {@return the series of a message, as the message gives them}
   *
   * @param message the UTF-8 bytes of the message
   * @throws SdmxException whatever is wrong with the message
   */
  public SdmxMessage read(byte[] message) {
    return read(m -> Tokens.open(message, m::createParser, m::createParser));
  }

  /**
   * {@return the series of a message file, as the message gives them}
   *
   * @param file the file
   * @throws SdmxException whatever is wrong with the message, or if reading fails
   */
  public SdmxMessage read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  /**
   * {@return the series of a message read from a stream, as the message gives them} The stream is
   * read to its end and not closed.
   *
   * @param in the stream of the message's UTF-8 bytes
   * @throws SdmxException whatever is wrong with the message, or if reading fails
   */
  public SdmxMessage read(InputStream in) {
    return read(m -> m.createParser(in));
  }

  private SdmxMessage read(Function<JsonMapper, JsonParser> source) {
    List<SdmxSeries> series = new ArrayList<>();
    Head head = run(source, raw -> series.add(raw.toSeries()), false);
    return new SdmxMessage(head.version, head.id, head.sender, head.prepared, head.name, series);
  }

  private static SdmxException ioError(IOException e) {
    return new SdmxException(Problem.IO_ERROR, "", -1, -1, "reading failed: " + e.getMessage(), e);
  }

  /** What a message says of itself. */
  private record Head(String version, Optional<String> id, Optional<String> sender,
      Optional<String> prepared, Optional<String> name) {}

  /**
   * Reads a message, handing each series to {@code sink} as soon as it is complete.
   *
   * @param source opens the parser of the message, from bytes or a stream
   */
  private Head run(Function<JsonMapper, JsonParser> source, Consumer<Raw> sink,
      boolean converting) {
    JsonParser p = null;
    try {
      p = source.apply(mapper);
      Run run = new Run(p, sink, converting);
      try {
        return run.message();
      } catch (SdmxException e) {
        if (e.problem() != Problem.TRAILING_CONTENT && e.problem() != Problem.EMPTY_INPUT
            && !e.detail().startsWith(DUPLICATE)) {
          drain(p);
        }
        throw e;
      }
    } catch (StreamConstraintsException e) {
      throw jackson(Problem.LIMIT_EXCEEDED, e, p);
    } catch (JacksonIOException e) {
      // bytes that are no text in the encoding detected (invalid UTF-32, for one) are
      // malformed input, not a failure to read it
      throw jackson(e.getCause() instanceof java.io.CharConversionException
          ? Problem.MALFORMED_JSON : Problem.IO_ERROR, e, p);
    } catch (JacksonException e) {
      String m = e.getOriginalMessage();
      throw jackson(m != null && m.startsWith("Duplicate") ? Problem.INVALID_VALUE
          : Problem.MALFORMED_JSON, e, p);
    }
  }

  /**
   * Reads the rest of a message in which an error was found: broken JSON or content after the
   * message are reported first, as by a reader that parses the whole message before it looks at
   * it.
   */
  private static void drain(JsonParser p) {
    JsonToken t = p.currentToken();
    // the names of each object opened here; none for an array
    List<@Nullable Set<String>> open = new ArrayList<>();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      open.add(t == JsonToken.START_OBJECT ? new HashSet<>() : null);
    }
    while (true) {
      if (t != null && !t.isStructStart() && p.streamReadContext().inRoot()) {
        JsonToken after = p.nextToken();
        if (after != null) {
          throw trailing(p, after);
        }
        return;
      }
      t = p.nextToken();
      if (t == null) {
        return;
      }
      switch (t) {
        case PROPERTY_NAME -> {
          Set<String> names = open.isEmpty() ? null : open.get(open.size() - 1);
          if (names != null && !names.add(p.currentName())) {
            throw duplicate(p, p.currentName());
          }
        }
        case START_OBJECT -> open.add(new HashSet<>());
        case START_ARRAY -> open.add(null);
        case END_OBJECT, END_ARRAY -> {
          if (!open.isEmpty()) {
            open.remove(open.size() - 1);
          }
        }
        default -> {
          // a scalar
        }
      }
    }
  }

  private static SdmxException trailing(JsonParser p, JsonToken token) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new SdmxException(Problem.TRAILING_CONTENT, "", at.getLineNr(), at.getColumnNr(),
        "Trailing token (" + token + ") found after the message", null);
  }

  private static SdmxException jackson(Problem problem, JacksonException e,
      @Nullable JsonParser p) {
    String pointer = p == null ? "" : p.streamReadContext().pathAsPointer().toString();
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
        : p != null ? p.currentLocation() : TokenStreamLocation.NA;
    String m = e.getOriginalMessage();
    String detail = m == null ? e.getClass().getSimpleName() : Tokens.firstLine(m);
    int quote = detail.indexOf('"', 20);
    if (detail.startsWith("Duplicate property \"") && quote > 0) {
      // a duplicate found in a part read as a tree: said as where the parser finds it
      detail = DUPLICATE + detail.substring("Duplicate property".length(), quote + 1);
    }
    return new SdmxException(problem, pointer, at.getLineNr(), at.getColumnNr(), detail, e);
  }

  private static SdmxException fail(Problem problem, String pointer, String detail) {
    return new SdmxException(problem, pointer, -1, -1, detail, null);
  }

  /** An error at the parser's current token: with its line and column where the parser has them. */
  private static SdmxException fail(JsonParser p, Problem problem, String pointer, String detail) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new SdmxException(problem, pointer, at.getLineNr(), at.getColumnNr(), detail, null);
  }

  /** The same error at another pointer (values checked before their pointer is made). */
  private static SdmxException relocate(SdmxException e, String pointer) {
    return new SdmxException(e.problem(), pointer, -1, -1, e.detail(), e.getCause());
  }

  private static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key
        : key.replace("~", "~0").replace("/", "~1");
  }

  private static void requireObject(JsonParser p, String pointer) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(p, Problem.WRONG_TYPE, pointer, "an object is required here, not "
          + Tokens.typeName(p.currentToken()));
    }
  }

  /** {@return the error of a property given twice, at its second name} */
  private static SdmxException duplicate(JsonParser p, String name) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new SdmxException(Problem.INVALID_VALUE,
        p.streamReadContext().pathAsPointer().toString(), at.getLineNr(), at.getColumnNr(),
        DUPLICATE + " \"" + name + "\"", null);
  }

  /** Checks that an object's property name is new, adding it to those seen. */
  private static void once(Set<String> names, JsonParser p) {
    if (!names.add(p.currentName())) {
      throw duplicate(p, p.currentName());
    }
  }

  /** A dimension or attribute of a structure. */
  private static final class Component {
    final String id;
    final List<JsonNode> values;
    final String pointer;
    /** The ids of the values, made when first needed. */
    final @Nullable String[] ids;
    /** The number of values. */
    final int size;

    Component(String id, List<JsonNode> values, String pointer) {
      this.id = id;
      this.values = values;
      this.pointer = pointer;
      this.ids = new String[values.size()];
      this.size = values.size();
    }

    /** {@return the id of value {@code index}: its id, else its value or name} */
    String valueId(int index) {
      String s = ids[index];
      return s != null ? s : firstValueId(index);
    }

    private String firstValueId(int index) {
      String s = SdmxReader.valueId(values.get(index), pointer + "/values/" + index);
      ids[index] = s;
      return s;
    }
  }

  /**
   * The keys of observations written as the indices 0 to {@value #COUNT} − 1 ({@code "0"},
   * {@code "1"}, ...), which the parser matches without making a {@code String}: one table for
   * every message, made when first needed. Other keys are parsed. (A table of Jackson's holds at
   * most 32,767 names, and takes longer to make the more it holds.)
   */
  private static final class ObservationKeys {
    static final int COUNT = 1024;
    static final PropertyNameMatcher MATCHER;
    /** The keys, by index. */
    static final String[] NAMES;

    static {
      List<Named> keys = new ArrayList<>(COUNT);
      for (int i = 0; i < COUNT; i++) {
        keys.add(Named.fromString(Integer.toString(i)));
      }
      MATCHER = new JsonFactory().constructNameMatcher(keys, false);
      NAMES = MATCHER.nameLookup();
    }

    private ObservationKeys() {}
  }

  /** The structure of a dataset. */
  private static final class Structure {
    final List<Component> datasetDims = new ArrayList<>();
    final List<Component> seriesDims = new ArrayList<>();
    final List<Component> observationDims = new ArrayList<>();
    final List<Component> datasetAttrs = new ArrayList<>();
    final List<Component> seriesAttrs = new ArrayList<>();
    final List<Component> observationAttrs = new ArrayList<>();
    final List<Component> groupAttrs = new ArrayList<>();
    /** Every dimension, dataset, series then observation level, for dimension-group keys. */
    final List<Component> allDims = new ArrayList<>();
    int measures = 1;
    int time = -1;
    @Nullable String name;
    /** The periods of the time dimension's values, by the first month of the reporting year. */
    final Map<Month, Period[]> periods = new EnumMap<>(Month.class);

    /** The place of observation-level dimension {@code i} in {@link #allDims}. */
    int observationPlace(int i) {
      return datasetDims.size() + seriesDims.size() + i;
    }
  }

  private static Optional<String> text(@Nullable JsonNode n) {
    if (n == null) {
      return Optional.empty();
    }
    if (n.isString() && !n.stringValue().isBlank()) {
      return Optional.of(n.stringValue());
    }
    if (n.isObject() && n.get("en") != null && n.get("en").isString()) {
      return Optional.of(n.get("en").stringValue());
    }
    return Optional.empty();
  }

  private static JsonNode requireObject(@Nullable JsonNode node, String pointer) {
    if (node == null || !node.isObject()) {
      throw fail(Problem.WRONG_TYPE, pointer, "an object is required here, not "
          + (node == null ? "nothing" : node.getNodeType()));
    }
    return node;
  }

  private static String literal(JsonNode v) {
    if (v.isString()) {
      return v.stringValue();
    }
    if (v.isNumber() || v.isBoolean()) {
      return v.asString();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> parts.add(literal(e)));
      return String.join("; ", parts);
    }
    if (v.isObject()) {
      JsonNode en = v.get("en");
      if (en != null && en.isString()) {
        return en.stringValue();
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        return literal(e.getValue());
      }
    }
    return "";
  }

  /** The id of a component's value: its {@code id}, else its {@code value} or {@code name}. */
  private static String valueId(JsonNode v, String pointer) {
    if (v.isObject()) {
      for (String k : List.of("id", "value", "name")) {
        JsonNode n = v.get(k);
        if (n != null && (n.isString() || n.isObject())) {
          return literal(n);
        }
      }
      throw fail(Problem.WRONG_TYPE, pointer, "a value of a component has an 'id'");
    }
    if (v.isString() || v.isNumber()) {
      return v.asString();
    }
    throw fail(Problem.WRONG_TYPE, pointer, "a value of a component is an object with an 'id'");
  }

  /**
   * Parses the indices of a key ({@code 0:3:1}) into {@code out}, one for each of {@code dims}.
   *
   * @param prefix the pointer of the keyed value but the escaped key, joined only for an error
   * @return whether the key is written as its indices would be, without leading zeros
   */
  private static boolean key(String key, List<Component> dims, int[] out, JsonParser p,
      String prefix) {
    int n = dims.size();
    int length = key.length();
    boolean canonical = true;
    int part = 0;
    int v = 0;
    int digits = 0;
    for (int i = 0; i <= length; i++) {
      char c = i < length ? key.charAt(i) : ':';
      if (c >= '0' && c <= '9' && digits < 9) {
        canonical &= digits == 0 || v != 0;
        v = v * 10 + (c - '0');
        digits++;
      } else if (c == ':' && digits > 0 && part < n && v < dims.get(part).size) {
        out[part++] = v;
        v = 0;
        digits = 0;
      } else {
        part = -1;
        break;
      }
    }
    if (part != n) {
      throw badKey(key, dims, p, prefix);
    }
    return canonical;
  }

  /** {@return the error in a key that is not one index for each of {@code dims}} */
  private static SdmxException badKey(String key, List<Component> dims, JsonParser p,
      String prefix) {
    int n = dims.size();
    int parts = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ':') {
        parts++;
      }
    }
    if (parts != n || key.length() > 10 * n + 10) {
      return fail(p, Problem.INVALID_VALUE, prefix + escape(key), "the key '" + abbreviate(key)
          + "' does not "
          + "have one index for each of the " + n + " dimensions");
    }
    int from = 0;
    for (int i = 0; i < n; i++) {
      int to = key.indexOf(':', from);
      if (to < 0) {
        to = key.length();
      }
      int v = 0;
      boolean digits = to > from && to - from <= 9;
      for (int j = from; digits && j < to; j++) {
        char c = key.charAt(j);
        digits = c >= '0' && c <= '9';
        v = v * 10 + (c - '0');
      }
      if (!digits) {
        return fail(p, Problem.INVALID_VALUE, prefix + escape(key), "the key '" + abbreviate(key)
            + "' holds '" + abbreviate(key.substring(from, to)) + "', not an index");
      }
      Component c = dims.get(i);
      if (v >= c.values.size()) {
        return fail(p, Problem.INVALID_VALUE, prefix + escape(key), "the key '"
            + abbreviate(key) + "' names value " + v + " of " + c.id + ", which has "
            + c.values.size());
      }
      from = to + 1;
    }
    throw new IllegalStateException("the key '" + key + "' was refused for no reason");
  }

  /** The reading of one message. */
  private final class Run {
    final JsonParser main;
    final Consumer<Raw> sink;
    /**
     * Whether series become remittance series as they are read: a series' observations are then
     * converted one by one once its attributes are known, and observations with equal attributes
     * share one map, whatever makes it.
     */
    final boolean converting;
    long observations;
    final Tokens.PlainDecimal plain = new Tokens.PlainDecimal();
    /**
     * The value of the observation being read: its scale and digits, or {@link #DECIMAL_VALUE}
     * and the decimal, or {@link #NO_VALUE}.
     */
    int valueScale;
    long valueDigits;
    @Nullable BigDecimal valueDecimal;
    @Nullable JsonNode header;
    @Nullable JsonNode meta;
    @Nullable JsonNode rootStructure;
    boolean hasRootStructure;
    @Nullable JsonNode dataStructures;
    @Nullable JsonNode dataStructure;
    @Nullable List<Structure> structures;
    /** Whether the message has a 'data' that is not null (SDMX-JSON 2). */
    boolean data;
    boolean rootDataSetsRead;
    boolean dataSetsRead;
    @Nullable TokenBuffer rootDataSets;
    @Nullable TokenBuffer dataDataSets;

    Run(JsonParser main, Consumer<Raw> sink, boolean converting) {
      this.main = main;
      this.sink = sink;
      this.converting = converting;
    }

    Head message() {
      JsonParser p = main;
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new SdmxException(Problem.EMPTY_INPUT, "", 1, 1, "the input holds no JSON", null);
      }
      if (t != JsonToken.START_OBJECT) {
        throw fail(p, Problem.WRONG_TYPE, "", "an SDMX-JSON message is an object");
      }
      Set<String> names = new HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        once(names, p);
        JsonToken v = p.nextToken();
        switch (name) {
          case "data" -> {
            if (v != JsonToken.VALUE_NULL) {
              requireObject(p, "/data");
              if (rootDataSetsRead) {
                throw fail(p, Problem.WRONG_TYPE, "/data", "a message has 'data' (2.x) or "
                    + "'structure' and 'dataSets' (1.0), not both");
              }
              data = true;
              rootDataSets = null;
              data(p);
            }
          }
          case "structure" -> {
            hasRootStructure = true;
            rootStructure = tree(p, "/structure");
          }
          case "header" -> header = tree(p, "/header");
          case "meta" -> meta = tree(p, "/meta");
          case "dataSets" -> {
            if (data) {
              Tokens.skip(p, SdmxReader::duplicate, null);
            } else if (hasRootStructure) {
              dataSets(p, "", version1());
              rootDataSetsRead = true;
            } else {
              rootDataSets = buffer(p);
            }
          }
          default -> Tokens.skip(p, SdmxReader::duplicate, null);
        }
      }
      JsonToken after = p.nextToken();
      if (after != null) {
        throw trailing(p, after);
      }
      String version;
      JsonNode head;
      List<Structure> st;
      if (data) {
        version = "2";
        head = meta;
        st = version2();
        if (!dataSetsRead) {
          TokenBuffer b = dataDataSets;
          if (b == null) {
            throw fail(Problem.WRONG_TYPE, "/data/dataSets", "'dataSets' is an array");
          }
          replay(b, "/data", st);
        }
      } else if (hasRootStructure) {
        version = "1.0";
        head = header;
        st = version1();
        if (!rootDataSetsRead) {
          TokenBuffer b = rootDataSets;
          if (b == null) {
            throw fail(Problem.WRONG_TYPE, "/dataSets", "'dataSets' is an array");
          }
          replay(b, "", st);
        }
      } else {
        throw fail(Problem.WRONG_TYPE, "", "an SDMX-JSON data message has 'data' (2.x) or "
            + "'structure' and 'dataSets' (1.0)");
      }
      Optional<String> id = Optional.empty();
      Optional<String> sender = Optional.empty();
      Optional<String> prepared = Optional.empty();
      if (head != null && head.isObject()) {
        id = text(head.get("id"));
        prepared = text(head.get("prepared"));
        JsonNode snd = head.get("sender");
        if (snd != null && snd.isObject()) {
          sender = text(snd.get("name")).or(() -> text(snd.get("id")));
        }
      }
      Optional<String> name = st.isEmpty() ? Optional.empty()
          : Optional.ofNullable(st.get(0).name);
      return new Head(version, id, sender, prepared, name);
    }

    private void data(JsonParser p) {
      Set<String> names = new HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        once(names, p);
        p.nextToken();
        switch (name) {
          case "structures" -> dataStructures = tree(p, "/data/structures");
          case "structure" -> dataStructure = tree(p, "/data/structure");
          case "dataSets" -> {
            if (dataStructures != null && dataStructures.isArray()) {
              dataSets(p, "/data", version2());
              dataSetsRead = true;
            } else {
              dataDataSets = buffer(p);
            }
          }
          default -> Tokens.skip(p, SdmxReader::duplicate, null);
        }
      }
    }

    private List<Structure> version1() {
      List<Structure> st = structures;
      if (st == null) {
        st = List.of(structure(timeDimension, rootStructure, "/structure"));
        structures = st;
      }
      return st;
    }

    private List<Structure> version2() {
      List<Structure> st = structures;
      if (st == null) {
        st = new ArrayList<>();
        JsonNode many = dataStructures;
        JsonNode one = dataStructure;
        if (many != null && many.isArray()) {
          for (int i = 0; i < many.size(); i++) {
            st.add(structure(timeDimension, many.get(i), "/data/structures/" + i));
          }
        } else if (one != null && one.isObject()) {
          st.add(structure(timeDimension, one, "/data/structure"));
        } else {
          throw fail(Problem.WRONG_TYPE, "/data/structures",
              "a message of SDMX-JSON 2 holds its structures in data.structures");
        }
        structures = st;
      }
      return st;
    }

    /** Reads the value at the parser's token, whose pointer is {@code pointer}, as a tree. */
    private JsonNode tree(JsonParser p, String pointer) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return mapper.getNodeFactory().nullNode();
      }
      // where the value begins: the context that holds it (a container is a context of its own)
      TokenStreamContext start = p.currentToken().isStructStart()
          ? p.streamReadContext().getParent() : p.streamReadContext();
      try {
        JsonNode n = mapper.readTree(p);
        return n == null ? mapper.getNodeFactory().missingNode() : n;
      } catch (NumberFormatException e) {
        // a number in the value whose exponent no BigDecimal holds, the parser standing on it:
        // its place in the value is the parser's path beyond where the value began (which, for
        // a dataset buffered until its structure came, is not where the message has it)
        String from = start == null ? "" : start.pathAsPointer().toString();
        String here = p.streamReadContext().pathAsPointer().toString();
        throw exponentBeyond(p, pointer + (here.startsWith(from)
            ? here.substring(from.length()) : ""));
      }
    }

    /**
     * {@return the error of a number at {@code pointer} whose exponent is beyond the limit (or
     * beyond what a {@code BigDecimal} holds, which Jackson refuses with a {@code
     * NumberFormatException})}
     */
    private SdmxException exponentBeyond(JsonParser p, String pointer) {
      return fail(p, Problem.LIMIT_EXCEEDED, pointer, "the number's exponent is beyond "
          + maxExponent + " either way");
    }

    /** Buffers the value at the parser's token, to be read once the structure is known. */
    private TokenBuffer buffer(JsonParser p) {
      TokenBuffer b = TokenBuffer.forBuffering(p, p.objectReadContext());
      b.forceUseOfBigDecimal(true);
      b.copyCurrentEvent(p);
      // duplicate properties are found here, where a parser finds them, not when replayed
      List<@Nullable Set<String>> open = new ArrayList<>();
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        open.add(t == JsonToken.START_OBJECT ? new HashSet<>() : null);
      }
      while (!open.isEmpty() && (t = p.nextToken()) != null) {
        switch (t) {
          case PROPERTY_NAME -> {
            Set<String> names = open.get(open.size() - 1);
            if (names != null && !names.add(p.currentName())) {
              throw duplicate(p, p.currentName());
            }
          }
          case START_OBJECT -> open.add(new HashSet<>());
          case START_ARRAY -> open.add(null);
          case END_OBJECT, END_ARRAY -> open.remove(open.size() - 1);
          default -> {
            // a scalar
          }
        }
        b.copyCurrentEvent(p);
      }
      return b;
    }

    private void replay(TokenBuffer b, String base, List<Structure> st) {
      try (JsonParser r = b.asParser(main.objectReadContext())) {
        r.nextToken();
        dataSets(r, base, st);
      }
    }

    private void dataSets(JsonParser p, String base, List<Structure> st) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail(p, Problem.WRONG_TYPE, base + "/dataSets", "'dataSets' is an array");
      }
      int i = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        dataset(p, base + "/dataSets/" + i, st);
        i++;
      }
    }

    private void dataset(JsonParser p, String pointer, List<Structure> st) {
      requireObject(p, pointer);
      int index = 0;
      JsonNode attrs = null;
      JsonNode groups = null;
      Scope scope = null;
      Set<String> names = new HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        once(names, p);
        JsonToken v = p.nextToken();
        switch (name) {
          case "structure" -> {
            int i = structureIndex(p, v, pointer, st.size());
            if (scope != null && i != index) {
              throw late(p, pointer, name);
            }
            index = i;
          }
          case "action" -> {
            if (v == JsonToken.VALUE_STRING && p.getString().equals("Delete")) {
              throw fail(p, Problem.UNSUPPORTED, pointer + "/action", "a dataset whose action is "
                  + "Delete lists observations to delete, not figures");
            }
            Tokens.skip(p, SdmxReader::duplicate, null);
          }
          case "attributes", "dimensionGroupAttributes" -> {
            if (scope != null && v != JsonToken.VALUE_NULL) {
              throw late(p, pointer, name);
            }
            if (name.equals("attributes")) {
              attrs = tree(p, pointer + "/attributes");
            } else {
              groups = tree(p, pointer + "/dimensionGroupAttributes");
            }
          }
          case "series", "observations" -> {
            if (v != JsonToken.VALUE_NULL) {
              if (scope == null) {
                scope = new Scope(pointer, st, index, attrs, groups);
              }
              if (scope.content) {
                throw fail(p, Problem.UNSUPPORTED, pointer + "/" + name, "a dataset holds its "
                    + "observations in 'series' or in 'observations', not in both");
              }
              scope.content = true;
              if (name.equals("series")) {
                seriesLayout(p, scope);
              } else {
                flatLayout(p, scope);
              }
            }
          }
          default -> Tokens.skip(p, SdmxReader::duplicate, null);
        }
      }
      if (scope == null) {
        // what the dataset says of all its series is checked even when it has none
        scope = new Scope(pointer, st, index, attrs, groups);
      }
      for (java.util.Iterator<Raw> i = scope.flat.values().iterator(); i.hasNext(); ) {
        Raw raw = i.next();
        i.remove(); // what is converted is no longer held
        sink.accept(raw);
      }
    }

    private int structureIndex(JsonParser p, JsonToken v, String pointer, int structures) {
      if (v == JsonToken.VALUE_NULL) {
        return 0;
      }
      if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
          && p.getIntValue() >= 0 && p.getIntValue() < structures) {
        return p.getIntValue();
      }
      throw fail(p, Problem.INVALID_VALUE, pointer + "/structure",
          "'structure' is the index of one of the " + structures + " structures");
    }

    private SdmxException late(JsonParser p, String pointer, String name) {
      return fail(p, Problem.UNSUPPORTED, pointer + "/" + name, "'" + name + "' of a dataset "
          + "after its series: migov reads a dataset's series as they come, so what applies to "
          + "them comes before them");
    }

    /** A dataset's structure and what applies to all its series: known before its series. */
    private final class Scope {
      final String pointer;
      final Structure st;
      final Map<String, String> key = new LinkedHashMap<>();
      final Map<String, String> attributes = new LinkedHashMap<>();
      final Groups groups;
      /** The index of each dimension (place in allDims) being read, -1 where none. */
      final int[] full;
      /** The indices of the observation-level dimensions of the key being read. */
      final int[] keyIndices;
      /** The observation attribute slots being read: an index, -1 none, -2 a literal. */
      final int[] slot;
      final @Nullable String[] literal;
      /** Whether observation attributes are all coded, so a number names each combination. */
      final boolean coded;
      final long[] radix;
      /** The attributes of each combination read, by its number, when there are few; else null. */
      final @Nullable ObservationAttributes @Nullable [] byNumber;
      final Map<Long, ObservationAttributes> byCode = new HashMap<>();
      final Map<Map<String, String>, ObservationAttributes> shared = new HashMap<>();
      /** Whether the series in a flat layout are named by a number. */
      final boolean flatCoded;
      final Map<Object, Raw> flat = new LinkedHashMap<>();
      boolean content;

      Scope(String pointer, List<Structure> structures, int index, @Nullable JsonNode attrs,
          @Nullable JsonNode groups) {
        this.pointer = pointer;
        if (index >= structures.size()) {
          throw fail(Problem.INVALID_VALUE, pointer + "/structure",
              "'structure' is the index of one of the " + structures.size() + " structures");
        }
        st = structures.get(index);
        for (Component c : st.datasetDims) {
          if (c.values.size() != 1) {
            throw fail(Problem.INVALID_VALUE, c.pointer + "/values",
                "a dataset-level dimension has one value, not " + c.values.size());
          }
          key.put(c.id, c.valueId(0));
        }
        slots(attrs, 0, st.datasetAttrs, pointer + "/attributes", attributes);
        this.groups = new Groups(groups, pointer + "/dimensionGroupAttributes", st);
        full = new int[st.allDims.size()];
        keyIndices = new int[st.observationDims.size()];
        int n = st.observationAttrs.size();
        slot = new int[n];
        literal = new String[n];
        radix = new long[n];
        boolean c = !this.groups.anyTimed;
        long product = 1;
        for (int j = 0; j < n && c; j++) {
          radix[j] = st.observationAttrs.get(j).values.size() + 2L;
          c = radix[j] > 2 && product < Long.MAX_VALUE / radix[j];
          product *= radix[j];
        }
        coded = c;
        byNumber = c && product <= FEW_COMBINATIONS
            ? new ObservationAttributes[(int) product] : null;
        product = 1;
        boolean f = true;
        for (int d = 0; d < st.observationDims.size() && f; d++) {
          long r = st.observationDims.get(d).values.size() + 1L;
          f = product < Long.MAX_VALUE / r;
          product *= r;
        }
        flatCoded = f;
      }

      /** {@return the attributes of the observation whose slots were read} */
      ObservationAttributes observationAttributes() {
        if (coded) {
          long code = 0;
          for (int j = 0; j < slot.length; j++) {
            code = code * radix[j] + slot[j] + 1;
          }
          ObservationAttributes[] few = byNumber;
          if (few == null) {
            return byCode.computeIfAbsent(code, x -> ObservationAttributes.of(build()));
          }
          ObservationAttributes a = few[(int) code];
          if (a == null) {
            a = ObservationAttributes.of(build());
            few[(int) code] = a;
          }
          return a;
        }
        Map<String, String> m = build();
        if (!converting || m.isEmpty()) {
          return ObservationAttributes.of(m);
        }
        return shared.computeIfAbsent(m, ObservationAttributes::of);
      }

      private Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int j = 0; j < slot.length; j++) {
          Component c = st.observationAttrs.get(j);
          if (slot[j] >= 0) {
            m.put(c.id, c.valueId(slot[j]));
          } else if (slot[j] == -2) {
            m.put(c.id, Objects.requireNonNull(literal[j]));
          }
        }
        groups.apply(full, m, true);
        return m.isEmpty() ? Map.of() : Collections.unmodifiableMap(m);
      }

      /** {@return what names the series of the observation key read, in a flat layout} */
      Object seriesName() {
        if (flatCoded) {
          long code = 0;
          for (int d = 0; d < keyIndices.length; d++) {
            code = code * (st.observationDims.get(d).values.size() + 1L)
                + (d == st.time ? 0 : keyIndices[d] + 1);
          }
          return code;
        }
        List<Integer> name = new ArrayList<>();
        for (int d = 0; d < keyIndices.length; d++) {
          if (d != st.time) {
            name.add(keyIndices[d]);
          }
        }
        return name;
      }
    }

    private void seriesLayout(JsonParser p, Scope s) {
      Structure st = s.st;
      requireObject(p, s.pointer + "/series");
      String prefix = s.pointer + "/series/";
      int[] indices = new int[st.seriesDims.size()];
      int first = st.datasetDims.size();
      Set<String> seriesKeys = new HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String k = p.currentName();
        once(seriesKeys, p);
        key(k, st.seriesDims, indices, p, prefix);
        String at = prefix + escape(k);
        p.nextToken();
        Map<String, String> key = new LinkedHashMap<>(s.key);
        Arrays.fill(s.full, -1);
        for (int i = 0; i < indices.length; i++) {
          Component c = st.seriesDims.get(i);
          key.put(c.id, c.valueId(indices[i]));
          s.full[first + i] = indices[i];
        }
        requireObject(p, at);
        Raw raw = new Raw(at, at + "/observations/", st, NO_INDICES, key);
        JsonNode attrs = null;
        boolean attributed = false;
        Set<String> names = new HashSet<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          once(names, p);
          JsonToken v = p.nextToken();
          if (name.equals("attributes")) {
            attrs = tree(p, at + "/attributes");
          } else if (name.equals("observations") && v != JsonToken.VALUE_NULL) {
            if (converting && names.contains("attributes")) {
              // what the series says is known: its observations are converted as they come
              raw.attributes = seriesAttributes(s, attrs, at);
              attributed = true;
              raw.live = new Conversion(raw);
            }
            observations(p, s, raw, at);
          } else {
            Tokens.skip(p, SdmxReader::duplicate, null);
          }
        }
        if (!attributed) {
          raw.attributes = seriesAttributes(s, attrs, at);
        }
        sink.accept(raw);
      }
    }

    /** {@return the attributes of the series being read: of its dataset, its groups, its own} */
    private Map<String, String> seriesAttributes(Scope s, @Nullable JsonNode attrs, String at) {
      Map<String, String> a = new LinkedHashMap<>(s.attributes);
      slots(attrs, 0, s.st.seriesAttrs, at + "/attributes", a);
      s.groups.apply(s.full, a, false);
      return a;
    }

    private void observations(JsonParser p, Scope s, Raw raw, String at) {
      requireObject(p, at + "/observations");
      Structure st = s.st;
      int timePlace = st.observationPlace(st.time);
      int[] oi = s.keyIndices;
      // the keys the parser may match: those of the time dimension's values, if it is the only
      // dimension of observations
      int indices = st.observationDims.size() == 1 ? st.observationDims.get(0).size : 0;
      Set<String> written = new HashSet<>();
      int match;
      while ((match = p.nextNameMatch(ObservationKeys.MATCHER)) >= 0
          || match == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        String k;
        boolean canonical;
        if (match >= 0 && match < indices) {
          k = ObservationKeys.NAMES[match];
          oi[0] = match;
          canonical = true;
        } else {
          k = p.currentName();
          canonical = key(k, st.observationDims, oi, p, raw.observationPrefix);
          if (oi.length != 1) {
            throw fail(p, Problem.UNSUPPORTED, raw.observationPrefix + escape(k), "a series "
                + "layout with observation-level dimensions other than time");
          }
        }
        raw.once(p, k, canonical, oi[0], written);
        p.nextToken();
        s.full[timePlace] = oi[0];
        observation(p, s, raw, k, canonical, oi[0]);
      }
    }

    private void flatLayout(JsonParser p, Scope s) {
      Structure st = s.st;
      requireObject(p, s.pointer + "/observations");
      String prefix = s.pointer + "/observations/";
      List<Component> dims = st.observationDims;
      int[] oi = s.keyIndices;
      int first = st.observationPlace(0);
      Arrays.fill(s.full, -1);
      Set<String> written = new HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String k = p.currentName();
        boolean canonical = key(k, dims, oi, p, prefix);
        System.arraycopy(oi, 0, s.full, first, oi.length);
        Object name = s.seriesName();
        Raw raw = s.flat.get(name);
        boolean fresh = raw == null;
        if (raw == null) {
          int[] rest = new int[oi.length - 1];
          Map<String, String> key = new LinkedHashMap<>(s.key);
          for (int d = 0, r = 0; d < oi.length; d++) {
            if (d != st.time) {
              rest[r++] = oi[d];
              key.put(dims.get(d).id, dims.get(d).valueId(oi[d]));
            }
          }
          raw = new Raw(s.pointer, prefix, st, rest, key);
          Map<String, String> a = new LinkedHashMap<>(s.attributes);
          s.groups.apply(s.full, a, false);
          raw.attributes = a;
        }
        raw.once(p, k, canonical, oi[st.time], written);
        p.nextToken();
        if (fresh && converting) {
          raw.live = new Conversion(raw);
        }
        observation(p, s, raw, k, canonical, oi[st.time]);
        if (fresh) {
          s.flat.put(name, raw);
        }
      }
    }

    /**
     * Reads the observation at the parser's token, of key {@code k} (written as its indices would
     * be if {@code canonical}), into its series.
     */
    private void observation(JsonParser p, Scope s, Raw raw, String k, boolean canonical,
        int time) {
      if (++observations > maxObservations) {
        throw fail(p, Problem.LIMIT_EXCEEDED, raw.observationPrefix + escape(k), "more than "
            + maxObservations + " observations");
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail(p, Problem.WRONG_TYPE, raw.observationPrefix + escape(k), "an observation is "
            + "an array of its measures and attributes");
      }
      Structure st = s.st;
      valueScale = NO_VALUE;
      valueDecimal = null;
      Component timeDimension = st.observationDims.get(st.time);
      if (timeDimension.ids[time] == null) {
        timeDimension.valueId(time);
      }
      int measures = st.measures;
      int[] slot = s.slot;
      Arrays.fill(slot, -1);
      int j = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        if (j == 0 && measures > 0) {
          value(p, t, raw, k);
        } else if (j >= measures && j - measures < slot.length) {
          slot(p, t, s, j - measures, raw, k, j);
        } else {
          Tokens.skip(p, SdmxReader::duplicate, null);
        }
        j++;
      }
      raw.add(time, valueScale, valueDigits, valueDecimal, s.observationAttributes(),
          canonical ? null : k);
    }

    /** Reads the value of an observation into {@link #valueScale} and what goes with it. */
    private void value(JsonParser p, JsonToken t, Raw raw, String k) {
      BigDecimal d;
      switch (t) {
        case VALUE_NULL -> {
          return;
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          if (plain.read(p)) {
            if (plain.scale() > maxExponent) {
              throw exponentBeyond(p, raw.observationPrefix + escape(k) + "/0");
            }
            valueScale = plain.scale();
            valueDigits = plain.unscaled();
            return;
          }
          try {
            d = p.getDecimalValue();
          } catch (NumberFormatException e) {
            throw exponentBeyond(p, raw.observationPrefix + escape(k) + "/0");
          }
        }
        case VALUE_STRING -> {
          String s = p.getString();
          if (s.equals("NaN")) {
            return;
          }
          d = null;
          if (DECIMAL.matcher(s).matches()) {
            try {
              d = new BigDecimal(s);
            } catch (NumberFormatException e) {
              d = null;
            }
          }
          if (d == null) {
            throw fail(p, Problem.INVALID_VALUE, raw.observationPrefix + escape(k) + "/0", "'"
                + abbreviate(s) + "' is not a decimal number");
          }
        }
        default -> throw fail(p, Problem.WRONG_TYPE, raw.observationPrefix + escape(k) + "/0",
            "a value is a number, a string or null, not " + Tokens.typeName(t));
      }
      // the scale, as the model measures a decimal's exponent: what the model holds is read
      if (Math.abs((long) d.scale()) > maxExponent) {
        throw exponentBeyond(p, raw.observationPrefix + escape(k) + "/0");
      }
      valueScale = DECIMAL_VALUE;
      valueDecimal = d;
    }

    private void slot(JsonParser p, JsonToken t, Scope s, int j, Raw raw, String k, int index) {
      if (t == JsonToken.VALUE_NULL) {
        return;
      }
      Component c = s.st.observationAttrs.get(j);
      if (c.size > 0) {
        if (t == JsonToken.VALUE_NUMBER_INT && plain.read(p)) {
          long v = plain.unscaled();
          if (v >= 0 && v < c.size) {
            s.slot[j] = (int) v;
            return;
          }
        }
        TokenStreamLocation at = p.currentTokenLocation();
        String pointer = raw.observationPrefix + escape(k) + "/" + index;
        throw notAnIndex(c, tree(p, pointer), pointer, at);
      }
      s.literal[j] = literal(tree(p, raw.observationPrefix + escape(k) + "/" + index));
      s.slot[j] = -2;
    }
  }

  private static Structure structure(String timeDimension, @Nullable JsonNode given,
      String pointer) {
    JsonNode node = requireObject(given, pointer);
    Structure st = new Structure();
    st.name = text(node.get("name")).orElse(null);
    JsonNode dims = node.get("dimensions");
    requireObject(dims, pointer + "/dimensions");
    components(dims, "dataSet", pointer + "/dimensions", st.datasetDims);
    components(dims, "series", pointer + "/dimensions", st.seriesDims);
    components(dims, "observation", pointer + "/dimensions", st.observationDims);
    JsonNode attrs = node.get("attributes");
    if (attrs != null && !attrs.isNull()) {
      requireObject(attrs, pointer + "/attributes");
      components(attrs, "dataSet", pointer + "/attributes", st.datasetAttrs);
      components(attrs, "series", pointer + "/attributes", st.seriesAttrs);
      components(attrs, "observation", pointer + "/attributes", st.observationAttrs);
      components(attrs, "dimensionGroup", pointer + "/attributes", st.groupAttrs);
    }
    JsonNode measures = node.get("measures");
    if (measures != null && measures.isObject()) {
      JsonNode m = measures.get("observation");
      if (m != null && m.isArray()) {
        st.measures = m.size();
      }
    }
    for (int i = 0; i < st.observationDims.size(); i++) {
      if (st.observationDims.get(i).id.equals(timeDimension)) {
        st.time = i;
      }
    }
    if (st.time < 0) {
      throw fail(Problem.UNSUPPORTED, pointer + "/dimensions/observation", "no observation-level "
          + "dimension is " + timeDimension + ": migov reads time series, whose observations "
          + "are at the periods of a time dimension (name it with timePeriodDimension(...))");
    }
    // dimension-group keys list the dimensions as the structure does (dataset, series, then
    // observation level), not by keyPosition: so the official sample agri.json reads
    st.allDims.addAll(st.datasetDims);
    st.allDims.addAll(st.seriesDims);
    st.allDims.addAll(st.observationDims);
    return st;
  }

  private static void components(JsonNode parent, String level, String pointer,
      List<Component> out) {
    JsonNode list = parent.get(level);
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      throw fail(Problem.WRONG_TYPE, pointer + "/" + level, "'" + level + "' is an array");
    }
    for (int i = 0; i < list.size(); i++) {
      String at = pointer + "/" + level + "/" + i;
      JsonNode c = list.get(i);
      requireObject(c, at);
      JsonNode idNode = c.get("id");
      if (idNode == null || !idNode.isString() || idNode.stringValue().isEmpty()) {
        throw fail(Problem.WRONG_TYPE, at + "/id", "a component has a string 'id'");
      }
      List<JsonNode> values = new ArrayList<>();
      JsonNode vs = c.get("values");
      if (vs != null && vs.isArray()) {
        vs.forEach(values::add);
      }
      out.add(new Component(idNode.stringValue(), values, at));
    }
  }

  /** Reads attribute slots {@code from..} of an array (read as a tree) into {@code out}. */
  private static void slots(@Nullable JsonNode array, int from, List<Component> components,
      String pointer, Map<String, String> out) {
    if (array == null || array.isNull()) {
      return;
    }
    if (!array.isArray()) {
      throw fail(Problem.WRONG_TYPE, pointer, "attributes are an array");
    }
    for (int j = 0; j < components.size() && from + j < array.size(); j++) {
      String v = attribute(array.get(from + j), components.get(j), pointer + "/" + (from + j));
      if (v != null) {
        out.put(components.get(j).id, v);
      }
    }
  }

  private static @Nullable String attribute(JsonNode slot, Component c, String pointer) {
    if (slot.isNull()) {
      return null;
    }
    if (!c.values.isEmpty()) {
      if (!slot.isIntegralNumber() || !slot.canConvertToInt() || slot.intValue() < 0
          || slot.intValue() >= c.values.size()) {
        throw notAnIndex(c, slot, pointer, TokenStreamLocation.NA);
      }
      return c.valueId(slot.intValue());
    }
    return literal(slot);
  }

  private static SdmxException notAnIndex(Component c, JsonNode slot, String pointer,
      TokenStreamLocation at) {
    return new SdmxException(Problem.INVALID_VALUE, pointer, at.getLineNr(), at.getColumnNr(),
        "attribute " + c.id + " takes the index of one of its " + c.values.size() + " values, not "
        + abbreviate(slot.toString()), null);
  }

  /** The dimension-group attributes of a dataset, keyed by partial keys over every dimension. */
  private static final class Groups {
    /**
     * The places (in {@link Structure#allDims}) that the partial keys fix, one set for each kind
     * of key in order of first appearance, with the attributes of each key by its fixed indices
     * joined by ':'. A series or an observation looks up each set once, so matching costs at
     * most {@value #MAX_GROUP_PATTERNS} look-ups, however many keys the message has.
     */
    final List<int[]> masks = new ArrayList<>();
    /** Whether each set fixes time: then it applies to observations, else to series. */
    final List<Boolean> timed = new ArrayList<>();
    final List<Map<String, Map<String, String>>> byKey = new ArrayList<>();
    boolean anyTimed;

    Groups(@Nullable JsonNode node, String pointer, Structure st) {
      if (node == null || node.isNull()) {
        return;
      }
      requireObject(node, pointer);
      int timePlace = st.observationPlace(st.time);
      Map<List<Integer>, Integer> known = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String at = pointer + "/" + escape(e.getKey());
        String[] parts = e.getKey().split(":", -1);
        if (parts.length != st.allDims.size()) {
          throw fail(Problem.INVALID_VALUE, at, "the key '" + abbreviate(e.getKey())
              + "' does not have one place for each of the " + st.allDims.size()
              + " dimensions");
        }
        List<Integer> places = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
          if (!parts[i].isEmpty()) {
            Component c = st.allDims.get(i);
            if (parts[i].length() > 9 || !parts[i].chars().allMatch(ch -> ch >= '0'
                && ch <= '9') || Integer.parseInt(parts[i]) >= c.values.size()) {
              throw fail(Problem.INVALID_VALUE, at, "the key '" + abbreviate(e.getKey())
                  + "' holds '" + abbreviate(parts[i]) + "', not an index of " + c.id);
            }
            // dataset-level dimensions have one value: the key matches them whatever it holds
            if (i >= st.datasetDims.size()) {
              places.add(i);
              joined.append(Integer.parseInt(parts[i])).append(':');
            }
          }
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        slots(e.getValue(), 0, st.groupAttrs, at, attrs);
        Integer m = known.get(places);
        if (m == null) {
          if (masks.size() >= MAX_GROUP_PATTERNS) {
            throw fail(Problem.LIMIT_EXCEEDED, at, "dimension-group keys fix more than "
                + MAX_GROUP_PATTERNS + " different sets of dimensions");
          }
          m = masks.size();
          known.put(places, m);
          masks.add(places.stream().mapToInt(Integer::intValue).toArray());
          timed.add(places.contains(timePlace));
          anyTimed |= places.contains(timePlace);
          byKey.add(new HashMap<>());
        }
        byKey.get(m).merge(joined.toString(), attrs, (x, y) -> {
          Map<String, String> both = new LinkedHashMap<>(x);
          both.putAll(y);
          return both;
        });
      }
    }

    /**
     * Adds the attributes of the keys that {@code full} (an index for each place, -1 where none)
     * matches: for an observation those whose key fixes time, for a series those that leave it
     * open.
     */
    void apply(int[] full, Map<String, String> out, boolean observation) {
      for (int m = 0; m < masks.size(); m++) {
        if (timed.get(m) != observation) {
          continue;
        }
        StringBuilder key = new StringBuilder();
        boolean all = true;
        for (int place : masks.get(m)) {
          if (full[place] < 0) {
            all = false;
            break;
          }
          key.append(full[place]).append(':');
        }
        Map<String, String> attrs = all ? byKey.get(m).get(key.toString()) : null;
        if (attrs != null) {
          out.putAll(attrs);
        }
      }
    }
  }

  /** A series as read, compact, until it is complete: what {@link SdmxSeries} holds. */
  private static final class Raw implements SeriesData {
    final String pointer;
    /** The pointer of its observations but their keys. */
    final String observationPrefix;
    final Structure st;
    /** The indices of the observation-level dimensions but time (of a flat layout). */
    final int[] rest;
    final Map<String, String> key;
    Map<String, String> attributes = Map.of();
    /** The observations held: all of the series, or none when they are converted as read. */
    int size;
    int[] time = new int[16];
    /** The scale of each value, or {@link #DECIMAL_VALUE} or {@link #NO_VALUE}. */
    int[] scales = new int[16];
    long[] digits = new long[16];
    /** The values held as decimals, else null. */
    @Nullable BigDecimal[] values = new BigDecimal[16];
    ObservationAttributes[] observationAttributes = new ObservationAttributes[16];
    /** The series' conversion, when its observations are converted as they are read. */
    @Nullable Conversion live;
    /** The periods of the time dimension's values for the reporting year last asked for. */
    @Nullable Month cachedStart;
    Period @Nullable [] cached;
    /** The time periods of the observations whose keys are written as their indices. */
    final java.util.BitSet seen = new java.util.BitSet();
    /** The keys of observations written otherwise than their indices would be, else null. */
    @Nullable String @Nullable [] keys;

    Raw(String pointer, String observationPrefix, Structure st, int[] rest,
        Map<String, String> key) {
      this.pointer = pointer;
      this.observationPrefix = observationPrefix;
      this.st = st;
      this.rest = rest;
      this.key = key;
    }

    /**
     * Checks that the key of an observation (of time index {@code period}) is new: by its index
     * when written as its indices ({@code canonical}), else among the other keys so written
     * ({@code written}).
     */
    void once(JsonParser p, String key, boolean canonical, int period, Set<String> written) {
      if (!canonical) {
        if (!written.add(key)) {
          throw duplicate(p, key);
        }
      } else if (seen.get(period)) {
        throw duplicate(p, key);
      } else {
        seen.set(period);
      }
    }

    void add(int period, int scale, long unscaled, @Nullable BigDecimal value,
        ObservationAttributes attrs, @Nullable String writtenKey) {
      if (size == time.length) {
        time = Arrays.copyOf(time, size * 2);
        scales = Arrays.copyOf(scales, size * 2);
        digits = Arrays.copyOf(digits, size * 2);
        values = Arrays.copyOf(values, size * 2);
        observationAttributes = Arrays.copyOf(observationAttributes, size * 2);
        if (keys != null) {
          keys = Arrays.copyOf(keys, size * 2);
        }
      }
      if (writtenKey != null || keys != null) {
        if (keys == null) {
          keys = new String[time.length];
        }
        keys[size] = writtenKey;
      }
      time[size] = period;
      scales[size] = scale;
      digits[size] = unscaled;
      values[size] = value;
      observationAttributes[size++] = attrs;
      Conversion c = live;
      if (c != null) {
        c.add(this, 0);
        size = 0;
      }
    }

    @Override
    public String pointer() {
      return pointer;
    }

    @Override
    public Map<String, String> key() {
      return key;
    }

    @Override
    public Map<String, String> attributes() {
      return attributes;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public @Nullable BigDecimal value(int i) {
      int scale = scales[i];
      return scale == NO_VALUE ? null
          : scale == DECIMAL_VALUE ? values[i] : BigDecimal.valueOf(digits[i], scale);
    }

    @Override
    public int scale(int i) {
      return scales[i];
    }

    @Override
    public long unscaled(int i) {
      return digits[i];
    }

    Map<String, String> attributes(int i) {
      return observationAttributes[i].map;
    }

    @Override
    public Said said(int i) {
      return observationAttributes[i].said();
    }

    @Override
    public String pointer(int i) {
      String[] written = keys;
      if (written != null && written[i] != null) {
        return observationPrefix + escape(written[i]);
      }
      StringBuilder b = new StringBuilder(observationPrefix);
      int r = 0;
      for (int d = 0; d < st.observationDims.size(); d++) {
        if (d > 0) {
          b.append(':');
        }
        b.append(d == st.time ? time[i] : rest[r++]);
      }
      return b.toString();
    }

    String timePeriod(int i) {
      return st.observationDims.get(st.time).valueId(time[i]);
    }

    @Override
    public Period period(int i, Month start) {
      Period[] cache = start == cachedStart ? cached : null;
      if (cache == null) {
        cache = st.periods.get(start);
        if (cache == null) {
          cache = new Period[st.observationDims.get(st.time).size];
          st.periods.put(start, cache);
        }
        cachedStart = start;
        cached = cache;
      }
      Period p = cache[time[i]];
      if (p == null) {
        try {
          p = SdmxReader.period(timePeriod(i), start, "");
        } catch (SdmxException e) {
          throw relocate(e, pointer(i));
        }
        cache[time[i]] = p;
      }
      return p;
    }

    SdmxSeries toSeries() {
      List<SdmxObservation> obs = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        obs.add(new SdmxObservation(pointer(i), timePeriod(i), Optional.ofNullable(value(i)),
            attributes(i)));
      }
      return new SdmxSeries(pointer, key, attributes, obs);
    }
  }

  /** The series that become remittance series: as read, or as an {@link SdmxSeries}. */
  private interface SeriesData {
    String pointer();

    Map<String, String> key();

    Map<String, String> attributes();

    int size();

    @Nullable BigDecimal value(int i);

    /**
     * {@return the scale of the value of observation {@code i}, whose digits are {@link
     * #unscaled(int)}; or {@link #DECIMAL_VALUE}, the value then being {@link #value(int)}; or
     * {@link #NO_VALUE}}
     */
    int scale(int i);

    long unscaled(int i);

    /** {@return what the attributes of observation {@code i} say} */
    Said said(int i);

    String pointer(int i);

    /** {@return the period of observation {@code i}, reporting periods counted from start} */
    Period period(int i, Month start);
  }

  /**
   * An {@link SdmxSeries} to become a remittance series, with what each map of its observations'
   * attributes says, read once: the observations of a message read share their maps.
   */
  private record Given(SdmxSeries series,
      java.util.IdentityHashMap<Map<String, String>, Said> said) implements SeriesData {
    Given(SdmxSeries series) {
      this(series, new java.util.IdentityHashMap<>());
    }

    @Override
    public Said said(int i) {
      Map<String, String> attributes = attributes(i);
      Said s = said.get(attributes);
      if (s == null) {
        s = new Said(attributes);
        if (said.size() < 64) {
          said.put(attributes, s);
        }
      }
      return s;
    }

    @Override
    public String pointer() {
      return series.pointer();
    }

    @Override
    public Map<String, String> key() {
      return series.key();
    }

    @Override
    public Map<String, String> attributes() {
      return series.attributes();
    }

    @Override
    public int size() {
      return series.observations().size();
    }

    @Override
    public @Nullable BigDecimal value(int i) {
      return series.observations().get(i).value().orElse(null);
    }

    @Override
    public int scale(int i) {
      return series.observations().get(i).value().isPresent() ? DECIMAL_VALUE : NO_VALUE;
    }

    @Override
    public long unscaled(int i) {
      return 0;
    }

    Map<String, String> attributes(int i) {
      return series.observations().get(i).attributes();
    }

    @Override
    public String pointer(int i) {
      return series.observations().get(i).pointer();
    }

    @Override
    public Period period(int i, Month start) {
      SdmxObservation o = series.observations().get(i);
      return SdmxReader.period(o.timePeriod(), start, o.pointer());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // remittance series

  /**
   * {@return the remittance series of a message, one for each of its series}
   *
   * @param message the UTF-8 bytes of the message
   * @throws SdmxException whatever is wrong with the message or cannot become a series
   */
  public List<RemittanceSeries> readRemittanceSeries(byte[] message) {
    return readRemittanceSeries(m -> Tokens.open(message, m::createParser, m::createParser));
  }

  /**
   * {@return the remittance series of a message file, one for each of its series}
   *
   * @param file the file
   * @throws SdmxException whatever is wrong with the message or cannot become a series, or if
   *     reading fails
   */
  public List<RemittanceSeries> readRemittanceSeries(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readRemittanceSeries(in);
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  /**
   * {@return the remittance series of a message read from a stream, one for each of its series}
   * Each series is converted as soon as it is read, without making an {@link SdmxMessage}: the
   * memory this takes is the class's to say. The stream is read to its end and not closed.
   *
   * @param in the stream of the message's UTF-8 bytes
   * @throws SdmxException whatever is wrong with the message or cannot become a series, or if
   *     reading fails
   * @since 0.1.0
   */
  public List<RemittanceSeries> readRemittanceSeries(InputStream in) {
    return readRemittanceSeries(m -> m.createParser(in));
  }

  private List<RemittanceSeries> readRemittanceSeries(Function<JsonMapper, JsonParser> source) {
    java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
    Head head = run(source, raw -> {
      Conversion live = raw.live;
      pending.add(live != null ? live.end() : convert(raw));
    }, true);
    List<RemittanceSeries> out = new ArrayList<>(pending.size());
    for (Pending p = pending.poll(); p != null; p = pending.poll()) {
      out.add(finish(p, head));
    }
    return out;
  }

  /**
   * {@return the remittance series of a message read before, one for each of its series}
   *
   * @param message the message
   * @throws SdmxException naming the first series or value that cannot become part of a
   *     remittance series, with its pointer
   */
  public List<RemittanceSeries> toRemittanceSeries(SdmxMessage message) {
    List<RemittanceSeries> out = new ArrayList<>(message.series().size());
    for (SdmxSeries s : message.series()) {
      out.add(toRemittanceSeries(s, message));
    }
    return out;
  }

  /**
   * {@return one series of a message as a remittance series}
   *
   * @param series the series
   * @param message the message it comes from, for the source
   * @throws SdmxException naming the value that cannot become part of a remittance series
   */
  public RemittanceSeries toRemittanceSeries(SdmxSeries series, SdmxMessage message) {
    return finish(convert(new Given(series)), new Head(message.version(), message.id(),
        message.sender(), message.prepared(), message.name()));
  }

  /** A series converted but for its source, which the message may give after it. */
  private record Pending(RemittanceSeries.Builder builder, String pointer) {}

  private Pending convert(SeriesData series) {
    Conversion c = new Conversion(series);
    for (int i = 0; i < series.size(); i++) {
      c.add(series, i);
    }
    return c.end();
  }

  /**
   * One series becoming a remittance series: begun once its key and attributes are known, given
   * its observations in order, one at a time or all at the end.
   */
  private final class Conversion {
    final String at;
    final @Nullable String frequencyCode;
    final Month start;
    final int multiplier;
    final String slug;
    final RemittanceSeries.Builder builder;
    final java.util.Set<Period.Kind> kinds = java.util.EnumSet.noneOf(Period.Kind.class);
    boolean ownStart;

    Conversion(SeriesData series) {
      at = series.pointer();
      if (measure == null || direction == null) {
        throw fail(Problem.UNSUPPORTED, at, "SDMX does not say what a series measures: give the "
            + "measure and direction with SdmxReader.builder().measure(...).direction(...)");
      }
      Map<String, String> key = series.key();
      String area = key.get(refArea);
      if (area == null) {
        area = series.attributes().get(refArea);
      }
      if (area == null) {
        throw fail(Problem.UNSUPPORTED, at, "the series has no " + refArea + ": name the "
            + "dimension of the reporting country with refAreaDimension(...)");
      }
      CountryCode reporter = country(area, refArea, at);
      String other = key.get(counterpartArea);
      CountryCode counterpart = other == null || isWorld(other) ? null
          : country(other, counterpartArea, at);
      Map<String, String> a = series.attributes();
      start = yearStart(a.get("REPORTING_YEAR_START_DAY"), at);
      multiplier = multiplier(a.get("UNIT_MULT"), at);
      Currency cur = currency != null ? currency : currency(series, at);
      builder = RemittanceSeries.builder()
          .reporter(reporter).counterpart(counterpart).direction(direction).measure(measure)
          .currency(cur).unitMultiplier(multiplier);
      if (indicatorDimension != null && key.get(indicatorDimension) != null) {
        builder.indicator(key.get(indicatorDimension));
      }
      String title = a.get("TITLE");
      if (title != null && !title.isBlank()) {
        builder.title(title.strip());
      }
      String id = NOT_IN_ID.matcher(("sdmx-" + String.join("-", key.values()))
          .toLowerCase(Locale.ROOT)).replaceAll("-");
      id = id.substring(0, Math.min(id.length(), 100));
      slug = id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
      frequencyCode = key.get(frequencyDimension);
    }

    /** Adds observation {@code i} of the series. */
    void add(SeriesData series, int i) {
      Said s = series.said(i);
      Month obsStart = start;
      if (s.yearStart != null || s.yearStartError != null) {
        ownStart = true;
        obsStart = s.yearStart(series, i);
      }
      Period p = series.period(i, obsStart);
      if (s.multiplierError != null) {
        throw relocate(s.multiplierError, series.pointer(i));
      }
      if (s.multiplier != null && s.multiplier != multiplier) {
        throw fail(Problem.UNSUPPORTED, series.pointer(i), "UNIT_MULT " + s.multiplierText
            + " of an observation differs from the series' " + multiplier + ": a series has one "
            + "unit multiplier");
      }
      int scale = series.scale(i);
      if (scale == NO_VALUE) {
        return;
      }
      kinds.add(p.kind());
      ObservationStatus status = s.status(series, i);
      if (scale == DECIMAL_VALUE) {
        builder.addObservations(p, Objects.requireNonNull(series.value(i)), status,
            Qualifier.EXACT);
      } else {
        builder.addObservations(p, series.unscaled(i), scale, status, Qualifier.EXACT);
      }
    }

    /** {@return the series, but for its source} */
    Pending end() {
      builder.frequency(frequency(kinds, start, frequencyCode, ownStart));
      try {
        builder.id(SeriesId.of(slug));
      } catch (ValidationException e) {
        throw modelViolation(at, e);
      }
      return new Pending(builder, at);
    }
  }

  /**
   * The attributes of observations, one instance shared by those with the same where the reader
   * can tell, with what they say, read once.
   */
  private static final class ObservationAttributes {
    private static final ObservationAttributes NONE = new ObservationAttributes(Map.of());
    final Map<String, String> map;
    private @Nullable Said said;

    private ObservationAttributes(Map<String, String> map) {
      this.map = map;
    }

    static ObservationAttributes of(Map<String, String> map) {
      return map.isEmpty() ? NONE : new ObservationAttributes(map);
    }

    Said said() {
      Said s = said;
      if (s == null) {
        s = new Said(map);
        said = s;
      }
      return s;
    }
  }

  /** What a map of observation attributes says: its reporting year, unit multiplier, status. */
  private static final class Said {
    final @Nullable Month yearStart;
    final @Nullable SdmxException yearStartError;
    /** The unit multiplier given, if it is one, as written and as a number. */
    final @Nullable String multiplierText;
    final @Nullable Integer multiplier;
    /** Why the unit multiplier given is none. */
    final @Nullable SdmxException multiplierError;
    final @Nullable String statusCode;
    @Nullable ObservationStatus status;

    Said(Map<String, String> attributes) {
      String day = attributes.get("REPORTING_YEAR_START_DAY");
      Month m = null;
      SdmxException e = null;
      if (day != null) {
        try {
          m = SdmxReader.yearStart(day, "");
        } catch (SdmxException x) {
          e = x;
        }
      }
      yearStart = m;
      yearStartError = e;
      multiplierText = attributes.get("UNIT_MULT");
      Integer given = null;
      e = null;
      try {
        given = multiplierText == null ? null : multiplier(multiplierText, "");
      } catch (SdmxException x) {
        e = x;
      }
      multiplier = given;
      multiplierError = e;
      statusCode = attributes.get("OBS_STATUS");
    }

    Month yearStart(SeriesData series, int i) {
      if (yearStartError != null) {
        throw relocate(yearStartError, series.pointer(i));
      }
      return Objects.requireNonNull(yearStart);
    }

    ObservationStatus status(SeriesData series, int i) {
      ObservationStatus s = status;
      if (s == null) {
        try {
          s = SdmxReader.status(statusCode, "");
        } catch (SdmxException e) {
          throw relocate(e, series.pointer(i));
        }
        status = s;
      }
      return s;
    }
  }

  private static SdmxException modelViolation(String at, ValidationException e) {
    return new SdmxException(Problem.MODEL_VIOLATION, at, -1, -1,
        "the series breaks rules of the model: " + e.getMessage(), e);
  }

  /** {@return the series with its source, built} */
  private static RemittanceSeries finish(Pending p, Head message) {
    try {
      Source.Builder source = Source.builder().title(message.name()
          .map(n -> "SDMX: " + n).orElse("SDMX data message" + message.id().map(i -> " " + i)
              .orElse("")));
      message.sender().ifPresent(source::publisher);
      message.prepared().filter(d -> d.length() >= 10).ifPresent(d -> {
        try {
          source.published(PartialDate.parse(d.substring(0, 10)));
        } catch (ValidationException e) {
          // a preparation time that is no date is not a publication date: the source goes without
        }
      });
      return p.builder().addSources(source.build()).build();
    } catch (ValidationException e) {
      throw modelViolation(p.pointer(), e);
    }
  }

  private Frequency frequency(java.util.Set<Period.Kind> kinds, Month start,
      @Nullable String freq, boolean ownStart) {
    if (kinds.size() == 1) {
      switch (kinds.iterator().next()) {
        case YEAR -> {
          return Frequency.ANNUAL;
        }
        case QUARTER -> {
          return Frequency.QUARTERLY;
        }
        case MONTH -> {
          return Frequency.MONTHLY;
        }
        case FISCAL_YEAR -> {
          return ownStart ? Frequency.IRREGULAR : Frequency.fiscalYear(start);
        }
        default -> {
          return Frequency.IRREGULAR;
        }
      }
    }
    if (!kinds.isEmpty() || freq == null) {
      return Frequency.IRREGULAR;
    }
    return switch (freq) {
      case "A" -> start == Month.JANUARY ? Frequency.ANNUAL : Frequency.fiscalYear(start);
      case "Q" -> start == Month.JANUARY ? Frequency.QUARTERLY : Frequency.IRREGULAR;
      case "M" -> Frequency.MONTHLY;
      default -> Frequency.IRREGULAR;
    };
  }

  private CountryCode country(String code, String dimension, String at) {
    CountryCode mapped = areas.get(code);
    if (mapped != null) {
      return mapped;
    }
    if (CountryCode.isKnown(code)) {
      return CountryCode.of(code);
    }
    if (code.length() == 2 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      for (String iso2 : Locale.getISOCountries()) {
        if (iso2.equals(code)) {
          String iso3 = new Locale("", iso2).getISO3Country();
          if (CountryCode.isKnown(iso3)) {
            return CountryCode.of(iso3);
          }
        }
      }
      if (code.equals("XK")) {
        return CountryCode.of("XKX");
      }
    }
    throw fail(Problem.UNSUPPORTED, at, "'" + abbreviate(code) + "' of " + dimension
        + " is no ISO 3166-1 country: map it to one with SdmxReader.builder().area(code, "
        + "country)");
  }

  private static boolean isWorld(String code) {
    return code.equals("W0") || code.equals("W1") || code.equals("_T") || code.equals("_Z");
  }

  private static Currency currency(SeriesData s, String at) {
    String code = s.key().get("CURRENCY");
    String from = "CURRENCY";
    if (code == null) {
      code = s.attributes().get("CURRENCY");
    }
    if (code == null) {
      code = s.key().get("UNIT_MEASURE");
      from = "UNIT_MEASURE";
    }
    if (code == null) {
      code = s.attributes().get("UNIT_MEASURE");
    }
    if (code == null) {
      throw fail(Problem.UNSUPPORTED, at, "the series names no currency (CURRENCY or "
          + "UNIT_MEASURE): give it with SdmxReader.builder().currency(...)");
    }
    if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      if (CURRENCIES.contains(code)) {
        return Currency.getInstance(code);
      }
    }
    throw fail(Problem.UNSUPPORTED, at, from + " '" + abbreviate(code) + "' is no ISO 4217 "
        + "currency: give the currency with SdmxReader.builder().currency(...)");
  }

  private static int multiplier(@Nullable String text, String at) {
    if (text == null) {
      return 0;
    }
    if (MULTIPLIER.matcher(text).matches()) {
      int m = Integer.parseInt(text);
      if (m >= 0 && m <= 18) {
        return m;
      }
      throw fail(Problem.UNSUPPORTED, at, "UNIT_MULT " + m + " is not 0 to 18, the unit "
          + "multipliers a series holds");
    }
    throw fail(Problem.INVALID_VALUE, at, "UNIT_MULT '" + abbreviate(text)
        + "' is not a power of ten");
  }

  private static ObservationStatus status(@Nullable String code, String at) {
    if (code == null || code.isEmpty()) {
      return ObservationStatus.NORMAL;
    }
    for (ObservationStatus s : STATUSES) {
      if (s.sdmxCode().equals(code)) {
        return s;
      }
    }
    throw fail(Problem.UNSUPPORTED, at, "OBS_STATUS '" + abbreviate(code) + "' has no "
        + "counterpart among migov's statuses (A, B, E, F, P, I, M, U)");
  }

  /** The first month of the reporting year that {@code --MM-DD} names; January if null. */
  static Month yearStart(@Nullable String day, String at) {
    if (day == null || day.isEmpty()) {
      return Month.JANUARY;
    }
    if (day.length() != 7 || !day.startsWith("--") || day.charAt(4) != '-'
        || !digits(day, 2, 4) || !digits(day, 5, 7)) {
      throw fail(Problem.INVALID_VALUE, at, "REPORTING_YEAR_START_DAY '" + abbreviate(day)
          + "' is not a day of the year (--MM-DD)");
    }
    int m = Integer.parseInt(day, 2, 4, 10);
    int d = Integer.parseInt(day, 5, 7, 10);
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      throw fail(Problem.INVALID_VALUE, at, "REPORTING_YEAR_START_DAY '" + day
          + "' is not a day of the year (--MM-DD)");
    }
    if (d != 1) {
      throw fail(Problem.UNSUPPORTED, at, "REPORTING_YEAR_START_DAY " + day + ": a reporting "
          + "year starting on another day than the first of a month, which periods of whole "
          + "months cannot hold");
    }
    return Month.of(m);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the period an SDMX TIME_PERIOD names, reporting periods counted from {@code start}}
   *
   * @throws SdmxException with {@link Problem#UNSUPPORTED} for forms migov cannot hold, named
   */
  static Period period(String id, Month start, String at) {
    try {
      return parsePeriod(id, start, at);
    } catch (ValidationException e) {
      throw new SdmxException(Problem.INVALID_VALUE, at, -1, -1, "TIME_PERIOD '"
          + abbreviate(id) + "' is not a period: " + e.violations().get(0).message(), e);
    }
  }

  private static Period parsePeriod(String id, Month start, String at) {
    int n = id.length();
    int slash = id.indexOf('/');
    if (slash >= 0) {
      return range(id, slash, at);
    }
    if (n < 4 || !digits(id, 0, 4)) {
      throw unreadable(id, at);
    }
    int year = Integer.parseInt(id, 0, 4, 10);
    if (n == 4) {
      return Period.ofYear(year);
    }
    if (id.charAt(4) != '-') {
      throw unreadable(id, at);
    }
    if (n == 7 && digits(id, 5, 7)) {
      return Period.ofMonth(year, Integer.parseInt(id, 5, 7, 10));
    }
    if (n == 10 && digits(id, 5, 7) && id.charAt(7) == '-' && digits(id, 8, 10)) {
      throw fail(Problem.UNSUPPORTED, at, "TIME_PERIOD " + id + " is a day: migov's periods are "
          + "whole months");
    }
    if (n > 10 && id.charAt(10) == 'T') {
      throw fail(Problem.UNSUPPORTED, at, "TIME_PERIOD " + abbreviate(id) + " is a date and "
          + "time: migov's periods are whole months");
    }
    char kind = n > 5 ? id.charAt(5) : ' ';
    int offset = start.getValue() - 1;
    if (n == 7 && digits(id, 6, 7) && "ASTQ".indexOf(kind) >= 0) {
      int number = id.charAt(6) - '0';
      int length = switch (kind) {
        case 'A' -> 12;
        case 'S' -> 6;
        case 'T' -> 4;
        default -> 3;
      };
      if (number < 1 || number > 12 / length) {
        throw fail(Problem.INVALID_VALUE, at, "TIME_PERIOD " + id + " names period " + number
            + " of a year that has " + 12 / length);
      }
      if (kind == 'A') {
        return start == Month.JANUARY ? Period.ofYear(year) : Period.ofFiscalYear(year + 1, start);
      }
      if (kind == 'Q' && start == Month.JANUARY) {
        return Period.ofQuarter(year, number);
      }
      YearMonth first = YearMonth.of(year, 1).plusMonths(offset + (long) (number - 1) * length);
      return Period.ofMonths(first, first.plusMonths(length - 1L));
    }
    if (n == 8 && kind == 'M' && digits(id, 6, 8)) {
      int number = Integer.parseInt(id, 6, 8, 10);
      if (number < 1 || number > 12) {
        throw fail(Problem.INVALID_VALUE, at, "TIME_PERIOD " + id + " names month " + number);
      }
      YearMonth m = YearMonth.of(year, 1).plusMonths(offset + number - 1L);
      return Period.of(m);
    }
    if ((n == 8 && kind == 'W' && digits(id, 6, 8)) || (n == 9 && kind == 'D'
        && digits(id, 6, 9))) {
      throw fail(Problem.UNSUPPORTED, at, "TIME_PERIOD " + id + " is a reporting "
          + (kind == 'W' ? "week" : "day") + ": migov's periods are whole months");
    }
    throw unreadable(id, at);
  }

  private static Period range(String id, int slash, String at) {
    String from = id.substring(0, slash);
    String duration = id.substring(slash + 1);
    YearMonth first;
    if (from.length() == 10 && digits(from, 0, 4) && from.charAt(4) == '-' && digits(from, 5, 7)
        && from.charAt(7) == '-' && digits(from, 8, 10)) {
      yearMonth(from, id, at);
      if (!from.endsWith("-01")) {
        throw fail(Problem.UNSUPPORTED, at, "TIME_PERIOD " + abbreviate(id) + " starts on "
            + from + ", not on the first of a month: migov's periods are whole months");
      }
      first = yearMonth(from, id, at);
    } else if (from.length() == 7 && digits(from, 0, 4) && from.charAt(4) == '-'
        && digits(from, 5, 7)) {
      first = yearMonth(from, id, at);
    } else {
      throw unreadable(id, at);
    }
    if (!DURATION.matcher(duration).matches() || duration.equals("P")) {
      throw fail(Problem.UNSUPPORTED, at, "TIME_PERIOD " + abbreviate(id) + " lasts "
          + abbreviate(duration) + ": migov reads ranges of whole years and months (P1Y, P11M, "
          + "P1Y6M)");
    }
    long months = 0;
    int y = duration.indexOf('Y');
    if (y > 0) {
      months += 12L * Integer.parseInt(duration, 1, y, 10);
    }
    int m = duration.indexOf('M');
    if (m > 0) {
      months += Integer.parseInt(duration, y > 0 ? y + 1 : 1, m, 10);
    }
    if (months < 1 || months > Period.MAX_RANGE_MONTHS) {
      throw fail(Problem.UNSUPPORTED, at, "TIME_PERIOD " + abbreviate(id) + " lasts " + months
          + " months: migov reads ranges of 1 to " + Period.MAX_RANGE_MONTHS);
    }
    return Period.ofMonths(first, first.plusMonths(months - 1));
  }

  private static YearMonth yearMonth(String text, String id, String at) {
    int year = Integer.parseInt(text, 0, 4, 10);
    int month = Integer.parseInt(text, 5, 7, 10);
    if (year < 1 || month < 1 || month > 12) {
      throw unreadable(id, at);
    }
    if (text.length() == 10) {
      int day = Integer.parseInt(text, 8, 10, 10);
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        throw unreadable(id, at);
      }
    }
    return YearMonth.of(year, month);
  }

  private static SdmxException unreadable(String id, String at) {
    return fail(Problem.INVALID_VALUE, at, "TIME_PERIOD '" + abbreviate(id) + "' is not an SDMX "
        + "time period: use 2019, 2019-01, 2019-Q1, 2019-A1, 2019-S1, 2019-T1, 2019-M01 or "
        + "2024-07-01/P11M");
  }

  /**
   * Builds an {@link SdmxReader}: which dimension means what, what the series measure, and the
   * limits on input.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final ReadLimits limits = new ReadLimits("maxMessageBytes",
        DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_DEPTH, 8, DEFAULT_MAX_STRING_LENGTH,
        DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_EXPONENT, DEFAULT_MAX_OBSERVATIONS);
    private String refArea = "REF_AREA";
    private String counterpartArea = "COUNTERPART_AREA";
    private String frequency = "FREQ";
    private String timePeriod = "TIME_PERIOD";
    private @Nullable String indicator;
    private @Nullable RemittanceMeasure measure;
    private @Nullable FlowDirection direction;
    private @Nullable Currency currency;
    private final Map<String, CountryCode> areas = new HashMap<>();

    private Builder() {}

    /**
     * Names the dimension of the reporting country; {@code REF_AREA} unless set.
     *
     * @param id the dimension's id
     * @return this builder
     */
    public Builder refAreaDimension(String id) {
      this.refArea = nonBlank(id);
      return this;
    }

    /**
     * Names the dimension of the counterpart country; {@code COUNTERPART_AREA} unless set.
     *
     * @param id the dimension's id
     * @return this builder
     */
    public Builder counterpartAreaDimension(String id) {
      this.counterpartArea = nonBlank(id);
      return this;
    }

    /**
     * Names the dimension of the frequency; {@code FREQ} unless set.
     *
     * @param id the dimension's id
     * @return this builder
     */
    public Builder frequencyDimension(String id) {
      this.frequency = nonBlank(id);
      return this;
    }

    /**
     * Names the dimension of time; {@code TIME_PERIOD} unless set.
     *
     * @param id the dimension's id
     * @return this builder
     */
    public Builder timePeriodDimension(String id) {
      this.timePeriod = nonBlank(id);
      return this;
    }

    /**
     * Names a dimension whose value becomes the indicator of each series, such as {@code
     * INDICATOR}; none unless set.
     *
     * @param id the dimension's id
     * @return this builder
     */
    public Builder indicatorDimension(String id) {
      this.indicator = nonBlank(id);
      return this;
    }

    /**
     * Says what the series of the messages measure; required to make remittance series.
     *
     * @param measure the measure
     * @return this builder
     */
    public Builder measure(RemittanceMeasure measure) {
      this.measure = Objects.requireNonNull(measure);
      return this;
    }

    /**
     * Says whether the series' money flows in to or out of the reporting country; required to make
     * remittance series.
     *
     * @param direction the direction
     * @return this builder
     */
    public Builder direction(FlowDirection direction) {
      this.direction = Objects.requireNonNull(direction);
      return this;
    }

    /**
     * Gives the currency of every series, for messages whose CURRENCY or UNIT_MEASURE is not an
     * ISO 4217 code; read from the message unless set.
     *
     * @param currency the currency
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = Objects.requireNonNull(currency);
      return this;
    }

    /**
     * Maps an area code of the messages that is not an ISO 3166-1 code to a country.
     *
     * @param code the code, such as {@code ASIKHM}
     * @param country the country it means
     * @return this builder
     */
    public Builder area(String code, CountryCode country) {
      areas.put(nonBlank(code), Objects.requireNonNull(country));
      return this;
    }

    /**
     * Sets the largest message read, in bytes.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 1
     */
    public Builder maxMessageBytes(long bytes) {
      limits.maxBytes(bytes);
      return this;
    }

    /**
     * Sets the deepest nesting of arrays and objects read.
     *
     * @param depth at least 8
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is less than 8
     */
    public Builder maxDepth(int depth) {
      limits.maxDepth(depth);
      return this;
    }

    /**
     * Sets the longest string (or property name) read, in characters.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public Builder maxStringLength(int length) {
      limits.maxStringLength(length);
      return this;
    }

    /**
     * Sets the longest number read, in characters.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public Builder maxNumberLength(int length) {
      limits.maxNumberLength(length);
      return this;
    }

    /**
     * Sets the largest magnitude of a number's decimal exponent read, either way.
     *
     * @param exponent at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code exponent} is less than 1
     */
    public Builder maxExponent(int exponent) {
      limits.maxExponent(exponent);
      return this;
    }

    /**
     * Sets the most observations read from a message.
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    public Builder maxObservations(long count) {
      limits.maxObservations(count);
      return this;
    }

    private static String nonBlank(String id) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("an id is not blank");
      }
      return id;
    }

    /** {@return a reader with the settings made} */
    public SdmxReader build() {
      return new SdmxReader(this);
    }
  }
}
