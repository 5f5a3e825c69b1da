package org.migov.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * The observations of a {@link RemittanceSeries}, stored in columns, in period order, and read as
 * an immutable list that makes each {@link Observation} when asked.
 *
 * <p>An observation takes about 14 bytes: its period packed in an {@code int}, its unscaled value
 * in a {@code long}, and its status, qualifier, period kind and scale in a {@code short}. Values
 * whose unscaled value needs 64 bits or more, or whose scale is outside -32 to 94, are kept whole
 * in a map; so are the sources of observations that have one. The packing is canonical: two
 * columns hold equal observations if and only if their arrays and maps are equal.
 */
final class ObservationColumns extends AbstractList<Observation> implements RandomAccess {
  private static final int STATUS_BITS = 0;
  private static final int QUALIFIER_BITS = 3;
  private static final int KIND_BITS = 6;
  private static final int SCALE_BITS = 9;
  private static final int SCALE_OFFSET = 32;
  private static final int SCALE_OVERFLOW = 127;
  private static final ObservationStatus[] STATUSES = ObservationStatus.values();
  private static final Qualifier[] QUALIFIERS = Qualifier.values();
  private static final Period.Kind[] KINDS = Period.Kind.values();

  static final ObservationColumns EMPTY = new ObservationColumns(new int[0], new long[0],
      new short[0], Map.of(), Map.of());

  // packed period, unscaled value, and flags
  // (status | qualifier << 3 | period kind << 6 | (scale + 32) << 9, scale 127 = in `big`)
  private final int[] periods;
  private final long[] unscaled;
  private final short[] flags;
  private final Map<Integer, BigDecimal> big;
  private final Map<Integer, Source> sources;

  private ObservationColumns(int[] periods, long[] unscaled, short[] flags,
      Map<Integer, BigDecimal> big, Map<Integer, Source> sources) {
    this.periods = periods;
    this.unscaled = unscaled;
    this.flags = flags;
    this.big = Map.copyOf(big);
    this.sources = Map.copyOf(sources);
  }

  @Override
  public int size() {
    return periods.length;
  }

  /**
   * Makes observation {@code index} from the columns, which hold only valid observations.
   */
  @Override
  public Observation get(int index) {
    Objects.checkIndex(index, periods.length);
    // made directly, not through a builder: the values are those of a valid observation
    return ImmutableObservation.of(period(index), value(index), status(index), qualifier(index),
        Optional.ofNullable(source(index)));
  }

  Period period(int i) {
    return Period.unpack(KINDS[(flags[i] >> KIND_BITS) & 7], periods[i]);
  }

  BigDecimal value(int i) {
    int scale = (flags[i] >> SCALE_BITS) & 127;
    if (scale == SCALE_OVERFLOW) {
      return Objects.requireNonNull(big.get(i));
    }
    return BigDecimal.valueOf(unscaled[i], scale - SCALE_OFFSET);
  }

  ObservationStatus status(int i) {
    return STATUSES[(flags[i] >> STATUS_BITS) & 7];
  }

  Qualifier qualifier(int i) {
    return QUALIFIERS[(flags[i] >> QUALIFIER_BITS) & 7];
  }

  /** The source of observation {@code i} of its own, or null. */
  @Nullable Source source(int i) {
    return sources.isEmpty() ? null : sources.get(i);
  }

