package org.migov.io.csv;

import static org.migov.io.internal.Tokens.abbreviate;

import java.io.CharConversionException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.migov.io.internal.Tokens;
import org.migov.io.csv.MigovCsvException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * One CSV table of migov: its name, its columns with their Frictionless types, and the writing and
 * reading of its rows through Jackson's CSV format (RFC 4180 quoting, UTF-8, a header, CRLF line
 * ends, empty cells for missing values).
 */
final class Table {
  /** A column: its name, Frictionless type, whether it is required, and what it holds. */
  record Column(String name, String type, boolean required, String description,
      @Nullable List<String> values, @Nullable String format, @Nullable String pattern) {}

  final String name;
  final String title;
  final List<Column> columns;
  final List<String> primaryKey;
  final @Nullable String foreignKeyTable;
  final List<String> foreignKey;

  Table(String name, String title, List<Column> columns, List<String> primaryKey,
      @Nullable String foreignKeyTable, List<String> foreignKey) {
    this.name = name;
    this.title = title;
    this.columns = List.copyOf(columns);
    this.primaryKey = List.copyOf(primaryKey);
    this.foreignKeyTable = foreignKeyTable;
    this.foreignKey = List.copyOf(foreignKey);
  }

  static Column text(String name, boolean required, String description) {
    return new Column(name, "string", required, description, null, null, null);
  }

  static Column of(String name, String type, boolean required, String description) {
    return new Column(name, type, required, description, null, null, null);
  }

  static Column oneOf(String name, boolean required, String description, List<String> values) {
    return new Column(name, "string", required, description, values, null, null);
  }

  /** A text column whose non-empty cells match a regular expression (XML Schema flavour). */
  static Column matching(String name, String description, String pattern) {
    return new Column(name, "string", false, description, null, null, pattern);
  }

  static Column uri(String name, String description) {
    return new Column(name, "string", false, description, null, "uri", null);
  }

  String file() {
    return name + ".csv";
  }

  /** Writes rows of this table: call {@link #row} for each, then {@link #close}. */
  final class Writer implements AutoCloseable {
    private final JsonGenerator g;

    Writer(CsvMapper mapper, OutputStream out) {
      CsvSchema.Builder b = CsvSchema.builder();
      for (Column c : columns) {
        b.addColumn(c.name());
      }
      CsvSchema schema = b.setUseHeader(true).setLineSeparator("\r\n").build();
      this.g = mapper.writer(schema).createGenerator(out, JsonEncoding.UTF8);
    }

    void row(@Nullable String... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalStateException(name + " has " + columns.size() + " columns, not "
            + cells.length);
      }
      try {
        g.writeStartArray();
        for (String c : cells) {
          g.writeString(c == null ? "" : c);
        }
        g.writeEndArray();
      } catch (JacksonIOException e) {
        throw new UncheckedIOException(e.getCause());
      }
    }

