package org.migov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.migov.cli.ValidateCommand.FileResult;
import org.migov.io.json.MigovJsonException;
import org.migov.validation.Violation;
import tools.jackson.core.JsonGenerator;

/**
 * Writes what {@code migov validate} finds as it finds it, so that a file with a million bad lines
 * needs no memory for them: as lines for people, or as one JSON document.
 */
abstract class ValidationReporter {
  /** A file is about to be read. */
  abstract void fileStart(FileResult r);

  /**
   * Reports a problem of reading (with a location), or one violation of the model found while
   * reading.
   */
  abstract void readingError(FileResult r, MigovJsonException e, @Nullable Violation v);

  /** Reports a violation of a dataset's rules; {@code record} is its number in JSON Lines or -1. */
  abstract void violation(FileResult r, long record, Violation v);

  /** A file could not be read at all. */
  abstract void unreadable(Path file, String message);

  /** A file was read to its end. */
  abstract void fileEnd(FileResult r, boolean ok);

  /** All files were read. */
  abstract void end(int files, int valid, long errors, long warnings, boolean ok);

  static String severity(Violation v) {
    return v.severity().name().toLowerCase(Locale.ROOT);
  }

  static String problem(MigovJsonException e) {
    return e.problem().name().toLowerCase(Locale.ROOT);
  }

  /** The line of the problem in the file: the JSON Lines line, or the line in the document. */
  static long line(MigovJsonException e) {
    return e.lineNumber() > 0 ? e.lineNumber() : e.line();
  }

  static String plural(long n, String one) {
    return n + " " + one + (n == 1 ? "" : "s");
  }

  /** Lines for people, in the form {@code file:line:column: error: …} that editors understand. */
  static final class Text extends ValidationReporter {
    private final PrintWriter out;

    Text(PrintWriter out) {
      this.out = out;
    }

    @Override
    void fileStart(FileResult r) {}

    @Override
    void readingError(FileResult r, MigovJsonException e, @Nullable Violation v) {
      StringBuilder s = new StringBuilder().append(r.file);
      long line = line(e);
      if (line > 0) {
        s.append(':').append(line);
        if (e.column() > 0) {
          s.append(':').append(e.column());
        }
      }
      if (v == null) {
        s.append(": error: ").append(problem(e).replace('_', ' ')).append(" at '")
            .append(e.pointer()).append("': ").append(e.detail());
      } else {
        s.append(": ").append(severity(v)).append(": ").append(v.path()).append(": ")
            .append(v.message()).append(" [").append(v.code().code()).append(']');
      }
      out.println(s);
    }

    @Override
    void violation(FileResult r, long record, Violation v) {
      out.println(r.file + (record > 0 ? ": line object " + record : "") + ": " + severity(v)
          + ": " + v.path() + ": " + v.message() + " [" + v.code().code() + "]");
    }

    @Override
    void unreadable(Path file, String message) {
      // said on standard error
    }

    @Override
    void fileEnd(FileResult r, boolean ok) {
      out.println(r.file + ": " + (ok ? "valid" : "invalid") + " ("
          + (r.type == null ? "" : r.type.schemaName() + ", ")
          + (r.layout == null ? "" : r.layout.label() + ", ")
          + plural(r.objects, "object") + ", " + plural(r.errors, "error") + ", "
          + plural(r.warnings, "warning") + ")");
    }

    @Override
    void end(int files, int valid, long errors, long warnings, boolean ok) {
      out.println((ok ? "valid: " : "invalid: ") + plural(files, "file") + " checked, " + valid
          + " valid; " + plural(errors, "error") + ", " + plural(warnings, "warning"));
    }
  }

  /**
   * One JSON document: {@code {"files": [{"file", "layout", "type", "problems": [...], "objects",
   * "errors", "warnings", "valid"}], "files_checked", "files_valid", "errors", "warnings",
   * "valid"}}.
   */
  static final class Json extends ValidationReporter {
    private final PrintWriter out;
    private final JsonGenerator g;
    private boolean inFile;

    Json(PrintWriter out) {
      this.out = out;
      this.g = JsonOut.generator(out);
      g.writeStartObject();
      g.writeName("files");
      g.writeStartArray();
    }

    private void startFile(Path file) {
      g.writeStartObject();
      g.writeStringProperty("file", file.toString());
      inFile = true;
    }

    @Override
    void fileStart(FileResult r) {
      startFile(r.file);
      g.writeStringProperty("layout", r.layout == Layout.JSON_LINES ? "json_lines" : "json");
      g.writeStringProperty("type", r.type == null ? null : r.type.schemaName());
      g.writeName("problems");
      g.writeStartArray();
    }

    @Override
    void readingError(FileResult r, MigovJsonException e, @Nullable Violation v) {
      g.writeStartObject();
      g.writeStringProperty("severity", v == null ? "error" : severity(v));
      g.writeStringProperty("problem", problem(e));
      if (e.lineNumber() > 0) {
        g.writeNumberProperty("json_lines_line", e.lineNumber());
      }
      if (line(e) > 0) {
        g.writeNumberProperty("line", line(e));
        g.writeNumberProperty("column", e.column());
      }
      g.writeStringProperty("pointer", e.pointer());
      if (v != null) {
        g.writeStringProperty("path", v.path());
        g.writeStringProperty("code", v.code().code());
        g.writeStringProperty("message", v.message());
      } else {
        g.writeStringProperty("message", e.detail());
      }
      g.writeEndObject();
    }

    @Override
    void violation(FileResult r, long record, Violation v) {
      g.writeStartObject();
      g.writeStringProperty("severity", severity(v));
      g.writeStringProperty("problem", "rule");
      if (record > 0) {
        g.writeNumberProperty("object", record);
      }
      g.writeStringProperty("path", v.path());
      g.writeStringProperty("code", v.code().code());
      g.writeStringProperty("message", v.message());
      g.writeEndObject();
    }

    @Override
    void unreadable(Path file, String message) {
      if (inFile) {
        // failed after its start: close the problems
        g.writeEndArray();
      } else {
        startFile(file);
      }
      g.writeStringProperty("unreadable", message);
      g.writeBooleanProperty("valid", false);
      g.writeEndObject();
      inFile = false;
    }

    @Override
    void fileEnd(FileResult r, boolean ok) {
      g.writeEndArray();
      g.writeNumberProperty("objects", r.objects);
      g.writeNumberProperty("errors", r.errors);
      g.writeNumberProperty("warnings", r.warnings);
      g.writeBooleanProperty("valid", ok);
      g.writeEndObject();
      inFile = false;
    }

    @Override
    void end(int files, int valid, long errors, long warnings, boolean ok) {
      g.writeEndArray();
      g.writeNumberProperty("files_checked", files);
      g.writeNumberProperty("files_valid", valid);
      g.writeNumberProperty("errors", errors);
      g.writeNumberProperty("warnings", warnings);
      g.writeBooleanProperty("valid", ok);
      g.writeEndObject();
      g.close();
      out.println();
    }
  }
}
