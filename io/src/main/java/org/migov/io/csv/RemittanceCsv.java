package org.migov.io.csv;

import static org.migov.io.internal.Tokens.abbreviate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.migov.io.csv.MigovCsvException.Problem;
import org.migov.model.CountryCode;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.PartialDate;
import org.migov.model.Period;
import org.migov.model.Qualifier;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.SeriesId;
import org.migov.model.Source;
import org.migov.model.SourceKind;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * Writes remittance series as tidy CSV with a Frictionless data package, and reads them back.
 *
 * <pre>{@code
 * RemittanceCsv csv = RemittanceCsv.defaults();
 * csv.write(series, Path.of("out"));           // three CSV tables and datapackage.json
 * List<RemittanceSeries> back = csv.read(Path.of("out"));   // back.equals(series)
 * }</pre>
 *
 * <p>{@link #write(List, Path)} writes into a directory:
 *
 * <table>
 *   <caption>The tables</caption>
 *   <tr><th>file</th><th>one row per</th><th>key</th></tr>
 *   <tr><td>{@code remittance-observations.csv}</td><td>observation: the tidy table, every
 *       attribute of its series repeated on each row, so that it can be analysed alone</td>
 *       <td>series_id, period</td></tr>
 *   <tr><td>{@code remittance-series.csv}</td><td>series, with its title (series without
 *       observations too)</td><td>series_id</td></tr>
 *   <tr><td>{@code remittance-sources.csv}</td><td>source of a series as a whole, in
 *       order, every attribute of it: title, publisher, url, published, kind, dateline,
 *       accessed</td><td>series_id, position</td></tr>
 *   <tr><td>{@code datapackage.json}</td><td colspan="2">the Frictionless data package that
 *       describes the three tables: column types, required columns, allowed values, primary and
 *       foreign keys, missing values (the empty cell)</td></tr>
 * </table>
 *
 * <p>Cells: periods as migov writes them ({@code 2025-Q1}, {@code FY2025}), with {@code
 * period_start} and {@code period_end} as ISO dates (first and last day); values as plain decimals
 * ({@code 34900000000.5}; a value with a negative scale, such as {@code 3.49E+10}, keeps its
 * exponent so that it reads back equal); enums in lower case as in migov JSON ({@code inflow},
 * {@code personal_remittances}, {@code forecast}, {@code more_than}); codes as ISO codes; an empty
 * cell for anything absent. Tables are UTF-8 with a header, RFC 4180 quoting and CRLF line ends,
 * written and read through Jackson's CSV format.
 *
 * <p>Reading checks everything: the header (columns in any order, none missing or unknown), each
 * cell, that the repeated series attributes of each observation agree with the series table, that
 * no series or observation appears twice, and every rule of the model. Every failure is a {@link
 * MigovCsvException} naming the file, row and column. Limits: {@value #DEFAULT_MAX_CELL_LENGTH}
 * characters a cell, {@value #DEFAULT_MAX_ROWS} rows a table, values with exponents (scales, as
 * the model measures them) of at most {@value #DEFAULT_MAX_EXPONENT} either way. Writing streams
 * row by row; reading keeps only the series being built. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RemittanceCsv {
  /** The default limit on the length of a cell, in characters. */
  public static final int DEFAULT_MAX_CELL_LENGTH = 100_000;
  /** The default limit on the number of rows of a table, the header not counted. */
  public static final long DEFAULT_MAX_ROWS = 10_000_000L;
  /** The default limit on the magnitude of a value's decimal exponent. */
  public static final int DEFAULT_MAX_EXPONENT = 100;

  /** The name of the table of observations. */
  public static final String OBSERVATIONS_FILE = "remittance-observations.csv";
  /** The name of the table of series. */
  public static final String SERIES_FILE = "remittance-series.csv";
  /** The name of the table of the series' sources. */
  public static final String SOURCES_FILE = "remittance-sources.csv";
  /** The name of the data package descriptor. */
  public static final String DATA_PACKAGE_FILE = "datapackage.json";

  private static final List<String> DIRECTIONS = names(FlowDirection.values());
  private static final List<String> MEASURES = names(RemittanceMeasure.values());
  private static final List<String> STATUSES = names(ObservationStatus.values());
  private static final List<String> QUALIFIERS = names(Qualifier.values());
  private static final List<String> SOURCE_KINDS = names(SourceKind.values());

  /** The names, after a prefix, of the columns of a source, in the order of the tables. */
  private static final List<String> SOURCE_FIELDS = List.of("title", "publisher", "url",
      "published", "kind", "dateline", "accessed");

  /** The series attributes repeated on each observation, in the order of both tables. */
  private static final List<Table.Column> SERIES_ATTRIBUTES = List.of(
      Table.text("reporter", true, "the reporting country, ISO 3166-1 alpha-3"),
      Table.text("counterpart", false, "the counterpart country, ISO 3166-1 alpha-3; empty for "
          + "the world"),
      Table.oneOf("direction", true, "inflow (received) or outflow (sent)", DIRECTIONS),
      Table.oneOf("measure", true, "which balance-of-payments item the values are", MEASURES),
      Table.text("indicator", false, "the code of the indicator in its source's catalogue"),
      Table.text("frequency", true, "monthly, quarterly, annual, fiscal_year[@MM] or irregular"),
      Table.text("currency", true, "the currency of the values, ISO 4217"),
      Table.of("unit_multiplier", "integer", true, "the power of ten the values are multiplied "
          + "by (SDMX UNIT_MULT)"));

  static final Table OBSERVATIONS = new Table("remittance-observations",
      "Remittance observations, one row per observation", concat(
          List.of(Table.text("series_id", true, "the id of the series")),
          SERIES_ATTRIBUTES,
          List.of(Table.text("period", true, "the period as migov writes it: 2025-05, 2025-Q1, "
                  + "2025, FY2025, FY2025@04 or 2024-07/2025-05"),
              Table.of("period_start", "date", true, "the first day of the period"),
              Table.of("period_end", "date", true, "the last day of the period"),
              Table.of("value", "number", true, "the exact value, in the currency times ten to "
                  + "the power of the unit multiplier"),
              Table.oneOf("status", true, "the observation status (SDMX OBS_STATUS)", STATUSES),
              Table.oneOf("qualifier", true, "how the value relates to the true one",
                  QUALIFIERS)),
          sourceColumns("source_", "the observation's own source (all its cells empty when "
              + "it has none)")),
      List.of("series_id", "period"), "remittance-series", List.of("series_id"));

  static final Table SERIES = new Table("remittance-series",
      "Remittance series, one row per series", concat(
          List.of(Table.text("series_id", true, "the id of the series"),
              Table.text("title", false, "a title for people")),
          SERIES_ATTRIBUTES),
      List.of("series_id"), null, List.of());

  static final Table SOURCES = new Table("remittance-sources",
      "Sources of remittance series as a whole, in order", concat(List.of(
          Table.text("series_id", true, "the id of the series"),
          Table.of("position", "integer", true, "the place of the source among the series' "
              + "sources, from 1")),
          sourceColumns("", "the cited page or document")),
      List.of("series_id", "position"), "remittance-series", List.of("series_id"));

  private static final RemittanceCsv DEFAULTS = new RemittanceCsv(DEFAULT_MAX_CELL_LENGTH,
      DEFAULT_MAX_ROWS, DEFAULT_MAX_EXPONENT);

  private final Table.Limits limits;
  private final int maxExponent;
  private final CsvMapper mapper;

  private RemittanceCsv(int maxCellLength, long maxRows, int maxExponent) {
    this.limits = new Table.Limits(maxCellLength, maxRows);
    this.maxExponent = maxExponent;
    this.mapper = Table.mapper(limits);
  }

  /** {@return the reader and writer with the default limits} */
  public static RemittanceCsv defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a reader and writer with the given limits}
   *
   * @param maxCellLength the longest cell read, in characters, at least 1
   * @param maxRows the most rows of a table read, the header not counted, at least 1
   * @param maxExponent the largest magnitude of a value's decimal exponent (its scale) read, at
   *     least 1
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public static RemittanceCsv withLimits(int maxCellLength, long maxRows, int maxExponent) {
    if (maxCellLength < 1 || maxRows < 1 || maxExponent < 1) {
      throw new IllegalArgumentException("limits are at least 1");
    }
    return new RemittanceCsv(maxCellLength, maxRows, maxExponent);
  }

  /**
   * The columns of a source, {@link #SOURCE_FIELDS} after {@code prefix}: every attribute of
   * {@link Source}, each optional (a source needs one of title, publisher and URL).
   */
  static List<Table.Column> sourceColumns(String prefix, String subject) {
    String partialDate = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
    return List.of(
        Table.text(prefix + "title", false, "the title of " + subject + ", if it has one"),
        Table.text(prefix + "publisher", false, "who published it"),
        Table.uri(prefix + "url", "where it can be read: an absolute http or https URL, printable "
            + "ASCII, at most 8000 characters"),
        Table.matching(prefix + "published", "when it was published: yyyy, yyyy-MM or "
            + "yyyy-MM-dd", partialDate),
        new Table.Column(prefix + "kind", "string", false, "what kind of publication it is",
            SOURCE_KINDS, null, null),
        Table.text(prefix + "dateline", false, "the place in its dateline, such as Islamabad"),
        Table.matching(prefix + "accessed", "when it was read, for pages that change: yyyy, "
            + "yyyy-MM or yyyy-MM-dd", partialDate));
  }

  /** {@return the cells of a source, in the order of {@link #sourceColumns}; all empty if none} */
  static String[] sourceCells(Optional<Source> source) {
    if (source.isEmpty()) {
      return NO_SOURCE.clone();
    }
    Source src = source.get();
    return new String[] {
        src.title().orElse(""),
        src.publisher().orElse(""),
        src.url().map(URI::toString).orElse(""),
        src.published().map(PartialDate::toString).orElse(""),
        src.kind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse(""),
        src.dateline().orElse(""),
        src.accessed().map(PartialDate::toString).orElse("")};
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b, List<T> c) {
    return concat(concat(a, b), c);
  }

  private static <T> List<T> concat(List<T> a, List<T> b, List<T> c, List<T> d) {
    return concat(concat(a, b, c), d);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  /**
   * Writes the series into a directory as the three tables and {@code datapackage.json},
   * replacing files of those names.
   *
   * @param series the series, with distinct ids
   * @param directory the directory, created if absent
   * @throws IllegalArgumentException if two series have the same id
   * @throws UncheckedIOException if writing fails
   */
  public void write(List<RemittanceSeries> series, Path directory) {
    checkDistinct(series);
    try {
      Files.createDirectories(directory);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(
          directory.resolve(OBSERVATIONS_FILE)))) {
        writeObservations(series, out);
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(
          directory.resolve(SERIES_FILE)))) {
        writeSeries(series, out);
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(
          directory.resolve(SOURCES_FILE)))) {
        writeSources(series, out);
      }
      Files.writeString(directory.resolve(DATA_PACKAGE_FILE), dataPackage(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkDistinct(List<RemittanceSeries> series) {
    java.util.Set<SeriesId> ids = new java.util.HashSet<>();
    for (RemittanceSeries s : series) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("two series have the id " + s.id());
      }
    }
  }

  /**
   * Writes the tidy table of observations, one row per observation, in constant memory: the tables
   * of series and sources hold what it does not (titles, sources of whole series, series without
   * observations).
   *
   * @param series the series, in the order their rows are written; not closed
   * @param out where the UTF-8 text goes; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeObservations(Iterable<RemittanceSeries> series, OutputStream out) {
    try (Table.Writer w = OBSERVATIONS.new Writer(mapper, unclosed(out))) {
      String[] row = new String[OBSERVATIONS.columns.size()];
      for (RemittanceSeries s : series) {
        row[0] = s.id().value();
        String[] attrs = attributes(s);
        System.arraycopy(attrs, 0, row, 1, attrs.length);
        int at = 1 + attrs.length;
        for (Observation o : s.observations()) {
          Period p = o.period();
          row[at] = p.toString();
          row[at + 1] = isoDate(p.start(), 1);
          row[at + 2] = isoDate(p.end(), p.end().lengthOfMonth());
          row[at + 3] = decimal(o.value());
          row[at + 4] = STATUS_CELLS.get(o.status());
          row[at + 5] = QUALIFIER_CELLS.get(o.qualifier());
          String[] source = sourceCells(o.source());
          System.arraycopy(source, 0, row, at + 6, source.length);
          w.row(row);
        }
      }
    }
  }

  /**
   * Writes the table of series, one row per series.
   *
   * @param series the series
   * @param out where the UTF-8 text goes; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeSeries(Iterable<RemittanceSeries> series, OutputStream out) {
    try (Table.Writer w = SERIES.new Writer(mapper, unclosed(out))) {
      for (RemittanceSeries s : series) {
        String[] attrs = attributes(s);
        String[] row = new String[2 + attrs.length];
        row[0] = s.id().value();
        row[1] = s.title().orElse("");
        System.arraycopy(attrs, 0, row, 2, attrs.length);
        w.row(row);
      }
    }
  }

  /**
   * Writes the table of the sources of whole series, one row per source.
   *
   * @param series the series
   * @param out where the UTF-8 text goes; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeSources(Iterable<RemittanceSeries> series, OutputStream out) {
    try (Table.Writer w = SOURCES.new Writer(mapper, unclosed(out))) {
      for (RemittanceSeries s : series) {
        int position = 1;
        String[] row = new String[2 + SOURCE_FIELDS.size()];
        for (Source src : s.sources()) {
          row[0] = s.id().value();
          row[1] = Integer.toString(position++);
          String[] cells = sourceCells(Optional.of(src));
          System.arraycopy(cells, 0, row, 2, cells.length);
          w.row(row);
        }
      }
    }
  }

  /**
   * {@return the Frictionless data package descriptor ({@code datapackage.json}) of the three
   * tables: a tabular data package whose resources give each column's type, constraints and
   * meaning, the primary keys, the foreign keys to the series table, and the empty cell as the
   * missing value}
   */
  public String dataPackage() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode p = f.objectNode();
    p.put("profile", "tabular-data-package");
    p.put("name", "migov-remittances");
    p.put("title", "Remittance series written by migov");
    ArrayNode resources = p.putArray("resources");
    resources.add(OBSERVATIONS.resource());
    resources.add(SERIES.resource());
    resources.add(SOURCES.resource());
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(p)
        + "\n";
  }

  private static String[] attributes(RemittanceSeries s) {
    return new String[] {
        s.reporter().code(),
        s.counterpart().map(CountryCode::code).orElse(""),
        s.direction().name().toLowerCase(Locale.ROOT),
        s.measure().name().toLowerCase(Locale.ROOT),
        s.indicator().orElse(""),
        s.frequency().toString(),
        s.currency().getCurrencyCode(),
        Integer.toString(s.unitMultiplier())};
  }

  /** The cells of an observation's status and qualifier, as the tables write them. */
  private static final Map<ObservationStatus, String> STATUS_CELLS = cells(ObservationStatus.class);
  private static final Map<Qualifier, String> QUALIFIER_CELLS = cells(Qualifier.class);
  /** The source cells of an observation without a source of its own. */
  private static final String[] NO_SOURCE = {"", "", "", "", "", "", ""};

  private static <E extends Enum<E>> Map<E, String> cells(Class<E> type) {
    Map<E, String> m = new java.util.EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      m.put(e, e.name().toLowerCase(Locale.ROOT));
    }
    return m;
  }

  /**
   * {@return a day of a month as an ISO 8601 date ({@code 2024-07-01}), as {@link
   * java.time.LocalDate#toString()} writes it} Written directly for the years 0 to 9999, which
   * is every year a period holds: one row of the observations table has two dates.
   */
  static String isoDate(java.time.YearMonth month, int day) {
    int year = month.getYear();
    if (year < 0 || year > 9999) {
      return month.atDay(day).toString();
    }
    int m = month.getMonthValue();
    char[] c = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
        (char) ('0' + year / 10 % 10), (char) ('0' + year % 10), '-', (char) ('0' + m / 10),
        (char) ('0' + m % 10), '-', (char) ('0' + day / 10), (char) ('0' + day % 10)};
    return new String(c);
  }

  /** A value as a plain decimal, or with its exponent when its scale is negative. */
  static String decimal(BigDecimal v) {
    return v.scale() >= 0 ? v.toPlainString() : v.toString();
  }

  private static OutputStream unclosed(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /**
   * {@return the series of the three tables of a directory that {@link #write(List, Path)} wrote,
   * equal to those written, in the order of the series table}
   *
   * @param directory the directory
   * @throws MigovCsvException whatever is wrong with a table, naming its file, row and column, or
   *     if reading fails
   */
  public List<RemittanceSeries> read(Path directory) {
    try (InputStream series = open(directory.resolve(SERIES_FILE), SERIES);
        InputStream sources = open(directory.resolve(SOURCES_FILE), SOURCES);
        InputStream observations = open(directory.resolve(OBSERVATIONS_FILE), OBSERVATIONS)) {
      return read(series, sources, observations);
    } catch (IOException e) {
      throw new MigovCsvException(Problem.IO_ERROR, directory.toString(), -1, "",
          "reading failed: " + e.getMessage(), e);
    }
  }

  private static InputStream open(Path file, Table table) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new MigovCsvException(Problem.IO_ERROR, table.file(), -1, "",
          "reading failed: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the series of the three tables, read from streams, in the order of the series table}
   *
   * @param series the table of series; not closed
   * @param sources the table of sources; not closed
   * @param observations the table of observations; not closed
   * @throws MigovCsvException whatever is wrong with a table, naming its file, row and column
   */
  public List<RemittanceSeries> read(InputStream series, InputStream sources,
      InputStream observations) {
    Map<String, Pending> byId = new LinkedHashMap<>();
    SERIES.read(mapper, limits, series, (row, cells) -> {
      Pending p = pending(SERIES, row, cells);
      String title = cells.get("title");
      if (!title.isEmpty()) {
        p.builder.title(title);
      }
      if (byId.putIfAbsent(p.id, p) != null) {
        throw SERIES.fail(Problem.INCONSISTENT, row, "series_id", "the series '" + p.id
            + "' appears twice");
      }
    });
    SOURCES.read(mapper, limits, sources, (row, cells) -> {
      String id = cells.get("series_id");
      Pending p = byId.get(id);
      if (p == null) {
        throw SOURCES.fail(Problem.INCONSISTENT, row, "series_id", "the series table has no "
            + "series '" + abbreviate(id) + "'");
      }
      String position = cells.get("position");
      if (!position.equals(Integer.toString(p.sources + 1))) {
        throw SOURCES.fail(Problem.INCONSISTENT, row, "position", "source " + (p.sources + 1)
            + " of series '" + id + "' is next, not '" + abbreviate(position) + "'");
      }
      p.sources++;
      p.builder.addSources(source(SOURCES, row, "", cells));
    });
    readObservations(observations, byId, false);
    List<RemittanceSeries> out = new ArrayList<>(byId.size());
    for (Pending p : byId.values()) {
      out.add(p.build());
    }
    return out;
  }

  /**
   * {@return the series of the tidy table of observations alone, in order of first appearance}
   * Each series takes its attributes from its rows; as that table does not hold them, the series
   * have no title and no sources of their own, and a series without observations is not there.
   *
   * @param observations the table of observations; not closed
   * @throws MigovCsvException whatever is wrong with the table, naming its row and column
   */
  public List<RemittanceSeries> readObservations(InputStream observations) {
    Map<String, Pending> byId = new LinkedHashMap<>();
    readObservations(observations, byId, true);
    List<RemittanceSeries> out = new ArrayList<>(byId.size());
    for (Pending p : byId.values()) {
      out.add(p.build());
    }
    return out;
  }

  private void readObservations(InputStream in, Map<String, Pending> byId, boolean alone) {
    OBSERVATIONS.read(mapper, limits, in, (row, cells) -> {
      String id = cells.get("series_id");
      Pending p = byId.get(id);
      if (p == null) {
        if (!alone) {
          throw OBSERVATIONS.fail(Problem.INCONSISTENT, row, "series_id", "the series table has "
              + "no series '" + abbreviate(id) + "'");
        }
        p = pending(OBSERVATIONS, row, cells);
        byId.put(p.id, p);
      } else {
        for (Table.Column c : SERIES_ATTRIBUTES) {
          String expected = p.attributes.get(c.name());
          if (!cells.get(c.name()).equals(expected)) {
            throw OBSERVATIONS.fail(Problem.INCONSISTENT, row, c.name(), "'"
                + abbreviate(cells.get(c.name())) + "' differs from '" + expected
                + "' of series '" + id + "'");
          }
        }
      }
      Period period;
      try {
        period = Period.parse(cells.get("period"));
      } catch (ValidationException e) {
        throw OBSERVATIONS.fail(Problem.INVALID_VALUE, row, "period", message(e));
      }
      String start = period.start().atDay(1).toString();
      String end = period.end().atEndOfMonth().toString();
      if (!cells.get("period_start").equals(start)) {
        throw OBSERVATIONS.fail(Problem.INCONSISTENT, row, "period_start", "'"
            + abbreviate(cells.get("period_start")) + "' is not the first day of "
            + period + ", " + start);
      }
      if (!cells.get("period_end").equals(end)) {
        throw OBSERVATIONS.fail(Problem.INCONSISTENT, row, "period_end", "'"
            + abbreviate(cells.get("period_end")) + "' is not the last day of " + period
            + ", " + end);
      }
      BigDecimal value = value(cells.get("value"), row);
      ObservationStatus status = enumeration(ObservationStatus.class, OBSERVATIONS, row,
          "status", cells.get("status"));
      Qualifier qualifier = enumeration(Qualifier.class, OBSERVATIONS, row, "qualifier",
          cells.get("qualifier"));
      p.rows.add(row);
      boolean noSource = true;
      for (String field : SOURCE_FIELDS) {
        noSource &= cells.get("source_" + field).isEmpty();
      }
      Optional<Source> source = noSource ? Optional.empty()
          : Optional.of(source(OBSERVATIONS, row, "source_", cells));
      try {
        if (source.isEmpty()) {
          p.builder.addObservations(period, value, status, qualifier);
        } else {
          p.builder.addObservations(Observation.builder().period(period).value(value)
              .status(status).qualifier(qualifier).source(source).build());
        }
      } catch (ValidationException e) {
        // the one rule of an observation's own that the columns' checks leave to the model, a
        // value's number of significant digits: reported as the series' build reports it
        throw new MigovCsvException(Problem.MODEL_VIOLATION, OBSERVATIONS.file(), row, "value",
            message(e), e);
      }
    });
  }

  private BigDecimal value(String text, long row) {
    if (text.isEmpty()) {
      throw OBSERVATIONS.fail(Problem.INVALID_VALUE, row, "value", "a value is required");
    }
    if (text.length() > 250 || !text.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]{1,9})?")) {
      throw OBSERVATIONS.fail(Problem.INVALID_VALUE, row, "value", "'" + abbreviate(text)
          + "' is not a decimal number");
    }
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw OBSERVATIONS.fail(Problem.INVALID_VALUE, row, "value", "'" + abbreviate(text)
          + "' is not a decimal number");
    }
    // the scale, as the model and the JSON reader measure it: every value the model holds
    // (scale within 100 either way) reads back, 1.2345E+104 (scale -100) included
    if (Math.abs((long) d.scale()) > maxExponent) {
      throw OBSERVATIONS.fail(Problem.LIMIT_EXCEEDED, row, "value",
          "the value's exponent (its scale) is beyond " + maxExponent + " either way");
    }
    return d;
  }

  /**
   * {@return the source of the cells {@code prefix + }{@link #SOURCE_FIELDS} of a row} A source
   * needs one of title, publisher and URL; one without is refused at its title column.
   */
  private static Source source(Table table, long row, String prefix, Table.Row cells) {
    Source.Builder b = Source.builder();
    String title = cells.get(prefix + "title");
    if (!title.isEmpty()) {
      b.title(title);
    }
    String publisher = cells.get(prefix + "publisher");
    if (!publisher.isEmpty()) {
      b.publisher(publisher);
    }
    String url = cells.get(prefix + "url");
    if (!url.isEmpty()) {
      try {
        b.url(new URI(url));
      } catch (URISyntaxException e) {
        throw table.fail(Problem.INVALID_VALUE, row, prefix + "url", "'" + abbreviate(url)
            + "' is not a URL");
      }
    }
    b.published(partialDate(table, row, prefix + "published", cells));
    String kind = cells.get(prefix + "kind");
    if (!kind.isEmpty()) {
      b.kind(enumeration(SourceKind.class, table, row, prefix + "kind", kind));
    }
    String dateline = cells.get(prefix + "dateline");
    if (!dateline.isEmpty()) {
      b.dateline(dateline);
    }
    b.accessed(partialDate(table, row, prefix + "accessed", cells));
    try {
      return b.build();
    } catch (ValidationException e) {
      Violation v = e.violations().get(0);
      String path = v.path();
      String field = "title";
      for (String f : SOURCE_FIELDS) {
        if (path.endsWith(f)) {
          field = f;
        }
      }
      throw table.fail(Problem.INVALID_VALUE, row, prefix + field, v.message());
    }
  }

  private static Optional<PartialDate> partialDate(Table table, long row, String column,
      Table.Row cells) {
    String text = cells.get(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text));
    } catch (ValidationException e) {
      throw table.fail(Problem.INVALID_VALUE, row, column, message(e));
    }
  }

  private static String message(ValidationException e) {
    return e.violations().isEmpty() ? String.valueOf(e.getMessage())
        : e.violations().get(0).message();
  }

  private static <E extends Enum<E>> E enumeration(Class<E> type, Table table, long row,
      String column, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
        return e;
      }
    }
    throw table.fail(Problem.INVALID_VALUE, row, column, "'" + abbreviate(text)
        + "' is not one of " + String.join(", ", names(type.getEnumConstants())));
  }

  /** A series being read: its builder, its attribute cells, and the rows of its observations. */
  private static final class Pending {
    final String id;
    final long row;
    final Table table;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final RemittanceSeries.Builder builder = RemittanceSeries.builder();
    final List<Long> rows = new ArrayList<>();
    int sources;

    Pending(String id, long row, Table table) {
      this.id = id;
      this.row = row;
      this.table = table;
    }

    RemittanceSeries build() {
      try {
        return builder.build();
      } catch (ValidationException e) {
        Violation v = e.violations().get(0);
        java.util.regex.Matcher m = java.util.regex.Pattern
            .compile("observations\\[(\\d+)\\]").matcher(v.path());
        if (m.find()) {
          int i = Integer.parseInt(m.group(1));
          long at = i < rows.size() ? rows.get(i) : -1;
          boolean value = v.path().endsWith(".value");
          String detail = v.code() == ViolationCode.COLLECTION_DUPLICATE
              ? "series '" + id + "' has this period twice: " + v.message() : v.message();
          throw new MigovCsvException(Problem.MODEL_VIOLATION, OBSERVATIONS.file(), at,
              value ? "value" : "period", detail, e);
        }
        throw new MigovCsvException(Problem.MODEL_VIOLATION, table.file(), row, "",
            "series '" + id + "': " + e.getMessage(), e);
      }
    }
  }

  private static Pending pending(Table table, long row, Table.Row cells) {
    String id = cells.get("series_id");
    Pending p = new Pending(id, row, table);
    for (Table.Column c : SERIES_ATTRIBUTES) {
      p.attributes.put(c.name(), cells.get(c.name()));
    }
    RemittanceSeries.Builder b = p.builder;
    try {
      b.id(SeriesId.of(id));
    } catch (ValidationException e) {
      throw table.fail(Problem.INVALID_VALUE, row, "series_id", message(e));
    }
    try {
      b.reporter(CountryCode.of(cells.get("reporter")));
    } catch (ValidationException e) {
      throw table.fail(Problem.INVALID_VALUE, row, "reporter", message(e));
    }
    String counterpart = cells.get("counterpart");
    if (!counterpart.isEmpty()) {
      try {
        b.counterpart(CountryCode.of(counterpart));
      } catch (ValidationException e) {
        throw table.fail(Problem.INVALID_VALUE, row, "counterpart", message(e));
      }
    }
    b.direction(enumeration(FlowDirection.class, table, row, "direction",
        cells.get("direction")));
    b.measure(enumeration(RemittanceMeasure.class, table, row, "measure", cells.get("measure")));
    String indicator = cells.get("indicator");
    if (!indicator.isEmpty()) {
      b.indicator(indicator);
    }
    try {
      b.frequency(Frequency.parse(cells.get("frequency")));
    } catch (ValidationException e) {
      throw table.fail(Problem.INVALID_VALUE, row, "frequency", message(e));
    }
    b.currency(currency(table, row, cells.get("currency")));
    String multiplier = cells.get("unit_multiplier");
    if (!multiplier.matches("[0-9]{1,2}")) {
      throw table.fail(Problem.INVALID_VALUE, row, "unit_multiplier", "'"
          + abbreviate(multiplier) + "' is not an integer of 0 to 18");
    }
    b.unitMultiplier(Integer.parseInt(multiplier));
    return p;
  }

  private static Currency currency(Table table, long row, String code) {
    if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      for (Currency c : Currency.getAvailableCurrencies()) {
        if (c.getCurrencyCode().equals(code)) {
          return c;
        }
      }
    }
    throw table.fail(Problem.INVALID_VALUE, row, "currency", "'" + abbreviate(code)
        + "' is not an ISO 4217 currency code");
  }
}
