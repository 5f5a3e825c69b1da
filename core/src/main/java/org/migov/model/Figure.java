package org.migov.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A figure as a source reports it: a number of something, with the words that qualify it ("more
 * than 65 delegates", "over 11 million overseas workers"), when it applies and where it comes
 * from.
 *
 * <p>One figure type serves dialogues (how many governments they serve), meetings (how many took
 * part) and countries (how many of their nationals work abroad). A figure may count several kinds
 * together ("28 states and international organisations"). Rules: the value is not negative; at
 * least one kind is counted.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Figure {
  Figure() {}

  /**
   * Returns a new, empty builder of {@link Figure}.
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
   * Returns the number as reported, exactly.
   *
   * @return the value, not negative
   */
  public abstract BigDecimal value();

  /**
   * Returns how the value relates to the true number; {@link Qualifier#EXACT} unless set.
   *
   * @return the qualifier
   */
  @Value.Default
  public Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /**
   * Returns what is counted; several kinds when the source counts them together.
   *
   * @return the kinds counted, at least one, in their natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<Counted> counts();

  /**
   * Returns the source's own words for what is counted, such as "delegates, including officials
   * and experts".
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns the date at which the figure holds.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> asOf();

  /**
   * Returns the period over which the figure was counted, when it is a flow rather than a stock.
   *
   * @return the period
   */
  public abstract Optional<Period> period();

  /**
   * Returns the source that reports the figure.
   *
   * @return the source
   */
  public abstract Optional<Source> source();

  @Value.Check
  void check() {
    Checks c = Checks.of("figure");
    c.required("value", value());
    c.optionalText("description", description());
    c.required("qualifier", qualifier());
    c.check(value() == null || value().signum() >= 0, "value", ViolationCode.VALUE_OUT_OF_RANGE,
        "'value' is %s but must not be negative", value());
    c.notEmpty("counts", counts());
    c.done();
  }

  /**
   * Builds a {@link Figure}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableFigure.Builder {
    Builder() {}

    /**
     * Builds a {@link Figure} of the attributes set, checking every invariant.
     *
     * @return the figure
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Figure build() {
      try {
        return super.build();
      } catch (NullPointerException e) {
        // the one thing that fails before the checks: a null element of the sorted set, which
        // cannot hold it
        throw Checks.fail("figure.counts", ViolationCode.REQUIRED, "'counts' holds null");
      }
    }
  }
}
