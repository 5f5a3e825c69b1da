package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class GoalLinkTest {
  @Test
  void missingFrameworkAndCodeAreReportedTogether() {
    assertThat(thrownBy(() -> GoalLink.builder().label("remittances").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("goalLink.framework", ViolationCode.REQUIRED),
            at("goalLink.code", ViolationCode.REQUIRED));
  }

  @Test
  void blankCodeAndBlankLabelAreReportedTogether() {
    assertThat(thrownBy(() -> GoalLink.builder().framework(GoalFramework.SDG_TARGET).code(" ")
        .label("").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("goalLink.code", ViolationCode.TEXT_BLANK),
            at("goalLink.label", ViolationCode.TEXT_BLANK));
  }

  @Test
  void ofLinksToAGoalWithoutLabel() {
    GoalLink l = GoalLink.of(GoalFramework.SDG_TARGET, "10.c");

    assertThat(l.framework()).isEqualTo(GoalFramework.SDG_TARGET);
    assertThat(l.code()).isEqualTo("10.c");
    assertThat(l.label()).isEmpty();
    assertThat(l).isEqualTo(GoalLink.builder().framework(GoalFramework.SDG_TARGET).code("10.c")
        .build());
  }

  @Test
  void ofRejectsABlankCode() {
    Violation v = onlyThrownBy(() -> GoalLink.of(GoalFramework.GCM_OBJECTIVE, ""));

    assertThat(v.path()).isEqualTo("goalLink.code");
    assertThat(v.code()).isEqualTo(ViolationCode.TEXT_BLANK);
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    GoalLink l = GoalLink.builder().framework(GoalFramework.GCM_OBJECTIVE).code("20")
        .label("Promote faster, safer and cheaper transfer of remittances").build();

    assertThat(l.toBuilder().build()).isEqualTo(l).hasSameHashCodeAs(l);
  }
}
