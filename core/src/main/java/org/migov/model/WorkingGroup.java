package org.migov.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A thematic or regional working group of a dialogue, with its chairs and co-chairs.
 *
 * <p>Rules: id, name and kind are required.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WorkingGroup {
  WorkingGroup() {}

  /**
   * Returns a new, empty builder of {@link WorkingGroup}.
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
  public abstract WorkingGroupId id();

  /**
   * Returns the name, such as "Thematic Working Group on Legal Migration".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns whether it works on a theme or a region.
   *
   * @return the kind
   */
  public abstract WorkingGroupKind kind();

  /**
   * Returns its theme or region, in words.
   *
   * @return the theme
   */
  public abstract Optional<String> theme();

  /**
   * Returns the terms of its chairs and co-chairs.
   *
   * @return the terms
   */
  public abstract List<RoleTerm> terms();

  /**
   * Returns the sources its facts come from.
   *
   * @return the sources, possibly empty
   */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    Checks c = Checks.of("workingGroup");
    c.required("id", id());
    c.text("name", name());
    c.required("kind", kind());
    c.optionalText("theme", theme());
    c.elements("terms", terms());
    c.elements("sources", sources());
    c.done();
  }

  /**
   * Builds a {@link WorkingGroup}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableWorkingGroup.Builder {
    Builder() {}

    /**
     * Builds a {@link WorkingGroup} of the attributes set, checking every invariant.
     *
     * @return the workingGroup
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public WorkingGroup build() {
      return super.build();
    }
  }
}
