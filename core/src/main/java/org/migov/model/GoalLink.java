package org.migov.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A link from a priority goal to a goal of an external framework, such as objective 20 of the
 * Global Compact for Migration or SDG target 10.c.
 *
 * <p>Rules: framework and code are required.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GoalLink {
  GoalLink() {}

  /**
   * Returns a new, empty builder of {@link GoalLink}.
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
   * Returns a link without label.
   *
   * @param framework the framework
   * @param code the code of the goal in it
   * @return the link
   */
  public static GoalLink of(GoalFramework framework, String code) {
    return builder().framework(framework).code(code).build();
  }

  /**
   * Returns the framework.
   *
   * @return the framework
   */
  public abstract GoalFramework framework();

  /**
   * Returns the goal's code in the framework, such as "20" or "10.c".
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the goal's text or the framework's name (for {@link GoalFramework#OTHER}).
   *
   * @return the label
   */
  public abstract Optional<String> label();

  @Value.Check
  void check() {
    Checks c = Checks.of("goalLink");
    c.required("framework", framework());
    c.text("code", code());
    c.optionalText("label", label());
    c.done();
  }

  /**
   * Builds a {@link GoalLink}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableGoalLink.Builder {
    Builder() {}

    /**
     * Builds a {@link GoalLink} of the attributes set, checking every invariant.
     *
     * @return the goalLink
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public GoalLink build() {
      return super.build();
    }
  }
}
