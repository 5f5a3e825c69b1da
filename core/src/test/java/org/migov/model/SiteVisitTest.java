package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class SiteVisitTest {
  @Test
  void organisationIsRequired() {
    Violation v = onlyThrownBy(() -> SiteVisit.builder().purpose("pre-departure training")
        .build());

    assertThat(v.path()).isEqualTo("siteVisit.organisation");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
  }

  @Test
  void missingOrganisationAndBlankPurposeAreReportedTogether() {
    assertThat(thrownBy(() -> SiteVisit.builder().purpose(" ").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("siteVisit.organisation", ViolationCode.REQUIRED),
            at("siteVisit.purpose", ViolationCode.TEXT_BLANK));
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    SiteVisit v = SiteVisit.builder().organisation(OrganisationId.of("nutech"))
        .purpose("skill development systems").build();

    assertThat(v.toBuilder().build()).isEqualTo(v).hasSameHashCodeAs(v);
    assertThat(SiteVisit.builder().organisation(OrganisationId.of("oec")).build().purpose())
        .isEmpty();
  }
}
