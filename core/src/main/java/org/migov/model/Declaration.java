package org.migov.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A declaration adopted in a dialogue, such as the Budapest Process Ministerial Declaration and
 * Call for Action 2025–2030, with its ordered priority goals.
 *
 * <p>Rules: id, title, dialogue and kind are required; goals are in strictly increasing order of
 * number; the implementation period does not end before it starts.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Declaration {
  Declaration() {}

  /**
   * Returns a new, empty builder of {@link Declaration}.
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
  public abstract DeclarationId id();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the dialogue in which it was adopted.
   *
   * @return the dialogue
   */
  public abstract DialogueId dialogue();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract DeclarationKind kind();

  /**
   * Returns when it was adopted.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> adopted();

  /**
   * Returns the meeting that adopted it.
   *
   * @return the meeting
   */
  public abstract Optional<MeetingId> adoptedAt();

  /**
   * Returns when its implementation period starts (2025 for 2025–2030).
   *
   * @return the start
   */
  public abstract Optional<PartialDate> implementationStart();

  /**
   * Returns when its implementation period ends (2030 for 2025–2030).
   *
   * @return the end
   */
  public abstract Optional<PartialDate> implementationEnd();

  /**
   * Returns its priority goals, in order of number.
   *
   * @return the goals
   */
  public abstract List<PriorityGoal> goals();

  /**
   * Returns the sources its facts come from.
   *
   * @return the sources, possibly empty
   */
  public abstract List<Source> sources();

  /**
   * Returns the goal with the given number.
   *
   * @param number a goal number
   * @return the goal, or empty if the declaration has none with that number
   */
  public Optional<PriorityGoal> goal(int number) {
    List<PriorityGoal> goals = goals();
    for (int i = 0; i < goals.size(); i++) { // a declaration sets few goals
      if (goals.get(i).number() == number) {
        return Optional.of(goals.get(i));
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("declaration");
    c.required("id", id());
    c.text("title", title());
    c.required("dialogue", dialogue());
    c.required("kind", kind());
    c.range("implementationEnd", implementationStart(), implementationEnd(),
        PartialDate::isCertainlyBefore);
    List<PriorityGoal> goals = goals();
    for (int i = 1; i < goals.size(); i++) {
      PriorityGoal goal = goals.get(i);
      PriorityGoal before = goals.get(i - 1);
      if (goal == null || before == null) {
        continue; // reported by elements(…)
      }
      if (goal.number() <= before.number()) {
        c.violation("goals[" + i + "].number", ViolationCode.GOALS_ORDER,
            "goal number %d follows goal number %d", goal.number(), before.number());
      }
    }
    c.elements("goals", goals());
    c.elements("sources", sources());
    c.done();
  }

  /**
   * Builds a {@link Declaration}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableDeclaration.Builder {
    Builder() {}

    /**
     * Builds a {@link Declaration} of the attributes set, checking every invariant.
     *
     * @return the declaration
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Declaration build() {
      return super.build();
    }
  }
}
