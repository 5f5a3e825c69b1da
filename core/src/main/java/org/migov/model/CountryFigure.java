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
   * Returns a new, empty builder of {@link CountryFigure}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with every attribute of this object, to build a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns a figure about a country.
   *
   * @param country the country
   * @param figure the figure
   * @return the country figure
   */
  public static CountryFigure of(CountryCode country, Figure figure) {
    return builder().country(country).figure(figure).build();
  }

  /**
   * Returns the country.
   *
   * @return the country
   */
  public abstract CountryCode country();

  /**
   * Returns the figure, with its qualifier, date and source.
   *
   * @return the figure
   */
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
     * Builds a {@link CountryFigure} of the attributes set, checking every invariant.
     *
     * @return the countryFigure
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public CountryFigure build() {
      return super.build();
    }
  }
}
