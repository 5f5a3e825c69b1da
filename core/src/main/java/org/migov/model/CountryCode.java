package org.migov.model;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A country as an ISO 3166-1 alpha-3 code, such as {@code PAK} or {@code HUN}.
 *
 * <p>Accepted codes are those the JDK knows ({@link Locale#getISOCountries(Locale.IsoCountryCode)}
 * with {@code PART1_ALPHA3}) plus {@code XKX}, the code the European Union and the World Bank use
 * for Kosovo. Codes are upper case; {@link #of(String)} rejects anything else. Instances are
 * cached, so equal codes are the same object.
 *
 * @since 0.1.0
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final Map<String, CountryCode> CODES = codes();

  private final String code;
  /** The code's place among all known codes, in alphabetical order: an index into tables. */
  private final int index;

  private CountryCode(String code, int index) {
    this.code = code;
    this.index = index;
  }

  private static Map<String, CountryCode> codes() {
    java.util.SortedSet<String> known = new java.util.TreeSet<>(
        Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    known.add("XKX");
    Map<String, CountryCode> codes = new TreeMap<>();
    for (String code : known) {
      codes.put(code, new CountryCode(code, codes.size()));
    }
    return Map.copyOf(codes);
  }

  /** Returns the code's index among all known codes, 0 to {@code all().size() - 1}. */
  int index() {
    return index;
  }

  /** Returns every known country code. */
  static java.util.Collection<CountryCode> all() {
    return CODES.values();
  }

  /**
   * {@return the country with the given code, the same instance for every call with one code}
   *
   * @param code an upper-case ISO 3166-1 alpha-3 code, such as {@code PAK}, or {@code XKX} for
   *     Kosovo
   * @throws org.migov.validation.ValidationException with code {@code country.unknown} if the code
   *     is not known (lower case included), or {@code required} if it is null
   */
  public static CountryCode of(@Nullable String code) {
    if (code == null) {
      throw Checks.fail("countryCode", ViolationCode.REQUIRED, "a country code is required");
    }
    CountryCode found = CODES.get(code);
    if (found == null) {
      throw Checks.fail("countryCode", ViolationCode.COUNTRY_UNKNOWN,
          "'%s' is not an ISO 3166-1 alpha-3 country code", EntityId.abbreviate(code));
    }
    return found;
  }

  /**
   * {@return whether {@link #of(String)} accepts {@code code}: an upper-case ISO 3166-1 alpha-3
   * code the JDK knows, or {@code XKX}}
   *
   * @param code any text
   */
  public static boolean isKnown(String code) {
    return CODES.containsKey(code);
  }

  /** {@return the three upper-case letters of the code, such as {@code PAK}} */
  public String code() {
    return code;
  }

  /** Orders countries by code. */
  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCode that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the three-letter code. */
  @Override
  public String toString() {
    return code;
  }
}
