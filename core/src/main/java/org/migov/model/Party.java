package org.migov.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A party to a dialogue or a meeting: either a state, by its {@link CountryCode}, or an {@link
 * Organisation}, by its id. Members, chairs, participants and those a speaker speaks for are
 * parties.
 *
 * <p>{@link #toString()} gives {@code country:PAK} or {@code organisation:icmpd}.
 *
 * @since 0.1.0
 */
public final class Party implements Comparable<Party> {
  /** The party of each country, made once: parties of countries are many and always the same. */
  private static final Party[] COUNTRIES = countries();

  private final @Nullable CountryCode country;
  private final @Nullable OrganisationId organisation;

  private Party(@Nullable CountryCode country, @Nullable OrganisationId organisation) {
    this.country = country;
    this.organisation = organisation;
  }

  /**
   * Returns the party that is the given state.
   *
   * @param country the state
   * @return the party
   */
  public static Party country(CountryCode country) {
    if (country == null) {
      throw Checks.fail("party.country", ViolationCode.REQUIRED, "a country is required");
    }
    return COUNTRIES[country.index()];
  }

  private static Party[] countries() {
    Party[] parties = new Party[CountryCode.all().size()];
    for (CountryCode c : CountryCode.all()) {
      parties[c.index()] = new Party(c, null);
    }
    return parties;
  }

  /**
   * Returns the party that is the given organisation.
   *
   * @param organisation the organisation's id
   * @return the party
   */
  public static Party organisation(OrganisationId organisation) {
    if (organisation == null) {
      throw Checks.fail("party.organisation", ViolationCode.REQUIRED,
          "an organisation is required");
    }
    return new Party(null, organisation);
  }

  /**
   * Returns the state, if this party is one.
   *
   * @return the country, or empty for an organisation
   */
  public Optional<CountryCode> asCountry() {
    return Optional.ofNullable(country);
  }

  /**
   * Returns the organisation, if this party is one.
   *
   * @return the organisation's id, or empty for a state
   */
  public Optional<OrganisationId> asOrganisation() {
    return Optional.ofNullable(organisation);
  }

  /** Orders states before organisations, then by code or id. */
  @Override
  public int compareTo(Party other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object other) {
    // the same state or the same organisation: equal exactly when their strings are
    return other instanceof Party that && java.util.Objects.equals(country, that.country)
        && java.util.Objects.equals(organisation, that.organisation);
  }

  @Override
  public int hashCode() {
    return country != null ? country.hashCode() : ~java.util.Objects.hashCode(organisation);
  }

  /** Returns {@code country:PAK} or {@code organisation:icmpd}. */
  @Override
  public String toString() {
    return country != null ? "country:" + country : "organisation:" + organisation;
  }
}
