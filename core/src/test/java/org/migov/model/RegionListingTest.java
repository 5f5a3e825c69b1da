package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.onlyThrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class RegionListingTest {
  @Test
  void listingWithoutCountriesIsEmpty() {
    Violation v = onlyThrownBy(() -> RegionListing.builder().asOf(PartialDate.ofYear(2010))
        .build());

    assertThat(v.path()).isEqualTo("regionListing.countries");
    assertThat(v.code()).isEqualTo(ViolationCode.COLLECTION_EMPTY);
    assertThat(v.message()).isEqualTo("'countries' must have at least one element");
  }

  @Test
  void countriesAreKeptInCodeOrderOnce() {
    RegionListing l = RegionListing.builder().addCountries(CountryCode.of("PAK"),
        CountryCode.of("AFG"), CountryCode.of("IRQ"), CountryCode.of("PAK")).build();

    assertThat(l.countries()).extracting(CountryCode::code).containsExactly("AFG", "IRQ", "PAK");
    assertThat(l.asOf()).isEmpty();
    assertThat(l.source()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    RegionListing l = RegionListing.builder().asOf(PartialDate.of(2010, 11, 3))
        .addCountries(CountryCode.of("AFG"), CountryCode.of("BGD"))
        .source(Source.builder().title("Istanbul Senior Officials Meeting").build()).build();

    assertThat(l.toBuilder().build()).isEqualTo(l).hasSameHashCodeAs(l);
  }
}
