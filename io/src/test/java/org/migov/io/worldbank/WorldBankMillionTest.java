package org.migov.io.worldbank;

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
import org.migov.model.Observation;
import org.migov.model.Period;
import org.migov.model.RemittanceSeries;

/**
 * A World Bank page of a million observations read through a heap of 256 MiB. In a full build this
 * class runs in a fork of its own with that heap (io/pom.xml, profile {@code json-lines-million}):
 * the page (about 250 MB of text) is generated as it is read, never held; the reader keeps the
 * figures, not the text. It asserts counts and values computed independently of the JSON, never
 * timings.
 */
class WorldBankMillionTest {
  @BeforeAll
  static void heapIsSmallInItsOwnFork() {
    Million.assertSmallHeapInItsOwnFork();
  }

  /** The page, made row by row as it is read. */
  static final class Page extends Million.Stream {
    Page() {
      super("[{\"page\":1,\"pages\":1,\"per_page\":" + COUNTRIES * YEARS + ",\"total\":"
          + COUNTRIES * YEARS + ",\"sourceid\":\"2\",\"sourcename\":\"World Development "
          + "Indicators\",\"lastupdated\":\"2024-12-16\"},[");
    }

    @Override
    protected @Nullable String piece(int row) {
      if (row >= COUNTRIES * YEARS) {
        return row == COUNTRIES * YEARS ? "]]" : null;
      }
      int c = row / YEARS;
      int year = 5000 - row % YEARS; // newest first
      String code = CODES.get(c);
      return (row > 0 ? "," : "") + "{\"indicator\":{\"id\":\"BX.TRF.PWKR.CD.DT\",\"value\":"
          + "\"Personal remittances, received (current US$)\"},\"country\":{\"id\":\"XX\","
          + "\"value\":\"" + code + "\"},\"countryiso3code\":\"" + code + "\",\"date\":\""
          + String.format(Locale.ROOT, "%04d", year) + "\",\"value\":" + value(c, year)
          + ".5,\"unit\":\"\",\"obs_status\":\"\",\"decimal\":1}";
    }
  }

  @Test
  void aMillionObservationsInASmallHeap() {
    WorldBankResult r = WorldBankReader.builder().maxPageBytes(Long.MAX_VALUE).build()
        .read(List.of(new Page()));
    assertThat(r.series()).hasSize(COUNTRIES);
    long total = 0;
    for (int c = 0; c < COUNTRIES; c++) {
      RemittanceSeries s = r.series().get(c);
      assertThat(s.reporter().code()).isEqualTo(CODES.get(c));
      assertThat(s.observations()).hasSize(YEARS);
      total += s.observations().size();
      Observation first = s.observations().get(0);
      assertThat(first.period()).isEqualTo(Period.ofYear(5001 - YEARS));
      assertThat(first.value()).isEqualTo(new BigDecimal(value(c, 5001 - YEARS) + ".5"));
    }
    assertThat(total).isEqualTo(1_000_000L);
    assertThat(r.series().get(COUNTRIES - 1).observation(Period.ofYear(4321))
        .map(Observation::value)).contains(new BigDecimal(value(COUNTRIES - 1, 4321) + ".5"));
  }
}
