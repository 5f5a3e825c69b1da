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
   * {@return a new, empty builder of working groups; {@code id}, {@code name} and {@code kind} must
   * be set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this working group, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the id of the working group, unique among its dialogue's working groups, such as
   * {@code thematic-working-group}}
   */
  public abstract WorkingGroupId id();

  /** {@return the working group's name, such as "Thematic Working Group"; never blank} */
  public abstract String name();

  /** {@return whether the working group works on a theme or for a region} */
  public abstract WorkingGroupKind kind();

  /**
   * {@return the working group's theme or region in words, such as "legal migration", if the
   * sources say; never blank}
   */
  public abstract Optional<String> theme();

  /**
   * {@return the terms of the working group's chairs and co-chairs, such as Pakistan as co-chair;
   * possibly none}
   */
  public abstract List<RoleTerm> terms();

  /** {@return the sources the working group's facts come from, possibly none} */
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
     * {@return a working group of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public WorkingGroup build() {
      return super.build();
    }
  }
}
