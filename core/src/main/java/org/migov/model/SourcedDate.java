package org.migov.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A date as one source gives it. Where sources disagree (the Budapest Process was established in
 * 1993 by one account, in 1991 by another), each date is kept with its source.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SourcedDate {
  SourcedDate() {}

  /**
   * Returns a new, empty builder of {@link SourcedDate}.
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
   * Returns a date with its source.
   *
   * @param date the date
   * @param source the source that gives it
   * @return the sourced date
   */
  public static SourcedDate of(PartialDate date, Source source) {
    return builder().date(date).source(source).build();
  }

  /**
   * Returns the date.
   *
   * @return the date
   */
  public abstract PartialDate date();

  /**
   * Returns the source that gives this date.
   *
   * @return the source
   */
  public abstract Optional<Source> source();

  @Value.Check
  void check() {
    Checks c = Checks.of("sourcedDate");
    c.required("date", date());
    c.done();
  }

  /**
   * Builds a {@link SourcedDate}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableSourcedDate.Builder {
    Builder() {}

    /**
     * Builds a {@link SourcedDate} of the attributes set, checking every invariant.
     *
     * @return the sourcedDate
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public SourcedDate build() {
      return super.build();
    }
  }
}
