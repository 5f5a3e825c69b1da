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
   * Returns a new, empty builder of {@link Observation}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with every attribute of this object, to build a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns a normal, exact observation without source.
   *
   * @param period the period
   * @param value the value
   * @return the observation
   */
  public static Observation of(Period period, BigDecimal value) {
    return builder().period(period).value(value).build();
  }

  /**
   * Returns the period observed.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the value, exactly as reported, in the series' unit.
   *
   * @return the value
   */
  public abstract BigDecimal value();

  /**
   * Returns the status; {@link ObservationStatus#NORMAL} unless set.
   *
   * @return the status
   */
  public abstract ObservationStatus status();

  /**
   * Returns how the value relates to the true one; {@link Qualifier#EXACT} unless set.
   *
   * @return the qualifier
   */
  public abstract Qualifier qualifier();

  /**
   * Returns the source of this value, when it differs from the series' sources.
   *
   * @return the source
   */
  public abstract Optional<Source> source();

  @Value.Check
  void check() {
    if (period() != null && value() != null && status() != null && qualifier() != null) {
      return; // valid: most observations, and all a series makes from its storage
    }
    Checks c = Checks.of("observation");
    c.required("period", period());
    c.required("value", value());
    c.required("status", status());
    c.required("qualifier", qualifier());
    c.done();
  }

  /**
   * Builds a {@link Observation}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {
      // the defaults, set here rather than computed by the object: nothing to initialise lazily
      status(ObservationStatus.NORMAL);
      qualifier(Qualifier.EXACT);
    }

    /**
     * Builds an {@link Observation} of the attributes set, checking every invariant.
     *
     * @return the observation
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Observation build() {
      return super.build();
    }
  }
}
