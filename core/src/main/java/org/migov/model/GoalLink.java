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
   * {@return a new, empty builder of goal links; {@code framework} and {@code code} must be set
   * before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this goal link, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return a link, without label, to the goal with the given code in the given framework}
   *
   * @param framework the framework, such as {@link GoalFramework#SDG_TARGET}
   * @param code the goal's code in it, such as {@code 10.c}; not blank
   * @throws org.migov.validation.ValidationException if an argument is null or the code is blank
   */
  public static GoalLink of(GoalFramework framework, String code) {
    return builder().framework(framework).code(code).build();
  }

  /**
   * {@return the external framework the linked goal belongs to: the Global Compact for Migration,
   * the SDGs, or another}
   */
  public abstract GoalFramework framework();

  /**
   * {@return the linked goal's code in its framework, such as "20" for a GCM objective or "10.c"
   * for an SDG target; never blank}
   */
  public abstract String code();

  /**
   * {@return the linked goal's text, or for {@link GoalFramework#OTHER} the framework's name, if
   * given; never blank}
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
     * {@return a goal link of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public GoalLink build() {
      return super.build();
    }
  }
}
