package org.migov.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A numbered priority goal of a declaration, such as Priority Goal 2 of the Budapest Process
 * Ministerial Declaration and Call for Action 2025–2030: "Strengthen pathways for legal migration
 * and mobility".
 *
 * <p>A goal may be known in part: by its number only, or by its number and a theme, while its
 * wording is unknown (absent, not empty). Rules: the number is 1 or more; text, theme and short
 * title, if given, are not blank; links are unique.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PriorityGoal {
  PriorityGoal() {}

  /**
   * {@return a new, empty builder of priority goals; {@code number} must be set before {@code
   * build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this goal, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** {@return the goal's number in its declaration, 1 or more (2 for Priority Goal 2)} */
  public abstract int number();

  /**
   * {@return the goal's full text as the declaration words it, if known; never blank} Optional
   * since format 1.1: a goal may be known by its number and theme only.
   */
  public abstract Optional<String> text();

  /**
   * {@return what the goal is about, as a source sums it up when it does not quote it ("legal
   * migration and mobility"), if given; never blank}
   *
   * @since 0.1.0
   */
  public abstract Optional<String> theme();

  /** {@return a short title for the goal, if the sources give one; never blank} */
  public abstract Optional<String> shortTitle();

  /**
   * {@return the goals of other frameworks this goal relates to, such as an objective of the Global
   * Compact for Migration or an SDG target, each at most once}
   */
  public abstract List<GoalLink> links();

  @Value.Check
  void check() {
    Checks c = Checks.of("priorityGoal");
    c.optionalText("text", text());
    c.optionalText("theme", theme());
    c.optionalText("shortTitle", shortTitle());
    c.atLeast("number", number(), 1);
    c.unique("links", links());
    c.elements("links", links());
    c.done();
  }

  /**
   * Builds a {@link PriorityGoal}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutablePriorityGoal.Builder {
    Builder() {}

    /**
     * {@return a priority goal of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public PriorityGoal build() {
      return super.build();
    }
  }
}
