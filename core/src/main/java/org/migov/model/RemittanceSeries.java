package org.migov.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
  private final ObservationColumns observations;

  private RemittanceSeries(Builder b, ObservationColumns observations) {
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
    this.observations = observations;
  }

  /**
   * {@return a new, empty builder, to which observations may be added in any order}
   *
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding every attribute and observation of this series, to build a changed
   * copy}
   *
   * @since 0.1.0
   */
  public Builder toBuilder() {
    Builder b = attributesOnly();
    for (int i = 0; i < observations.size(); i++) {
      b.copy(observations, i);
    }
    return b;
  }

  /** A builder holding every attribute of this series and no observation. */
  Builder attributesOnly() {
    Builder b = builder().id(id).title(title).reporter(reporter).direction(direction)
        .counterpart(counterpart).measure(measure).indicator(indicator).currency(currency)
        .unitMultiplier(unitMultiplier).frequency(frequency).addAllSources(sources);
    return b;
  }

  /** The observations, as stored. */
  ObservationColumns columns() {
    return observations;
  }

  /**
   * {@return the id of the series, by which a dataset refers to it}
   *
   * @since 0.1.0
   */
  public SeriesId id() {
    return id;
  }

  /**
   * {@return a title for people, such as "Workers' remittances to Pakistan, monthly"}
   *
   * @since 0.1.0
   */
  public Optional<String> title() {
    return title;
  }

  /**
   * {@return the country that reports the money received or sent}
   *
   * @since 0.1.0
   */
  public CountryCode reporter() {
    return reporter;
  }

  /**
   * {@return whether the money flows in to or out of the reporting country}
   *
   * @since 0.1.0
   */
  public FlowDirection direction() {
    return direction;
  }

  /**
   * {@return the counterpart country of a corridor series, where the money comes from or goes to}
   * Empty means the world: all counterparts together.
   *
   * @since 0.1.0
   */
  public Optional<CountryCode> counterpart() {
    return counterpart;
  }

  /**
   * {@return what is measured: personal remittances, workers' remittances or another measure}
   *
   * @since 0.1.0
   */
  public RemittanceMeasure measure() {
    return measure;
  }

  /**
   * {@return the code of the indicator in its source's catalogue, such as the World Bank's {@code
   * BX.TRF.PWKR.CD.DT}}
   *
   * @since 0.1.0
   */
  public Optional<String> indicator() {
    return indicator;
  }

  /**
   * {@return the currency the values are in (ISO 4217)}
   *
   * @since 0.1.0
   */
  public Currency currency() {
    return currency;
  }

  /**
   * {@return the power of ten the values are multiplied by (SDMX UNIT_MULT)} 0 for units, 6 for
   * millions, 9 for billions; 0 to 18.
   *
   * @since 0.1.0
   */
  public int unitMultiplier() {
    return unitMultiplier;
  }

  /**
   * {@return how often the series has a figure: monthly, quarterly, annual, fiscal-year or
   * irregular}
   *
   * @since 0.1.0
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * {@return the sources the series as a whole comes from} An observation may cite a source of its
   * own.
   *
   * @since 0.1.0
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * {@return the figures of the series, in period order} The list is immutable and made of the
   * stored columns: {@code get(i)} makes observation {@code i} when asked, and {@code size()}
   * counts them without making any.
   *
   * @since 0.1.0
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * {@return the figure over exactly {@code period}, or empty if the series has none} A quarter
   * does not match the three months it spans, nor FY2025 the July–June months of it.
   *
   * @param period a period
   * @since 0.1.0
   */
  public Optional<Observation> observation(Period period) {
    int i = observations.indexOf(period);
    return i < 0 ? Optional.empty() : Optional.of(observations.get(i));
  }

  /**
   * {@return the series aggregated to a coarser frequency, keeping complete periods only} A quarter
   * needs all three months, a fiscal year all twelve (or all four quarters). Equivalent to {@code
   * aggregate(target, false)}: a new series with the same attributes, the target frequency and the
   * sums.
   *
   * @param target the coarser frequency
   * @throws IllegalArgumentException if this series or the target is irregular, or an observation
   *     does not fit within one target period (quarters into fiscal years starting in May)
   * @throws ArithmeticException if an exact sum needs more digits than an observation holds
   *     (see {@link #aggregate(Frequency, boolean)})
   * @since 0.1.0
   */
  public RemittanceSeries aggregate(Frequency target) {
    return SeriesAnalysis.aggregate(this, target, false);
  }

  /**
   * {@return the series aggregated to a coarser frequency: a new series with the same attributes,
   * the target frequency and the sums}
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
   * @throws IllegalArgumentException if this series or the target is irregular, or an observation
   *     does not fit within one target period
   * @throws ArithmeticException if an exact sum needs more than 90 significant digits or an
   *     exponent beyond 100 either way (values as far apart as 1e60 and 1e-60), which no
   *     observation holds; sums are never rounded
   * @since 0.1.0
   */
  public RemittanceSeries aggregate(Frequency target, boolean includePartial) {
    return SeriesAnalysis.aggregate(this, target, includePartial);
  }

  /**
   * {@return the total over {@code range} with its caveats (qualifier, status and the months of
   * the range its observations cover), or empty if no observation lies within the range} The sum
   * is exact; for an irregular series whose periods overlap, overlapping figures are all added.
   * The result cannot be mistaken for more than it is: eleven months asked
   * as a fiscal year give {@code monthsCovered() == 11} and {@code isComplete() == false}; a
   * forecast among the inputs makes the total a forecast; a "more than" input makes it "more
   * than".
   *
   * @param range the period to total over
   * @since 0.1.0
   */
  public Optional<ComputedFigure> total(Period range) {
    return SeriesAnalysis.total(observations, range);
  }

  /**
   * {@return the totals of each period of the target frequency that has an observation, partial
   * periods included, each with its caveats and coverage, in order of period}
   *
   * @param target the coarser frequency, such as fiscal years starting in July
   * @throws IllegalArgumentException if this series or the target is irregular
   * @since 0.1.0
   */
  public List<ComputedFigure> totals(Frequency target) {
    return SeriesAnalysis.totals(this, target);
  }

  /**
   * {@return the exact change from the same period a year earlier (the value over {@code
   * period} minus the value over the period a year before it), or empty if either value is
   * missing, with its caveats: a qualifier that follows from
   * both values' (a "more than" now against an exact value then is a change of more than), and
   * the most telling status of the two}
   *
   * @param period a period of the series
   * @since 0.1.0
   */
  public Optional<ComputedFigure> yearOnYearChange(Period period) {
    return SeriesAnalysis.yearOnYear(observations, period, null, BigDecimal.ONE);
  }

  /**
   * {@return the growth from the same period a year earlier as a fraction, {@code (now - before)
   * / before} (0.05 for a growth of 5%), rounded to {@code context}, with its caveats} Empty if
   * either value is missing or the earlier one is not positive.
   *
   * @param period a period of the series
   * @param context the precision and rounding of the division
   * @since 0.1.0
   */
  public Optional<ComputedFigure> yearOnYearGrowthFraction(Period period, MathContext context) {
    return SeriesAnalysis.yearOnYear(observations, period, context, BigDecimal.ONE);
  }

  /**
   * {@return the growth from the same period a year earlier as a percentage, {@code 100 * (now -
   * before) / before} (5 for a growth of 5%), rounded to {@code context}, with its caveats} Empty
   * if either value is missing or the earlier one is not positive.
   *
   * @param period a period of the series
   * @param context the precision and rounding of the division
   * @since 0.1.0
   */
  public Optional<ComputedFigure> yearOnYearGrowthPercent(Period period, MathContext context) {
    return SeriesAnalysis.yearOnYear(observations, period, context, BigDecimal.valueOf(100));
  }

  /**
   * {@return the most recent figure, forecasts included: the observation whose period ends last}
   * Of those ending last, the last in period order; empty for an empty series.
   *
   * @since 0.1.0
   */
  public Optional<Observation> latest() {
    return SeriesAnalysis.latest(observations, s -> true);
  }

  /**
   * {@return the most recent figure that is not a forecast} Chosen as {@link #latest()} chooses,
   * among the actual observations; empty if there is none.
   *
   * @since 0.1.0
   */
  public Optional<Observation> latestActual() {
    return SeriesAnalysis.latest(observations, ObservationStatus::isActual);
  }

  /**
   * {@return a copy of this series with only its actual observations: all but the forecasts}
   *
   * @since 0.1.0
   */
  public RemittanceSeries actuals() {
    return SeriesAnalysis.filter(this, ObservationStatus::isActual);
  }

  /**
   * {@return a copy of this series with only its forecasts}
   *
   * @since 0.1.0
   */
  public RemittanceSeries forecasts() {
    return SeriesAnalysis.filter(this, s -> !s.isActual());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RemittanceSeries that
        && id.equals(that.id) && title.equals(that.title) && reporter.equals(that.reporter)
        && direction == that.direction && counterpart.equals(that.counterpart)
        && measure == that.measure && indicator.equals(that.indicator)
        && currency.equals(that.currency) && unitMultiplier == that.unitMultiplier
        && frequency.equals(that.frequency) && sources.equals(that.sources)
        && observations.equals(that.observations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, reporter, direction, counterpart, measure, indicator, currency,
        unitMultiplier, frequency, sources, observations.packedHashCode());
  }

  /** Returns the id, the reporter, the direction, the frequency and the number of observations. */
  @Override
  public String toString() {
    return "RemittanceSeries{id=" + id + ", reporter=" + reporter + ", direction="
        + direction.name().toLowerCase(java.util.Locale.ROOT) + ", frequency=" + frequency
        + ", observations=" + observations.size() + "}";
  }

  /**
   * Builds a {@link RemittanceSeries}, with the methods every builder of the model has for its
   * kinds of attribute. Observations may be added in any order; {@link #build()} puts them in
   * period order, checks every rule and throws {@link org.migov.validation.ValidationException},
   * listing every violation, if any is broken. Paths of observations use the order they were added
   * in: {@code remittanceSeries.observations[3].period}. Null in place of an argument throws
   * {@link IllegalArgumentException} naming it, except for a single required or optional
   * attribute: null there leaves it unset.
   *
   * @since 0.1.0
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
    private final ObservationColumns.Builder observations = new ObservationColumns.Builder();

    Builder() {}

    /**
     * Sets the id by which a dataset refers to the series; required.
     *
     * @param id the id
     * @return this builder
     * @since 0.1.0
     */
    public Builder id(@Nullable SeriesId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets a title for people; not blank.
     *
     * @param title the title, or null for none
     * @return this builder
     * @since 0.1.0
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets a title for people, or none if empty; not blank.
     *
     * @param title the title
     * @return this builder
     * @throws IllegalArgumentException if {@code title} is null
     * @since 0.1.0
     */
    public Builder title(Optional<String> title) {
      this.title = Checks.argument(title, "title").orElse(null);
      return this;
    }

    /**
     * Sets the country that reports the money received or sent; required.
     *
     * @param reporter the country
     * @return this builder
     * @since 0.1.0
     */
    public Builder reporter(@Nullable CountryCode reporter) {
      this.reporter = reporter;
      return this;
    }

    /**
     * Sets whether the money flows in to or out of the reporting country; required.
     *
     * @param direction inflow or outflow
     * @return this builder
     * @since 0.1.0
     */
    public Builder direction(@Nullable FlowDirection direction) {
      this.direction = direction;
      return this;
    }

    /**
     * Sets the counterpart country of a corridor series; leave unset for the world.
     *
     * @param counterpart the counterpart, or null for the world
     * @return this builder
     * @since 0.1.0
     */
    public Builder counterpart(@Nullable CountryCode counterpart) {
      this.counterpart = counterpart;
      return this;
    }

    /**
     * Sets the counterpart country of a corridor series, or the world if empty.
     *
     * @param counterpart the counterpart
     * @return this builder
     * @throws IllegalArgumentException if {@code counterpart} is null
     * @since 0.1.0
     */
    public Builder counterpart(Optional<? extends CountryCode> counterpart) {
      this.counterpart = Checks.argument(counterpart, "counterpart").orElse(null);
      return this;
    }

    /**
     * Sets what is measured; required.
     *
     * @param measure the measure
     * @return this builder
     * @since 0.1.0
     */
    public Builder measure(@Nullable RemittanceMeasure measure) {
      this.measure = measure;
      return this;
    }

    /**
     * Sets the code of the indicator in its source's catalogue, such as {@code
     * BX.TRF.PWKR.CD.DT}; not blank.
     *
     * @param indicator the code, or null for none
     * @return this builder
     * @since 0.1.0
     */
    public Builder indicator(@Nullable String indicator) {
      this.indicator = indicator;
      return this;
    }

    /**
     * Sets the code of the indicator in its source's catalogue, or none if empty; not blank.
     *
     * @param indicator the code
     * @return this builder
     * @throws IllegalArgumentException if {@code indicator} is null
     * @since 0.1.0
     */
    public Builder indicator(Optional<String> indicator) {
      this.indicator = Checks.argument(indicator, "indicator").orElse(null);
      return this;
    }

    /**
     * Sets the currency the values are in; required.
     *
     * @param currency the currency
     * @return this builder
     * @since 0.1.0
     */
    public Builder currency(@Nullable Currency currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets the power of ten the values are multiplied by; 0 to 18, 0 unless set.
     *
     * @param unitMultiplier 0 to 18
     * @return this builder
     * @since 0.1.0
     */
    public Builder unitMultiplier(int unitMultiplier) {
      this.unitMultiplier = unitMultiplier;
      return this;
    }

    /**
     * Sets how often the series has a figure; required, and every period must fit it.
     *
     * @param frequency the frequency
     * @return this builder
     * @since 0.1.0
     */
    public Builder frequency(@Nullable Frequency frequency) {
      this.frequency = frequency;
      return this;
    }

    /**
     * Adds a source of the series as a whole.
     *
     * @param element the source
     * @return this builder
     * @throws IllegalArgumentException if {@code element} is null
     * @since 0.1.0
     */
    public Builder addSources(Source element) {
      sources.add(Checks.argument(element, "source"));
      return this;
    }

    /**
     * Adds sources of the series as a whole, in order.
     *
     * @param elements the sources
     * @return this builder
     * @throws IllegalArgumentException if {@code elements} or one of them is null
     * @since 0.1.0
     */
    public Builder addSources(Source... elements) {
      for (Source s : Checks.argument(elements, "sources")) {
        addSources(s);
      }
      return this;
    }

    /**
     * Replaces the sources of the series as a whole.
     *
     * @param elements the sources
     * @return this builder
     * @throws IllegalArgumentException if {@code elements} or one of them is null
     * @since 0.1.0
     */
    public Builder sources(Iterable<? extends Source> elements) {
      Checks.argument(elements, "sources");
      sources.clear();
      return addAllSources(elements);
    }

    /**
     * Adds sources of the series as a whole, in order.
     *
     * @param elements the sources
     * @return this builder
     * @throws IllegalArgumentException if {@code elements} or one of them is null
     * @since 0.1.0
     */
    public Builder addAllSources(Iterable<? extends Source> elements) {
      for (Source s : Checks.argument(elements, "sources")) {
        addSources(s);
      }
      return this;
    }

    /**
     * Adds an observation, with its status, qualifier and source.
     *
     * @param element the observation
     * @return this builder
     * @throws IllegalArgumentException if {@code element} is null
     * @since 0.1.0
     */
    public Builder addObservations(Observation element) {
      Checks.argument(element, "observation");
      observations.add(element.period(), element.value(), element.status(), element.qualifier(),
          element.source().orElse(null));
      return this;
    }

    /**
     * Adds observations, in any order.
     *
     * @param elements the observations
     * @return this builder
     * @throws IllegalArgumentException if {@code elements} or one of them is null
     * @since 0.1.0
     */
    public Builder addObservations(Observation... elements) {
      for (Observation o : Checks.argument(elements, "observations")) {
        addObservations(o);
      }
      return this;
    }

    /**
     * Replaces every observation added so far.
     *
     * @param elements the observations
     * @return this builder
     * @throws IllegalArgumentException if {@code elements} or one of them is null
     * @since 0.1.0
     */
    public Builder observations(Iterable<? extends Observation> elements) {
      Checks.argument(elements, "observations");
      observations.clear();
      return addAllObservations(elements);
    }

    /**
     * Adds observations, in any order.
     *
     * @param elements the observations
     * @return this builder
     * @throws IllegalArgumentException if {@code elements} or one of them is null
     * @since 0.1.0
     */
    public Builder addAllObservations(Iterable<? extends Observation> elements) {
      for (Observation o : Checks.argument(elements, "observations")) {
        addObservations(o);
      }
      return this;
    }

    /**
     * Adds a normal, exact observation without a source of its own: a figure as a statistical
     * office publishes it.
     *
     * @param period the period
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if an argument is null
     * @since 0.1.0
     */
    public Builder addObservations(Period period, BigDecimal value) {
      return addObservations(period, value, ObservationStatus.NORMAL, Qualifier.EXACT);
    }

    /**
     * Adds an observation without a source of its own, with its status and qualifier, as a
     * report gives it: "projected to surpass $38 billion in FY2025" is {@code
     * addObservations(Period.parse("FY2025"), new BigDecimal("38"), ObservationStatus.FORECAST,
     * Qualifier.MORE_THAN)}. The same as adding the {@link Observation}, without making it:
     * the cheapest way to add many figures.
     *
     * @param period the period
     * @param value the value
     * @param status the status, such as forecast or provisional
     * @param qualifier how the value relates to the true one, such as more than
     * @return this builder
     * @throws IllegalArgumentException if an argument is null
     * @since 0.1.0
     */
    public Builder addObservations(Period period, BigDecimal value, ObservationStatus status,
        Qualifier qualifier) {
      if (period == null || value == null || status == null || qualifier == null) {
        // one test on the path of every observation; the argument is named off it
        Checks.argument(period, "period");
        Checks.argument(value, "value");
        Checks.argument(status, "status");
        Checks.argument(qualifier, "qualifier");
      }
      observations.add(period, value, status, qualifier, null);
      return this;
    }

    /**
     * Adds an observation without a source of its own whose value is {@code unscaledValue} ×
     * 10<sup>−{@code scale}</sup>: the same as {@link #addObservations(Period, BigDecimal,
     * ObservationStatus, Qualifier)} with {@code BigDecimal.valueOf(unscaledValue, scale)},
     * without making the decimal. For readers of large inputs, which find most figures as digits
     * and a decimal point: {@code 1234.5} is {@code addObservations(period, 12345, 1, ...)}.
     *
     * @param period the period
     * @param unscaledValue the value's digits, as a whole number
     * @param scale the number of those digits after the decimal point (negative: zeros added
     *     before it)
     * @param status the status, such as forecast or provisional
     * @param qualifier how the value relates to the true one, such as more than
     * @return this builder
     * @throws IllegalArgumentException if an argument is null
     * @since 0.1.0
     */
    public Builder addObservations(Period period, long unscaledValue, int scale,
        ObservationStatus status, Qualifier qualifier) {
      if (period == null || status == null || qualifier == null) {
        Checks.argument(period, "period");
        Checks.argument(status, "status");
        Checks.argument(qualifier, "qualifier");
      }
      observations.add(period, unscaledValue, scale, status, qualifier);
      return this;
    }

    /** Adds observation {@code i} of {@code from}, as stored. */
    Builder copy(ObservationColumns from, int i) {
      from.copyTo(i, observations);
      return this;
    }

    /**
     * Builds the series, checking every rule.
     *
     * @return the series
     * @throws org.migov.validation.ValidationException listing every broken rule
     * @since 0.1.0
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
      ObservationColumns columns = observations.toColumns(c, frequency);
      c.done();
      return new RemittanceSeries(this, columns);
    }
  }
}
