package org.migov.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A series of remittance figures: money sent home by migrants, as a reporting country receives
 * (inflow) or sends (outflow) it, from or to the world or one counterpart country.
 *
 * <p>Values are exact decimals in {@link #currency()} times ten to the power {@link
 * #unitMultiplier()} (SDMX UNIT_MULT: 9 for billions). Observations are kept in order of period
 * ({@link Period#compareTo}) whatever order they were added in, and stored compactly (about 14
 * bytes an observation for ordinary values), so even a monthly series of every month of the
 * years 1 to 9999 (119,988 observations, the most one can hold) is cheap to hold.
 *
 * <p>A regular series ({@link Frequency.Kind#MONTHLY}, quarterly, annual or fiscal-year) holds
 * only periods of its frequency, each once. An {@link Frequency#IRREGULAR} series holds figures as
 * sources report them, over any periods, which may overlap (July 2024–May 2025 next to FY2025).
 *
 * <p>Rules checked by {@link Builder#build()}: id, reporter, direction, measure, currency and
 * frequency are required; the unit multiplier is 0 to 18; every period fits the frequency; no
 * period appears twice.
 *
 * @since 0.1.0
 */
public final class RemittanceSeries {
  private static final int STATUS_BITS = 0;
  private static final int QUALIFIER_BITS = 3;
  private static final int KIND_BITS = 6;
  private static final int SCALE_BITS = 9;
  private static final int SCALE_OFFSET = 32;
  private static final int SCALE_OVERFLOW = 127;
  private static final ObservationStatus[] STATUSES = ObservationStatus.values();
  private static final Qualifier[] QUALIFIERS = Qualifier.values();
  private static final Period.Kind[] KINDS = Period.Kind.values();

  private final SeriesId id;
  private final Optional<String> title;
  private final CountryCode reporter;
  private final FlowDirection direction;
  private final Optional<CountryCode> counterpart;
  private final RemittanceMeasure measure;
  private final Optional<String> indicator;
  private final Currency currency;
  private final int unitMultiplier;
  private final Frequency frequency;
  private final List<Source> sources;

  // observations, in period order: packed period, unscaled value, and flags
  // (status | qualifier << 3 | period kind << 6 | (scale + 32) << 9, scale 127 = in `big`)
  private final int[] periods;
  private final long[] unscaled;
  private final short[] flags;
  private final Map<Integer, BigDecimal> big;
  private final Map<Integer, Source> observationSources;

  private RemittanceSeries(Builder b, int[] periods, long[] unscaled, short[] flags,
      Map<Integer, BigDecimal> big, Map<Integer, Source> observationSources) {
    this.id = Objects.requireNonNull(b.id);
    this.title = Optional.ofNullable(b.title);
    this.reporter = Objects.requireNonNull(b.reporter);
    this.direction = Objects.requireNonNull(b.direction);
    this.counterpart = Optional.ofNullable(b.counterpart);
    this.measure = Objects.requireNonNull(b.measure);
    this.indicator = Optional.ofNullable(b.indicator);
    this.currency = Objects.requireNonNull(b.currency);
    this.unitMultiplier = b.unitMultiplier;
    this.frequency = Objects.requireNonNull(b.frequency);
    this.sources = List.copyOf(b.sources);
    this.periods = periods;
    this.unscaled = unscaled;
    this.flags = flags;
    this.big = Map.copyOf(big);
    this.observationSources = Map.copyOf(observationSources);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with every attribute and observation of this series.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = attributesOnly();
    for (int i = 0; i < size(); i++) {
      b.add(periods[i], unscaled[i], flags[i], big.isEmpty() ? null : big.get(i),
            observationSources.isEmpty() ? null : observationSources.get(i));
    }
    return b;
  }

  private Builder attributesOnly() {
    Builder b = builder().id(id).reporter(reporter).direction(direction).measure(measure)
        .currency(currency).unitMultiplier(unitMultiplier).frequency(frequency)
        .addAllSources(sources);
    title.ifPresent(b::title);
    counterpart.ifPresent(b::counterpart);
    indicator.ifPresent(b::indicator);
    return b;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public SeriesId id() {
    return id;
  }

  /**
   * Returns a title for people.
   *
   * @return the title
   */
  public Optional<String> title() {
    return title;
  }

  /**
   * Returns the reporting country.
   *
   * @return the country
   */
  public CountryCode reporter() {
    return reporter;
  }

  /**
   * Returns whether the money flows in to or out of the reporting country.
   *
   * @return the direction
   */
  public FlowDirection direction() {
    return direction;
  }

  /**
   * Returns the counterpart country of a corridor series.
   *
   * @return the counterpart; empty means the world (all counterparts)
   */
  public Optional<CountryCode> counterpart() {
    return counterpart;
  }

  /**
   * Returns what is measured.
   *
   * @return the measure
   */
  public RemittanceMeasure measure() {
    return measure;
  }

  /**
   * Returns the code of the indicator in its source's catalogue, such as the World Bank's {@code
   * BX.TRF.PWKR.CD.DT}.
   *
   * @return the indicator
   */
  public Optional<String> indicator() {
    return indicator;
  }

  /**
   * Returns the currency of the values (ISO 4217).
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the power of ten the values are multiplied by (SDMX UNIT_MULT): 0 for units, 6 for
   * millions, 9 for billions.
   *
   * @return 0 to 18
   */
  public int unitMultiplier() {
    return unitMultiplier;
  }

  /**
   * Returns the frequency.
   *
   * @return the frequency
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * Returns the sources of the series.
   *
   * @return the sources
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns the number of observations.
   *
   * @return the size
   */
  public int size() {
    return periods.length;
  }

  /**
   * Returns the period of observation {@code i}, without creating the observation.
   *
   * @param i 0 to {@code size() - 1}, in period order
   * @return the period
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Period period(int i) {
    Objects.checkIndex(i, periods.length);
    return Period.unpack(KINDS[(flags[i] >> KIND_BITS) & 7], periods[i]);
  }

  /**
   * Returns the value of observation {@code i}, without creating the observation.
   *
   * @param i 0 to {@code size() - 1}, in period order
   * @return the exact value
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public BigDecimal value(int i) {
    Objects.checkIndex(i, periods.length);
    int scale = (flags[i] >> SCALE_BITS) & 127;
    if (scale == SCALE_OVERFLOW) {
      return Objects.requireNonNull(big.get(i));
    }
    return BigDecimal.valueOf(unscaled[i], scale - SCALE_OFFSET);
  }

  /**
   * Returns the status of observation {@code i}, without creating the observation.
   *
   * @param i 0 to {@code size() - 1}, in period order
   * @return the status
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public ObservationStatus status(int i) {
    Objects.checkIndex(i, periods.length);
    return STATUSES[(flags[i] >> STATUS_BITS) & 7];
  }

  /**
   * Returns the qualifier of observation {@code i}, without creating the observation.
   *
   * @param i 0 to {@code size() - 1}, in period order
   * @return the qualifier
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Qualifier qualifier(int i) {
    Objects.checkIndex(i, periods.length);
    return QUALIFIERS[(flags[i] >> QUALIFIER_BITS) & 7];
  }

  /**
   * Returns the source of observation {@code i} of its own, without creating the observation.
   *
   * @param i 0 to {@code size() - 1}, in period order
   * @return the source, or empty if the observation has none of its own
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Optional<Source> source(int i) {
    Objects.checkIndex(i, periods.length);
    return observationSources.isEmpty() ? Optional.empty()
        : Optional.ofNullable(observationSources.get(i));
  }

  /**
   * Returns observation {@code i}.
   *
   * @param i 0 to {@code size() - 1}, in period order
   * @return the observation
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Observation observation(int i) {
    Observation.Builder b = Observation.builder().period(period(i)).value(value(i))
        .status(STATUSES[(flags[i] >> STATUS_BITS) & 7])
        .qualifier(QUALIFIERS[(flags[i] >> QUALIFIER_BITS) & 7]);
    Source s = observationSources.get(i);
    if (s != null) {
      b.source(s);
    }
    return b.build();
  }

  /**
   * Returns the observations in period order, as a read-only list view that creates each
   * observation when asked.
   *
   * @return the observations
   */
  public List<Observation> observations() {
    return new Observations();
  }

  private final class Observations extends AbstractList<Observation> implements RandomAccess {
    @Override
    public Observation get(int index) {
      return observation(index);
    }

    @Override
    public int size() {
      return periods.length;
    }
  }

  /**
   * Returns the observation over exactly {@code period}.
   *
   * @param period a period
   * @return the observation, or empty if there is none
   */
  public Optional<Observation> observation(Period period) {
    int i = indexOf(period);
    return i < 0 ? Optional.empty() : Optional.of(observation(i));
  }

  private int indexOf(Period period) {
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

  /**
   * Returns the exact sum of the values of the observations whose periods lie within {@code
   * range}. For an irregular series whose periods overlap, overlapping figures are all added.
   *
   * @param range the range to sum over
   * @return the sum, or empty if no observation lies within the range
   */
  public Optional<BigDecimal> sum(Period range) {
    BigDecimal sum = null;
    for (int i = 0; i < periods.length; i++) {
      if (range.contains(period(i))) {
        sum = sum == null ? value(i) : sum.add(value(i));
      }
    }
    return Optional.ofNullable(sum);
  }

  /**
   * Returns the series aggregated to a coarser frequency, keeping complete periods only: a
   * quarter needs all three months, a fiscal year all twelve (or all four quarters). Equivalent to
   * {@code aggregate(target, false)}.
   *
   * @param target the coarser frequency
   * @return a new series with the same attributes, the target frequency and the sums
   * @throws IllegalArgumentException if this series or the target is irregular, or an observation
   *     does not fit within one target period (quarters into fiscal years starting in May)
   */
  public RemittanceSeries aggregate(Frequency target) {
    return aggregate(target, false);
  }

  /**
   * Returns the series aggregated to a coarser frequency.
   *
   * <p>Each target period gets the exact sum of the observations within it. Its status is the
   * most telling of theirs: forecast if any is a forecast, else estimated, else provisional, else
   * the common status, else normal. Its qualifier is exact if all are exact; at least (more
   * than, if any is more than) if all are exact or bounded below; up to (less than, if any is less
   * than) if all are exact or bounded above; otherwise about. With {@code includePartial},
   * periods that lack some observations are kept too and marked {@link Qualifier#AT_LEAST}, since
   * their sums omit part of the period.
   *
   * @param target the coarser frequency
   * @param includePartial whether to keep periods that lack some observations
   * @return a new series with the same attributes, the target frequency and the sums
   * @throws IllegalArgumentException if this series or the target is irregular, or an observation
   *     does not fit within one target period
   */
  public RemittanceSeries aggregate(Frequency target, boolean includePartial) {
    if (frequency.kind() == Frequency.Kind.IRREGULAR
        || target.kind() == Frequency.Kind.IRREGULAR) {
      throw new IllegalArgumentException("an irregular series cannot be aggregated, nor to "
          + "irregular periods");
    }
    TreeMap<Period, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < periods.length; i++) {
      Period p = period(i);
      Period into = target.enclosing(Period.unpack(Period.Kind.MONTH, p.startIndex()));
      if (!into.contains(p)) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "the observation over %s does not fit within one period of frequency %s", p,
            target));
      }
      groups.computeIfAbsent(into, k -> new ArrayList<>()).add(i);
    }
    Builder b = attributesOnly().frequency(target);
    for (Map.Entry<Period, List<Integer>> group : groups.entrySet()) {
      int months = 0;
      BigDecimal sum = BigDecimal.ZERO;
      List<ObservationStatus> statuses = new ArrayList<>();
      List<Qualifier> qualifiers = new ArrayList<>();
      for (int i : group.getValue()) {
        months += period(i).lengthInMonths();
        sum = sum.add(value(i));
        statuses.add(STATUSES[(flags[i] >> STATUS_BITS) & 7]);
        qualifiers.add(QUALIFIERS[(flags[i] >> QUALIFIER_BITS) & 7]);
      }
      boolean complete = months == group.getKey().lengthInMonths();
      if (complete || includePartial) {
        b.addObservation(group.getKey(), sum, combine(statuses),
            complete ? combineQualifiers(qualifiers) : Qualifier.AT_LEAST);
      }
    }
    return b.build();
  }

  private static ObservationStatus combine(List<ObservationStatus> statuses) {
    for (ObservationStatus s : List.of(ObservationStatus.FORECAST, ObservationStatus.ESTIMATED,
        ObservationStatus.PROVISIONAL)) {
      if (statuses.contains(s)) {
        return s;
      }
    }
    return statuses.stream().distinct().count() == 1 ? statuses.get(0) : ObservationStatus.NORMAL;
  }

  private static Qualifier combineQualifiers(List<Qualifier> qualifiers) {
    if (qualifiers.stream().allMatch(q -> q == Qualifier.EXACT)) {
      return Qualifier.EXACT;
    }
    if (qualifiers.stream().allMatch(q -> q == Qualifier.EXACT || q == Qualifier.AT_LEAST
        || q == Qualifier.MORE_THAN)) {
      return qualifiers.contains(Qualifier.MORE_THAN) ? Qualifier.MORE_THAN : Qualifier.AT_LEAST;
    }
    if (qualifiers.stream().allMatch(q -> q == Qualifier.EXACT || q == Qualifier.UP_TO
        || q == Qualifier.LESS_THAN)) {
      return qualifiers.contains(Qualifier.LESS_THAN) ? Qualifier.LESS_THAN : Qualifier.UP_TO;
    }
    return Qualifier.ABOUT;
  }

  /**
   * Returns the value over {@code period} minus the value over the same period a year earlier.
   *
   * @param period a period of the series
   * @return the exact difference, or empty if either value is missing
   */
  public Optional<BigDecimal> changeFromYearEarlier(Period period) {
    int now = indexOf(period);
    int before = period.startIndex() >= 24 ? indexOf(period.minusYears(1)) : -1;
    return now < 0 || before < 0 ? Optional.empty()
        : Optional.of(value(now).subtract(value(before)));
  }

  /**
   * Returns the relative change from the same period a year earlier: {@code (now - before) /
   * before}, rounded to {@code context}.
   *
   * @param period a period of the series
   * @param context the precision and rounding of the division
   * @return the growth rate (0.05 for 5%), or empty if either value is missing or the earlier
   *     one is zero
   */
  public Optional<BigDecimal> growthFromYearEarlier(Period period, MathContext context) {
    int now = indexOf(period);
    int before = period.startIndex() >= 24 ? indexOf(period.minusYears(1)) : -1;
    if (now < 0 || before < 0 || value(before).signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(value(now).subtract(value(before)).divide(value(before), context));
  }

  /**
   * Returns the observation whose period ends last (of those, the last in period order).
   *
   * @return the latest observation, or empty for an empty series
   */
  public Optional<Observation> latest() {
    return latest(s -> true);
  }

  /**
   * Returns the latest observation that is not a forecast.
   *
   * @return the latest actual observation, or empty if there is none
   */
  public Optional<Observation> latestActual() {
    return latest(ObservationStatus::isActual);
  }

  private Optional<Observation> latest(Predicate<ObservationStatus> status) {
    int best = -1;
    for (int i = 0; i < periods.length; i++) {
      if (status.test(STATUSES[(flags[i] >> STATUS_BITS) & 7])
          && (best < 0 || period(i).endIndexExclusive() >= period(best).endIndexExclusive())) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(observation(best));
  }

  /**
   * Returns a copy of this series with only its actual observations (all but forecasts).
   *
   * @return the actuals
   */
  public RemittanceSeries actuals() {
    return filter(ObservationStatus::isActual);
  }

  /**
   * Returns a copy of this series with only its forecasts.
   *
   * @return the forecasts
   */
  public RemittanceSeries forecasts() {
    return filter(s -> !s.isActual());
  }

  private RemittanceSeries filter(Predicate<ObservationStatus> keep) {
    Builder b = attributesOnly();
    for (int i = 0; i < size(); i++) {
      if (keep.test(STATUSES[(flags[i] >> STATUS_BITS) & 7])) {
        b.add(periods[i], unscaled[i], flags[i], big.isEmpty() ? null : big.get(i),
            observationSources.isEmpty() ? null : observationSources.get(i));
      }
    }
    return b.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RemittanceSeries that
        && id.equals(that.id) && title.equals(that.title) && reporter.equals(that.reporter)
        && direction == that.direction && counterpart.equals(that.counterpart)
        && measure == that.measure && indicator.equals(that.indicator)
        && currency.equals(that.currency) && unitMultiplier == that.unitMultiplier
        && frequency.equals(that.frequency) && sources.equals(that.sources)
        && Arrays.equals(periods, that.periods) && Arrays.equals(unscaled, that.unscaled)
        && Arrays.equals(flags, that.flags) && big.equals(that.big)
        && observationSources.equals(that.observationSources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, reporter, direction, counterpart, measure, indicator, currency,
        unitMultiplier, frequency, sources, Arrays.hashCode(periods), Arrays.hashCode(unscaled),
        Arrays.hashCode(flags), big, observationSources);
  }

  /** Returns the id, the reporter, the direction, the frequency and the number of observations. */
  @Override
  public String toString() {
    return "RemittanceSeries{id=" + id + ", reporter=" + reporter + ", direction="
        + direction.name().toLowerCase(java.util.Locale.ROOT) + ", frequency=" + frequency
        + ", observations=" + size() + "}";
  }

  /**
   * Builds a {@link RemittanceSeries}. Observations may be added in any order; {@link #build()}
   * puts them in period order, checks every rule and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken. Paths
   * of observations use the order they were added in: {@code
   * remittanceSeries.observations[3].period}.
   */
  public static final class Builder {
    private @Nullable SeriesId id;
    private @Nullable String title;
    private @Nullable CountryCode reporter;
    private @Nullable FlowDirection direction;
    private @Nullable CountryCode counterpart;
    private @Nullable RemittanceMeasure measure;
    private @Nullable String indicator;
    private @Nullable Currency currency;
    private int unitMultiplier;
    private @Nullable Frequency frequency;
    private final List<Source> sources = new ArrayList<>();

    private int size;
    private int[] periods = new int[16];
    private long[] unscaled = new long[16];
    private short[] flags = new short[16];
    private final Map<Integer, BigDecimal> big = new HashMap<>();
    private final Map<Integer, Source> observationSources = new HashMap<>();

    Builder() {}

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(SeriesId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets a title for people.
     *
     * @param title the title, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the reporting country.
     *
     * @param reporter the country
     * @return this builder
     */
    public Builder reporter(CountryCode reporter) {
      this.reporter = reporter;
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param direction inflow or outflow
     * @return this builder
     */
    public Builder direction(FlowDirection direction) {
      this.direction = direction;
      return this;
    }

    /**
     * Sets the counterpart country; leave unset for the world.
     *
     * @param counterpart the counterpart
     * @return this builder
     */
    public Builder counterpart(CountryCode counterpart) {
      this.counterpart = counterpart;
      return this;
    }

    /**
     * Sets what is measured.
     *
     * @param measure the measure
     * @return this builder
     */
    public Builder measure(RemittanceMeasure measure) {
      this.measure = measure;
      return this;
    }

    /**
     * Sets the indicator code, such as {@code BX.TRF.PWKR.CD.DT}.
     *
     * @param indicator the code, not blank
     * @return this builder
     */
    public Builder indicator(String indicator) {
      this.indicator = indicator;
      return this;
    }

    /**
     * Sets the currency.
     *
     * @param currency the currency
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets the power of ten the values are multiplied by; 0 unless set.
     *
     * @param unitMultiplier 0 to 18
     * @return this builder
     */
    public Builder unitMultiplier(int unitMultiplier) {
      this.unitMultiplier = unitMultiplier;
      return this;
    }

    /**
     * Sets the frequency.
     *
     * @param frequency the frequency
     * @return this builder
     */
    public Builder frequency(Frequency frequency) {
      this.frequency = frequency;
      return this;
    }

    /**
     * Adds a source of the series.
     *
     * @param source the source
     * @return this builder
     * @throws IllegalArgumentException if {@code source} is null
     */
    public Builder addSource(Source source) {
      sources.add(Checks.argument(source, "source"));
      return this;
    }

    /**
     * Adds sources of the series.
     *
     * @param sources the sources
     * @return this builder
     * @throws IllegalArgumentException if {@code sources} or one of them is null
     */
    public Builder addAllSources(Iterable<Source> sources) {
      Checks.argument(sources, "sources").forEach(this::addSource);
      return this;
    }

    /**
     * Adds an observation.
     *
     * @param observation the observation
     * @return this builder
     * @throws IllegalArgumentException if {@code observation} is null
     */
    public Builder addObservation(Observation observation) {
      Checks.argument(observation, "observation");
      int at = size;
      addObservation(observation.period(), observation.value(), observation.status(),
          observation.qualifier());
      observation.source().ifPresent(s -> observationSources.put(at, s));
      return this;
    }

    /**
     * Adds a normal, exact observation.
     *
     * @param period the period
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if an argument is null
     */
    public Builder addObservation(Period period, BigDecimal value) {
      return addObservation(period, value, ObservationStatus.NORMAL, Qualifier.EXACT);
    }

    /**
     * Adds an observation without its own source: the cheapest way to add many.
     *
     * @param period the period
     * @param value the value
     * @param status the status
     * @param qualifier the qualifier
     * @return this builder
     * @throws IllegalArgumentException if an argument is null
     */
    @SuppressWarnings("EnumOrdinal") // ordinals index in-memory arrays only, never persisted
    public Builder addObservation(Period period, BigDecimal value, ObservationStatus status,
        Qualifier qualifier) {
      if (period == null || value == null || status == null || qualifier == null) {
        // one test on the path of every observation; the argument is named off it
        Checks.argument(period, "period");
        Checks.argument(value, "value");
        Checks.argument(status, "status");
        Checks.argument(qualifier, "qualifier");
      }
      int scale = value.scale();
      long small = 0;
      boolean fits = false;
      if (scale >= -SCALE_OFFSET && scale < SCALE_OVERFLOW - SCALE_OFFSET) {
        java.math.BigInteger unscaledValue = value.unscaledValue();
        fits = unscaledValue.bitLength() < 64;
        small = fits ? unscaledValue.longValue() : 0;
      }
      int flag = status.ordinal() << STATUS_BITS | qualifier.ordinal() << QUALIFIER_BITS
          | period.kind().ordinal() << KIND_BITS
          | (fits ? scale + SCALE_OFFSET : SCALE_OVERFLOW) << SCALE_BITS;
      add(period.packed(), small, (short) flag, fits ? null : value, null);
      return this;
    }

    void add(int period, long value, short flag, @Nullable BigDecimal bigValue,
        @Nullable Source source) {
      if (size == periods.length) {
        int capacity = size + (size >> 1) + 16;
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
        observationSources.put(size, source);
      }
      size++;
    }

    private Period periodAt(int i) {
      return Period.unpack(KINDS[(flags[i] >> KIND_BITS) & 7], periods[i]);
    }

    /**
     * Builds the series.
     *
     * @return the series
     * @throws org.migov.validation.ValidationException listing every broken rule
     */
    public RemittanceSeries build() {
      Checks c = Checks.of("remittanceSeries");
      c.required("id", id);
      c.optionalText("title", Optional.ofNullable(title));
      c.required("reporter", reporter);
      c.required("direction", direction);
      c.required("measure", measure);
      c.optionalText("indicator", Optional.ofNullable(indicator));
      c.required("currency", currency);
      c.check(unitMultiplier >= 0 && unitMultiplier <= 18, "unitMultiplier",
          ViolationCode.VALUE_OUT_OF_RANGE, "'unitMultiplier' is %d but must be 0 to 18",
          unitMultiplier);
      c.required("frequency", frequency);
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
        c.done();
        return new RemittanceSeries(this, Arrays.copyOf(periods, size),
            Arrays.copyOf(unscaled, size), Arrays.copyOf(flags, size), big,
            observationSources);
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
      c.done();
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
        Source src = observationSources.isEmpty() ? null : observationSources.get(i);
        if (src != null) {
          s.put(k, src);
        }
      }
      return new RemittanceSeries(this, p, u, f, b, s);
    }
  }

}
