package org.migov.model;

import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A reference to one priority goal of one declaration, by the declaration's id and the goal's
 * number.
 *
 * <p>Rules: the number is 1 or more. Whether the goal exists is checked by validating a {@link
 * Dataset}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GoalRef {
  GoalRef() {}

  /**
   * {@return a new, empty builder of goal references; {@code declaration} and {@code goal} must be
   * set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this goal reference, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return a reference to goal number {@code goal} of {@code declaration}, such as Priority Goal
   * 2 of {@code budapest-declaration-2024}}
   *
   * @param declaration the declaration's id
   * @param goal the goal's number, 1 or more
   * @throws org.migov.validation.ValidationException if {@code declaration} is null or {@code goal}
   *     is less than 1
   */
  public static GoalRef of(DeclarationId declaration, int goal) {
    return builder().declaration(declaration).goal(goal).build();
  }

  /**
   * {@return the id of the declaration whose goal is meant} Validating a dataset reports an id that
   * names none of its declarations.
   */
  public abstract DeclarationId declaration();

  /**
   * {@return the goal's number in the declaration, 1 or more} Validating a dataset reports a number
   * the declaration does not have.
   */
  public abstract int goal();

  @Value.Check
  void check() {
    Checks c = Checks.of("goalRef");
    c.required("declaration", declaration());
    c.atLeast("goal", goal(), 1);
    c.done();
  }

  /**
   * Builds a {@link GoalRef}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableGoalRef.Builder {
    Builder() {}

    /**
     * {@return a goal reference of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public GoalRef build() {
      return super.build();
    }
  }
}
