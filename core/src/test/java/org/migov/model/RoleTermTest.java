package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class RoleTermTest {
  private static final Party HUNGARY = Party.country(CountryCode.of("HUN"));

  @Test
  void missingHolderAndRoleAreReportedTogether() {
    assertThat(thrownBy(() -> RoleTerm.builder().start(PartialDate.ofYear(1993)).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("roleTerm.holder", ViolationCode.REQUIRED),
            at("roleTerm.role", ViolationCode.REQUIRED));
  }

  @Test
  void endCertainlyBeforeStartIsReversed() {
    Violation v = onlyThrownBy(() -> RoleTerm.builder().holder(HUNGARY).role(DialogueRole.CHAIR)
        .start(PartialDate.ofYear(2006)).end(PartialDate.ofYear(1993)).build());

    assertThat(v.path()).isEqualTo("roleTerm.end");
    assertThat(v.code()).isEqualTo(ViolationCode.DATE_RANGE_REVERSED);
    assertThat(v.message()).isEqualTo("'end' (1993) lies before the start (2006)");
  }

  @Test
  void hungarysChairFrom1993To2006IsATerm() {
    RoleTerm t = RoleTerm.builder().holder(HUNGARY).role(DialogueRole.CHAIR)
        .start(PartialDate.ofYear(1993)).end(PartialDate.ofYear(2006)).build();

    assertThat(t.holder().asCountry()).hasValue(CountryCode.of("HUN"));
    assertThat(t.start()).hasValue(PartialDate.ofYear(1993));
    assertThat(t.end()).hasValue(PartialDate.ofYear(2006));
  }

  @Test
  void nullSourceIsReportedAsRequired() {
    assertThat(onlyThrownBy(() -> RoleTerm.builder().holder(HUNGARY).role(DialogueRole.CO_CHAIR)
        .addSources((Source) null).build()).path()).isEqualTo("roleTerm.sources[0]");
  }

  @Test
  void datesAndSourcesAreEmptyUnlessSet() {
    RoleTerm t = RoleTerm.builder().holder(HUNGARY).role(DialogueRole.CO_CHAIR).build();

    assertThat(t.start()).isEmpty();
    assertThat(t.end()).isEmpty();
    assertThat(t.sources()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    RoleTerm t = RoleTerm.builder().holder(Party.organisation(OrganisationId.of("icmpd")))
        .role(DialogueRole.SECRETARIAT).start(PartialDate.ofYear(1994))
        .end(PartialDate.of(2030, 12, 31)).addSources(Source.builder().title("t").build())
        .build();

    assertThat(t.toBuilder().build()).isEqualTo(t).hasSameHashCodeAs(t);
  }
}
