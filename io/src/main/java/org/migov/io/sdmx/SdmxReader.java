package org.migov.io.sdmx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * most 64 different sets of dimensions, so that matching them stays linear. The message is held
 * in memory as a tree while it is read (a few times the size of its text). Duplicate properties
 * are errors; unknown properties are ignored. Every failure is an {@link SdmxException}.
 * Instances are immutable and thread-safe.
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
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(b.maxMessageBytes)
            .maxNestingDepth(b.maxDepth)
            .maxStringLength(b.maxStringLength)
            .maxNameLength(b.maxStringLength)
            .maxNumberLength(b.maxNumberLength)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    this.maxExponent = b.maxExponent;
    this.maxObservations = b.maxObservations;
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
    return read(new ByteArrayInputStream(message));
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
      throw new SdmxException(Problem.IO_ERROR, "", -1, -1, "reading failed: " + e.getMessage(),
          e);
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
    JsonNode root;
    JsonParser p = null;
    try {
      p = mapper.createParser(in);
      root = mapper.readTree(p);
    } catch (StreamConstraintsException e) {
      throw jackson(Problem.LIMIT_EXCEEDED, e, p);
    } catch (JacksonIOException e) {
      throw jackson(Problem.IO_ERROR, e, p);
    } catch (JacksonException e) {
      String m = e.getOriginalMessage();
      throw jackson(m != null && m.startsWith("Trailing token") ? Problem.TRAILING_CONTENT
          : m != null && m.startsWith("Duplicate") ? Problem.INVALID_VALUE
          : Problem.MALFORMED_JSON, e, p);
    }
    if (root == null || root.isMissingNode()) {
      throw new SdmxException(Problem.EMPTY_INPUT, "", 1, 1, "the input holds no JSON", null);
    }
    return new Message(root).read();
  }

  private static SdmxException jackson(Problem problem, JacksonException e,
      @Nullable JsonParser p) {
    String pointer = p == null ? "" : p.streamReadContext().pathAsPointer().toString();
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
        : p != null ? p.currentLocation() : TokenStreamLocation.NA;
    String m = e.getOriginalMessage();
    String detail = m == null ? e.getClass().getSimpleName() : firstLine(m);
    return new SdmxException(problem, pointer, at.getLineNr(), at.getColumnNr(), detail, e);
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    int source = line.indexOf(" at [Source");
    return source < 0 ? line : line.substring(0, source);
  }

  private static SdmxException fail(Problem problem, String pointer, String detail) {
    return new SdmxException(problem, pointer, -1, -1, detail, null);
  }

  static String abbreviate(String text) {
    if (text.length() <= 40) {
      return text;
    }
    return text.substring(0, Character.isHighSurrogate(text.charAt(39)) ? 39 : 40) + "…";
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** A dimension or attribute of a structure. */
  private record Component(String id, int keyPosition, List<JsonNode> values, String pointer,
      List<String> groupDimensions) {}

  /** The structure of a dataset. */
  private static final class Structure {
    final List<Component> datasetDims = new ArrayList<>();
    final List<Component> seriesDims = new ArrayList<>();
    final List<Component> observationDims = new ArrayList<>();
    final List<Component> datasetAttrs = new ArrayList<>();
    final List<Component> seriesAttrs = new ArrayList<>();
    final List<Component> observationAttrs = new ArrayList<>();
    final List<Component> groupAttrs = new ArrayList<>();
    /** Every dimension in key order, for dimension-group keys. */
    final List<Component> allDims = new ArrayList<>();
    int measures = 1;
    int time = -1;
    @Nullable String name;
  }

  /** The reading of one message. */
  private final class Message {
    final JsonNode root;
    long observations;

    Message(JsonNode root) {
      this.root = root;
    }

    SdmxMessage read() {
      if (!root.isObject()) {
        throw fail(Problem.WRONG_TYPE, "", "an SDMX-JSON message is an object");
      }
      String version;
      String base;
      JsonNode head;
      JsonNode dataSets;
      List<Structure> structures = new ArrayList<>();
      JsonNode data = root.get("data");
      if (data != null && !data.isNull()) {
        version = "2";
        base = "/data";
        requireObject(data, "/data");
        head = root.get("meta");
        dataSets = data.get("dataSets");
        JsonNode many = data.get("structures");
        JsonNode one = data.get("structure");
        if (many != null && many.isArray()) {
          for (int i = 0; i < many.size(); i++) {
            structures.add(structure(many.get(i), "/data/structures/" + i));
          }
        } else if (one != null && one.isObject()) {
          structures.add(structure(one, "/data/structure"));
        } else {
          throw fail(Problem.WRONG_TYPE, "/data/structures",
              "a message of SDMX-JSON 2 holds its structures in data.structures");
        }
      } else if (root.has("structure")) {
        version = "1.0";
        base = "";
        head = root.get("header");
        dataSets = root.get("dataSets");
        structures.add(structure(root.get("structure"), "/structure"));
      } else {
        throw fail(Problem.WRONG_TYPE, "", "an SDMX-JSON data message has 'data' (2.x) or "
            + "'structure' and 'dataSets' (1.0)");
      }
      if (dataSets == null || !dataSets.isArray()) {
        throw fail(Problem.WRONG_TYPE, base + "/dataSets", "'dataSets' is an array");
      }
      List<SdmxSeries> series = new ArrayList<>();
      for (int i = 0; i < dataSets.size(); i++) {
        String pointer = base + "/dataSets/" + i;
        JsonNode ds = dataSets.get(i);
        requireObject(ds, pointer);
        int index = 0;
        JsonNode s = ds.get("structure");
        if (s != null && !s.isNull()) {
          if (!s.isIntegralNumber() || !s.canConvertToInt() || s.intValue() < 0
              || s.intValue() >= structures.size()) {
            throw fail(Problem.INVALID_VALUE, pointer + "/structure",
                "'structure' is the index of one of the " + structures.size() + " structures");
          }
          index = s.intValue();
        }
        dataset(ds, pointer, structures.get(index), series);
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
      Optional<String> name = structures.isEmpty() ? Optional.empty()
          : Optional.ofNullable(structures.get(0).name);
      return new SdmxMessage(version, id, sender, prepared, name, series);
    }

    private Structure structure(@Nullable JsonNode given, String pointer) {
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
        Component c = st.observationDims.get(i);
        if (c.id.equals(timeDimension)) {
          st.time = i;
        }
      }
      if (st.time < 0) {
        throw fail(Problem.UNSUPPORTED, pointer + "/dimensions/observation", "no observation-level "
            + "dimension is " + timeDimension + ": migov reads time series, whose observations "
            + "are at the periods of a time dimension (name it with timePeriodDimension(...))");
      }
      st.allDims.addAll(st.datasetDims);
      st.allDims.addAll(st.seriesDims);
      st.allDims.addAll(st.observationDims);
      // dimension-group keys list the dimensions as the structure does (dataset, series, then
      // observation level), not by keyPosition: so the official sample agri.json reads
      return st;
    }

    private void components(JsonNode parent, String level, String pointer, List<Component> out) {
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
        JsonNode kp = c.get("keyPosition");
        int keyPosition = kp != null && kp.isIntegralNumber() && kp.canConvertToInt()
            ? kp.intValue() : -1;
        List<JsonNode> values = new ArrayList<>();
        JsonNode vs = c.get("values");
        if (vs != null && vs.isArray()) {
          vs.forEach(values::add);
        }
        List<String> groupDims = new ArrayList<>();
        JsonNode rel = c.get("relationship");
        if (rel != null && rel.isObject() && rel.get("dimensions") != null
            && rel.get("dimensions").isArray()) {
          rel.get("dimensions").forEach(d -> groupDims.add(d.asString()));
        }
        out.add(new Component(idNode.stringValue(), keyPosition, values, at, groupDims));
      }
    }

    private void dataset(JsonNode ds, String pointer, Structure st, List<SdmxSeries> out) {
      JsonNode action = ds.get("action");
      if (action != null && action.isString() && action.stringValue().equals("Delete")) {
        throw fail(Problem.UNSUPPORTED, pointer + "/action", "a dataset whose action is Delete "
            + "lists observations to delete, not figures");
      }
      Map<String, String> key = new LinkedHashMap<>();
      for (Component c : st.datasetDims) {
        if (c.values.size() != 1) {
          throw fail(Problem.INVALID_VALUE, c.pointer + "/values",
              "a dataset-level dimension has one value, not " + c.values.size());
        }
        key.put(c.id, valueId(c.values.get(0), c.pointer + "/values/0"));
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      slots(ds.get("attributes"), 0, st.datasetAttrs, pointer + "/attributes", attributes);
      Groups groups = new Groups(ds.get("dimensionGroupAttributes"),
          pointer + "/dimensionGroupAttributes", st);
      JsonNode series = ds.get("series");
      JsonNode flat = ds.get("observations");
      if (series != null && !series.isNull()) {
        requireObject(series, pointer + "/series");
        for (Map.Entry<String, JsonNode> e : series.properties()) {
          String at = pointer + "/series/" + escape(e.getKey());
          int[] indices = key(e.getKey(), st.seriesDims, at);
          Map<String, String> seriesKey = new LinkedHashMap<>(key);
          for (int i = 0; i < indices.length; i++) {
            Component c = st.seriesDims.get(i);
            seriesKey.put(c.id, valueId(c.values.get(indices[i]), c.pointer + "/values/"
                + indices[i]));
          }
          JsonNode s = e.getValue();
          requireObject(s, at);
          Map<String, String> seriesAttrs = new LinkedHashMap<>(attributes);
          slots(s.get("attributes"), 0, st.seriesAttrs, at + "/attributes", seriesAttrs);
          Map<String, Integer> fixed = new HashMap<>();
          for (int i = 0; i < indices.length; i++) {
            fixed.put(st.seriesDims.get(i).id, indices[i]);
          }
          groups.apply(fixed, seriesAttrs, true);
          List<SdmxObservation> obs = new ArrayList<>();
          JsonNode os = s.get("observations");
          if (os != null && !os.isNull()) {
            requireObject(os, at + "/observations");
            for (Map.Entry<String, JsonNode> o : os.properties()) {
              String oat = at + "/observations/" + escape(o.getKey());
              int[] oi = key(o.getKey(), st.observationDims, oat);
              if (oi.length != 1) {
                throw fail(Problem.UNSUPPORTED, oat, "a series layout with observation-level "
                    + "dimensions other than time");
              }
              Map<String, Integer> all = new HashMap<>(fixed);
              all.put(timeDimension, oi[0]);
              obs.add(observation(o.getValue(), oat, st, oi[0], groups, all));
            }
          }
          out.add(new SdmxSeries(at, seriesKey, seriesAttrs, obs));
        }
      } else if (flat != null && !flat.isNull()) {
        requireObject(flat, pointer + "/observations");
        Map<List<Integer>, List<SdmxObservation>> bySeries = new LinkedHashMap<>();
        Map<List<Integer>, Map<String, String>> seriesAttrs = new HashMap<>();
        for (Map.Entry<String, JsonNode> o : flat.properties()) {
          String oat = pointer + "/observations/" + escape(o.getKey());
          int[] oi = key(o.getKey(), st.observationDims, oat);
          List<Integer> seriesKey = new ArrayList<>();
          Map<String, Integer> all = new HashMap<>();
          for (int i = 0; i < oi.length; i++) {
            all.put(st.observationDims.get(i).id, oi[i]);
            if (i != st.time) {
              seriesKey.add(oi[i]);
            }
          }
          bySeries.computeIfAbsent(seriesKey, k -> new ArrayList<>())
              .add(observation(o.getValue(), oat, st, oi[st.time], groups, all));
          seriesAttrs.computeIfAbsent(seriesKey, k -> {
            Map<String, String> a = new LinkedHashMap<>(attributes);
            Map<String, Integer> fixed = new HashMap<>(all);
            fixed.remove(timeDimension);
            groups.apply(fixed, a, true);
            return a;
          });
        }
        for (Map.Entry<List<Integer>, List<SdmxObservation>> e : bySeries.entrySet()) {
          Map<String, String> seriesKey = new LinkedHashMap<>(key);
          int j = 0;
          for (int i = 0; i < st.observationDims.size(); i++) {
            if (i != st.time) {
              Component c = st.observationDims.get(i);
              int v = e.getKey().get(j++);
              seriesKey.put(c.id, valueId(c.values.get(v), c.pointer + "/values/" + v));
            }
          }
          out.add(new SdmxSeries(pointer, seriesKey,
              Objects.requireNonNull(seriesAttrs.get(e.getKey())), e.getValue()));
        }
      }
    }

    private SdmxObservation observation(JsonNode o, String pointer, Structure st, int time,
        Groups groups, Map<String, Integer> all) {
      if (++observations > maxObservations) {
        throw fail(Problem.LIMIT_EXCEEDED, pointer, "more than " + maxObservations
            + " observations");
      }
      if (!o.isArray()) {
        throw fail(Problem.WRONG_TYPE, pointer, "an observation is an array of its measures and "
            + "attributes");
      }
      Component t = st.observationDims.get(st.time);
      String period = valueId(t.values.get(time), t.pointer + "/values/" + time);
      Optional<BigDecimal> value = Optional.empty();
      if (o.size() > 0 && st.measures > 0) {
        value = value(o.get(0), pointer + "/0");
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      slots(o, st.measures, st.observationAttrs, pointer, attrs);
      groups.apply(all, attrs, false);
      return new SdmxObservation(pointer, period, value, attrs);
    }

    private Optional<BigDecimal> value(JsonNode v, String pointer) {
      BigDecimal d;
      if (v.isNull()) {
        return Optional.empty();
      } else if (v.isNumber()) {
        if (!v.isBigDecimal() && !v.isIntegralNumber()) {
          throw fail(Problem.INVALID_VALUE, pointer, "the value is not a decimal number");
        }
        d = v.decimalValue();
      } else if (v.isString()) {
        String s = v.stringValue();
        if (s.equals("NaN")) {
          return Optional.empty();
        }
        if (!s.matches("-?[0-9]{1,100}(\\.[0-9]{1,100})?([eE][-+]?[0-9]{1,9})?")) {
          throw fail(Problem.INVALID_VALUE, pointer, "'" + abbreviate(s)
              + "' is not a decimal number");
        }
        try {
          d = new BigDecimal(s);
        } catch (NumberFormatException e) {
          throw fail(Problem.INVALID_VALUE, pointer, "'" + abbreviate(s)
              + "' is not a decimal number");
        }
      } else {
        throw fail(Problem.WRONG_TYPE, pointer, "a value is a number, a string or null, not "
            + v.getNodeType());
      }
      // the scale, as the model measures a decimal's exponent: what the model holds is read
      if (Math.abs((long) d.scale()) > maxExponent) {
        throw fail(Problem.LIMIT_EXCEEDED, pointer,
            "the number's exponent is beyond " + maxExponent + " either way");
      }
      return Optional.of(d);
    }

    /** Reads attribute slots {@code from..} of an array into {@code out}. */
    private void slots(@Nullable JsonNode array, int from, List<Component> components,
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

    private @Nullable String attribute(JsonNode slot, Component c, String pointer) {
      if (slot.isNull()) {
        return null;
      }
      if (!c.values.isEmpty()) {
        if (!slot.isIntegralNumber() || !slot.canConvertToInt() || slot.intValue() < 0
            || slot.intValue() >= c.values.size()) {
          throw fail(Problem.INVALID_VALUE, pointer, "attribute " + c.id + " takes the index of "
              + "one of its " + c.values.size() + " values, not " + abbreviate(slot.toString()));
        }
        return valueId(c.values.get(slot.intValue()), c.pointer + "/values/" + slot.intValue());
      }
      return literal(slot);
    }

    private String literal(JsonNode v) {
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
    private String valueId(JsonNode v, String pointer) {
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

    private int[] key(String key, List<Component> dims, String pointer) {
      String[] parts = key.split(":", -1);
      if (parts.length != dims.size() || key.length() > 10 * dims.size() + 10) {
        throw fail(Problem.INVALID_VALUE, pointer, "the key '" + abbreviate(key) + "' does not "
            + "have one index for each of the " + dims.size() + " dimensions");
      }
      int[] out = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i];
        if (p.isEmpty() || p.length() > 9 || !p.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
          throw fail(Problem.INVALID_VALUE, pointer, "the key '" + abbreviate(key)
              + "' holds '" + abbreviate(p) + "', not an index");
        }
        out[i] = Integer.parseInt(p);
        if (out[i] >= dims.get(i).values.size()) {
          throw fail(Problem.INVALID_VALUE, pointer, "the key '" + abbreviate(key) + "' names "
              + "value " + out[i] + " of " + dims.get(i).id + ", which has "
              + dims.get(i).values.size());
        }
      }
      return out;
    }

    /** The dimension-group attributes of a dataset, keyed by partial keys over every dimension. */
    private final class Groups {
      /**
       * The attributes of the partial keys, grouped by the dimensions a key fixes (its mask, in
       * order of first appearance): for each mask, the attributes by the fixed indices joined by
       * ':'. A series or an observation looks up each mask once, so matching costs at most
       * {@value #MAX_GROUP_PATTERNS} look-ups, however many keys the message has.
       */
      final Map<List<String>, Map<String, Map<String, String>>> byMask = new LinkedHashMap<>();

      Groups(@Nullable JsonNode node, String pointer, Structure st) {
        if (node == null || node.isNull()) {
          return;
        }
        requireObject(node, pointer);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          String at = pointer + "/" + escape(e.getKey());
          String[] parts = e.getKey().split(":", -1);
          if (parts.length != st.allDims.size()) {
            throw fail(Problem.INVALID_VALUE, at, "the key '" + abbreviate(e.getKey())
                + "' does not have one place for each of the " + st.allDims.size()
                + " dimensions");
          }
          java.util.TreeMap<String, Integer> pattern = new java.util.TreeMap<>();
          for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
              Component c = st.allDims.get(i);
              if (parts[i].length() > 9 || !parts[i].chars().allMatch(ch -> ch >= '0'
                  && ch <= '9') || Integer.parseInt(parts[i]) >= c.values.size()) {
                throw fail(Problem.INVALID_VALUE, at, "the key '" + abbreviate(e.getKey())
                    + "' holds '" + abbreviate(parts[i]) + "', not an index of " + c.id);
              }
              pattern.put(c.id, Integer.parseInt(parts[i]));
            }
          }
          Map<String, String> attrs = new LinkedHashMap<>();
          slots(e.getValue(), 0, st.groupAttrs, at, attrs);
          // dataset-level dimensions have one value: the key matches them whatever it holds
          for (Component c : st.datasetDims) {
            pattern.remove(c.id);
          }
          List<String> mask = List.copyOf(pattern.keySet());
          if (!byMask.containsKey(mask) && byMask.size() >= MAX_GROUP_PATTERNS) {
            throw fail(Problem.LIMIT_EXCEEDED, at, "dimension-group keys fix more than "
                + MAX_GROUP_PATTERNS + " different sets of dimensions");
          }
          byMask.computeIfAbsent(mask, k -> new HashMap<>())
              .merge(join(pattern.values()), attrs, (x, y) -> {
                Map<String, String> both = new LinkedHashMap<>(x);
                both.putAll(y);
                return both;
              });
        }
      }

      private static String join(java.util.Collection<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (Integer i : indices) {
          b.append(i).append(':');
        }
        return b.toString();
      }

      /**
       * Adds the attributes of the keys that {@code fixed} matches: for a series (time not fixed),
       * those whose key leaves time open; for an observation, those that fix time.
       */
      void apply(Map<String, Integer> fixed, Map<String, String> out, boolean series) {
        for (Map.Entry<List<String>, Map<String, Map<String, String>>> e : byMask.entrySet()) {
          List<String> mask = e.getKey();
          if (mask.contains(timeDimension) == series) {
            continue;
          }
          StringBuilder key = new StringBuilder();
          boolean all = true;
          for (String id : mask) {
            Integer v = fixed.get(id);
            if (v == null) {
              all = false;
              break;
            }
            key.append(v).append(':');
          }
          Map<String, String> attrs = all ? e.getValue().get(key.toString()) : null;
          if (attrs != null) {
            out.putAll(attrs);
          }
        }
      }
    }
  }

  private static JsonNode requireObject(@Nullable JsonNode node, String pointer) {
    if (node == null || !node.isObject()) {
      throw fail(Problem.WRONG_TYPE, pointer, "an object is required here, not "
          + (node == null ? "nothing" : node.getNodeType()));
    }
    return node;
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

  // ---------------------------------------------------------------------------------------------
  // remittance series

  /**
   * {@return the remittance series of a message, one for each of its series}
   *
   * @param message the UTF-8 bytes of the message
   * @throws SdmxException whatever is wrong with the message or cannot become a series
   */
  public List<RemittanceSeries> readRemittanceSeries(byte[] message) {
    return toRemittanceSeries(read(message));
  }

  /**
   * {@return the remittance series of a message file, one for each of its series}
   *
   * @param file the file
   * @throws SdmxException whatever is wrong with the message or cannot become a series, or if
   *     reading fails
   */
  public List<RemittanceSeries> readRemittanceSeries(Path file) {
    return toRemittanceSeries(read(file));
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
    String at = series.pointer();
    if (measure == null || direction == null) {
      throw fail(Problem.UNSUPPORTED, at, "SDMX does not say what a series measures: give the "
          + "measure and direction with SdmxReader.builder().measure(...).direction(...)");
    }
    String area = series.key().get(refArea);
    if (area == null) {
      area = series.attributes().get(refArea);
    }
    if (area == null) {
      throw fail(Problem.UNSUPPORTED, at, "the series has no " + refArea + ": name the dimension "
          + "of the reporting country with refAreaDimension(...)");
    }
    CountryCode reporter = country(area, refArea, at);
    String other = series.key().get(counterpartArea);
    CountryCode counterpart = other == null || isWorld(other) ? null
        : country(other, counterpartArea, at);
    Map<String, String> a = series.attributes();
    Month start = yearStart(a.get("REPORTING_YEAR_START_DAY"), at);
    int multiplier = multiplier(a.get("UNIT_MULT"), at);
    Currency cur = currency != null ? currency : currency(series, at);
    RemittanceSeries.Builder b = RemittanceSeries.builder()
        .reporter(reporter).counterpart(counterpart).direction(direction).measure(measure)
        .currency(cur).unitMultiplier(multiplier);
    if (indicatorDimension != null && series.key().get(indicatorDimension) != null) {
      b.indicator(series.key().get(indicatorDimension));
    }
    String title = a.get("TITLE");
    if (title != null && !title.isBlank()) {
      b.title(title.strip());
    }
    String slug = ("sdmx-" + String.join("-", series.key().values())).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
    if (slug.length() > 100) {
      slug = slug.substring(0, 100).replaceAll("-+$", "");
    }
    java.util.Set<Period.Kind> kinds = java.util.EnumSet.noneOf(Period.Kind.class);
    for (SdmxObservation o : series.observations()) {
      Month obsStart = o.attributes().containsKey("REPORTING_YEAR_START_DAY")
          ? yearStart(o.attributes().get("REPORTING_YEAR_START_DAY"), o.pointer()) : start;
      Period p = period(o.timePeriod(), obsStart, o.pointer());
      if (o.attributes().containsKey("UNIT_MULT")
          && multiplier(o.attributes().get("UNIT_MULT"), o.pointer()) != multiplier) {
        throw fail(Problem.UNSUPPORTED, o.pointer(), "UNIT_MULT " + o.attributes().get("UNIT_MULT")
            + " of an observation differs from the series' " + multiplier
            + ": a series has one unit multiplier");
      }
      if (o.value().isEmpty()) {
        continue;
      }
      kinds.add(p.kind());
      b.addObservations(p, o.value().get(), status(o.attributes().get("OBS_STATUS"), o.pointer()),
          Qualifier.EXACT);
    }
    b.frequency(frequency(kinds, start, series.key().get(frequencyDimension), series));
    Source.Builder source = Source.builder().title(message.name()
        .map(n -> "SDMX: " + n).orElse("SDMX data message" + message.id().map(i -> " " + i)
            .orElse("")));
    message.sender().ifPresent(source::publisher);
    message.prepared().filter(p -> p.length() >= 10).ifPresent(p -> {
      try {
        source.published(PartialDate.parse(p.substring(0, 10)));
      } catch (ValidationException e) {
        // a preparation time that is no date is not a publication date: the source goes without
      }
    });
    try {
      return b.id(SeriesId.of(slug)).addSources(source.build()).build();
    } catch (ValidationException e) {
      throw new SdmxException(Problem.MODEL_VIOLATION, at, -1, -1,
          "the series breaks rules of the model: " + e.getMessage(), e);
    }
  }

  private Frequency frequency(java.util.Set<Period.Kind> kinds, Month start,
      @Nullable String freq, SdmxSeries series) {
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
          if (series.observations().stream().allMatch(o -> !o.attributes()
              .containsKey("REPORTING_YEAR_START_DAY"))) {
            return Frequency.fiscalYear(start);
          }
          return Frequency.IRREGULAR;
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

  private static Currency currency(SdmxSeries s, String at) {
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
      for (Currency c : Currency.getAvailableCurrencies()) {
        if (c.getCurrencyCode().equals(code)) {
          return c;
        }
      }
    }
    throw fail(Problem.UNSUPPORTED, at, from + " '" + abbreviate(code) + "' is no ISO 4217 "
        + "currency: give the currency with SdmxReader.builder().currency(...)");
  }

  private static int multiplier(@Nullable String text, String at) {
    if (text == null) {
      return 0;
    }
    if (text.matches("-?[0-9]{1,3}")) {
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
    for (ObservationStatus s : ObservationStatus.values()) {
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
    if (!duration.matches("P([0-9]{1,4}Y)?([0-9]{1,5}M)?") || duration.equals("P")) {
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
    private long maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxExponent = DEFAULT_MAX_EXPONENT;
    private long maxObservations = DEFAULT_MAX_OBSERVATIONS;
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
      this.maxMessageBytes = positive(bytes, "maxMessageBytes");
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
      if (depth < 8) {
        throw new IllegalArgumentException("maxDepth is " + depth + " but must be at least 8");
      }
      this.maxDepth = depth;
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
      this.maxStringLength = (int) positive(length, "maxStringLength");
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
      this.maxNumberLength = (int) positive(length, "maxNumberLength");
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
      this.maxExponent = (int) positive(exponent, "maxExponent");
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
      this.maxObservations = positive(count, "maxObservations");
      return this;
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " is " + value + " but must be at least 1");
      }
      return value;
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
