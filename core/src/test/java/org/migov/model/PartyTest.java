package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.ValidationAssertions.assertViolation;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migov.validation.ViolationCode;

class PartyTest {
  private static final CountryCode PAK = CountryCode.of("PAK");
  private static final OrganisationId ICMPD = OrganisationId.of("icmpd");

  @Test
  void aCountryPartyIsOnlyACountry() {
    Party party = Party.country(PAK);
    assertThat(party.asCountry()).contains(PAK);
    assertThat(party.asOrganisation()).isEmpty();
    assertThat(party).hasToString("country:PAK");
  }

  @Test
  void anOrganisationPartyIsOnlyAnOrganisation() {
    Party party = Party.organisation(ICMPD);
    assertThat(party.asOrganisation()).contains(ICMPD);
    assertThat(party.asCountry()).isEmpty();
    assertThat(party).hasToString("organisation:icmpd");
  }

  @Test
  void everyKnownCountryMakesAPartyOfItself() {
    List<String> codes = new ArrayList<>(
        java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3));
    codes.add("XKX");
    for (String code : codes) {
      CountryCode country = CountryCode.of(code);
      Party party = Party.country(country);
      assertThat(party.asCountry()).as(code).containsSame(country);
      assertThat(party).as(code).hasToString("country:" + code);
      // made once for each country
      assertThat(Party.country(CountryCode.of(code))).as(code).isSameAs(party);
    }
    assertThat(codes).hasSizeGreaterThan(240);
  }

  @Test
  void partiesAreEqualWhenTheyAreTheSameStateOrOrganisation() {
    assertThat(Party.country(PAK)).isEqualTo(Party.country(CountryCode.of("PAK")))
        .hasSameHashCodeAs(Party.country(CountryCode.of("PAK")))
        .isNotEqualTo(Party.country(CountryCode.of("HUN")));
    assertThat(Party.organisation(ICMPD)).isEqualTo(Party.organisation(OrganisationId.of("icmpd")))
        .hasSameHashCodeAs(Party.organisation(OrganisationId.of("icmpd")));
  }

  @Test
  void aStateIsNeverEqualToAnOrganisationOfTheSameName() {
    assertThat(Party.country(PAK)).isNotEqualTo(Party.organisation(OrganisationId.of("pak")));
  }

  @Test
  void statesSortBeforeOrganisationsThenByCodeOrId() {
    List<Party> parties = new ArrayList<>(List.of(Party.organisation(OrganisationId.of("beoe")),
        Party.country(CountryCode.of("TUR")), Party.organisation(ICMPD),
        Party.country(CountryCode.of("AFG")), Party.organisation(OrganisationId.of("aaa"))));
    parties.sort(null);
    assertThat(parties).extracting(Party::toString).containsExactly("country:AFG", "country:TUR",
        "organisation:aaa", "organisation:beoe", "organisation:icmpd");
  }

  @Test
  void aMissingCountryOrOrganisationIsRequired() {
    assertViolation(() -> Party.country(null), "party.country", ViolationCode.REQUIRED,
        "a country is required");
    assertViolation(() -> Party.organisation(null), "party.organisation", ViolationCode.REQUIRED,
        "an organisation is required");
  }
}
