package org.migov.model;

import org.immutables.value.Value;
import org.migov.model.internal.Checks;

/**
 * A figure about a country, such as Pakistan's "over 11 million overseas workers".
 *
 * <p>Rules: country and figure are required.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CountryFigure {
  CountryFigure() {}

  /**
   * {@return a new, empty builder of country figures; {@code country} and {@code figure} must be
   * set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this country figure, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the given figure about the given country}
   *
   * @param country the country the figure is about, such as {@code PAK}
   * @param figure the figure, such as "over 11 million overseas workers"
   * @throws org.migov.validation.ValidationException if an argument is null
   */
  public static CountryFigure of(CountryCode country, Figure figure) {
    return builder().country(country).figure(figure).build();
  }

  /** {@return the ISO 3166-1 alpha-3 code of the country the figure is about} */
  public abstract CountryCode country();

  /** {@return the figure, with what it counts, its qualifier, when it holds and its source} */
  public abstract Figure figure();

  @Value.Check
  void check() {
    Checks c = Checks.of("countryFigure");
    c.required("country", country());
    c.required("figure", figure());
    c.done();
  }

  /**
   * Builds a {@link CountryFigure}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableCountryFigure.Builder {
    Builder() {}

    /**
     * {@return a country figure of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public CountryFigure build() {
      return super.build();
    }
  }
}
