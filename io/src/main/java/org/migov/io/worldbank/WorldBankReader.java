package org.migov.io.worldbank;

import static org.migov.io.internal.Tokens.abbreviate;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.migov.io.internal.ReadLimits;
import org.migov.io.internal.Tokens;
import org.migov.io.worldbank.WorldBankException.Problem;
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
 * Reads responses of the World Bank Indicators API v2 ({@code
 * https://api.worldbank.org/v2/country/{codes}/indicator/{ids}?format=json}) into {@link
 * RemittanceSeries}.
 *
 * <pre>{@code
 * WorldBankResult r = WorldBankReader.defaults()
 *     .read(Path.of("page1.json"), Path.of("page2.json"));
 * for (RemittanceSeries s : r.series()) { ... }
 * }</pre>
 *
 * <p>A response is a two-element array: the paging object ({@code page}, {@code pages}, {@code
 * per_page}, {@code total}, {@code sourceid}, {@code sourcename}, {@code lastupdated}), then the
 * observations, newest first. The pages of one query, given together, combine: there is one series
 * per country and indicator, its observations in period order. Pages must agree: the same {@code
 * pages}, {@code per_page}, {@code total} and {@code lastupdated}, each page number once, one name
 * per country and per indicator, and never two different figures of one country, indicator and
 * period (the same figure twice is read once). Otherwise {@link Problem#PAGES_DISAGREE}.
 *
 * <p>How each property of an observation is read:
 *
 * <table>
 *   <caption>Properties of an observation and where they go</caption>
 *   <tr><th>property</th><th>becomes</th></tr>
 *   <tr><td>{@code countryiso3code}</td><td>the reporter; a code that is not an ISO 3166-1
 *       country (a region or income group such as {@code WLD}, {@code EAS}, {@code LMC}, or an
 *       empty code) marks an aggregate, which is skipped and listed in {@link
 *       WorldBankResult#aggregates()}</td></tr>
 *   <tr><td>{@code indicator.id}</td><td>the series' indicator, and through its {@link
 *       IndicatorMeaning} the measure, direction, currency and unit multiplier</td></tr>
 *   <tr><td>{@code date}</td><td>the period: {@code 2023} a year, {@code 2023Q1} a quarter,
 *       {@code 2023M01} a month; the series' frequency follows (irregular if one series mixes
 *       them)</td></tr>
 *   <tr><td>{@code value}</td><td>the exact decimal value (a number, or a string as older
 *       responses give it); {@code null} is a missing figure, not zero: no observation is made
 *       and the period is listed in {@link WorldBankResult#missing()}</td></tr>
 *   <tr><td>{@code obs_status}</td><td>the status: empty is normal, otherwise an SDMX
 *       CL_OBS_STATUS code ({@code F} forecast, {@code E} estimated, …)</td></tr>
 *   <tr><td>{@code sourcename}, {@code lastupdated}</td><td>the series' source: publisher
 *       World Bank, title the database and the indicator's name, published the update date, URL
 *       the indicator's page</td></tr>
 *   <tr><td>{@code indicator.value}, {@code country.value}</td><td>the series' title</td></tr>
 *   <tr><td>{@code footnote}, {@code unit}, {@code scale}</td><td>when not empty, kept in
 *       {@link WorldBankResult#notes()}</td></tr>
 *   <tr><td>{@code decimal}</td><td>not kept: the number of decimals the World Bank displays,
 *       which the exact value makes redundant</td></tr>
 * </table>
 *
 * <p>Indicators: the reader knows {@code BX.TRF.PWKR.CD.DT} (personal remittances, received,
 * current US$), {@code BM.TRF.PWKR.CD.DT} (personal remittances, paid, current US$), {@code
 * BX.TRF.PWKR.CD} (personal transfers, receipts, current US$), {@code BM.TRF.PWKR.CD} (workers'
 * remittances, payments, current US$) and {@code BX.TRF.MGR.CD} / {@code BM.TRF.MGR.CD} (migrant
 * remittance inflows / outflows, current US$, read as {@link RemittanceMeasure#OTHER}: the
 * catalogue does not say what they comprise). It refuses by name {@code BX.TRF.PWKR.DT.GD.ZS},
 * {@code BX.TRF.PWKR.GD.ZS} and {@code BX.TRF.MGR.DT.GD.ZS} (percentages of GDP: a series holds
 * amounts in a currency) and {@code BN.TRF.PWKR.CD} (a net balance: a series flows one way). The
 * World Bank publishes no separate indicator of compensation of employees: it is part of personal
 * remittances. Any other indicator is read only with a meaning given through {@link
 * Builder#indicator(String, IndicatorMeaning)}, and refused with {@link Problem#UNKNOWN_INDICATOR}
 * otherwise. Series ids are {@code wb-}, the country code and the indicator, in lower case with
 * hyphens ({@code wb-pak-bx-trf-pwkr-cd-dt}).
 *
 * <p>Limits on untrusted input, each configurable through {@link #builder()}:
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>size of a page</td><td>{@value #DEFAULT_MAX_PAGE_BYTES} bytes (64 MiB)</td></tr>
 *   <tr><td>nesting depth</td><td>{@value #DEFAULT_MAX_DEPTH}</td></tr>
 *   <tr><td>string length</td><td>{@value #DEFAULT_MAX_STRING_LENGTH} characters</td></tr>
 *   <tr><td>number length</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH} characters</td></tr>
 *   <tr><td>number exponent (decimal scale)</td><td>{@value #DEFAULT_MAX_EXPONENT} either
 *       way</td></tr>
 *   <tr><td>observations, all pages together</td><td>{@value #DEFAULT_MAX_OBSERVATIONS}</td></tr>
 * </table>
 *
 * <p>Pages are read as a stream, one observation at a time; memory grows with the observations
 * kept (about 60 bytes each while reading, then about 14 in the series), not with the size of
 * the text: a page of a million observations reads in a heap of 256 MiB. Duplicate properties
 * are errors; unknown properties are ignored (the API adds some to some rows). Every failure is a
 * {@link WorldBankException}. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorldBankReader {
  /** The default limit on the size of one page, in bytes. */
  public static final long DEFAULT_MAX_PAGE_BYTES = 64L * 1024 * 1024;
  /** The default limit on nesting depth. */
  public static final int DEFAULT_MAX_DEPTH = 32;
  /** The default limit on the length of a string, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** The default limit on the length of a number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** The default limit on the magnitude of a number's exponent (its decimal scale). */
  public static final int DEFAULT_MAX_EXPONENT = 100;
  /** The default limit on the number of observations of all pages together. */
  public static final long DEFAULT_MAX_OBSERVATIONS = 10_000_000L;

  /**
   * The remittance indicators whose meaning the reader knows, with the names the World Bank gives
   * them (as listed by the API's indicator catalogue).
   */
  private static final Map<String, IndicatorMeaning> KNOWN = Map.of(
      // Personal remittances, received (current US$)
      "BX.TRF.PWKR.CD.DT",
      IndicatorMeaning.usDollars(RemittanceMeasure.PERSONAL_REMITTANCES, FlowDirection.INFLOW),
      // Personal remittances, paid (current US$)
      "BM.TRF.PWKR.CD.DT",
      IndicatorMeaning.usDollars(RemittanceMeasure.PERSONAL_REMITTANCES, FlowDirection.OUTFLOW),
      // Personal transfers, receipts (BoP, current US$)
      "BX.TRF.PWKR.CD",
      IndicatorMeaning.usDollars(RemittanceMeasure.PERSONAL_TRANSFERS, FlowDirection.INFLOW),
      // Workers' remittances, payments (BoP, current US$)
      "BM.TRF.PWKR.CD",
      IndicatorMeaning.usDollars(RemittanceMeasure.WORKERS_REMITTANCES, FlowDirection.OUTFLOW),
      // Migrant remittance inflows (current US$): the catalogue defines no components
      "BX.TRF.MGR.CD",
      IndicatorMeaning.usDollars(RemittanceMeasure.OTHER, FlowDirection.INFLOW),
      // Migrant remittance outflows (current US$)
      "BM.TRF.MGR.CD",
      IndicatorMeaning.usDollars(RemittanceMeasure.OTHER, FlowDirection.OUTFLOW));

  /** Indicators the reader knows to be remittances that a series cannot hold, and why. */
  private static final Map<String, String> REFUSED = Map.of(
      "BX.TRF.PWKR.DT.GD.ZS", "personal remittances, received, as a percentage of GDP: a series "
          + "holds amounts in a currency, not percentages",
      "BX.TRF.PWKR.GD.ZS", "workers' remittances, receipts, as a percentage of GDP: a series "
          + "holds amounts in a currency, not percentages",
      "BX.TRF.MGR.DT.GD.ZS", "migrant remittance inflows as a percentage of GDP: a series holds "
          + "amounts in a currency, not percentages",
      "BN.TRF.PWKR.CD", "workers' remittances, net (receipts less payments): a series holds a "
          + "flow in one direction, inflow or outflow, not a balance");

  private static final WorldBankReader DEFAULTS = builder().build();
  /** What a series id, made of the country and the indicator, replaces by a hyphen. */
  private static final Pattern NOT_IN_ID = Pattern.compile("[^a-z0-9]+");
  /** An indicator id that names its page on data.worldbank.org. */
  private static final Pattern INDICATOR_IN_URL = Pattern.compile("[A-Za-z0-9._]{1,100}");

  private final Map<String, IndicatorMeaning> meanings;
  private final long maxObservations;
  private final int maxExponent;
  private final JsonMapper mapper;

  private WorldBankReader(Builder b) {
    this.meanings = Map.copyOf(b.meanings);
    this.maxObservations = b.limits.maxObservations();
    this.maxExponent = b.limits.maxExponent();
    this.mapper = b.limits.mapper();
  }

  /** {@return a reader with the default limits, knowing only the built-in indicators} */
  public static WorldBankReader defaults() {
    return DEFAULTS;
  }

  /** {@return a builder of readers, with the default limits and only the built-in indicators} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the series of the pages of one response, read together}
   *
   * @param pages the files of the pages, in any order
   * @throws WorldBankException whatever is wrong with a page or between pages, or if reading fails
   */
  public WorldBankResult read(Path... pages) {
    Collector c = new Collector();
    for (int i = 0; i < pages.length; i++) {
      try (InputStream in = Files.newInputStream(pages[i])) {
        c.page(m -> m.createParser(in), i + 1);
      } catch (IOException e) {
        throw new WorldBankException(Problem.IO_ERROR, i + 1, "", -1, -1,
            "reading failed: " + e.getMessage(), e);
      }
    }
    return c.result();
  }

  /**
   * {@return the series of the pages of one response, read together} The streams are read to
   * their end and not closed.
   *
   * @param pages the pages, in any order
   * @throws WorldBankException whatever is wrong with a page or between pages, or if reading fails
   */
  public WorldBankResult read(List<? extends InputStream> pages) {
    Collector c = new Collector();
    for (int i = 0; i < pages.size(); i++) {
      InputStream in = pages.get(i);
      c.page(m -> m.createParser(in), i + 1);
    }
    return c.result();
  }

  /**
   * {@return the series of the pages of one response, each page its UTF-8 bytes}
   *
   * @param pages the pages, in any order
   * @throws WorldBankException whatever is wrong with a page or between pages
   */
  public WorldBankResult read(byte[]... pages) {
    Collector c = new Collector();
    for (int i = 0; i < pages.length; i++) {
      byte[] page = pages[i];
      c.page(m -> Tokens.open(page, m::createParser, m::createParser), i + 1);
    }
    return c.result();
  }

  /** The paging object of a page, as far as pages must agree on it. */
  private record Paging(long pages, long perPage, long total, String lastUpdated) {}

  /** One series being read. */
  private static final class Pending {
    final String reporter;
    final String countryName;
    final String indicator;
    final String indicatorName;
    final IndicatorMeaning meaning;
    final Figures figures = new Figures();
    final Set<Period.Kind> kinds = EnumSet.noneOf(Period.Kind.class);

    Pending(String reporter, String countryName, String indicator, String indicatorName,
        IndicatorMeaning meaning) {
      this.reporter = reporter;
      this.countryName = countryName;
      this.indicator = indicator;
      this.indicatorName = indicatorName;
      this.meaning = meaning;
    }
  }

  /**
   * The figures of one series as read, in columns (about 60 bytes a figure), with where each was
   * read, to name both places when pages disagree.
   */
  @SuppressWarnings("EnumOrdinal") // ordinals index in-memory columns only, never stored
  private static final class Figures {
    private static final Period.Kind[] KINDS = Period.Kind.values();
    int size;
    /** The code of each figure's period ({@link #code}) times 2^32 plus its place in reading. */
    long[] keys = new long[16];
    BigDecimal[] values = new BigDecimal[16];
    byte[] statuses = new byte[16];
    int[] pages = new int[16];
    int[] rows = new int[16];
    int[] lines = new int[16];
    int[] columns = new int[16];

    void add(Period period, BigDecimal value, ObservationStatus status, int page, int row,
        TokenStreamLocation at) {
      if (size == keys.length) {
        int n = size * 2;
        keys = Arrays.copyOf(keys, n);
        values = Arrays.copyOf(values, n);
        statuses = Arrays.copyOf(statuses, n);
        pages = Arrays.copyOf(pages, n);
        rows = Arrays.copyOf(rows, n);
        lines = Arrays.copyOf(lines, n);
        columns = Arrays.copyOf(columns, n);
      }
      keys[size] = ((long) code(period) << 32) | size;
      values[size] = value;
      statuses[size] = (byte) status.ordinal();
      pages[size] = page;
      rows[size] = row;
      lines[size] = at.getLineNr();
      columns[size] = at.getColumnNr();
      size++;
    }

    /** A number for each period a World Bank date names: its kind and first month. */
    static int code(Period p) {
      int start = p.start().getYear() * 12 + p.start().getMonthValue() - 1;
      return p.kind().ordinal() * 200_000 + start;
    }

    static Period period(int code) {
      int start = code % 200_000;
      return switch (KINDS[code / 200_000]) {
        case YEAR -> Period.ofYear(start / 12);
        case QUARTER -> Period.ofQuarter(start / 12, start % 12 / 3 + 1);
        default -> Period.ofMonth(start / 12, start % 12 + 1);
      };
    }
  }

  /** Gathers the pages of one response. */
  private final class Collector {
    final Map<String, Pending> series = new LinkedHashMap<>();
    final Map<String, int[]> aggregateRows = new LinkedHashMap<>();
    final Map<String, WorldBankResult.Aggregate> aggregateNames = new LinkedHashMap<>();
    final List<WorldBankResult.Missing> missing = new ArrayList<>();
    final List<WorldBankResult.Note> notes = new ArrayList<>();
    final Map<Long, Integer> pageNumbers = new HashMap<>();
    @Nullable Paging paging;
    int pagingFrom;
    @Nullable String sourceName;
    @Nullable String lastUpdated;
    long observations;
    /** The series of the previous observation: a page gives a series' observations together. */
    @Nullable Pending last;
    /** The source of each indicator's series, by its id and name: the same for every country. */
    final Map<String, Source> sources = new HashMap<>();

    /**
     * Reads page {@code page} of the input.
     *
     * @param source opens the parser of the page, from bytes or a stream
     */
    void page(Function<JsonMapper, JsonParser> source, int page) {
      JsonParser p = null;
      try {
        p = source.apply(mapper);
        readPage(p, page);
      } catch (StreamConstraintsException e) {
        throw jackson(Problem.LIMIT_EXCEEDED, e, p, page);
      } catch (JacksonIOException e) {
        // bytes that are no text in the encoding detected (invalid UTF-32, for one) are
        // malformed input, not a failure to read it
        throw jackson(e.getCause() instanceof java.io.CharConversionException
            ? Problem.MALFORMED_JSON : Problem.IO_ERROR, e, p, page);
      } catch (JacksonException e) {
        String m = e.getOriginalMessage();
        throw jackson(m != null && m.startsWith("Duplicate") ? Problem.INVALID_VALUE
            : Problem.MALFORMED_JSON, e, p, page);
      } finally {
        if (p != null) {
          try {
            p.close();
          } catch (JacksonException e) {
            // closing a parser of an input read to its end does not fail; nothing to report
          }
        }
      }
    }

    private WorldBankException jackson(Problem problem, JacksonException e,
        @Nullable JsonParser p, int page) {
      String pointer = p == null ? "" : p.streamReadContext().pathAsPointer().toString();
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
          : p != null ? p.currentLocation() : TokenStreamLocation.NA;
      String m = e.getOriginalMessage();
      String detail = m == null ? e.getClass().getSimpleName() : Tokens.firstLine(m);
      return new WorldBankException(problem, page, pointer, at.getLineNr(), at.getColumnNr(),
          detail, e);
    }

    private void readPage(JsonParser p, int page) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new WorldBankException(Problem.EMPTY_INPUT, page, "", 1, 1,
            "the page holds no JSON", null);
      }
      if (t != JsonToken.START_ARRAY) {
        throw fail(Problem.WRONG_TYPE, page, "", p.currentTokenLocation(),
            "a response is an array of the paging object and the observations, not "
                + Tokens.describe(t));
      }
      t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw fail(Problem.WRONG_TYPE, page, "/0", p.currentTokenLocation(),
            "the first element of a response is the paging object (or the API's error), not "
                + Tokens.describe(t));
      }
      TokenStreamLocation headAt = p.currentTokenLocation();
      // read as a tree through a copy of its tokens, looked through for duplicates on the way
      TokenBuffer copy = TokenBuffer.forBuffering(p, p.objectReadContext());
      Tokens.skip(p, (q, name) -> Row.duplicate(q, page, name), copy);
      JsonNode head = mapper.readTree(copy.asParserOnFirstToken(p.objectReadContext()));
      if (head.has("message")) {
        throw apiError(head, page, headAt);
      }
      Paging paging = paging(head, page, headAt);
      t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        int i = 0;
        Row row = new Row(page);
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
          TokenStreamLocation at = p.currentTokenLocation();
          row.read(p, page);
          row(row, page, i, at);
          i++;
        }
        if (t != JsonToken.END_ARRAY) {
          throw fail(Problem.WRONG_TYPE, page, "/1/" + i, p.currentTokenLocation(),
              "an observation is an object, not " + Tokens.describe(t));
        }
        if (i > paging.perPage) {
          throw fail(Problem.PAGES_DISAGREE, page, "/1", headAt, "the page holds " + i
              + " observations but its paging object says per_page " + paging.perPage);
        }
      } else if (t != JsonToken.VALUE_NULL) {
        throw fail(Problem.WRONG_TYPE, page, "/1", p.currentTokenLocation(),
            "the second element of a response is the array of observations (or null), not "
                + Tokens.describe(t));
      }
      t = p.nextToken();
      if (t != JsonToken.END_ARRAY) {
        throw fail(Problem.WRONG_TYPE, page, "/2", p.currentTokenLocation(),
            "a response has two elements, the paging object and the observations");
      }
      if (p.nextToken() != null) {
        throw fail(Problem.TRAILING_CONTENT, page, "", p.currentTokenLocation(),
            "more content follows the response");
      }
    }

    private WorldBankException apiError(JsonNode head, int page, TokenStreamLocation at) {
      JsonNode messages = head.get("message");
      if (messages == null || !messages.isArray() || messages.isEmpty()
          || !messages.get(0).isObject()) {
        throw fail(Problem.WRONG_TYPE, page, "/0/message", at,
            "the API's error body holds an array of messages");
      }
      JsonNode m = messages.get(0);
      String id = text(m, "id", page, "/0/message/0", at, true);
      String key = text(m, "key", page, "/0/message/0", at, true);
      String value = text(m, "value", page, "/0/message/0", at, true);
      StringBuilder all = new StringBuilder("the API answered with an error: ")
          .append(id).append(' ').append(key).append(": ").append(value);
      for (int i = 1; i < messages.size(); i++) {
        JsonNode more = messages.get(i);
        if (more.isObject()) {
          all.append("; ").append(text(more, "id", page, "/0/message/" + i, at, true))
              .append(' ').append(text(more, "key", page, "/0/message/" + i, at, true))
              .append(": ").append(text(more, "value", page, "/0/message/" + i, at, true));
        }
      }
      return new WorldBankException(Problem.API_ERROR, page, "/0/message", at.getLineNr(),
          at.getColumnNr(), all.toString(), id, key, value, null);
    }

    private Paging paging(JsonNode head, int page, TokenStreamLocation at) {
      long number = count(head, "page", page, at);
      Paging here = new Paging(count(head, "pages", page, at), count(head, "per_page", page, at),
          count(head, "total", page, at), text(head, "lastupdated", page, "/0", at, true));
      if (number < 1 || (here.pages > 0 && number > here.pages)) {
        throw fail(Problem.INVALID_VALUE, page, "/0/page", at,
            "page " + number + " is not 1 to pages " + here.pages);
      }
      Integer before = pageNumbers.putIfAbsent(number, page);
      if (before != null) {
        throw fail(Problem.PAGES_DISAGREE, page, "/0/page", at,
            "page number " + number + " was also given as page " + before + " of the input");
      }
      if (paging == null) {
        paging = here;
        pagingFrom = page;
        String name = text(head, "sourcename", page, "/0", at, true);
        sourceName = name.isBlank() ? null : name;
        lastUpdated = here.lastUpdated.isEmpty() ? null : here.lastUpdated;
      } else if (!paging.equals(here)) {
        throw fail(Problem.PAGES_DISAGREE, page, "/0", at, "the paging object " + here
            + " disagrees with page " + pagingFrom + "'s " + paging
            + ": pages of one query have the same pages, per_page, total and lastupdated");
      }
      return here;
    }

    private long count(JsonNode o, String name, int page, TokenStreamLocation at) {
      JsonNode v = o.get(name);
      String pointer = "/0/" + name;
      if (v == null || v.isNull()) {
        throw fail(Problem.WRONG_TYPE, page, pointer, at, "the paging object lacks '" + name + "'");
      }
      if (v.isIntegralNumber() && v.canConvertToLong()) {
        long n = v.longValue();
        if (n >= 0) {
          return n;
        }
      } else if (v.isString()) {
        String s = v.stringValue();
        if (!s.isEmpty() && s.length() <= 18 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
          return Long.parseLong(s);
        }
      } else if (!v.isNumber()) {
        throw fail(Problem.WRONG_TYPE, page, pointer, at,
            "'" + name + "' is a count (a number or a string of digits), not " + v.getNodeType());
      }
      throw fail(Problem.INVALID_VALUE, page, pointer, at,
          "'" + name + "' is " + abbreviate(v.toString()) + ", not a count");
    }

    private void row(Row row, int page, int index, TokenStreamLocation at) {
      // the checks make the observation's pointer ("/1/" and its index) only when they fail
      if (++observations > maxObservations) {
        throw fail(Problem.LIMIT_EXCEEDED, page, "/1/" + index, at,
            "more than " + maxObservations + " observations");
      }
      row.object(Row.INDICATOR, page, index, at);
      String indicator = row.text(Row.INDICATOR_ID, page, index, at, false);
      String indicatorName = row.text(Row.INDICATOR_NAME, page, index, at, true);
      row.object(Row.COUNTRY, page, index, at);
      String countryId = row.text(Row.COUNTRY_ID, page, index, at, true);
      String countryName = row.text(Row.COUNTRY_NAME, page, index, at, true);
      String iso3 = row.text(Row.ISO3, page, index, at, true);
      Period period = row.date != null ? row.date
          : period(row.text(Row.DATE, page, index, at, false), page, index, at);
      JsonToken valueType = row.type(Row.VALUE);
      if (valueType == null) {
        throw fail(Problem.WRONG_TYPE, page, "/1/" + index, at, "the observation lacks 'value'");
      }
      BigDecimal value = valueType == JsonToken.VALUE_NULL ? null
          : value(valueType, row.values[Row.VALUE], page, index, at);
      ObservationStatus status = status(row.text(Row.STATUS, page, index, at, true), page,
          index, at);
      Pending s = last;
      // a page gives a series' observations together: most rows are of the previous row's series
      if (s == null || !s.reporter.equals(iso3) || !s.indicator.equals(indicator)) {
        if (!CountryCode.isKnown(iso3)) {
          String key = countryId + "\u0000" + iso3;
          aggregateRows.computeIfAbsent(key, k -> new int[1])[0]++;
          aggregateNames.putIfAbsent(key, new WorldBankResult.Aggregate(countryId, iso3,
              countryName, 0));
          return;
        }
        IndicatorMeaning meaning = meaning(indicator, indicatorName, page, index, at);
        s = series.get(iso3 + "\u0000" + indicator);
        if (s == null) {
          s = new Pending(iso3, countryName, indicator, indicatorName, meaning);
          series.put(iso3 + "\u0000" + indicator, s);
        }
        last = s;
      }
      if (!s.countryName.equals(countryName) || !s.indicatorName.equals(indicatorName)) {
        throw fail(Problem.PAGES_DISAGREE, page, "/1/" + index, at, "country " + iso3
            + " and indicator " + indicator + " are named '" + countryName + "' and '"
            + indicatorName + "' here but '" + s.countryName + "' and '" + s.indicatorName
            + "' before");
      }
      for (int slot : Row.NOTES) {
        JsonToken type = row.type(slot);
        if (type != null && type != JsonToken.VALUE_NULL) {
          String t = row.text(slot, page, index, at, true);
          if (!t.isEmpty()) {
            notes.add(new WorldBankResult.Note(iso3, indicator, period, Row.NAMES[slot], t));
          }
        }
      }
      if (value == null) {
        missing.add(new WorldBankResult.Missing(iso3, indicator, period));
        return;
      }
      s.figures.add(period, value, status, page, index, at);
      s.kinds.add(period.kind());
    }

    private IndicatorMeaning meaning(String indicator, String name, int page, int row,
        TokenStreamLocation at) {
      IndicatorMeaning m = meanings.get(indicator);
      if (m == null) {
        m = KNOWN.get(indicator);
      }
      if (m != null) {
        return m;
      }
      String refused = REFUSED.get(indicator);
      throw fail(Problem.UNKNOWN_INDICATOR, page, "/1/" + row + "/indicator/id", at,
          refused != null ? "indicator " + indicator + " is " + refused
              : "indicator " + abbreviate(indicator) + " (" + abbreviate(name) + ") is not a "
                  + "remittance indicator this reader knows; give its measure, direction, "
                  + "currency and unit multiplier with WorldBankReader.builder().indicator(id, "
                  + "meaning)");
    }

    WorldBankResult result() {
      List<RemittanceSeries> out = new ArrayList<>(series.size());
      for (Pending s : series.values()) {
        out.add(build(s));
      }
      List<WorldBankResult.Aggregate> aggregates = new ArrayList<>();
      for (Map.Entry<String, WorldBankResult.Aggregate> e : aggregateNames.entrySet()) {
        WorldBankResult.Aggregate a = e.getValue();
        aggregates.add(new WorldBankResult.Aggregate(a.id(), a.iso3Code(), a.name(),
            Objects.requireNonNull(aggregateRows.get(e.getKey()))[0]));
      }
      return new WorldBankResult(out, aggregates, missing, notes);
    }

    private RemittanceSeries build(Pending s) {
      Frequency frequency = s.kinds.size() != 1 ? Frequency.IRREGULAR
          : switch (s.kinds.iterator().next()) {
            case YEAR -> Frequency.ANNUAL;
            case QUARTER -> Frequency.QUARTERLY;
            default -> Frequency.MONTHLY;
          };
      String slug = NOT_IN_ID.matcher(("wb-" + s.reporter + "-" + s.indicator)
          .toLowerCase(Locale.ROOT)).replaceAll("-");
      slug = slug.endsWith("-") ? slug.substring(0, slug.length() - 1) : slug;
      try {
        RemittanceSeries.Builder b = RemittanceSeries.builder()
            .id(SeriesId.of(slug.length() <= 100 ? slug : slug.charAt(99) == '-'
                ? slug.substring(0, 99) : slug.substring(0, 100)))
            .reporter(CountryCode.of(s.reporter))
            .direction(s.meaning.direction())
            .measure(s.meaning.measure())
            .indicator(s.indicator)
            .currency(s.meaning.currency())
            .unitMultiplier(s.meaning.unitMultiplier())
            .frequency(frequency)
            .addSources(sources.computeIfAbsent(s.indicator + "\u0000" + s.indicatorName,
                k -> source(s)));
        String title = s.indicatorName.isBlank() ? "" : s.indicatorName.strip()
            + (s.countryName.isBlank() ? "" : ", " + s.countryName.strip());
        if (!title.isEmpty()) {
          b.title(title);
        }
        Figures f = s.figures;
        long[] sorted = Arrays.copyOf(f.keys, f.size);
        Arrays.sort(sorted);
        ObservationStatus[] statuses = ObservationStatus.values();
        for (int k = 0; k < sorted.length; k++) {
          int i = (int) sorted[k];
          int code = (int) (sorted[k] >>> 32);
          if (k > 0 && (int) (sorted[k - 1] >>> 32) == code) {
            int j = (int) sorted[k - 1];
            if (f.values[j].compareTo(f.values[i]) != 0 || f.statuses[j] != f.statuses[i]) {
              throw new WorldBankException(Problem.PAGES_DISAGREE, f.pages[i], "/1/" + f.rows[i],
                  f.lines[i], f.columns[i], s.reporter + " " + s.indicator + " "
                  + Figures.period(code) + " is " + f.values[i].toPlainString() + " ("
                  + statuses[f.statuses[i]].sdmxCode() + ") here but "
                  + f.values[j].toPlainString() + " (" + statuses[f.statuses[j]].sdmxCode()
                  + ") at page " + f.pages[j] + " /1/" + f.rows[j], null);
            }
            continue; // the same figure again, as overlapping pages give it
          }
          b.addObservations(Figures.period(code), f.values[i], statuses[f.statuses[i]],
              Qualifier.EXACT);
        }
        return b.build();
      } catch (ValidationException e) {
        throw new WorldBankException(Problem.MODEL_VIOLATION, -1, "", -1, -1, "the series of "
            + s.reporter + " and " + abbreviate(s.indicator) + " breaks rules of the model: "
            + e.getMessage(), e);
      }
    }

    private Source source(Pending s) {
      String database = sourceName != null ? sourceName : "World Bank indicators";
      Source.Builder b = Source.builder()
          .title(database + ": " + (s.indicatorName.isBlank() ? s.indicator : s.indicatorName))
          .publisher("World Bank");
      if (INDICATOR_IN_URL.matcher(s.indicator).matches()) {
        b.url(URI.create("https://data.worldbank.org/indicator/" + s.indicator));
      }
      if (lastUpdated != null) {
        try {
          b.published(PartialDate.parse(lastUpdated));
        } catch (ValidationException e) {
          throw new WorldBankException(Problem.INVALID_VALUE, pagingFrom, "/0/lastupdated", -1,
              -1, "'" + abbreviate(lastUpdated) + "' is not a date (yyyy-MM-dd)", e);
        }
      }
      return b.build();
    }
  }

  private BigDecimal value(JsonToken type, @Nullable Object read, int page, int row,
      TokenStreamLocation at) {
    BigDecimal d;
    if (read instanceof BigDecimal number) {
      d = number;
    } else if (read instanceof String text) {
      String s = text.strip();
      if (!s.matches("-?[0-9]{1,100}(\\.[0-9]{1,100})?([eE][-+]?[0-9]{1,9})?")) {
        throw fail(Problem.INVALID_VALUE, page, "/1/" + row + "/value", at,
            "'" + abbreviate(s) + "' is not a decimal number");
      }
      try {
        d = new BigDecimal(s);
      } catch (NumberFormatException e) {
        throw fail(Problem.INVALID_VALUE, page, "/1/" + row + "/value", at,
            "'" + abbreviate(s) + "' is not a decimal number");
      }
    } else {
      throw fail(Problem.WRONG_TYPE, page, "/1/" + row + "/value", at,
          "'value' is a number, a string of a number or null, not " + Tokens.typeName(type));
    }
    // the scale, as the model measures a decimal's exponent: what the model holds is read
    if (Math.abs((long) d.scale()) > maxExponent) {
      throw fail(Problem.LIMIT_EXCEEDED, page, "/1/" + row + "/value", at,
          "the number's exponent is beyond " + maxExponent + " either way");
    }
    return d;
  }

  private static Period period(String date, int page, int row, TokenStreamLocation at) {
    try {
      Period p = Row.worldBankDate(date.toCharArray(), 0, date.length());
      if (p != null) {
        return p;
      }
    } catch (ValidationException e) {
      throw fail(Problem.INVALID_VALUE, page, "/1/" + row + "/date", at,
          "'" + date + "' is not a period: " + e.violations().get(0).message());
    }
    throw fail(Problem.INVALID_VALUE, page, "/1/" + row + "/date", at, "'" + abbreviate(date)
        + "' is not a World Bank date: use 2023, 2023Q1 or 2023M01");
  }

  private static ObservationStatus status(String code, int page, int row,
      TokenStreamLocation at) {
    if (code.isEmpty()) {
      return ObservationStatus.NORMAL;
    }
    for (ObservationStatus s : ObservationStatus.values()) {
      if (s.sdmxCode().equals(code)) {
        return s;
      }
    }
    throw fail(Problem.INVALID_VALUE, page, "/1/" + row + "/obs_status", at, "'" + abbreviate(code)
        + "' is not an observation status: use empty or an SDMX CL_OBS_STATUS code "
        + "(A, B, E, F, P, I, M, U)");
  }

  /** Reads a string property; absent or null is empty where {@code optional}, an error if not. */
  private static String text(JsonNode o, String name, int page, String pointer,
      TokenStreamLocation at, boolean optional) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull()) {
      if (optional) {
        return "";
      }
      throw fail(Problem.WRONG_TYPE, page, pointer + "/" + name, at,
          "'" + name + "' is required");
    }
    if (v.isString()) {
      return v.stringValue();
    }
    throw fail(Problem.WRONG_TYPE, page, pointer + "/" + name, at,
        "'" + name + "' is a string, not " + v.getNodeType());
  }

  /**
   * The properties of one observation that the reader uses, as read token by token: each slot has
   * the type of the value read (absent: none) and the string or number read. The whole object is
   * read before any of it is checked, so a malformed object is reported as such first, and the
   * checks run in the same order whatever the order of the properties.
   */
  private static final class Row {
    static final int INDICATOR = 0;
    static final int INDICATOR_ID = 1;
    static final int INDICATOR_NAME = 2;
    static final int COUNTRY = 3;
    static final int COUNTRY_ID = 4;
    static final int COUNTRY_NAME = 5;
    static final int ISO3 = 6;
    static final int DATE = 7;
    static final int VALUE = 8;
    static final int STATUS = 9;
    static final int FOOTNOTE = 10;
    static final int UNIT = 11;
    static final int SCALE = 12;
    /** The number of decimals the API shows: read and not kept, the value being exact. */
    static final int DECIMAL = 13;
    /** The notes kept, in the order they are listed. */
    static final int[] NOTES = {FOOTNOTE, UNIT, SCALE};
    /** Each slot's property name, as a pointer below the observation names it. */
    static final String[] NAMES = {"indicator", "id", "value", "country", "id", "value",
        "countryiso3code", "date", "value", "obs_status", "footnote", "unit", "scale", "decimal"};
    /** The observation's properties the reader uses, matched by the parser. */
    static final PropertyNameMatcher OUTER = matcher("indicator", "country", "countryiso3code",
        "date", "value", "obs_status", "footnote", "unit", "scale", "decimal");
    /** The slot of each of {@link #OUTER}'s names. */
    static final int[] OUTER_SLOTS = {INDICATOR, COUNTRY, ISO3, DATE, VALUE, STATUS, FOOTNOTE,
        UNIT, SCALE, DECIMAL};
    /** The properties of indicator and country, in slot order after theirs. */
    static final PropertyNameMatcher INNER = matcher("id", "value");
    /** Each slot's pointer below the observation. */
    static final String[] PATHS = {"/indicator", "/indicator/id", "/indicator/value", "/country",
        "/country/id", "/country/value", "/countryiso3code", "/date", "/value", "/obs_status",
        "/footnote", "/unit", "/scale", "/decimal"};

    /** The slots read from the current observation, a bit each. */
    int present;
    /** The period of the date read, where it is a valid World Bank date; else null. */
    @Nullable Period date;
    /** The type of the value read at each slot present. */
    final @Nullable JsonToken[] types = new JsonToken[NAMES.length];
    /** The string or decimal read at each slot present, or null. */
    final @Nullable Object[] values = new Object[NAMES.length];
    /** The strings of the previous observation, by slot: most repeat from row to row. */
    final @Nullable String[] previous = new String[NAMES.length];
    /** Their characters, compared with the parser's as a block. */
    final char[][] previousChars = new char[NAMES.length][];
    /** Makes the failure for a property given twice on this page. */
    final Tokens.Duplicate duplicates;

    private static PropertyNameMatcher matcher(String... names) {
      return new JsonFactory().constructNameMatcher(
          Arrays.stream(names).map(Named::fromString).toList(), false);
    }

    Row(int page) {
      this.duplicates = (p, name) -> duplicate(p, page, name);
    }

    /**
     * Reads the object at the parser's current {@code START_OBJECT}, to its end, refusing a
     * property given twice (the parser does not look for them: a set of names per object would
     * cost more than the rest of the reading).
     */
    void read(JsonParser p, int page) {
      present = 0;
      date = null;
      @Nullable Set<String> others = null;
      int m;
      // to the end of the object (MATCH_END_OBJECT), or of what is not one (MATCH_ODD_TOKEN)
      while ((m = p.nextNameMatch(OUTER)) >= 0 || m == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        if (m < 0) {
          others = other(p, page, others);
          continue;
        }
        int slot = OUTER_SLOTS[m];
        if ((present & 1 << slot) != 0) {
          throw duplicate(p, page, p.currentName());
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT && (slot == INDICATOR || slot == COUNTRY)) {
          present |= 1 << slot;
          types[slot] = t;
          @Nullable Set<String> innerOthers = null;
          while ((m = p.nextNameMatch(INNER)) >= 0
              || m == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
            if (m < 0) {
              innerOthers = other(p, page, innerOthers);
            } else if ((present & 1 << (slot + 1 + m)) != 0) {
              throw duplicate(p, page, p.currentName());
            } else {
              slot(p, page, slot + 1 + m, p.nextToken());
            }
          }
        } else {
          slot(p, page, slot, t);
        }
      }
    }

    /** Skips a property the reader does not use, refusing it if it is in {@code seen}. */
    private Set<String> other(JsonParser p, int page, @Nullable Set<String> seen) {
      Set<String> names = seen != null ? seen : new HashSet<>();
      String name = p.currentName();
      if (!names.add(name)) {
        throw duplicate(p, page, name);
      }
      p.nextToken();
      Tokens.skip(p, duplicates, null);
      return names;
    }

    private void slot(JsonParser p, int page, int slot, JsonToken t) {
      present |= 1 << slot;
      types[slot] = t;
      if (t == JsonToken.VALUE_STRING && slot == DATE && p.hasStringCharacters()) {
        // a new date each observation: read from the parser's characters, not as a String
        try {
          date = worldBankDate(p.getStringCharacters(), p.getStringOffset(),
              p.getStringLength());
        } catch (ValidationException e) {
          date = null; // reported by WorldBankReader.period, with the text
        }
        values[slot] = date == null ? p.getString() : null;
      } else if (t == JsonToken.VALUE_STRING) {
        values[slot] = string(p, slot);
      } else if (slot == VALUE
          && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
        try {
          values[slot] = Tokens.decimal(p);
        } catch (NumberFormatException e) {
          // an exponent beyond what a BigDecimal holds (Jackson refuses it this way)
          TokenStreamLocation at = p.currentTokenLocation();
          throw new WorldBankException(Problem.LIMIT_EXCEEDED, page,
              p.streamReadContext().pathAsPointer().toString(), at.getLineNr(),
              at.getColumnNr(), "the number " + abbreviate(p.getString())
              + " has an exponent beyond what a decimal holds", e);
        }
      } else {
        Tokens.skip(p, duplicates, null);
      }
    }

    /**
     * {@return the period of a World Bank date ({@code 2023}, {@code 2023Q1}, {@code 2023M01}), or
     * null for text of any other form}
     *
     * @throws ValidationException if the date has one of these forms but names no period, such
     *     as {@code 0000}, {@code 2023Q5} or {@code 2023M13}
     */
    static @Nullable Period worldBankDate(char[] c, int from, int length) {
      if ((length != 4 && length != 6 && length != 7) || !digits(c, from, from + 4)) {
        return null;
      }
      int year = number(c, from, from + 4);
      if (length == 4) {
        return Period.ofYear(year);
      }
      if (length == 6 && c[from + 4] == 'Q' && digits(c, from + 5, from + 6)) {
        return Period.ofQuarter(year, number(c, from + 5, from + 6));
      }
      if (length == 7 && c[from + 4] == 'M' && digits(c, from + 5, from + 7)) {
        return Period.ofMonth(year, number(c, from + 5, from + 7));
      }
      return null;
    }

    private static boolean digits(char[] c, int from, int to) {
      for (int i = from; i < to; i++) {
        if (c[i] < '0' || c[i] > '9') {
          return false;
        }
      }
      return true;
    }

    private static int number(char[] c, int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        n = n * 10 + c[i] - '0';
      }
      return n;
    }

    /** The string at the current token: the previous row's where it is the same text. */
    private String string(JsonParser p, int slot) {
      String last = previous[slot];
      if (last != null && p.hasStringCharacters()) {
        char[] lastChars = previousChars[slot];
        int from = p.getStringOffset();
        if (Arrays.equals(p.getStringCharacters(), from, from + p.getStringLength(), lastChars,
            0, lastChars.length)) {
          return last;
        }
      }
      String text = p.getString();
      previous[slot] = text;
      previousChars[slot] = text.toCharArray();
      return text;
    }

    /**
     * The failure for a property given twice, where Jackson's own detection reports it: at the
     * property, just after its name (the parser stands on the name).
     */
    private static WorldBankException duplicate(JsonParser p, int page, String name) {
      TokenStreamLocation at = p.currentTokenLocation();
      int length = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      return new WorldBankException(Problem.INVALID_VALUE, page,
          p.streamReadContext().pathAsPointer().toString(), at.getLineNr(),
          at.getColumnNr() + length + 2, "Duplicate Object property \"" + abbreviate(name) + "\"",
          null);
    }

    /** {@return the type of the value read at the slot, or null if the slot is absent} */
    @Nullable JsonToken type(int slot) {
      return (present & 1 << slot) != 0 ? types[slot] : null;
    }

    /** Checks that an object was read at the slot. */
    void object(int slot, int page, int row, TokenStreamLocation at) {
      JsonToken t = type(slot);
      if (t != JsonToken.START_OBJECT) {
        throw fail(Problem.WRONG_TYPE, page, "/1/" + row + PATHS[slot], at, "'" + NAMES[slot]
            + "' is an object, not " + (t == null ? "missing" : Tokens.typeName(t)));
      }
    }

    /** The string read at the slot; absent or null is empty where {@code optional}. */
    String text(int slot, int page, int row, TokenStreamLocation at, boolean optional) {
      JsonToken t = type(slot);
      if (t == null || t == JsonToken.VALUE_NULL) {
        if (optional) {
          return "";
        }
        throw fail(Problem.WRONG_TYPE, page, "/1/" + row + PATHS[slot], at,
            "'" + NAMES[slot] + "' is required");
      }
      if (t == JsonToken.VALUE_STRING) {
        return (String) Objects.requireNonNull(values[slot]);
      }
      throw fail(Problem.WRONG_TYPE, page, "/1/" + row + PATHS[slot], at,
          "'" + NAMES[slot] + "' is a string, not " + Tokens.typeName(t));
    }

  }

  private static WorldBankException fail(Problem problem, int page, String pointer,
      TokenStreamLocation at, String detail) {
    return new WorldBankException(problem, page, pointer, at.getLineNr(), at.getColumnNr(), detail,
        null);
  }

  /**
   * Builds a {@link WorldBankReader}: the meanings of indicators the reader does not know, and the
   * limits on input.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, IndicatorMeaning> meanings = new HashMap<>();
    private final ReadLimits limits = new ReadLimits("maxPageBytes", DEFAULT_MAX_PAGE_BYTES,
        DEFAULT_MAX_DEPTH, 4, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH,
        DEFAULT_MAX_EXPONENT, DEFAULT_MAX_OBSERVATIONS);

    private Builder() {}

    /**
     * Says what an indicator's values are, so that its series are read: any indicator, or a
     * built-in one read with another meaning.
     *
     * @param id the World Bank's indicator id, such as {@code NY.GDP.MKTP.CD}
     * @param meaning the measure, direction, currency and unit multiplier of its values
     * @return this builder
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Builder indicator(String id, IndicatorMeaning meaning) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("an indicator id is not blank");
      }
      meanings.put(id, Objects.requireNonNull(meaning));
      return this;
    }

    /**
     * Sets the largest page read, in bytes.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 1
     */
    public Builder maxPageBytes(long bytes) {
      limits.maxBytes(bytes);
      return this;
    }

    /**
     * Sets the deepest nesting of arrays and objects read.
     *
     * @param depth at least 4 (a response nests 4 deep)
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is less than 4
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
     * Sets the most observations read from all pages together.
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    public Builder maxObservations(long count) {
      limits.maxObservations(count);
      return this;
    }

    /** {@return a reader with the meanings and limits set} */
    public WorldBankReader build() {
      return new WorldBankReader(this);
    }
  }
}
