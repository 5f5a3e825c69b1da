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
   * Returns a new, empty builder of {@link GoalRef}.
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
   * Returns a reference to goal {@code goal} of {@code declaration}.
   *
   * @param declaration the declaration
   * @param goal the goal's number, 1 or more
   * @return the reference
   */
  public static GoalRef of(DeclarationId declaration, int goal) {
    return builder().declaration(declaration).goal(goal).build();
  }

  /**
   * Returns the declaration.
   *
   * @return the declaration's id
   */
  public abstract DeclarationId declaration();

  /**
   * Returns the goal's number.
   *
   * @return the number, 1 or more
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
     * Builds a {@link GoalRef} of the attributes set, checking every invariant.
     *
     * @return the goalRef
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public GoalRef build() {
      return super.build();
    }
  }
}