  /** The index of the observation over exactly {@code period}, or -1. */
  int indexOf(Period period) {
    int lo = 0;
    int hi = periods.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = period(mid).compareTo(period);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Copies observation {@code i}, as stored, to the end of {@code to}. */
  void copyTo(int i, Builder to) {
    to.add(periods[i], unscaled[i], flags[i], big.isEmpty() ? null : big.get(i), source(i));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (other instanceof ObservationColumns that) {
      return Arrays.equals(periods, that.periods) && Arrays.equals(unscaled, that.unscaled)
          && Arrays.equals(flags, that.flags) && big.equals(that.big)
          && sources.equals(that.sources);
    }
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode(); // as List specifies: of the observations
  }

  /** A hash of the columns, equal for equal columns, without making any observation. */
  int packedHashCode() {
    return Objects.hash(Arrays.hashCode(periods), Arrays.hashCode(unscaled),
        Arrays.hashCode(flags), big, sources);
  }

  /**
   * Collects observations in the order they are added, then checks and sorts them into columns.
   */
  static final class Builder {
    private int size;
    private int[] periods = new int[16];
    private long[] unscaled = new long[16];
    private short[] flags = new short[16];
    private final Map<Integer, BigDecimal> big = new HashMap<>();
    private final Map<Integer, Source> sources = new HashMap<>();
    /** The indexes of the values added that the model does not hold, in the order added. */
    private final Map<Integer, BigDecimal> outOfRange = new java.util.LinkedHashMap<>();

    /**
     * Adds an observation of value {@code unscaledValue} × 10<sup>−scale</sup>, whose other
     * arguments are not null: the same as adding {@code BigDecimal.valueOf(unscaledValue, scale)},
     * without making the decimal.
     */
    void add(Period period, long unscaledValue, int scale, ObservationStatus status,
        Qualifier qualifier) {
      if (scale >= -SCALE_OFFSET && scale < SCALE_OVERFLOW - SCALE_OFFSET) {
        // in range: a long has at most 19 of the model's 90 digits
        add(period.packed(), unscaledValue, flag(period, status, qualifier, scale + SCALE_OFFSET),
            null, null);
      } else {
        add(period, BigDecimal.valueOf(unscaledValue, scale), status, qualifier, null);
      }
    }

    /** Adds an observation whose arguments are not null. */
    void add(Period period, BigDecimal value, ObservationStatus status, Qualifier qualifier,
        @Nullable Source source) {
      if (!Checks.isDecimalInRange(value)) {
        outOfRange.put(size, value);
      }
      int scale = value.scale();
      long small = 0;
      boolean fits = false;
      if (scale >= -SCALE_OFFSET && scale < SCALE_OVERFLOW - SCALE_OFFSET) {
        if (value.precision() <= 18) {
          // the unscaled value without making a BigInteger (a quarter of the time of reading an
          // SDMX-JSON message went there): at scale 0, a compact decimal gives it as a long
          small = value.scaleByPowerOfTen(scale).longValue();
          fits = true;
        } else {
          BigInteger unscaledValue = value.unscaledValue();
          fits = unscaledValue.bitLength() < 64;
          small = fits ? unscaledValue.longValue() : 0;
        }
      }
      add(period.packed(), small,
          flag(period, status, qualifier, fits ? scale + SCALE_OFFSET : SCALE_OVERFLOW),
          fits ? null : value, source);
    }

    /** {@return the flags of an observation, with its scale as stored} */
    @SuppressWarnings("EnumOrdinal") // ordinals index in-memory arrays only, never persisted
    private static short flag(Period period, ObservationStatus status, Qualifier qualifier,
        int storedScale) {
      return (short) (status.ordinal() << STATUS_BITS | qualifier.ordinal() << QUALIFIER_BITS
          | period.kind().ordinal() << KIND_BITS | storedScale << SCALE_BITS);
    }

    private void add(int period, long value, short flag, @Nullable BigDecimal bigValue,
        @Nullable Source source) {
      if (size == periods.length) {
        int capacity = size + Math.max(size, 16);
        periods = Arrays.copyOf(periods, capacity);
        unscaled = Arrays.copyOf(unscaled, capacity);
        flags = Arrays.copyOf(flags, capacity);
      }
      periods[size] = period;
      unscaled[size] = value;
      flags[size] = flag;
      if (bigValue != null) {
        big.put(size, bigValue);
      }
      if (source != null) {
        sources.put(size, source);
      }
      size++;
    }

    /** Removes every observation added. */
    void clear() {
      size = 0;
      outOfRange.clear();
      big.clear();
      sources.clear();
    }

    private Period periodAt(int i) {
      return Period.unpack(KINDS[(flags[i] >> KIND_BITS) & 7], periods[i]);
    }

    /**
     * Reports to {@code c} every period that does not fit {@code frequency} (if known) or appears
     * more than once, at the path of the observation in the order added, and returns the
     * observations in period order. The columns are only used if {@code c} finds nothing.
     */
    ObservationColumns toColumns(Checks c, @Nullable Frequency frequency) {
      for (Map.Entry<Integer, BigDecimal> e : outOfRange.entrySet()) {
        c.violation("observations[" + e.getKey() + "].value", ViolationCode.VALUE_OUT_OF_RANGE,
            "%s", Checks.decimalOutOfRange("value", e.getValue()));
      }
      boolean sorted = true;
      for (int i = 0; i < size; i++) {
        if (frequency != null && !frequency.accepts(periodAt(i))) {
          c.check(false, "observations[" + i + "].period", ViolationCode.OBSERVATION_FREQUENCY,
              "the period %s does not fit the frequency %s", periodAt(i), frequency);
        }
        if (i > 0 && periodAt(i - 1).compareTo(periodAt(i)) >= 0) {
          sorted = false;
        }
      }
      if (sorted) {
        // the common case, added in order: kept as added, nothing boxed nor looked up
        return size == 0 ? EMPTY : new ObservationColumns(Arrays.copyOf(periods, size),
                Arrays.copyOf(unscaled, size), Arrays.copyOf(flags, size), big, sources);
      }
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> {
        int cmp = periodAt(x).compareTo(periodAt(y));
        return cmp != 0 ? cmp : Integer.compare(x, y);
      });
      for (int k = 1; k < size; k++) {
        if (periodAt(order[k - 1]).equals(periodAt(order[k]))) {
          c.check(false, "observations[" + Math.max(order[k], order[k - 1]) + "].period",
              ViolationCode.COLLECTION_DUPLICATE, "the period %s appears more than once",
              periodAt(order[k]));
        }
      }
      int[] p = new int[size];
      long[] u = new long[size];
      short[] f = new short[size];
      Map<Integer, BigDecimal> b = new HashMap<>();
      Map<Integer, Source> s = new HashMap<>();
      for (int k = 0; k < size; k++) {
        int i = order[k];
        p[k] = periods[i];
        u[k] = unscaled[i];
        f[k] = flags[i];
        BigDecimal v = big.isEmpty() ? null : big.get(i);
        if (v != null) {
          b.put(k, v);
        }
        Source src = sources.isEmpty() ? null : sources.get(i);
        if (src != null) {
          s.put(k, src);
        }
      }
      return new ObservationColumns(p, u, f, b, s);
    }
  }
}
