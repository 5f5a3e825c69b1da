package org.migov.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a computation over a {@link RemittanceSeries} (a total, a change or a growth
 * rate) with the caveats of what it is made of, so that it cannot be mistaken for more than it
 * is.
 *
 * <p>The qualifier follows from the inputs' qualifiers: a total with a "more than" input is at
 * least "more than"; a change or growth is bounded below when its later value is bounded below
 * or its earlier one above, and about when the bounds do not combine. The status is the most
 * telling of the inputs' (a forecast in, a forecast out; then estimated, then provisional). The
 * coverage says how many months of the period asked the inputs cover: the total of Pakistan's
 * remittances from July 2024 to May 2025, asked for fiscal year 2025, covers 11 of 12 months, and
 * {@link #isComplete()} is false. The value is over the months covered only; nothing is
 * extrapolated.
 *
 * @since 0.1.0
 */
public final class ComputedFigure {
  private final BigDecimal value;
  private final Qualifier qualifier;
  private final ObservationStatus status;
  private final Period period;
  private final int monthsCovered;
  private final int inputs;

  ComputedFigure(BigDecimal value, Qualifier qualifier, ObservationStatus status, Period period,
      int monthsCovered, int inputs) {
    this.value = value;
    this.qualifier = qualifier;
    this.status = status;
    this.period = period;
    this.monthsCovered = monthsCovered;
    this.inputs = inputs;
  }

  /**
   * {@return the computed value, exact, over the months covered (a total in the series' units, a
   * change in them, or a growth rate as its method's name says: a fraction or a percentage)}
   */
  public BigDecimal value() {
    return value;
  }

  /** {@return how the value relates to the true one, following from the inputs' qualifiers} */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * {@return the most telling status of the inputs: forecast if any input is a forecast, else
   * estimated, else provisional, else their common status, else normal}
   */
  public ObservationStatus status() {
    return status;
  }

  /** {@return the period the computation was asked for, such as fiscal year 2025} */
  public Period period() {
    return period;
  }

  /** {@return how many months of the period asked the inputs cover, 0 to {@link #monthsAsked()}} */
  public int monthsCovered() {
    return monthsCovered;
  }

  /** {@return how many months the period asked has (12 for a year or a fiscal year)} */
  public int monthsAsked() {
    return period.lengthInMonths();
  }

  /** {@return whether the inputs cover every month of the period asked} */
  public boolean isComplete() {
    return monthsCovered == period.lengthInMonths();
  }

  /** {@return how many observations the value was computed from} */
  public int inputs() {
    return inputs;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ComputedFigure that && value.equals(that.value)
        && qualifier == that.qualifier && status == that.status && period.equals(that.period)
        && monthsCovered == that.monthsCovered && inputs == that.inputs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, qualifier, status, period, monthsCovered, inputs);
  }

  /**
   * {@return the value with every caveat, for messages: {@code more_than 34.9 forecast over FY2025
   * (11 of 12 months, 11 observations)}}
   */
  @Override
  public String toString() {
    return qualifier.name().toLowerCase(java.util.Locale.ROOT) + " " + value.toPlainString() + " "
        + status.name().toLowerCase(java.util.Locale.ROOT) + " over " + period + " ("
        + monthsCovered + " of " + monthsAsked() + " months, " + inputs
        + (inputs == 1 ? " observation)" : " observations)");
  }
}
