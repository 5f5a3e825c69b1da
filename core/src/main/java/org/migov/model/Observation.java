package org.migov.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * One observation of a remittance series: a period, an exact decimal value in the series'
 * currency and unit multiplier, its status (SDMX OBS_STATUS), how the value is qualified, and its
 * source.
 *
 * <p>Rules: period and value are required.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Observation {
  Observation() {}

  /**
   * {@return a new, empty builder of observations; {@code period} and {@code value} must be set
   * before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this observation, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return a normal, exact observation of the given value over the given period, without a source
   * of its own}
   *
   * @param period the period observed, such as {@code FY2025}
   * @param value the value in the series' currency times ten to the power of its unit multiplier
   * @throws org.migov.validation.ValidationException if either argument is null
   */
  public static Observation of(Period period, BigDecimal value) {
    return builder().period(period).value(value).build();
  }

  /**
   * {@return the period the value covers: a month, a quarter, a year, a fiscal year or a range of
   * months}
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * {@return the value exactly as reported, in the series' currency times ten to the power of its
   * unit multiplier (34.9 with a multiplier of 9 is 34.9 billion)}
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * {@return the observation's status, as SDMX OBS_STATUS defines it (estimated, forecast, …);
   * {@link ObservationStatus#NORMAL} unless set}
   */
  @Value.Parameter
  public abstract ObservationStatus status();

  /**
   * {@return how the value relates to the true one ("projected to surpass $38 billion" is more than
   * 38); {@link Qualifier#EXACT} unless set}
   */
  @Value.Parameter
  public abstract Qualifier qualifier();

  /**
   * {@return the source of this value, when it differs from the series' sources; empty otherwise}
   */
  @Value.Parameter
  public abstract Optional<Source> source();

  @Value.Check
  void check() {
    if (period() != null && value() != null && status() != null && qualifier() != null
        && Checks.isDecimalInRange(value())) {
      return; // valid: most observations, and all a series makes from its storage
    }
    Checks c = Checks.of("observation");
    c.decimal("value", value());
    c.required("period", period());
    c.required("value", value());
    c.required("status", status());
    c.required("qualifier", qualifier());
    c.done();
  }

  /**
   * Builds an {@link Observation}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or a
   * required attribute is missing.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {
      // the defaults, set here rather than computed by the object: nothing to initialise lazily
      status(ObservationStatus.NORMAL);
      qualifier(Qualifier.EXACT);
    }

    /**
     * {@return an observation of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Observation build() {
      return super.build();
    }
  }
}
