package org.migov.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.migov.model.CountryCode;
import org.migov.model.FlowDirection;
import org.migov.model.RemittanceMeasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migov convert}: from one format to another, never leaving a half-written file. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {
        "Converts a file from one format to another: a migov JSON document (json), JSON Lines"
            + " (jsonl), tidy CSV tables with their Frictionless data package in a directory"
            + " (csv), and from a World Bank API JSON page (worldbank) or an SDMX-JSON message"
            + " (sdmx). The formats are taken from the file names (a directory or a"
            + " datapackage.json is csv), or given with --from and --to.",
        "A dataset written as JSON Lines becomes lines of its objects when they are all of one"
            + " kind (only meetings, say), else one line; JSON Lines written as one document"
            + " become the dataset that holds their objects.",
        "The output is written to a temporary file beside OUT, then moved to OUT: on an error"
            + " nothing is left behind. OUT '-' is standard output.",
        "csv: OUT is a directory (new, empty, or holding tables written before, which are"
            + " replaced as a set) that receives remittance-observations.csv,"
            + " remittance-series.csv, remittance-sources.csv for series, dialogues.csv,"
            + " meetings.csv, participation.csv, declarations.csv, goals.csv, memberships.csv"
            + " for the rest of a dataset, and datapackage.json. Only the series are read back.",
        "What a reader finds beside the series (skipped aggregates, missing values, notes) and"
            + " what a table leaves out is reported on standard error."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:converted",
        "1:the input has errors (nothing written)",
        "2:wrong usage, an input that cannot be read, or a conversion that is not possible"})
