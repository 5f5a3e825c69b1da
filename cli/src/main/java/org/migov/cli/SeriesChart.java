package org.migov.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.migov.model.Observation;
import org.migov.model.Period;
import org.migov.model.Qualifier;
import org.migov.model.RemittanceSeries;
import org.migov.model.Source;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * A line chart of remittance series with JFreeChart: one category per period, in time order;
 * actual values as solid lines, forecasts as dashed lines joined to the last actual value; values
 * with a qualifier (more than, about, …) marked with it; the value axis labelled with the
 * currency and the unit multiplier ({@code USD billions}).
 */
final class SeriesChart {
  private static final Paint[] COLOURS = {
      new Color(0x1f, 0x4e, 0x79), new Color(0xc0, 0x50, 0x4d), new Color(0x4f, 0x81, 0x3d),
      new Color(0x80, 0x64, 0xa2), new Color(0xf7, 0x96, 0x46), new Color(0x4b, 0xac, 0xc6)};
  private static final BasicStroke SOLID = new BasicStroke(2.5f);
  private static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private SeriesChart() {}

  /** {@return the chart of the series, which share one unit, with a title} */
  static JFreeChart of(List<RemittanceSeries> series, String title) {
    TreeSet<Period> periods = new TreeSet<>();
    series.forEach(s -> s.observations().forEach(o -> periods.add(o.period())));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    // every period is a category, in time order, even where a series has no value
    List<String> categories = periods.stream().map(Period::toString)
        .collect(Collectors.toList());
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    List<CategoryTextAnnotation> marks = new ArrayList<>();
    int row = 0;
    for (int i = 0; i < series.size(); i++) {
      RemittanceSeries s = series.get(i);
      String name = label(s);
      String forecastName = name + " (forecast)";
      Paint colour = COLOURS[i % COLOURS.length];
      boolean anyActual = false;
      boolean anyForecast = false;
      Observation lastActual = null;
      for (Observation o : s.observations()) {
        if (o.status().isActual()) {
          data.addValue(o.value(), name, o.period().toString());
          anyActual = true;
          lastActual = o;
        } else {
          anyForecast = true;
        }
      }
      if (anyForecast) {
        // the dashed line starts at the last actual value before the forecasts
        for (Observation o : s.observations()) {
          if (!o.status().isActual()) {
            data.addValue(o.value(), forecastName, o.period().toString());
          }
        }
        if (lastActual != null) {
          data.addValue(lastActual.value(), forecastName, lastActual.period().toString());
        }
      }
      if (anyActual) {
        renderer.setSeriesPaint(row, colour);
        renderer.setSeriesStroke(row, SOLID);
        row++;
      }
      if (anyForecast) {
        renderer.setSeriesPaint(row, colour);
        renderer.setSeriesStroke(row, DASHED);
        row++;
      }
      boolean few = s.observations().size() <= 24;
      for (Observation o : s.observations()) {
        if (few || o.qualifier() != Qualifier.EXACT) {
          CategoryTextAnnotation mark = new CategoryTextAnnotation(
              Summary.qualifier(o.qualifier()) + o.value().toPlainString(),
              o.period().toString(), o.value().doubleValue());
          mark.setTextAnchor(TextAnchor.BOTTOM_CENTER);
          mark.setFont(FONT);
          mark.setPaint(colour);
          marks.add(mark);
        }
      }
    }
    // the dataset's columns follow the order values were added: put them in time order
    DefaultCategoryDataset ordered = new DefaultCategoryDataset();
    for (Object rowKey : data.getRowKeys()) {
      Comparable<?> r = (Comparable<?>) rowKey;
      for (String c : categories) {
        Number v = data.getColumnIndex(c) >= 0 ? data.getValue(r, c) : null;
        ordered.addValue(v, r, c);
      }
    }
    CategoryAxis periodAxis = new CategoryAxis("Period");
    periodAxis.setCategoryLabelPositions(categories.size() > 8 ? CategoryLabelPositions.UP_45
        : CategoryLabelPositions.STANDARD);
    NumberAxis valueAxis = new NumberAxis(Summary.unit(series.get(0)));
    valueAxis.setAutoRangeIncludesZero(true);
    valueAxis.setUpperMargin(0.15);
    CategoryPlot plot = new CategoryPlot(ordered, periodAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    marks.forEach(plot::addAnnotation);
    JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot,
        true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setItemFont(FONT);
    String sources = series.stream().flatMap(s -> s.sources().stream()).distinct()
        .map(SeriesChart::source).collect(Collectors.joining("; "));
    if (!sources.isEmpty()) {
      TextTitle note = new TextTitle("Source: " + sources, FONT);
      note.setPosition(RectangleEdge.BOTTOM);
      chart.addSubtitle(note);
    }
    TextTitle key = new TextTitle("values in " + Summary.unit(series.get(0)) + "; solid: actual values; dashed: forecasts; \"more than\", \"about\" …: as the"
        + " source qualifies the value", new Font(Font.SANS_SERIF, Font.ITALIC, 11));
    key.setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(key);
    return chart;
  }

  private static String label(RemittanceSeries s) {
    return s.title().orElse(s.id().toString()) + " (" + s.reporter() + ", "
        + s.direction().name().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  private static String source(Source s) {
    StringJoiner b = new StringJoiner(", ");
    s.title().ifPresent(b::add);
    s.publisher().ifPresent(b::add);
    if (s.title().isEmpty() && s.publisher().isEmpty()) {
      s.url().ifPresent(u -> b.add(u.toString()));
    }
    s.published().ifPresent(p -> b.add(p.toString()));
    return b.toString();
  }

  /** Writes the chart as SVG, the same bytes for the same chart. */
  static void svg(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix("migov");
    chart.draw(g, new Rectangle(width, height));
    out.write(Objects.requireNonNull(g.getSVGDocument()).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the chart as PNG. */
  static void png(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
    ChartUtils.writeChartAsPNG(out, chart, width, height);
  }
}
