package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.ValidationAssertions.assertViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.validation.ViolationCode;

class CountryCodeTest {
  @Test
  void acceptsEveryAlpha3CodeTheJdkKnows() {
    Set<String> jdk = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    assertThat(jdk).contains("PAK", "HUN", "TUR", "SWE", "AFG");
    for (String code : jdk) {
      assertThat(CountryCode.of(code).code()).isEqualTo(code);
      assertThat(CountryCode.isKnown(code)).as(code).isTrue();
    }
  }

  @Test
  void acceptsKosovoAsXkxAlthoughTheJdkDoesNotKnowIt() {
    assertThat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)).doesNotContain("XKX");
    assertThat(CountryCode.of("XKX").code()).isEqualTo("XKX");
    assertThat(CountryCode.isKnown("XKX")).isTrue();
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @ValueSource(strings = {"pak", "Pak", "xkx", "PK", "PAKI", "XXX", "", " PAK", "PAK ", "P4K",
      "ÄPK"})
  void rejectsUnknownCodesIncludingLowerCaseWithCountryUnknown(String code) {
    assertViolation(() -> CountryCode.of(code), "countryCode", ViolationCode.COUNTRY_UNKNOWN,
        "'" + code + "' is not an ISO 3166-1 alpha-3 country code");
    assertThat(CountryCode.isKnown(code)).isFalse();
  }

  @Test
  void abbreviatesLongUnknownCodesInTheMessage() {
    String code = "Q".repeat(41);
    assertViolation(() -> CountryCode.of(code), "countryCode", ViolationCode.COUNTRY_UNKNOWN,
        "'" + "Q".repeat(40) + "…' is not an ISO 3166-1 alpha-3 country code");
  }

  @Test
  void rejectsNullAsRequired() {
    assertViolation(() -> CountryCode.of(null), "countryCode", ViolationCode.REQUIRED,
        "a country code is required");
  }

  @Test
  void equalCodesAreTheSameCachedInstance() {
    assertThat(CountryCode.of("PAK")).isSameAs(CountryCode.of("PAK"));
    assertThat(CountryCode.of("XKX")).isSameAs(CountryCode.of("XKX"));
    assertThat(CountryCode.of("PAK")).isEqualTo(CountryCode.of(new String("PAK")))
        .hasSameHashCodeAs(CountryCode.of("PAK"))
        .isNotEqualTo(CountryCode.of("HUN"));
  }

  @Test
  void toStringIsTheCodeAndOrderIsByCode() {
    assertThat(CountryCode.of("HUN")).hasToString("HUN");
    List<CountryCode> codes = new ArrayList<>(List.of(CountryCode.of("XKX"),
        CountryCode.of("PAK"), CountryCode.of("AFG"), CountryCode.of("HUN")));
    codes.sort(null);
    assertThat(codes).extracting(CountryCode::code).containsExactly("AFG", "HUN", "PAK", "XKX");
  }
}
