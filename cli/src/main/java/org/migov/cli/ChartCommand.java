package org.migov.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import org.migov.model.Dataset;
import org.migov.model.RemittanceSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migov chart}: a line chart of remittance series, as SVG or PNG. */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = {
        "Draws a line chart of remittance series: one point per period, in time order; actual"
            + " values solid, forecasts dashed; qualified values (more than, about, …) labelled;"
            + " the value axis in the series' unit (USD billions, say).",
        "SERIES_FILE is a dataset, a remittance series, or JSON Lines of series; every series in"
            + " it is drawn unless --series names some. The series drawn must share one unit."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:drawn",
        "1:the file has errors",
        "2:wrong usage, a file that cannot be read, or no series to draw"})
final class ChartCommand implements Callable<Integer>, Contextual {
  @Parameters(index = "0", paramLabel = "SERIES_FILE", description = "the file of the series")
  @SuppressWarnings("NullAway.Init") // required parameter, set by picocli
  private Path file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "CHART",
      description = "the chart file to write: *.svg or *.png")
  @SuppressWarnings("NullAway.Init") // required option, set by picocli
  private Path output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "svg or png (by default from the name of the chart file)")
  private @Nullable String format;

  @Option(names = "--series", paramLabel = "ID", split = ",",
      description = "the ids of the series to draw (by default all), comma-separated or repeated")
  private List<String> seriesIds = new ArrayList<>();

  @Option(names = "--title", paramLabel = "TEXT",
      description = "the chart's title (by default the series' title)")
  private @Nullable String title;

  @Option(names = "--width", paramLabel = "PIXELS", defaultValue = "800",
      description = "the width (default: ${DEFAULT-VALUE})")
  private int width = 800;

  @Option(names = "--height", paramLabel = "PIXELS", defaultValue = "450",
      description = "the height (default: ${DEFAULT-VALUE})")
  private int height = 450;

  @Option(names = "--lines", description = "read the file as JSON Lines whatever its name")
  private boolean lines;

  @SuppressWarnings("NullAway.Init") // set before call
  private Context context;

  /** Created by picocli. */
  ChartCommand() {}

  @Override
  public void context(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String kind = format != null ? format.toLowerCase(Locale.ROOT)
        : String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT)
            .replaceFirst("^.*\\.(svg|png)$", "$1");
    if (!kind.equals("svg") && !kind.equals("png")) {
      throw new UserError(Migov.USAGE, "cannot tell the chart's format from " + output
          + ": name it *.svg or *.png, or give --format svg or png");
    }
    if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
      throw new UserError(Migov.USAGE, "the width and height must be 100 to 10000 pixels");
    }
    Dataset d = Reading.dataset(file, lines, null);
    List<RemittanceSeries> series = d.remittanceSeries();
    if (!seriesIds.isEmpty()) {
      for (String id : seriesIds) {
        if (series.stream().noneMatch(s -> s.id().toString().equals(id))) {
          throw new UserError(Migov.USAGE, file + ": has no series '" + id + "'; its series are "
              + ids(series));
        }
      }
      series = series.stream().filter(s -> seriesIds.contains(s.id().toString()))
          .collect(Collectors.toList());
    }
    series = series.stream().filter(s -> !s.observations().isEmpty())
        .collect(Collectors.toList());
    if (series.isEmpty()) {
      throw new UserError(Migov.USAGE, file + ": holds no remittance series with observations");
    }
    String unit = Summary.unit(series.get(0));
    for (RemittanceSeries s : series) {
      if (!Summary.unit(s).equals(unit)) {
        throw new UserError(Migov.USAGE, "the series are in different units (" + unit + ", "
            + Summary.unit(s) + ") and cannot share an axis: choose some with --series");
      }
    }
    String heading = title != null ? title
        : series.size() == 1 ? series.get(0).title().orElse(series.get(0).id().toString())
            + ", " + series.get(0).reporter() + " ("
            + series.get(0).direction().name().toLowerCase(Locale.ROOT) + ")"
        : "Remittances";
    System.setProperty("java.awt.headless", "true");
    JFreeChart chart = SeriesChart.of(series, heading);
    write(chart, kind);
    context.err().println("migov: wrote " + output + " (" + series.size() + " series)");
    return Migov.OK;
  }

  private static String ids(List<RemittanceSeries> series) {
    return series.isEmpty() ? "none" : series.stream().map(s -> s.id().toString())
        .collect(Collectors.joining(", "));
  }

  private void write(JFreeChart chart, String kind) {
    AtomicFile.write(output, out -> {
      if (kind.equals("svg")) {
        SeriesChart.svg(chart, width, height, out);
      } else {
        SeriesChart.png(chart, width, height, out);
      }
    });
  }
}
