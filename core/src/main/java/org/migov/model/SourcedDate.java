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
   * {@return a new, empty builder of sourced dates; {@code date} must be set before {@code
   * build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this sourced date, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the given date, as the given source gives it}
   *
   * @param date the date, as precisely as the source gives it
   * @param source the source that gives it
   * @throws org.migov.validation.ValidationException if {@code date} is null
   */
  public static SourcedDate of(PartialDate date, Source source) {
    return builder().date(date).source(source).build();
  }

  /** {@return the date as the source gives it, as precisely as it gives it ({@code 1993})} */
  public abstract PartialDate date();

  /** {@return the source that gives this date, if cited} */
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
     * {@return a sourced date of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public SourcedDate build() {
      return super.build();
    }
  }
}
