package org.migov.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.migov.io.sdmx.SdmxException;
import org.migov.io.sdmx.SdmxMessage;
import org.migov.io.sdmx.SdmxObservation;
import org.migov.io.sdmx.SdmxReader;
import org.migov.io.sdmx.SdmxSeries;
import org.migov.model.CountryCode;
import org.migov.model.RemittanceSeries;

/**
 * An SDMX-JSON data message (1.0 or 2.x), read into remittance series. SDMX does not say what a
 * series measures: {@code --measure} and {@code --direction} are required; {@code --currency},
 * the dimension options and {@code --area} map what the message names otherwise. Observations
 * without a value are reported.
 */
final class SdmxFormat implements Format {
  @Override
  public String name() {
    return "sdmx";
  }

  @Override
  public List<String> extensions() {
    return List.of();
  }

  @Override
  public String description() {
    return "an SDMX-JSON 1.0 or 2.x data message (read only; --from sdmx)";
  }

  @Override
  public boolean readable() {
    return true;
  }

  @Override
  public boolean writable() {
    return false;
  }

  @Override
  public Content read(Path file, ConvertOptions options) {
    InteropOptions o = options.interop();
    if (o.measure() == null || o.direction() == null) {
      throw new UserError(Migov.USAGE, "SDMX does not say what a series measures: give"
          + " --measure and --direction");
    }
    SdmxReader.Builder b = SdmxReader.builder().measure(o.measure()).direction(o.direction());
    if (o.currency() != null) {
      b.currency(o.currency());
    }
    for (Map.Entry<String, String> d : o.dimensions().entrySet()) {
      switch (d.getKey()) {
        case "ref-area" -> b.refAreaDimension(d.getValue());
        case "counterpart-area" -> b.counterpartAreaDimension(d.getValue());
        case "frequency" -> b.frequencyDimension(d.getValue());
        case "time-period" -> b.timePeriodDimension(d.getValue());
        case "indicator" -> b.indicatorDimension(d.getValue());
        default -> throw new IllegalStateException("no dimension role " + d.getKey());
      }
    }
    for (Map.Entry<String, CountryCode> a : o.areas().entrySet()) {
      b.area(a.getKey(), a.getValue());
    }
    SdmxReader reader = b.build();
    List<RemittanceSeries> series;
    List<String> empty = new ArrayList<>();
    try {
      SdmxMessage message = reader.read(file);
      series = reader.toRemittanceSeries(message);
      for (SdmxSeries s : message.series()) {
        for (SdmxObservation obs : s.observations()) {
          if (obs.value().isEmpty()) {
            empty.add(String.join(":", s.key().values()) + " " + obs.timePeriod());
          }
        }
      }
    } catch (SdmxException e) {
      throw new UserError(e.problem() == SdmxException.Problem.IO_ERROR ? Migov.USAGE
          : Migov.DATA_ERRORS, file + ": "
          + Interop.inCommandTerms(String.valueOf(e.getMessage())));
    }
    int observations = series.stream().mapToInt(s -> s.observations().size()).sum();
    options.report().accept(file + ": " + Interop.count(series.size(), "series",
        "series") + ", " + Interop.count(observations, "observation", "observations"));
    if (!empty.isEmpty()) {
      options.report().accept(file + ": " + Interop.count(empty.size(),
          "observation", "observations") + " without a value (no figure, not zero; not kept): "
          + Interop.some(empty));
    }
    return new Content(ModelType.REMITTANCE_SERIES, series.stream());
  }

  @Override
  public void write(Content content, OutputStream out, ConvertOptions options) {
    throw new UserError(Migov.USAGE, "the format sdmx cannot be written");
  }
}
