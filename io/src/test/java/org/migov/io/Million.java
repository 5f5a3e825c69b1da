package org.migov.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.migov.model.CountryCode;

/**
 * What the million-observation tests of the foreign formats share: 200 countries of 5,000 years,
 * their values, the check that the fork's heap is small, and a stream that makes its text piece by
 * piece as it is read, so that the input is never held.
 */
public final class Million {
  /** The countries of the series. */
  public static final int COUNTRIES = 200;
  /** The years of each series. */
  public static final int YEARS = 5000;
  /** The ISO 3166-1 alpha-3 codes of the countries, in order. */
  public static final List<String> CODES = Locale.getISOCountries(
          Locale.IsoCountryCode.PART1_ALPHA3).stream().sorted()
      .filter(CountryCode::isKnown).limit(COUNTRIES).toList();

  private Million() {}

  /** {@return the value of country {@code country} (from 0) in year {@code year}, before .5} */
  public static long value(int country, int year) {
    return (country * 7_919L + year * 104_729L) % 1_000_000_007L;
  }

  /** Checks, in the fork of 256 MiB (io/pom.xml, profile {@code json-lines-million}), its heap. */
  public static void assertSmallHeapInItsOwnFork() {
    if ("256m".equals(System.getProperty("migov.test.heap"))) {
      assertThat(Runtime.getRuntime().maxMemory()).as("the fork's heap")
          .isLessThanOrEqualTo(256L * 1024 * 1024);
    }
  }

  /** A document made piece by piece as it is read: its head, then its pieces, never held. */
  public abstract static class Stream extends InputStream {
    private byte[] chunk;
    private int at;
    private int piece;

    /**
     * Makes the stream.
     *
     * @param head the text before the first piece
     */
    protected Stream(String head) {
      this.chunk = head.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@return the text of piece {@code n} (from 0), or null after the last}
     *
     * @param n the piece
     */
    protected abstract @Nullable String piece(int n);

    @Override
    public final int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] b, int off, int len) {
      while (at == chunk.length) {
        String next = piece(piece);
        if (next == null) {
          return -1;
        }
        piece++;
        chunk = next.getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      return n;
    }
  }
}
