package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.thrownBy;

import java.math.BigDecimal;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class ObservationTest {
  private static final Period FY2025 = Period.ofFiscalYear(2025, Month.JULY);

  @Test
  void missingPeriodAndValueAreReportedTogether() {
    assertThat(thrownBy(() -> Observation.builder().status(ObservationStatus.FORECAST).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("observation.period", ViolationCode.REQUIRED),
            at("observation.value", ViolationCode.REQUIRED));
  }

  @Test
  void ofIsANormalExactObservationWithoutSource() {
    Observation o = Observation.of(FY2025, new BigDecimal("38"));

    assertThat(o.status()).isEqualTo(ObservationStatus.NORMAL);
    assertThat(o.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(o.source()).isEmpty();
    assertThat(o.value()).isEqualTo(new BigDecimal("38"));
  }

  @Test
  void statusAndQualifierSetToNullAreRequired() {
    assertThat(thrownBy(() -> Observation.builder().period(FY2025).value(BigDecimal.TEN)
        .status(null).qualifier(null).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("observation.status", ViolationCode.REQUIRED),
            at("observation.qualifier", ViolationCode.REQUIRED));
  }

  @Test
  void forecastOfMoreThanAValueKeepsStatusAndQualifier() {
    Observation o = Observation.builder().period(FY2025).value(new BigDecimal("38"))
        .status(ObservationStatus.FORECAST).qualifier(Qualifier.MORE_THAN).build();

    assertThat(o.status().sdmxCode()).isEqualTo("F");
    assertThat(o.status().isActual()).isFalse();
    assertThat(o.qualifier()).isEqualTo(Qualifier.MORE_THAN);
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Observation o = Observation.builder().period(FY2025).value(new BigDecimal("38.00"))
        .status(ObservationStatus.PROVISIONAL).qualifier(Qualifier.ABOUT)
        .source(Source.builder().title("State Bank of Pakistan").build()).build();

    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    assertThat(o.toBuilder().value(new BigDecimal("38")).build()).isNotEqualTo(o);
  }
}
