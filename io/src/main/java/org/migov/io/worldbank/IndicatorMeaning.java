package org.migov.io.worldbank;

import java.util.Currency;
import org.migov.model.FlowDirection;
import org.migov.model.RemittanceMeasure;

/**
 * What the values of a World Bank indicator are, in the terms of a {@link
 * org.migov.model.RemittanceSeries}: the measure, the direction of the flow, the currency and
 * the power of ten the values are multiplied by.
 *
 * <p>{@link WorldBankReader} knows the meaning of the remittance indicators it lists; any other
 * indicator is read only with a meaning the caller gives through {@link
 * WorldBankReader.Builder#indicator(String, IndicatorMeaning)}.
 *
 * @param measure which balance-of-payments item the values are
 * @param direction whether the money flows in to or out of the reporting country
 * @param currency the currency of the values ({@code XXX}, ISO 4217's "no currency", for
 *     figures that are not money)
 * @param unitMultiplier the power of ten the values are multiplied by, 0 to 18
 * @since 0.1.0
 */
public record IndicatorMeaning(RemittanceMeasure measure, FlowDirection direction,
    Currency currency, int unitMultiplier) {

  /**
   * Checks the parts of a meaning.
   *
   * @param measure the {@code measure} of the record, as the class describes it
   * @param direction the {@code direction} of the record, as the class describes it
   * @param currency the {@code currency} of the record, as the class describes it
   * @param unitMultiplier the {@code unitMultiplier} of the record, as the class describes it
   * @throws IllegalArgumentException if a part is null or the unit multiplier is not 0 to 18
   */
  public IndicatorMeaning {
    if (measure == null || direction == null || currency == null) {
      throw new IllegalArgumentException("measure, direction and currency are required");
    }
    if (unitMultiplier < 0 || unitMultiplier > 18) {
      throw new IllegalArgumentException(
          "the unit multiplier is " + unitMultiplier + " but must be 0 to 18");
    }
  }

  /**
   * {@return the meaning of an indicator in current US dollars (unit multiplier 0), as the World
   * Bank gives its remittance figures}
   *
   * @param measure which balance-of-payments item the values are
   * @param direction whether the money flows in to or out of the reporting country
   */
  public static IndicatorMeaning usDollars(RemittanceMeasure measure, FlowDirection direction) {
    return new IndicatorMeaning(measure, direction, Currency.getInstance("USD"), 0);
  }
}
