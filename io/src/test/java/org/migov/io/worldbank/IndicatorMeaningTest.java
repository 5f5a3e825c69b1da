package org.migov.io.worldbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.migov.model.FlowDirection;
import org.migov.model.RemittanceMeasure;

/** The rules of an indicator's meaning: every part given, a unit multiplier of 0 to 18. */
class IndicatorMeaningTest {
  static final Currency USD = Currency.getInstance("USD");

  @Test
  void everyPartIsRequired() {
    assertThatThrownBy(() -> new IndicatorMeaning(null, FlowDirection.INFLOW, USD, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure, direction and currency are required");
    assertThatThrownBy(() -> new IndicatorMeaning(RemittanceMeasure.OTHER, null, USD, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure, direction and currency are required");
    assertThatThrownBy(() -> new IndicatorMeaning(RemittanceMeasure.OTHER, FlowDirection.INFLOW,
        null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure, direction and currency are required");
  }

  @Test
  void theUnitMultiplierIsZeroToEighteen() {
    IndicatorMeaning units = new IndicatorMeaning(RemittanceMeasure.PERSONAL_REMITTANCES,
        FlowDirection.OUTFLOW, USD, 0);
    assertThat(units.unitMultiplier()).isZero();
    assertThat(units).isEqualTo(IndicatorMeaning.usDollars(RemittanceMeasure.PERSONAL_REMITTANCES,
        FlowDirection.OUTFLOW));
    IndicatorMeaning quintillions = new IndicatorMeaning(RemittanceMeasure.OTHER,
        FlowDirection.INFLOW, Currency.getInstance("XXX"), 18);
    assertThat(quintillions.unitMultiplier()).isEqualTo(18);
    assertThat(quintillions.currency().getCurrencyCode()).isEqualTo("XXX");
    assertThatThrownBy(() -> new IndicatorMeaning(RemittanceMeasure.OTHER, FlowDirection.INFLOW,
        USD, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the unit multiplier is -1 but must be 0 to 18");
    assertThatThrownBy(() -> new IndicatorMeaning(RemittanceMeasure.OTHER, FlowDirection.INFLOW,
        USD, 19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the unit multiplier is 19 but must be 0 to 18");
  }
}
