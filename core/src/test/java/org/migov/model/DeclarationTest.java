package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class DeclarationTest {
  private static Declaration.Builder valid() {
    return Declaration.builder().id(DeclarationId.of("budapest-declaration-2024"))
        .title("Ministerial Declaration and Call for Action (2025–2030)")
        .dialogue(DialogueId.of("budapest-process"))
        .kind(DeclarationKind.MINISTERIAL_DECLARATION);
  }

  private static PriorityGoal goal(int number) {
    return PriorityGoal.builder().number(number).text("Goal " + number).build();
  }

  @Test
  void missingIdTitleDialogueAndKindAreAllReportedAtOnce() {
    assertThat(thrownBy(() -> Declaration.builder().addGoals(goal(1)).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("declaration.id", ViolationCode.REQUIRED),
            at("declaration.title", ViolationCode.REQUIRED),
            at("declaration.dialogue", ViolationCode.REQUIRED),
            at("declaration.kind", ViolationCode.REQUIRED));
  }

  @Test
  void blankTitleIsRejected() {
    assertThat(onlyThrownBy(() -> valid().title("").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly("declaration.title", ViolationCode.TEXT_BLANK);
  }

  @Test
  void goalsOutOfOrderAreReportedAtTheGoalThatBreaksTheOrder() {
    Violation v = onlyThrownBy(() -> valid().addGoals(goal(1), goal(3), goal(2)).build());

    assertThat(v.path()).isEqualTo("declaration.goals[2].number");
    assertThat(v.code()).isEqualTo(ViolationCode.GOALS_ORDER);
    assertThat(v.message()).isEqualTo("goal number 2 follows goal number 3");
  }

  @Test
  void goalNumberGivenTwiceBreaksTheStrictOrder() {
    assertThat(thrownBy(() -> valid().addGoals(goal(1), goal(1), goal(2), goal(2)).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("declaration.goals[1].number", ViolationCode.GOALS_ORDER),
            at("declaration.goals[3].number", ViolationCode.GOALS_ORDER));
  }

  @Test
  void goalsMaySkipNumbers() {
    Declaration d = valid().addGoals(goal(2), goal(5)).build();

    assertThat(d.goal(5)).hasValue(goal(5));
    assertThat(d.goal(1)).isEmpty();
  }

  @Test
  void implementationPeriodEndingBeforeItStartsIsReversed() {
    Violation v = onlyThrownBy(() -> valid().implementationStart(PartialDate.ofYear(2030))
        .implementationEnd(PartialDate.ofYear(2025)).build());

    assertThat(v.path()).isEqualTo("declaration.implementationEnd");
    assertThat(v.code()).isEqualTo(ViolationCode.DATE_RANGE_REVERSED);
    assertThat(v.message()).isEqualTo("'implementationEnd' (2025) lies before the start (2030)");
  }

  @Test
  void nullGoalIsReportedAsRequiredWithoutBreakingTheOrderCheck() {
    assertThat(thrownBy(() -> valid().addGoals(goal(1), null, goal(3), goal(2)).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("declaration.goals[3].number", ViolationCode.GOALS_ORDER),
            at("declaration.goals[1]", ViolationCode.REQUIRED));
  }

  @Test
  void severalProblemsAreAllReportedAtOnce() {
    assertThat(thrownBy(() -> Declaration.builder().title(" ").kind(DeclarationKind.OTHER)
        .implementationStart(PartialDate.ofMonth(2025, 2))
        .implementationEnd(PartialDate.ofMonth(2025, 1))
        .addGoals(goal(2), goal(1)).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("declaration.id", ViolationCode.REQUIRED),
            at("declaration.title", ViolationCode.TEXT_BLANK),
            at("declaration.dialogue", ViolationCode.REQUIRED),
            at("declaration.implementationEnd", ViolationCode.DATE_RANGE_REVERSED),
            at("declaration.goals[1].number", ViolationCode.GOALS_ORDER));
  }

  @Test
  void optionalAttributesAreEmptyUnlessSet() {
    Declaration d = valid().build();

    assertThat(d.adopted()).isEmpty();
    assertThat(d.adoptedAt()).isEmpty();
    assertThat(d.implementationStart()).isEmpty();
    assertThat(d.implementationEnd()).isEmpty();
    assertThat(d.goals()).isEmpty();
    assertThat(d.sources()).isEmpty();
  }
}
