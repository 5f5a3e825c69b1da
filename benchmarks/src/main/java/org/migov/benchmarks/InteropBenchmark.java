package org.migov.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.migov.io.csv.RemittanceCsv;
import org.migov.io.sdmx.SdmxReader;
import org.migov.io.worldbank.WorldBankReader;
import org.migov.model.FlowDirection;
import org.migov.model.Observation;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.testing.ModelGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The readers of foreign formats against a bare Jackson token loop over the same bytes, and
 * writing tidy CSV against a bare {@code CsvGenerator} writing the same cells. The goals: each
 * reader at least half the throughput of its token loop; CSV writing at least 70% of its bare
 * generator. Results: see benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InteropBenchmark {
  private static final JsonFactory JSON = new JsonFactory();

  private byte[] worldBank;
  private byte[] sdmx;
  private List<RemittanceSeries> series;
  private List<String[]> cells;
  private WorldBankReader worldBankReader;
  private SdmxReader sdmxReader;

  /** Makes a World Bank page of every ISO country for 1960–2023, an SDMX message, and series. */
  @Setup
  public void setup() {
    StringBuilder wb = new StringBuilder();
    String[] countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
        .toArray(new String[0]);
    int rows = countries.length * 64;
    wb.append("[{\"page\":1,\"pages\":1,\"per_page\":").append(rows).append(",\"total\":")
        .append(rows).append(",\"sourceid\":\"2\",\"sourcename\":\"World Development "
            + "Indicators\",\"lastupdated\":\"2024-12-16\"},[");
    for (int c = 0; c < countries.length; c++) {
      for (int y = 2023; y >= 1960; y--) {
        if (c > 0 || y < 2023) {
          wb.append(',');
        }
        wb.append("{\"indicator\":{\"id\":\"BX.TRF.PWKR.CD.DT\",\"value\":\"Personal "
            + "remittances, received (current US$)\"},\"country\":{\"id\":\"XX\",\"value\":\"")
            .append(countries[c]).append("\"},\"countryiso3code\":\"").append(countries[c])
            .append("\",\"date\":\"").append(y).append("\",\"value\":")
            .append(1_000_000L * (c + 1) + y).append(".25,\"unit\":\"\",\"obs_status\":\"\","
                + "\"decimal\":0}");
      }
    }
    worldBank = wb.append("]]").toString().getBytes(StandardCharsets.UTF_8);
    worldBankReader = WorldBankReader.defaults();

    StringBuilder s = new StringBuilder("{\"data\":{\"structures\":[{\"dimensions\":{"
        + "\"series\":[{\"id\":\"REF_AREA\",\"values\":[");
    for (int c = 0; c < countries.length; c++) {
      s.append(c > 0 ? "," : "").append("{\"id\":\"").append(countries[c]).append("\"}");
    }
    s.append("]}],\"observation\":[{\"id\":\"TIME_PERIOD\",\"values\":[");
    for (int m = 0; m < 240; m++) {
      s.append(m > 0 ? "," : "").append(String.format(Locale.ROOT, "{\"id\":\"%d-%02d\"}",
          2004 + m / 12, m % 12 + 1));
    }
    s.append("]}]},\"attributes\":{\"series\":[{\"id\":\"UNIT_MEASURE\",\"values\":[{\"id\":"
        + "\"USD\"}]},{\"id\":\"UNIT_MULT\",\"values\":[{\"id\":\"6\"}]}],\"observation\":[{"
        + "\"id\":\"OBS_STATUS\",\"values\":[{\"id\":\"A\"},{\"id\":\"E\"}]}]}}],"
        + "\"dataSets\":[{\"structure\":0,\"series\":{");
    for (int c = 0; c < countries.length; c++) {
      s.append(c > 0 ? "," : "").append('"').append(c).append("\":{\"attributes\":[0,0],"
          + "\"observations\":{");
      for (int m = 0; m < 240; m++) {
        s.append(m > 0 ? "," : "").append('"').append(m).append("\":[").append(c * 1000 + m)
            .append(".5,").append(m % 2).append(']');
      }
      s.append("}}");
    }
    sdmx = s.append("}}]}}").toString().getBytes(StandardCharsets.UTF_8);
    sdmxReader = SdmxReader.builder().measure(RemittanceMeasure.PERSONAL_REMITTANCES)
        .direction(FlowDirection.INFLOW).build();

    ModelGenerator g = new ModelGenerator(Data.SEED);
    series = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      series.add(g.monthlySeries(600).toBuilder()
          .id(org.migov.model.SeriesId.of("s-" + i)).build());
    }
    cells = new ArrayList<>();
    for (RemittanceSeries r : series) {
      for (Observation o : r.observations()) {
        cells.add(new String[] {r.id().value(), r.reporter().code(),
            r.counterpart().map(Object::toString).orElse(""), "inflow", "workers_remittances",
            r.indicator().orElse(""), r.frequency().toString(), r.currency().getCurrencyCode(),
            Integer.toString(r.unitMultiplier()), o.period().toString(),
            o.period().start().atDay(1).toString(), o.period().end().atEndOfMonth().toString(),
            o.value().toPlainString(), "normal", "exact", "", "", "", ""});
      }
    }
  }

  /** {@return the series of the World Bank page} */
  @Benchmark
  public Object worldBankRead() {
    return worldBankReader.read(worldBank);
  }

  /** {@return a bare token loop over the World Bank page} */
  @Benchmark
  public long worldBankTokens() {
    return Tokens.loop(JSON, worldBank);
  }

  /** {@return the series of the SDMX-JSON message} */
  @Benchmark
  public Object sdmxRead() {
    return sdmxReader.readRemittanceSeries(sdmx);
  }

  /** {@return a bare token loop over the SDMX-JSON message} */
  @Benchmark
  public long sdmxTokens() {
    return Tokens.loop(JSON, sdmx);
  }

  /** {@return the size of the tidy CSV of 60,000 observations} */
  @Benchmark
  public int csvWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
    RemittanceCsv.defaults().writeObservations(series, out);
    return out.size();
  }

  /** {@return the size of the same cells written by a bare {@code CsvGenerator}} */
  @Benchmark
  public int csvGenerator() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
    CsvSchema.Builder b = CsvSchema.builder();
    for (int i = 0; i < 19; i++) {
      b.addColumn("c" + i);
    }
    CsvMapper mapper = CSV;
    try (JsonGenerator g = mapper.writer(b.setUseHeader(true).setLineSeparator("\r\n").build())
        .createGenerator((OutputStream) out, tools.jackson.core.JsonEncoding.UTF8)) {
      for (String[] row : cells) {
        g.writeStartArray();
        for (String c : row) {
          g.writeString(c);
        }
        g.writeEndArray();
      }
    }
    return out.size();
  }

  private static final CsvMapper CSV = CsvMapper.builder().build();
}