    @Override
    public void close() {
      try {
        g.close();
      } catch (JacksonIOException e) {
        throw new UncheckedIOException(e.getCause());
      }
    }
  }

  /** The limits of reading. */
  record Limits(int maxCellLength, long maxRows) {}

  /** The cells of one row read, by column name. */
  static final class Row {
    private final Map<String, String> cells;

    Row(Map<String, String> cells) {
      this.cells = cells;
    }

    /** Returns the cell of a column of the table, "" if the row has none. */
    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v;
    }
  }

  /** One row read: its 1-based number and its cells by column. */
  interface RowHandler {
    void row(long row, Row cells);
  }

  static CsvMapper mapper(Limits limits) {
    CsvFactory factory = CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(limits.maxCellLength())
            .maxNameLength(limits.maxCellLength())
            .maxDocumentLength(-1)
            .build())
        // the caller's stream stays open, as the readers document
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    // quotes only the cells that need it (a comma, a quote, a line end, spaces at either end)
    return CsvMapper.builder(factory).enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
  }

  /**
   * Reads every row of this table, checking the header (columns in any order, each once, none
   * unknown, all present) and the number of cells of each row.
   */
  void read(CsvMapper mapper, Limits limits, InputStream in, RowHandler handler) {
    JsonParser p = null;
    long row = 0;
    boolean inRow = false;
    try {
      p = mapper.reader(CsvSchema.emptySchema().withLineSeparator("\r\n")).createParser(in);
      List<String> header = null;
      JsonToken t;
      List<String> cells = new ArrayList<>();
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          throw fail(Problem.MALFORMED_CSV, row + 1, "", "a row was expected");
        }
        row++;
        inRow = true;
        if (row > limits.maxRows() + 1) {
          throw fail(Problem.LIMIT_EXCEEDED, row, "", "more than " + limits.maxRows() + " rows");
        }
        cells.clear();
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          if (cells.size() >= columns.size() + 1) {
            throw fail(header == null ? Problem.WRONG_HEADER : Problem.WRONG_ROW_LENGTH, row, "",
                "the row has more cells than the " + columns.size() + " columns of the table");
          }
          cells.add(p.getString());
        }
        if (t != JsonToken.END_ARRAY) {
          throw fail(Problem.MALFORMED_CSV, row, "", "a cell was expected");
        }
        inRow = false;
        if (header == null) {
          header = header(cells);
          continue;
        }
        if (cells.size() == 1 && cells.get(0).isEmpty() && header.size() > 1) {
          continue; // a blank line
        }
        if (cells.size() != header.size()) {
          throw fail(Problem.WRONG_ROW_LENGTH, row, "", "the row has " + cells.size()
              + " cells but the header " + header.size());
        }
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
          byName.put(header.get(i), cells.get(i));
        }
        handler.row(row, new Row(byName));
      }
      if (header == null) {
        throw fail(Problem.EMPTY_INPUT, -1, "", "the table has no header");
      }
    } catch (StreamConstraintsException e) {
      throw fail(Problem.LIMIT_EXCEEDED, row, "", "a cell is longer than "
          + limits.maxCellLength() + " characters");
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharConversionException) {
        // bytes that are no UTF-8: malformed input, not a failure to read it. The text is
        // decoded ahead of the rows, so the row is unknown; the detail gives the byte's offset
        throw new MigovCsvException(Problem.MALFORMED_CSV, file(), -1, "",
            Tokens.firstLine(String.valueOf(e.getCause().getMessage())), e);
      }
      throw new MigovCsvException(Problem.IO_ERROR, file(), row, "", "reading failed: "
          + e.getMessage(), e);
    } catch (JacksonException e) {
      String m = e.getOriginalMessage();
      throw new MigovCsvException(Problem.MALFORMED_CSV, file(), inRow ? row : row + 1, "",
          m == null ? e.getClass().getSimpleName() : Tokens.firstLine(m), e);
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

  private List<String> header(List<String> cells) {
    List<String> header = new ArrayList<>(cells);
    for (int i = 0; i < header.size(); i++) {
      // a byte order mark, as spreadsheets write, is gone: Jackson drops it from UTF-8 bytes
      String name = header.get(i);
      if (columns.stream().noneMatch(c -> c.name().equals(name))) {
        throw fail(Problem.WRONG_HEADER, 1, abbreviate(name), "the table has no column '"
            + abbreviate(name) + "'");
      }
      if (header.subList(0, i).contains(name)) {
        throw fail(Problem.WRONG_HEADER, 1, name, "the column appears twice");
      }
    }
    for (Column c : columns) {
      if (!header.contains(c.name())) {
        throw fail(Problem.WRONG_HEADER, 1, c.name(), "the header lacks the column");
      }
    }
    return header;
  }

  MigovCsvException fail(Problem problem, long row, String column, String detail) {
    return new MigovCsvException(problem, file(), row, column, detail, null);
  }

  /** {@return the Frictionless tabular data resource that describes this table} */
  ObjectNode resource() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode r = f.objectNode();
    r.put("name", name);
    r.put("path", file());
    r.put("title", title);
    r.put("profile", "tabular-data-resource");
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\r\n");
    dialect.put("quoteChar", "\"");
    dialect.put("doubleQuote", true);
    dialect.put("header", true);
    ObjectNode schema = r.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    for (Column c : columns) {
      ObjectNode field = fields.addObject();
      field.put("name", c.name());
      field.put("type", c.type());
      if (c.format() != null) {
        field.put("format", c.format());
      }
      field.put("description", c.description());
      if (c.required() || c.values() != null || c.pattern() != null) {
        ObjectNode constraints = field.putObject("constraints");
        if (c.required()) {
          constraints.put("required", true);
        }
        if (c.values() != null) {
          ArrayNode e = constraints.putArray("enum");
          c.values().forEach(e::add);
        }
        if (c.pattern() != null) {
          constraints.put("pattern", c.pattern());
        }
      }
    }
    schema.putArray("missingValues").add("");
    if (!primaryKey.isEmpty()) {
      ArrayNode pk = schema.putArray("primaryKey");
      primaryKey.forEach(pk::add);
    }
    if (foreignKeyTable != null) {
      ObjectNode fk = schema.putArray("foreignKeys").addObject();
      ArrayNode from = fk.putArray("fields");
      foreignKey.forEach(from::add);
      ObjectNode ref = fk.putObject("reference");
      ref.put("resource", foreignKeyTable);
      ArrayNode to = ref.putArray("fields");
      foreignKey.forEach(to::add);
    }
    return r;
  }
}
