package org.migov.io.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import static org.migov.io.Million.CODES;
import static org.migov.io.Million.COUNTRIES;
import static org.migov.io.Million.YEARS;
import static org.migov.io.Million.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migov.io.Million;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.Period;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;

/**
 * SDMX-JSON messages of a million observations read through a heap of 256 MiB, in the series
 * layout and in the flat layout. In a full build this class runs in a fork of its own with that
 * heap (io/pom.xml, profile {@code json-lines-million}): each message (some 30 MB of text) is
 * generated as it is read, never held; the reader keeps the figures, not the text nor a tree. It
 * asserts counts and values computed independently of the JSON, never timings.
 */
class SdmxMillionTest {
  static final SdmxReader READER = SdmxReader.builder()
      .measure(RemittanceMeasure.PERSONAL_REMITTANCES).direction(FlowDirection.INFLOW).build();

  @BeforeAll
  static void heapIsSmallInItsOwnFork() {
    Million.assertSmallHeapInItsOwnFork();
  }

  /** Whether an observation is an estimate (status E); the others are normal (A). */
  static boolean estimate(int country, int year) {
    return (country + year) % 7 == 0;
  }

  /** The structure: REF_AREA at the series level (or the observation level), then time. */
  static String structure(boolean flat) {
    StringBuilder areas = new StringBuilder();
    for (int c = 0; c < COUNTRIES; c++) {
      areas.append(c > 0 ? "," : "").append("{\"id\":\"").append(CODES.get(c)).append("\"}");
    }
    StringBuilder years = new StringBuilder();
    for (int y = 1; y <= YEARS; y++) {
      years.append(y > 1 ? "," : "").append("{\"id\":\"")
          .append(String.format(Locale.ROOT, "%04d", y)).append("\"}");
    }
    String area = "{\"id\":\"REF_AREA\",\"values\":[" + areas + "]}";
    String time = "{\"id\":\"TIME_PERIOD\",\"values\":[" + years + "]}";
    return "{\"meta\":{\"id\":\"MILLION\",\"prepared\":\"2025-01-31T00:00:00Z\",\"sender\":{"
        + "\"id\":\"TEST\"}},\"data\":{\"structures\":[{\"name\":\"A million\",\"dimensions\":{"
        + (flat ? "\"series\":[],\"observation\":[" + area + "," + time + "]"
            : "\"series\":[" + area + "],\"observation\":[" + time + "]")
        + "},\"attributes\":{\"" + (flat ? "dataSet" : "series") + "\":[{\"id\":"
        + "\"UNIT_MEASURE\",\"values\":[{\"id\":\"USD\"}]}],"
        + "\"observation\":[{\"id\":\"OBS_STATUS\",\"values\":[{\"id\":\"A\"},{\"id\":\"E\"}]}]}}],"
        + "\"dataSets\":[{\"structure\":0," + (flat ? "\"attributes\":[0],\"observations\":{"
            : "\"series\":{");
  }

  /** A message, made piece by piece as it is read. */
  static final class Message extends Million.Stream {
    private final boolean flat;

    Message(boolean flat) {
      super(structure(flat));
      this.flat = flat;
    }

    @Override
    protected @Nullable String piece(int row) {
      if (row >= COUNTRIES * YEARS) {
        return row > COUNTRIES * YEARS ? null : flat ? "}}]}}" : "}}}}]}}";
      }
      StringBuilder s = new StringBuilder();
      if (flat) {
        // the years of all countries interleaved: every series stays open to the end
        int c = row % COUNTRIES;
        int y = row / COUNTRIES;
        s.append(row > 0 ? "," : "").append('"').append(c).append(':').append(y).append("\":[")
            .append(value(c, y + 1)).append(".5,").append(estimate(c, y + 1) ? 1 : 0).append(']');
      } else {
        int c = row / YEARS;
        int y = row % YEARS;
        if (y == 0) {
          s.append(c > 0 ? "}}," : "").append('"').append(c).append("\":{\"attributes\":[0],"
              + "\"observations\":{");
        }
        s.append(y > 0 ? "," : "").append('"').append(y).append("\":[").append(value(c, y + 1))
            .append(".5,").append(estimate(c, y + 1) ? 1 : 0).append(']');
      }
      return s.toString();
    }
  }

  static void assertMillion(List<RemittanceSeries> series) {
    assertThat(series).hasSize(COUNTRIES);
    long total = 0;
    long estimates = 0;
    long expectedEstimates = 0;
    for (int c = 0; c < COUNTRIES; c++) {
      RemittanceSeries s = series.get(c);
      assertThat(s.reporter().code()).isEqualTo(CODES.get(c));
      assertThat(s.frequency()).isEqualTo(Frequency.ANNUAL);
      assertThat(s.currency().getCurrencyCode()).isEqualTo("USD");
      assertThat(s.observations()).hasSize(YEARS);
      total += s.observations().size();
      Observation first = s.observations().get(0);
      assertThat(first.period()).isEqualTo(Period.ofYear(1));
      assertThat(first.value()).isEqualTo(new BigDecimal(value(c, 1) + ".5"));
      Observation last = s.observations().get(YEARS - 1);
      assertThat(last.period()).isEqualTo(Period.ofYear(YEARS));
      assertThat(last.value()).isEqualTo(new BigDecimal(value(c, YEARS) + ".5"));
      for (Observation o : s.observations()) {
        if (o.status() == ObservationStatus.ESTIMATED) {
          estimates++;
        }
      }
      for (int y = 1; y <= YEARS; y++) {
        if (estimate(c, y)) {
          expectedEstimates++;
        }
      }
    }
    assertThat(total).isEqualTo(1_000_000L);
    assertThat(estimates).isEqualTo(expectedEstimates).isPositive();
    assertThat(series.get(COUNTRIES - 1).observation(Period.ofYear(4321))
        .map(Observation::value)).contains(new BigDecimal(value(COUNTRIES - 1, 4321) + ".5"));
    assertThat(series.get(0).sources().get(0).title()).contains("SDMX: A million");
  }

  @Test
  void aMillionObservationsInTheSeriesLayoutInASmallHeap() {
    assertMillion(READER.readRemittanceSeries(new Message(false)));
  }

  @Test
  void aMillionObservationsInTheFlatLayoutInASmallHeap() {
    assertMillion(READER.readRemittanceSeries(new Message(true)));
  }
}
