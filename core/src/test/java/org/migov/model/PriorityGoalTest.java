package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class PriorityGoalTest {
  private static PriorityGoal.Builder valid() {
    return PriorityGoal.builder().number(2)
        .text("Strengthen pathways for legal migration and mobility");
  }

  @Test
  void unsetNumberIsReportedAndTextIsNotRequired() {
    // an unset number is 0, reported as out of range rather than missing
    assertThat(thrownBy(() -> PriorityGoal.builder().build()))
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("priorityGoal.number", ViolationCode.VALUE_OUT_OF_RANGE,
                "'number' is 0 but must be at least 1"));
  }

  @Test
  void goalKnownByNumberAndThemeOnlyKeepsItsWordingUnknown() {
    // the seed article: "Priority Goal 2 ... This priority aims to strengthen policies and
    // pathways for legal migration and mobility" (a summary, not the goal's wording)
    PriorityGoal g = PriorityGoal.builder().number(2)
        .theme("strengthen policies and pathways for legal migration and mobility").build();

    assertThat(g.number()).isEqualTo(2);
    assertThat(g.text()).isEmpty();
    assertThat(g.theme()).hasValue(
        "strengthen policies and pathways for legal migration and mobility");
    assertThat(PriorityGoal.builder().number(4).build().text()).isEmpty();
  }

  @Test
  void blankThemeIsRejected() {
    Violation v = onlyThrownBy(() -> valid().theme(" ").build());

    assertThat(v.path()).isEqualTo("priorityGoal.theme");
    assertThat(v.code()).isEqualTo(ViolationCode.TEXT_BLANK);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void numberBelowOneIsOutOfRange(int number) {
    Violation v = onlyThrownBy(() -> valid().number(number).build());

    assertThat(v.path()).isEqualTo("priorityGoal.number");
    assertThat(v.code()).isEqualTo(ViolationCode.VALUE_OUT_OF_RANGE);
    assertThat(v.message()).isEqualTo("'number' is " + number + " but must be at least 1");
  }

  @Test
  void blankTextAndBlankShortTitleAreReportedTogether() {
    assertThat(thrownBy(() -> valid().text(" ").shortTitle("").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("priorityGoal.text", ViolationCode.TEXT_BLANK),
            at("priorityGoal.shortTitle", ViolationCode.TEXT_BLANK));
  }

  @Test
  void sameLinkTwiceIsADuplicate() {
    Violation v = onlyThrownBy(() -> valid()
        .addLinks(GoalLink.of(GoalFramework.GCM_OBJECTIVE, "5"),
            GoalLink.of(GoalFramework.SDG_TARGET, "10.7"),
            GoalLink.of(GoalFramework.GCM_OBJECTIVE, "5"))
        .build());

    assertThat(v.path()).isEqualTo("priorityGoal.links[2]");
    assertThat(v.code()).isEqualTo(ViolationCode.COLLECTION_DUPLICATE);
  }

  @Test
  void nullLinkIsReportedAsRequired() {
    assertThat(onlyThrownBy(() -> valid().addLinks((GoalLink) null).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly("priorityGoal.links[0]", ViolationCode.REQUIRED);
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    PriorityGoal g = valid().shortTitle("Legal pathways")
        .addLinks(GoalLink.of(GoalFramework.GCM_OBJECTIVE, "5")).build();

    assertThat(g.toBuilder().build()).isEqualTo(g).hasSameHashCodeAs(g);
    assertThat(valid().build().shortTitle()).isEmpty();
    assertThat(valid().build().links()).isEmpty();
  }
}