final class ConvertCommand implements Callable<Integer>, Contextual {
  @Parameters(index = "0", paramLabel = "IN", description = "the file to read")
  @SuppressWarnings("NullAway.Init") // required parameter, set by picocli
  private Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "the file to write, or - for"
      + " standard output")
  @SuppressWarnings("NullAway.Init") // required parameter, set by picocli
  private Path out;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "the format of IN (by default from its name): json, jsonl, csv, worldbank,"
          + " sdmx")
  private @Nullable String from;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "the format of OUT (by default from its name): json, jsonl, csv")
  private @Nullable String to;

  @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
      description = "the model type of the input's objects (by default: told from the first)")
  private @Nullable ModelType type;

  @Option(names = "--compact", description = "write JSON documents compact, on one line"
      + " (by default pretty, two spaces)")
  private boolean compact;

  @Option(names = "--page", paramLabel = "FILE", description = "worldbank: a further page of"
      + " the same query, read with IN as one result; repeatable")
  private List<Path> pages = new ArrayList<>();

  @Option(names = "--indicator", paramLabel = "ID", description = "worldbank: read an"
      + " indicator the reader does not know, with --measure, --direction, --currency (USD"
      + " unless given) and --unit-multiplier (0 unless given); repeatable")
  private List<String> indicators = new ArrayList<>();

  @Option(names = "--measure", paramLabel = "MEASURE", description = "worldbank with"
      + " --indicator, sdmx (required): what the values are: personal_remittances,"
      + " workers_remittances, personal_transfers, compensation_of_employees, other,"
      + " unspecified")
  private @Nullable String measure;

  @Option(names = "--direction", paramLabel = "DIRECTION", description = "worldbank with"
      + " --indicator, sdmx (required): inflow or outflow of the reporting country")
  private @Nullable String direction;

  @Option(names = "--currency", paramLabel = "CODE", description = "worldbank with"
      + " --indicator, sdmx: the ISO 4217 currency of the values (sdmx: by default the"
      + " message's CURRENCY or UNIT_MEASURE)")
  private @Nullable String currency;

  @Option(names = "--unit-multiplier", paramLabel = "N", description = "worldbank with"
      + " --indicator: the power of ten the values are multiplied by, 0 to 18")
  private @Nullable Integer unitMultiplier;

  @Option(names = "--ref-area-dimension", paramLabel = "ID",
      description = "sdmx: the dimension of the reporting country (REF_AREA)")
  private @Nullable String refArea;

  @Option(names = "--counterpart-area-dimension", paramLabel = "ID",
      description = "sdmx: the dimension of the counterpart country (COUNTERPART_AREA)")
  private @Nullable String counterpartArea;

  @Option(names = "--frequency-dimension", paramLabel = "ID",
      description = "sdmx: the dimension of the frequency (FREQ)")
  private @Nullable String frequency;

  @Option(names = "--time-period-dimension", paramLabel = "ID",
      description = "sdmx: the dimension of time (TIME_PERIOD)")
  private @Nullable String timePeriod;

  @Option(names = "--indicator-dimension", paramLabel = "ID",
      description = "sdmx: a dimension whose value becomes each series' indicator (none)")
  private @Nullable String indicatorDimension;

  @Option(names = "--area", paramLabel = "CODE=ISO3", description = "sdmx: an area code that"
      + " is not an ISO 3166-1 code, and the country it means (ASIKHM=KHM); repeatable")
  private Map<String, String> areas = new LinkedHashMap<>();

  @SuppressWarnings("NullAway.Init") // set before call
  private Context context;

  /** Created by picocli. */
  ConvertCommand() {}

  @Override
  public void context(Context context) {
    this.context = context;
  }

  private static Format format(@Nullable String name, Path file, String which, boolean reading) {
    if (name != null) {
      Format f = Formats.named(name).orElseThrow(() -> new UserError(Migov.USAGE, "unknown"
          + " format '" + name + "' for " + which + "; the formats are "
          + Formats.names(reading)));
      if (reading ? !f.readable() : !f.writable()) {
        throw new UserError(Migov.USAGE, "the format " + f.name() + " cannot be "
            + (reading ? "read" : "written"));
      }
      return f;
    }
    return Formats.of(file).orElseThrow(() -> new UserError(Migov.USAGE, "cannot tell the"
        + " format of " + file + " from its name: give it with --" + which + " ("
        + Formats.names(reading) + ")"));
  }

  private InteropOptions interop(Format source) {
    Map<String, String> dimensions = new LinkedHashMap<>();
    putIf(dimensions, "ref-area", refArea);
    putIf(dimensions, "counterpart-area", counterpartArea);
    putIf(dimensions, "frequency", frequency);
    putIf(dimensions, "time-period", timePeriod);
    putIf(dimensions, "indicator", indicatorDimension);
    Map<String, CountryCode> countries = new LinkedHashMap<>();
    areas.forEach((code, iso) -> countries.put(code, country(iso)));
    for (Path page : pages) {
      Detection.requireReadable(page);
    }
    InteropOptions o = new InteropOptions(pages, indicators, measure == null ? null
        : constant(RemittanceMeasure.class, measure, "--measure"), direction == null ? null
        : constant(FlowDirection.class, direction, "--direction"), currency == null ? null
        : currency(currency), unitMultiplier, dimensions, countries);
    if (unitMultiplier != null && (unitMultiplier < 0 || unitMultiplier > 18)) {
      throw new UserError(Migov.USAGE, "--unit-multiplier is " + unitMultiplier
          + " but must be 0 to 18");
    }
    String name = source.name();
    if (o.worldBankOnly() && !name.equals("worldbank")) {
      throw new UserError(Migov.USAGE, "--page, --indicator and --unit-multiplier are for"
          + " --from worldbank, not " + name);
    }
    if (o.sdmxOnly() && !name.equals("sdmx")) {
      throw new UserError(Migov.USAGE, "the dimension options and --area are for --from sdmx,"
          + " not " + name);
    }
    if (o.any() && !name.equals("worldbank") && !name.equals("sdmx")) {
      throw new UserError(Migov.USAGE, "--measure, --direction and --currency are for --from"
          + " worldbank or sdmx, not " + name);
    }
    return o;
  }

  private static void putIf(Map<String, String> map, String key, @Nullable String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String option) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.replace('-', '_'))) {
        return e;
      }
    }
    throw new UserError(Migov.USAGE, option + " '" + value + "' is none of "
        + java.util.Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError(Migov.USAGE, "--currency '" + code + "' is not an ISO 4217 code");
    }
  }

  private static CountryCode country(String code) {
    try {
      return CountryCode.of(code.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new UserError(Migov.USAGE, "--area: '" + code + "' is not an ISO 3166-1 alpha-3"
          + " country code");
    }
  }

  @Override
  public Integer call() {
    boolean toStdout = out.toString().equals("-");
    Format source = format(from, in, "from", true);
    if (source.directory()) {
      if (!Files.exists(in)) {
        throw new UserError(Migov.USAGE, in + ": no such file or directory");
      }
    } else {
      Detection.requireReadable(in);
    }
    Format target = toStdout && to == null ? Formats.named("json").orElseThrow()
        : format(to, out, "to", false);
    ConvertOptions options = new ConvertOptions(type, compact, interop(source),
        line -> context.err().println(line));
    if (target.directory()) {
      if (toStdout) {
        throw new UserError(Migov.USAGE, "the " + target.name() + " format is a directory of"
            + " files: give OUT as a directory, not -");
      }
      AtomicDirectory.write(CsvFormat.directoryOf(out), CsvFormat.FILES, dir -> {
        try (Content content = source.read(in, options)) {
          target.writeDirectory(content, dir, options);
        }
      });
      context.err().flush();
      return Migov.OK;
    }
    if (toStdout) {
      try (Content content = source.read(in, options)) {
        target.write(content, context.bytes(), options);
        context.bytes().flush();
      }
      return Migov.OK;
    }
    AtomicFile.write(out, o -> {
      try (Content content = source.read(in, options)) {
        target.write(content, o, options);
      }
    });
    context.err().flush();
    return Migov.OK;
  }
}
