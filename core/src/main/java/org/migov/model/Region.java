package org.migov.model;

import java.util.List;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A named region of a dialogue, such as the Silk Routes countries, with its composition over
 * time.
 *
 * <p>Rules: id and name are required; no two listings have the same date.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Region {
  Region() {}

  /**
   * Returns a new, empty builder of {@link Region}.
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
   * Returns the id.
   *
   * @return the id
   */
  public abstract RegionId id();

  /**
   * Returns the name, such as "Silk Routes countries".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the lists of its countries, in the order given (oldest first, by convention).
   *
   * @return the listings
   */
  public abstract List<RegionListing> listings();

  @Value.Check
  void check() {
    Checks c = Checks.of("region");
    c.required("id", id());
    c.text("name", name());
    c.unique("listings", listings(), RegionListing::asOf);
    c.elements("listings", listings());
    c.done();
  }

  /**
   * Builds a {@link Region}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableRegion.Builder {
    Builder() {}

    /**
     * Builds a {@link Region} of the attributes set, checking every invariant.
     *
     * @return the region
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Region build() {
      return super.build();
    }
  }
}
