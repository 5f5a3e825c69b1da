package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationStatusTest {
  @ParameterizedTest(name = "{0} is SDMX {1}")
  @CsvSource({"NORMAL, A", "BREAK, B", "ESTIMATED, E", "FORECAST, F", "PROVISIONAL, P",
      "IMPUTED, I", "MISSING, M", "LOW_RELIABILITY, U"})
  void sdmxCodeIsTheCodeOfClObsStatus(ObservationStatus status, String code) {
    assertThat(status.sdmxCode()).isEqualTo(code);
  }

  @Test
  void everyStatusHasADistinctCode() {
    assertThat(Arrays.stream(ObservationStatus.values()).map(ObservationStatus::sdmxCode))
        .doesNotHaveDuplicates().hasSize(8);
  }

  @Test
  void onlyForecastsAreNotActuals() {
    assertThat(Arrays.stream(ObservationStatus.values()).filter(s -> !s.isActual()))
        .containsExactly(ObservationStatus.FORECAST);
  }
}
