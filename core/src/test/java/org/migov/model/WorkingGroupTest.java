package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class WorkingGroupTest {
  private static WorkingGroup.Builder valid() {
    return WorkingGroup.builder().id(WorkingGroupId.of("thematic-working-group"))
        .name("Thematic Working Group").kind(WorkingGroupKind.THEMATIC);
  }

  @Test
  void missingIdNameAndKindAreAllReportedAtOnce() {
    assertThat(thrownBy(() -> WorkingGroup.builder().theme("legal migration").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("workingGroup.id", ViolationCode.REQUIRED),
            at("workingGroup.name", ViolationCode.REQUIRED),
            at("workingGroup.kind", ViolationCode.REQUIRED));
  }

  @Test
  void blankNameAndBlankThemeAreReportedTogether() {
    assertThat(thrownBy(() -> valid().name("").theme(" ").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("workingGroup.name", ViolationCode.TEXT_BLANK),
            at("workingGroup.theme", ViolationCode.TEXT_BLANK));
  }

  @Test
  void nullTermIsReportedAsRequired() {
    assertThat(onlyThrownBy(() -> valid().addTerms((RoleTerm) null).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly("workingGroup.terms[0]", ViolationCode.REQUIRED);
  }

  @Test
  void themeTermsAndSourcesAreEmptyUnlessSet() {
    WorkingGroup w = valid().build();

    assertThat(w.theme()).isEmpty();
    assertThat(w.terms()).isEmpty();
    assertThat(w.sources()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    WorkingGroup w = valid().theme("legal migration")
        .addTerms(RoleTerm.builder().holder(Party.country(CountryCode.of("PAK")))
            .role(DialogueRole.CO_CHAIR).build())
        .addSources(Source.builder().title("t").build()).build();

    assertThat(w.toBuilder().build()).isEqualTo(w).hasSameHashCodeAs(w);
  }
}
