package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class SessionTest {
  @Test
  void sessionKnownToExistWithUnknownContentHasEverythingEmpty() {
    Session s = Session.builder().build();

    assertThat(s.title()).isEmpty();
    assertThat(s.focus()).isEmpty();
    assertThat(s.count()).isEmpty();
  }

  @Test
  void countBelowOneIsOutOfRange() {
    Violation v = onlyThrownBy(() -> Session.builder().count(0).build());

    assertThat(v.path()).isEqualTo("session.count");
    assertThat(v.code()).isEqualTo(ViolationCode.VALUE_OUT_OF_RANGE);
    assertThat(v.message()).isEqualTo("'count' is 0 but must be at least 1");
  }

  @Test
  void blankTitleBlankFocusAndBadCountAreAllReportedAtOnce() {
    assertThat(thrownBy(() -> Session.builder().title("").focus(" ").count(-2).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("session.title", ViolationCode.TEXT_BLANK),
            at("session.focus", ViolationCode.TEXT_BLANK),
            at("session.count", ViolationCode.VALUE_OUT_OF_RANGE));
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Session s = Session.builder().title("Session 1").focus("legal migration routes").count(3)
        .build();

    assertThat(s.toBuilder().build()).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(s.count()).hasValue(3);
  }
}
