package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class OutcomeTest {
  @Test
  void kindIsRequired() {
    Violation v = onlyThrownBy(() -> Outcome.builder().description("recommendations").build());

    assertThat(v.path()).isEqualTo("outcome.kind");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
  }

  @Test
  void outcomeWhoseTextIsUnknownHasAnEmptyText() {
    Outcome o = Outcome.builder().kind(OutcomeKind.RECOMMENDATIONS)
        .description("concrete, action-oriented recommendations").build();

    assertThat(o.text()).isEmpty();
    assertThat(o.declaration()).isEmpty();
  }

  @Test
  void emptyTextIsNotAKnownEmptyTextButIsRejectedAsBlank() {
    assertThat(thrownBy(() -> Outcome.builder().kind(OutcomeKind.REPORT).description("")
        .text(" ").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("outcome.description", ViolationCode.TEXT_BLANK),
            at("outcome.text", ViolationCode.TEXT_BLANK));
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Outcome o = Outcome.builder().kind(OutcomeKind.DECLARATION).description("d").text("t")
        .declaration(DeclarationId.of("budapest-declaration-2024")).build();

    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
  }
}
