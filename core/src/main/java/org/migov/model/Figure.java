package org.migov.model;

import java.math.BigDecimal;
import java.util.List;
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
 * least one kind is counted; agreeing sources need a first source.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Figure {
  Figure() {}

  /**
   * {@return a new, empty builder of figures; {@code value} and at least one counted kind must be
   * set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this figure, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the number as the source reports it, exactly (65 for "more than 65 delegates"); never
   * negative}
   */
  public abstract BigDecimal value();

  /**
   * {@return how the value relates to the true number (more than, about, …); {@link
   * Qualifier#EXACT} unless set}
   */
  @Value.Default
  public Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /**
   * {@return what the figure counts, at least one kind, in their natural order; several kinds when
   * the source counts them together, as in "28 states and international organisations"}
   */
  @Value.NaturalOrder
  public abstract SortedSet<Counted> counts();

  /**
   * {@return the source's own words for what is counted, such as "delegates, officials and
   * experts", if given; never blank}
   */
  public abstract Optional<String> description();

  /**
   * {@return the date at which the figure holds, for a stock such as a number of overseas workers,
   * if known}
   */
  public abstract Optional<PartialDate> asOf();

  /**
   * {@return the period over which the figure was counted, for a flow rather than a stock, if
   * known}
   */
  public abstract Optional<Period> period();

  /**
   * {@return the source that reports the figure, if cited; two figures of one thing from different
   * sources are both kept}
   */
  public abstract Optional<Source> source();

  /**
   * {@return further sources that report the same figure (value, qualifier and kinds alike) as
   * {@link #source()}, each at most once; possibly none} Sources that report another value give
   * another figure.
   *
   * @since 0.1.0
   */
  public abstract List<Source> agreeingSources();

  @Value.Check
  void check() {
    Checks c = Checks.of("figure");
    c.required("value", value());
    c.optionalText("description", description());
    c.required("qualifier", qualifier());
    c.check(value() == null || value().signum() >= 0, "value", ViolationCode.VALUE_OUT_OF_RANGE,
        "'value' is %s but must not be negative", value());
    c.decimal("value", value());
    c.notEmpty("counts", counts());
    c.elements("agreeingSources", agreeingSources());
    c.unique("agreeingSources", agreeingSources());
    c.check(agreeingSources().isEmpty() || source().isPresent(), "agreeingSources",
        ViolationCode.REQUIRED, "'agreeingSources' needs 'source', the first source, set");
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
     * {@return a figure of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute and a null kind counted included
     */
    @Override
    public Figure build() {
      try {
        return super.build();
      } catch (NullPointerException e) {
        // not control flow for speed: the generated constructor copies the builder's elements
        // into a sorted set, which refuses a null element before any check can see it, and the
        // builder's elements are private to the generated code
        throw Checks.fail("figure.counts", ViolationCode.REQUIRED, "'counts' holds null");
      }
    }
  }
}
