package org.migov.io.worldbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migov.model.CountryCode;
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
  static final int COUNTRIES = 200;
  static final int YEARS = 5000;
  static final List<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
      .stream().sorted()
      .filter(CountryCode::isKnown).limit(COUNTRIES).toList();

  @BeforeAll
  static void heapIsSmallInItsOwnFork() {
    if ("256m".equals(System.getProperty("migov.test.heap"))) {
      assertThat(Runtime.getRuntime().maxMemory()).as("the fork's heap")
          .isLessThanOrEqualTo(256L * 1024 * 1024);
    }
  }

  static long value(int country, int year) {
    return (country * 7_919L + year * 104_729L) % 1_000_000_007L;
  }

  /** The page, made row by row as it is read. */
  static final class Page extends InputStream {
    private byte[] chunk = ("[{\"page\":1,\"pages\":1,\"per_page\":" + COUNTRIES * YEARS
        + ",\"total\":" + COUNTRIES * YEARS + ",\"sourceid\":\"2\",\"sourcename\":\"World "
        + "Development Indicators\",\"lastupdated\":\"2024-12-16\"},[")
        .getBytes(StandardCharsets.UTF_8);
    private int at;
    private int row;

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == chunk.length && !next()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      return n;
    }

    private boolean next() {
      if (row > COUNTRIES * YEARS) {
        return false;
      }
      if (row == COUNTRIES * YEARS) {
        chunk = "]]".getBytes(StandardCharsets.UTF_8);
      } else {
        int c = row / YEARS;
        int year = 5000 - row % YEARS; // newest first
        String code = CODES.get(c);
        chunk = ((row > 0 ? "," : "") + "{\"indicator\":{\"id\":\"BX.TRF.PWKR.CD.DT\",\"value\":"
            + "\"Personal remittances, received (current US$)\"},\"country\":{\"id\":\"XX\","
            + "\"value\":\"" + code + "\"},\"countryiso3code\":\"" + code + "\",\"date\":\""
            + String.format(Locale.ROOT, "%04d", year) + "\",\"value\":" + value(c, year)
            + ".5,\"unit\":\"\",\"obs_status\":\"\","
            + "\"decimal\":1}").getBytes(StandardCharsets.UTF_8);
      }
      row++;
      at = 0;
      return true;
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
