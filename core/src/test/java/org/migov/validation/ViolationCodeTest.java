package org.migov.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ViolationCodeTest {
  @ParameterizedTest
  @EnumSource(ViolationCode.class)
  void everyCodeRoundTripsThroughItsStableText(ViolationCode code) {
    assertThat(ViolationCode.ofCode(code.code())).isSameAs(code);
    assertThat(code.code()).matches("[a-z_]+(\\.[a-z_]+)*");
  }

  @Test
  void stableTextsAreUnique() {
    assertThat(Arrays.stream(ViolationCode.values()).map(ViolationCode::code))
        .doesNotHaveDuplicates();
  }

  @Test
  void onlyUnknownStatementPositionsAndMissingSourcesAreWarnings() {
    assertThat(Arrays.stream(ViolationCode.values()).filter(c -> c.severity() == Severity.WARNING))
        .containsExactlyInAnyOrder(ViolationCode.STATEMENT_POSITION_UNKNOWN,
            ViolationCode.SOURCES_MISSING);
    assertThat(ViolationCode.CHAIR_TERM_OVERLAP.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void knownStableTextsAreThoseTheDocumentationGives() {
    assertThat(ViolationCode.DATE_RANGE_REVERSED.code()).isEqualTo("date.range.reversed");
    assertThat(ViolationCode.GOAL_NOT_YET_ADOPTED.code()).isEqualTo("goal.not_yet_adopted");
    assertThat(ViolationCode.MEETING_WORKING_GROUP_UNKNOWN.code())
        .isEqualTo("meeting.working_group.unknown");
    assertThat(ViolationCode.DECLARATION_DIALOGUE_MISMATCH.code())
        .isEqualTo("declaration.dialogue.mismatch");
  }

  @Test
  void unknownTextIsRejected() {
    assertThatThrownBy(() -> ViolationCode.ofCode("date.reversed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the code 'date.reversed'");
  }
}
