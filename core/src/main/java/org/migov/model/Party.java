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
  /** The party of each state, by the index of its country code. */
  private static final Party[] COUNTRIES = countries();

  private final @Nullable CountryCode country;
  private final @Nullable OrganisationId organisation;

  private Party(@Nullable CountryCode country, @Nullable OrganisationId organisation) {
    this.country = country;
    this.organisation = organisation;
  }

  /**
   * {@return the party that is the given state}
   *
   * @param country the state's code, such as {@code HUN}
   * @throws org.migov.validation.ValidationException with code {@code required} if {@code country}
   *     is null
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
   * {@return the party that is the given organisation}
   *
   * @param organisation the organisation's id, such as {@code icmpd}
   * @throws org.migov.validation.ValidationException with code {@code required} if {@code
   *     organisation} is null
   */
  public static Party organisation(OrganisationId organisation) {
    if (organisation == null) {
      throw Checks.fail("party.organisation", ViolationCode.REQUIRED,
          "an organisation is required");
    }
    return new Party(null, organisation);
  }

  /** {@return the state's code, if this party is a state; empty for an organisation} */
  public Optional<CountryCode> asCountry() {
    return Optional.ofNullable(country);
  }

  /** {@return the organisation's id, if this party is an organisation; empty for a state} */
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

  /**
   * {@return {@code country:} and the state's code, or {@code organisation:} and the organisation's
   * id: {@code country:PAK}, {@code organisation:icmpd}}
   */
  @Override
  public String toString() {
    return country != null ? "country:" + country : "organisation:" + organisation;
  }
}
