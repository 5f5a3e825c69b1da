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
   * {@return a new, empty builder of regions; {@code id} and {@code name} must be set before {@code
   * build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this region, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the id of the region, unique among its dialogue's regions, such as {@code
   * silk-routes}}
   */
  public abstract RegionId id();

  /** {@return the region's name, such as "Silk Routes countries"; never blank} */
  public abstract String name();

  /**
   * {@return the lists of the region's countries, each as one source gives it at one time, in the
   * order given (oldest first, by convention); no two with the same date, and at most one undated}
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
     * {@return a region of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Region build() {
      return super.build();
    }
  }
}
