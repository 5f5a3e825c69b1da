package org.migov.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.migov.io.csv.RemittanceCsv;
import org.migov.io.sdmx.SdmxMessage;
import org.migov.io.sdmx.SdmxReader;
import org.migov.io.worldbank.IndicatorMeaning;
import org.migov.io.worldbank.WorldBankReader;
import org.migov.io.worldbank.WorldBankResult;
import org.migov.model.CountryCode;
import org.migov.model.FlowDirection;
import org.migov.model.Observation;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;

/**
 * Reads a real World Bank API response and a real SDMX-JSON message, prints their series, and
 * writes them as tidy CSV with a Frictionless data package.
 *
 * <p>Run with {@code mvn -B -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.migov.examples.InteropExample}; the tables go to {@code
 * examples/target/interop/}, or to the directory named by {@code -Dexec.args=dir}.
 *
 * <p>Neither sample is about remittances (GDP of Japan; milled rice in Cambodia, in tonnes): the
 * readers refuse indicators and units they do not know, so the example says what the figures are
 * ({@link RemittanceMeasure#OTHER}; US dollars; tonnes as {@code XXX}, ISO 4217's "no
 * currency").
 */
public final class InteropExample {
  private InteropExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally, the directory to write the tables to
   */
  public static void main(String[] args) {
    run(System.out, Path.of(args.length > 0 ? args[0] : "examples/target/interop"));
  }

  static List<RemittanceSeries> run(PrintStream out, Path directory) {
    List<RemittanceSeries> all = new ArrayList<>();

    // the World Bank: a page of GDP (current US$) of Japan, newest first, with a null for 2020
    WorldBankReader worldBank = WorldBankReader.builder()
        .indicator("NY.GDP.MKTP.CD",
            IndicatorMeaning.usDollars(RemittanceMeasure.OTHER, FlowDirection.INFLOW))
        .build();
    WorldBankResult wb = worldBank.read(
        resource("wb-v2-indicator-JPN-USA-NY.GDP.MKTP.CD-page1.json"));
    all.addAll(wb.series());
    wb.missing().forEach(m -> out.println("no value: " + m.reporter() + " " + m.indicator() + " "
        + m.period()));

    // SDMX-JSON: milled rice by province of Cambodia; the whole country is ASIKHM
    SdmxReader sdmx = SdmxReader.builder()
        .measure(RemittanceMeasure.OTHER).direction(FlowDirection.INFLOW)
        .area("ASIKHM", CountryCode.of("KHM"))
        .currency(Currency.getInstance("XXX"))
        .build();
    SdmxMessage message = sdmx.read(resource("v2.1.0-agri.json"));
    message.series().stream()
        .filter(s -> "ASIKHM".equals(s.key().get("REF_AREA")))
        .map(s -> sdmx.toRemittanceSeries(s, message))
        .forEach(all::add);

    for (RemittanceSeries s : all) {
      out.println(s.id() + ": " + s.title().or(s::indicator).orElse("(untitled)") + ", "
          + s.frequency() + ", " + s.currency().getCurrencyCode() + " x 10^"
          + s.unitMultiplier());
      List<Observation> obs = s.observations();
      for (Observation o : obs.subList(Math.max(0, obs.size() - 3), obs.size())) {
        out.println("  " + o.period() + "  " + o.value().toPlainString());
      }
    }
    RemittanceCsv.defaults().write(all, directory);
    out.println("wrote " + directory.resolve(RemittanceCsv.OBSERVATIONS_FILE) + " and "
        + RemittanceCsv.DATA_PACKAGE_FILE);
    return all;
  }

  private static byte[] resource(String name) {
    try (InputStream in = InteropExample.class.getResourceAsStream("interop/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
