package org.migov.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.migov.io.csv.GovernanceTables;
import org.migov.io.csv.MigovCsvException;
import org.migov.io.csv.RemittanceCsv;
import org.migov.model.Dataset;
import org.migov.model.RemittanceSeries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tidy CSV tables with their Frictionless {@code datapackage.json}, in a directory. Remittance
 * series are the three tables of {@link RemittanceCsv}, which read back equal; the dialogues,
 * meetings and declarations of a dataset are the six flat tables of {@link GovernanceTables},
 * an export that is not read back. A dataset holding both gets both, with one data package
 * listing all nine tables. Reading takes the series of a directory (or of its {@code
 * datapackage.json}).
 */
final class CsvFormat implements Format {
  /** The files of the governance tables, as {@link GovernanceTables} names them. */
  static final List<String> GOVERNANCE_FILES = List.of("dialogues.csv", "meetings.csv",
      "participation.csv", "declarations.csv", "goals.csv", "memberships.csv");

  /** The files of the remittance tables. */
  static final List<String> REMITTANCE_FILES = List.of(RemittanceCsv.OBSERVATIONS_FILE,
      RemittanceCsv.SERIES_FILE, RemittanceCsv.SOURCES_FILE);

  /** Every file that a directory written by this format holds. */
  static final Set<String> FILES = Set.copyOf(concat(concat(GOVERNANCE_FILES, REMITTANCE_FILES),
      List.of(RemittanceCsv.DATA_PACKAGE_FILE)));

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public List<String> extensions() {
    return List.of();
  }

  @Override
  public String description() {
    return "tidy CSV tables + datapackage.json in a directory (--to csv, or an existing"
        + " directory)";
  }

  @Override
  public boolean readable() {
    return true;
  }

  @Override
  public boolean writable() {
    return true;
  }

  @Override
  public boolean directory() {
    return true;
  }

  /** {@return the directory of the tables: the directory given, or that of its data package} */
  static Path directoryOf(Path file) {
    if (!Files.isDirectory(file)
        && String.valueOf(file.getFileName()).equals(RemittanceCsv.DATA_PACKAGE_FILE)) {
      Path parent = file.getParent();
      return parent != null ? parent : Path.of(".");
    }
    return file;
  }

  @Override
  public Content read(Path file, ConvertOptions options) {
    Path dir = directoryOf(file);
    if (!Files.isDirectory(dir)) {
      throw new UserError(Migov.USAGE, file + ": is not a directory of CSV tables");
    }
    List<String> governance = GOVERNANCE_FILES.stream()
        .filter(n -> Files.exists(dir.resolve(n))).collect(Collectors.toList());
    if (!Files.exists(dir.resolve(RemittanceCsv.SERIES_FILE))) {
      throw new UserError(Migov.USAGE, dir + ": has no " + RemittanceCsv.SERIES_FILE
          + (governance.isEmpty() ? ": not a directory of migov's CSV tables"
              : ": its governance tables are an export and are not read back (migov JSON"
              + " keeps the dataset whole)"));
    }
    List<RemittanceSeries> series;
    try {
      series = RemittanceCsv.defaults().read(dir);
    } catch (MigovCsvException e) {
      throw new UserError(e.problem() == MigovCsvException.Problem.IO_ERROR ? Migov.USAGE
          : Migov.DATA_ERRORS, dir + ": " + e.getMessage());
    }
    if (!governance.isEmpty()) {
      options.report().accept(dir + ": not read back (an export): " + String.join(", ",
          governance));
    }
    return new Content(ModelType.REMITTANCE_SERIES, series.stream());
  }

  @Override
  public void write(Content content, OutputStream out, ConvertOptions options) {
    throw new UserError(Migov.USAGE, "the csv format is a directory: give OUT as a directory,"
        + " not standard output");
  }

  @Override
  public void writeDirectory(Content content, Path directory, ConvertOptions options) {
    List<?> objects = content.objects().collect(Collectors.toList());
    List<RemittanceSeries> series;
    Dataset governance = null;
    ModelType type = content.type();
    if (type == ModelType.REMITTANCE_SERIES) {
      series = objects.stream().map(RemittanceSeries.class::cast).collect(Collectors.toList());
    } else if (type == ModelType.DATASET || type == ModelType.DIALOGUE
        || type == ModelType.MEETING || type == ModelType.DECLARATION) {
      Dataset d = Conversions.toDataset(objects);
      series = d.remittanceSeries();
      if (!d.dialogues().isEmpty() || !d.meetings().isEmpty() || !d.declarations().isEmpty()) {
        governance = d;
      }
      List<String> left = new ArrayList<>();
      count(left, d.organisations().size(), "organisation", "organisations");
      count(left, d.people().size(), "person", "people");
      count(left, d.countryFigures().size(), "country figure", "country figures");
      if (!left.isEmpty()) {
        options.report().accept("not in the CSV tables: " + String.join(", ", left)
            + " (migov JSON keeps them)");
      }
      if (!d.meetings().isEmpty()) {
        options.report().accept("the governance tables flatten the dataset: meetings' "
            + "statements, sessions and sources are not in them (migov JSON keeps them)");
      }
    } else {
      throw new UserError(Migov.USAGE, "the CSV tables hold remittance series and the"
          + " dialogues, meetings and declarations of a dataset, not objects of type " + type);
    }
    if (series.isEmpty() && governance == null) {
      throw new UserError(Migov.USAGE, "nothing to write: the input holds no remittance"
          + " series, dialogues, meetings or declarations");
    }
    try {
      if (!series.isEmpty()) {
        RemittanceCsv.defaults().write(series, directory);
      }
      if (governance != null) {
        GovernanceTables.defaults().write(governance, directory);
      }
      if (!series.isEmpty() && governance != null) {
        Files.writeString(directory.resolve(RemittanceCsv.DATA_PACKAGE_FILE), bothPackages(),
            StandardCharsets.UTF_8);
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(Migov.DATA_ERRORS, "the series cannot be written as tables: "
          + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> written = new ArrayList<>();
    if (!series.isEmpty()) {
      int observations = series.stream().mapToInt(s -> s.observations().size()).sum();
      written.add(Interop.count(series.size(), "series", "series") + " ("
          + Interop.count(observations, "observation", "observations") + ")");
    }
    if (governance != null) {
      written.add(Interop.count(governance.dialogues().size(), "dialogue", "dialogues") + ", "
          + Interop.count(governance.meetings().size(), "meeting", "meetings") + ", "
          + Interop.count(governance.declarations().size(), "declaration", "declarations"));
    }
    options.report().accept("tables written: " + String.join("; ", written));
  }

  private static void count(List<String> left, int n, String one, String many) {
    if (n > 0) {
      left.add(Interop.count(n, one, many));
    }
  }

  /** {@return one data package of the governance tables and the remittance tables} */
  static String bothPackages() {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode p = (ObjectNode) mapper.readTree(GovernanceTables.defaults().dataPackage());
    JsonNode remittances = mapper.readTree(RemittanceCsv.defaults().dataPackage());
    p.put("name", "migov-dataset");
    p.put("title", "Migration governance data and remittance series written by migov");
    ArrayNode resources = (ArrayNode) p.get("resources");
    remittances.get("resources").forEach(resources::add);
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(p) + "\n";
  }
}
