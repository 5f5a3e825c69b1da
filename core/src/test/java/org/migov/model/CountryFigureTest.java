package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.thrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class CountryFigureTest {
  private static final Figure WORKERS = Figure.builder().value(new BigDecimal("11000000"))
      .qualifier(Qualifier.MORE_THAN).addCounts(Counted.OVERSEAS_WORKERS).build();

  @Test
  void missingCountryAndFigureAreReportedTogether() {
    assertThat(thrownBy(() -> CountryFigure.builder().build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("countryFigure.country", ViolationCode.REQUIRED),
            at("countryFigure.figure", ViolationCode.REQUIRED));
  }

  @Test
  void ofKeepsTheCountryAndTheFigure() {
    CountryFigure f = CountryFigure.of(CountryCode.of("PAK"), WORKERS);

    assertThat(f.country()).isEqualTo(CountryCode.of("PAK"));
    assertThat(f.figure()).isEqualTo(WORKERS);
    assertThat(f).isNotEqualTo(CountryFigure.of(CountryCode.of("IND"), WORKERS));
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    CountryFigure f = CountryFigure.of(CountryCode.of("PAK"), WORKERS);

    assertThat(f.toBuilder().build()).isEqualTo(f).hasSameHashCodeAs(f);
  }
}
