package org.migov.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A declaration adopted in a dialogue, such as the Budapest Process Ministerial Declaration and
 * Call for Action 2025–2030, with its ordered priority goals.
 *
 * <p>Rules: id, title, dialogue and kind are required; goals are in strictly increasing order of
 * number; the implementation period does not end before it starts; where claims of disagreeing
 * sources stand beside the title, the adoption date, the adopting meeting, the implementation
 * period's start or end or the number of goals, the attribute holds one of their values ({@link
 * Claim}), and claimed numbers of goals are 1 or more. A declaration may be known in part: its
 * stated number of goals ({@link #goalCount()}) with only some goals known, each possibly by number and theme only.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Declaration {
  Declaration() {}

  /**
   * {@return a new, empty builder of declarations; {@code id}, {@code title}, {@code dialogue} and
   * {@code kind} must be set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this declaration, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the id that identifies this declaration in a dataset, such as {@code
   * budapest-declaration-2024}}
   */
  public abstract DeclarationId id();

  /**
   * {@return the declaration's title, such as "Budapest Process Ministerial Declaration and Call
   * for Action 2025-2030"; never blank}
   */
  public abstract String title();

  /**
   * {@return every title that sources give, each with the sources that give it, where they
   * disagree; possibly none} When not empty, {@link #title()} holds the value used, which is
   * one of these (see {@link Claim}).
   *
   * @since 0.1.0
   */
  public abstract List<Claim<String>> titleClaims();

  /** {@return the dialogue in which the declaration was adopted} */
  public abstract DialogueId dialogue();

  /** {@return the kind of document: a ministerial declaration, commitments, an action plan, …} */
  public abstract DeclarationKind kind();

  /**
   * {@return when the declaration was adopted, as precisely as the sources give it, if known}
   * Validating a dataset reports a date that lies certainly outside the dates of the meeting that
   * adopted it.
   */
  public abstract Optional<PartialDate> adopted();

  /**
   * {@return every adoption date that sources give, each with the sources that give it, where they
   * disagree; possibly none} When not empty, {@link #adopted()} holds the value used, which is
   * one of these (see {@link Claim}).
   *
   * @since 0.1.0
   */
  public abstract List<Claim<PartialDate>> adoptedClaims();

  /**
   * {@return the meeting that adopted the declaration, if known} Validating a dataset reports a
   * meeting of another dialogue.
   */
  public abstract Optional<MeetingId> adoptedAt();

  /**
   * {@return every adopting meeting that sources give, each with the sources that give it, where
   * they disagree; possibly none} When not empty, {@link #adoptedAt()} holds the value used, which
   * is one of these (see {@link Claim}); validating a dataset checks only the value used.
   *
   * @since 0.1.0
   */
  public abstract List<Claim<MeetingId>> adoptedAtClaims();

  /**
   * {@return when the declaration's implementation period starts (2025 for 2025–2030), if it has
   * one}
   */
  public abstract Optional<PartialDate> implementationStart();

  /**
   * {@return every start of the implementation period that sources give, each with the sources
   * that give it, where they disagree; possibly none} When not empty, {@link
   * #implementationStart()} holds the value used, which is one of these (see {@link Claim}).
   *
   * @since 0.1.0
   */
  public abstract List<Claim<PartialDate>> implementationStartClaims();

  /**
   * {@return when the declaration's implementation period ends (2030 for 2025–2030), if it has one;
   * it never lies certainly before the start}
   */
  public abstract Optional<PartialDate> implementationEnd();

  /**
   * {@return every end of the implementation period that sources give, each with the sources that
   * give it, where they disagree; possibly none} When not empty, {@link #implementationEnd()}
   * holds the value used, which is one of these (see {@link Claim}).
   *
   * @since 0.1.0
   */
  public abstract List<Claim<PartialDate>> implementationEndClaims();

  /**
   * {@return the declaration's priority goals, in strictly increasing order of number; possibly
   * none}
   */
  public abstract List<PriorityGoal> goals();

  /**
   * {@return how many priority goals the declaration sets, as the sources state it (six for the
   * Call for Action 2025–2030), 1 or more, if stated; {@link #goals()} may hold fewer, when only
   * some are known} Validating a dataset reports more goals than stated, a goal numbered above
   * it, and a meeting advancing such a goal.
   *
   * @since 0.1.0
   */
  public abstract OptionalInt goalCount();

  /**
   * {@return every number of goals that sources give, each with the sources that give it, where
   * they disagree; possibly none} When not empty, {@link #goalCount()} holds the value used, which
   * is one of these (see {@link Claim}); each is 1 or more.
   *
   * @since 0.1.0
   */
  public abstract List<Claim<Integer>> goalCountClaims();

  /**
   * {@return the sources the declaration's facts come from; validating a dataset warns when there
   * is none}
   */
  public abstract List<Source> sources();

  /**
   * {@return the declaration's goal with the given number, or empty if it has none}
   *
   * @param number a goal's number, such as 2 for Priority Goal 2
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

  /**
   * {@return the names of the attributes whose sources disagree, that is which have more than one
   * claim, in the order title, adopted, adoptedAt, implementationStart, implementationEnd,
   * goalCount}
   *
   * @since 0.1.0
   */
  public List<String> disputed() {
    List<String> names = new java.util.ArrayList<>(6);
    if (titleClaims().size() > 1) {
      names.add("title");
    }
    if (adoptedClaims().size() > 1) {
      names.add("adopted");
    }
    if (adoptedAtClaims().size() > 1) {
      names.add("adoptedAt");
    }
    if (implementationStartClaims().size() > 1) {
      names.add("implementationStart");
    }
    if (implementationEndClaims().size() > 1) {
      names.add("implementationEnd");
    }
    if (goalCountClaims().size() > 1) {
      names.add("goalCount");
    }
    return List.copyOf(names);
  }

  /**
   * {@return the claims of the named attribute, each source's value: {@code claims("title")} is
   * {@link #titleClaims()}}
   *
   * @param attribute one of {@code title}, {@code adopted}, {@code adoptedAt}, {@code
   *     implementationStart}, {@code implementationEnd}, {@code goalCount}, as {@link
   *     #disputed()} names them
   * @throws IllegalArgumentException for any other name
   * @since 0.1.0
   */
  public List<? extends Claim<?>> claims(String attribute) {
    return switch (attribute) {
      case "title" -> titleClaims();
      case "adopted" -> adoptedClaims();
      case "adoptedAt" -> adoptedAtClaims();
      case "implementationStart" -> implementationStartClaims();
      case "implementationEnd" -> implementationEndClaims();
      case "goalCount" -> goalCountClaims();
      default -> throw new IllegalArgumentException("a declaration has no claims of '" + attribute
          + "': use title, adopted, adoptedAt, implementationStart, implementationEnd or"
          + " goalCount");
    };
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("declaration");
    c.required("id", id());
    c.text("title", title());
    c.required("dialogue", dialogue());
    c.required("kind", kind());
    if (title() != null) { // a missing title is reported as required
      c.claims("title", Optional.of(title()), titleClaims(), Claim::value);
    }
    c.claims("adopted", adopted(), adoptedClaims(), Claim::value);
    c.claims("adoptedAt", adoptedAt(), adoptedAtClaims(), Claim::value);
    c.claims("implementationStart", implementationStart(), implementationStartClaims(),
        Claim::value);
    c.claims("implementationEnd", implementationEnd(), implementationEndClaims(), Claim::value);
    c.claims("goalCount", Checks.boxed(goalCount()), goalCountClaims(), Claim::value);
    c.atLeast("goalCountClaims", goalCountClaims(), Claim::value, 1);
    if (goalCount().isPresent()) {
      c.atLeast("goalCount", goalCount().getAsInt(), 1);
    }
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
     * {@return a declaration of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Declaration build() {
      return super.build();
    }
  }
}
