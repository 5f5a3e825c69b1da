package org.migov.model;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * The countries of a region as one source lists them at one time. Regions change: the Silk Routes
 * countries of 2010 are not those of today.
 *
 * <p>Rules: at least one country.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RegionListing {
  RegionListing() {}

  /**
   * {@return a new, empty builder of region listings; at least one country must be set before
   * {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this region listing, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return when the list held, as precisely as known ({@code 2010-11-03} for the Silk Routes
   * countries named in Istanbul), if known}
   */
  public abstract Optional<PartialDate> asOf();

  /** {@return the region's countries in this list, at least one, each once, in code order} */
  @Value.NaturalOrder
  public abstract SortedSet<CountryCode> countries();

  /** {@return the source that gives the list, if cited} */
  public abstract Optional<Source> source();

  @Value.Check
  void check() {
    Checks c = Checks.of("regionListing");
    c.notEmpty("countries", countries());
    c.done();
  }

  /**
   * Builds a {@link RegionListing}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableRegionListing.Builder {
    Builder() {}

    /**
     * Builds a {@link RegionListing} of the attributes set, checking every invariant.
     *
     * @return the region listing, every invariant checked
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public RegionListing build() {
      try {
        return super.build();
      } catch (NullPointerException e) {
        // not control flow for speed: the generated constructor copies the builder's elements
        // into a sorted set, which refuses a null element before any check can see it, and the
        // builder's elements are private to the generated code
        throw Checks.fail("regionListing.countries", ViolationCode.REQUIRED, "'countries' holds null");
      }
    }
  }
}
