package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class OrganisationTest {
  private static final OrganisationId BEOE = OrganisationId.of("beoe");

  private static Organisation.Builder valid() {
    return Organisation.builder().id(BEOE).name("Bureau of Emigration and Overseas Employment")
        .kind(OrganisationKind.GOVERNMENT_AGENCY);
  }

  @Test
  void missingIdNameAndKindAreAllReportedAtOnce() {
    assertThat(thrownBy(() -> Organisation.builder().acronym("BEOE").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            at("organisation.id", ViolationCode.REQUIRED),
            at("organisation.name", ViolationCode.REQUIRED),
            at("organisation.kind", ViolationCode.REQUIRED));
  }

  @Test
  void blankNameAndBlankAcronymAreBothReported() {
    assertThat(thrownBy(() -> valid().name("").acronym(" ").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            at("organisation.name", ViolationCode.TEXT_BLANK),
            at("organisation.acronym", ViolationCode.TEXT_BLANK));
  }

  @Test
  void organisationCannotBeItsOwnParent() {
    Violation v = onlyThrownBy(() -> valid().parent(BEOE).build());

    assertThat(v.path()).isEqualTo("organisation.parent");
    assertThat(v.code()).isEqualTo(ViolationCode.ORGANISATION_PARENT_CYCLE);
    assertThat(v.message()).isEqualTo("an organisation cannot be its own parent");
  }

  @Test
  void nullSourceIsReportedAsRequiredAtItsIndex() {
    Violation v = onlyThrownBy(() -> valid().addSources(Source.builder().title("t").build())
        .addSources((Source) null).build());

    assertThat(v.path()).isEqualTo("organisation.sources[1]");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
    assertThat(v.message()).isEqualTo("'sources' holds null at index 1");
  }

  @Test
  void acronymCountryParentAndSourcesAreEmptyUnlessSet() {
    Organisation o = valid().build();

    assertThat(o.acronym()).isEmpty();
    assertThat(o.country()).isEmpty();
    assertThat(o.parent()).isEmpty();
    assertThat(o.sources()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Organisation o = valid().acronym("BEOE").country(CountryCode.of("PAK"))
        .parent(OrganisationId.of("mophrd")).addSources(Source.builder().title("t").build())
        .build();

    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    assertThat(o.toBuilder().acronym("B.E.O.E.").build()).isNotEqualTo(o);
  }
}
