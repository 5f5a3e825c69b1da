package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class GoalRefTest {
  private static final DeclarationId DECLARATION = DeclarationId.of("budapest-declaration-2024");

  @Test
  void missingDeclarationAndUnsetGoalAreReportedTogether() {
    assertThat(thrownBy(() -> GoalRef.builder().build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("goalRef.declaration", ViolationCode.REQUIRED),
            at("goalRef.goal", ViolationCode.VALUE_OUT_OF_RANGE));
  }

  @Test
  void goalBelowOneIsOutOfRange() {
    Violation v = onlyThrownBy(() -> GoalRef.of(DECLARATION, 0));

    assertThat(v.path()).isEqualTo("goalRef.goal");
    assertThat(v.code()).isEqualTo(ViolationCode.VALUE_OUT_OF_RANGE);
    assertThat(v.message()).isEqualTo("'goal' is 0 but must be at least 1");
  }

  @Test
  void referencesAreEqualByDeclarationAndNumber() {
    assertThat(GoalRef.of(DECLARATION, 2)).isEqualTo(GoalRef.of(DECLARATION, 2))
        .hasSameHashCodeAs(GoalRef.of(DECLARATION, 2))
        .isNotEqualTo(GoalRef.of(DECLARATION, 3))
        .isNotEqualTo(GoalRef.of(DeclarationId.of("istanbul-commitments-2019"), 2));
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    GoalRef r = GoalRef.of(DECLARATION, 6);

    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(r.toBuilder().goal(1).build().goal()).isEqualTo(1);
  }
}
