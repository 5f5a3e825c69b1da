package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class RegionTest {
  private static RegionListing listing(String asOf, String... countries) {
    RegionListing.Builder b = RegionListing.builder().asOf(PartialDate.parse(asOf));
    for (String c : countries) {
      b.addCountries(CountryCode.of(c));
    }
    return b.build();
  }

  private static Region.Builder valid() {
    return Region.builder().id(RegionId.of("silk-routes")).name("Silk Routes countries");
  }

  @Test
  void missingIdAndNameAreReportedTogether() {
    assertThat(thrownBy(() -> Region.builder().build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("region.id", ViolationCode.REQUIRED),
            at("region.name", ViolationCode.REQUIRED));
  }

  @Test
  void blankNameIsRejected() {
    assertThat(onlyThrownBy(() -> valid().name(" ").build()).code())
        .isEqualTo(ViolationCode.TEXT_BLANK);
  }

  @Test
  void listingsOfDifferentDatesKeepTheRegionsChangingComposition() {
    Region r = valid().addListings(
        listing("2010-11-03", "AFG", "BGD", "CHN", "IRN", "IRQ", "PAK"),
        listing("2025", "AFG", "BGD", "IND", "IRN", "IRQ", "LKA", "PAK")).build();

    assertThat(r.listings()).hasSize(2);
    assertThat(r.listings().get(0).countries()).contains(CountryCode.of("CHN"));
    assertThat(r.listings().get(1).countries()).doesNotContain(CountryCode.of("CHN"));
  }

  @Test
  void twoListingsOfTheSameDateAreDuplicates() {
    Violation v = onlyThrownBy(() -> valid().addListings(listing("2025", "PAK"),
        listing("2025", "AFG")).build());

    assertThat(v.path()).isEqualTo("region.listings[1]");
    assertThat(v.code()).isEqualTo(ViolationCode.COLLECTION_DUPLICATE);
  }

  @Test
  void nullListingIsReportedAsRequired() {
    assertThat(onlyThrownBy(() -> valid().addListings((RegionListing) null).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly("region.listings[0]", ViolationCode.REQUIRED);
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Region r = valid().addListings(listing("2010", "PAK")).build();

    assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(valid().build().listings()).isEmpty();
  }
}
