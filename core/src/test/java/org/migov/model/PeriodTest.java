package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void fiscalYear2025StartingInJulyRunsFromJuly2024ToJune2025() {
    Period fy = Period.parse("FY2025");
    assertThat(fy.start()).isEqualTo(YearMonth.of(2024, 7));
    assertThat(fy.end()).isEqualTo(YearMonth.of(2025, 6));
    assertThat(fy.toString()).isEqualTo("FY2025");
  }
}
