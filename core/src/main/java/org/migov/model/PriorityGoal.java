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
 * <p>Rules: the number is 1 or more; the text is required; links are unique.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PriorityGoal {
  PriorityGoal() {}

  /**
   * Returns a new, empty builder of {@link PriorityGoal}.
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
   * Returns the goal's number in its declaration.
   *
   * @return the number, 1 or more
   */
  public abstract int number();

  /**
   * Returns the goal's text.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns a short title.
   *
   * @return the short title
   */
  public abstract Optional<String> shortTitle();

  /**
   * Returns links to goals of external frameworks.
   *
   * @return the links
   */
  public abstract List<GoalLink> links();

  @Value.Check
  void check() {
    Checks c = Checks.of("priorityGoal");
    c.text("text", text());
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
     * Builds a {@link PriorityGoal} of the attributes set, checking every invariant.
     *
     * @return the priorityGoal
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public PriorityGoal build() {
      return super.build();
    }
  }
}
