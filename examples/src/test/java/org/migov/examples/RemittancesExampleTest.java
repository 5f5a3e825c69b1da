package org.migov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.MigovJson;
import org.migov.model.ComputedFigure;
import org.migov.model.Dataset;
import org.migov.model.Frequency;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.Period;
import org.migov.model.Qualifier;
import org.migov.model.RemittanceSeries;

class RemittancesExampleTest {
  private static String run(Optional<Path> output) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RemittancesExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), output);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheReportedFiguresAndTheIllustrativeSeriesMarkedAsSuch(@TempDir Path dir) {
    String out = run(Optional.of(dir.resolve("remittances.json")));

    assertThat(out).contains(
        "  2024-07/2025-05  34.9 billion (actual)",
        "  FY2025           more than 38 billion (forecast)",
        "ILLUSTRATIVE monthly series: invented values, NOT official statistics.",
        "  2024-07          3000 million (illustrative)",
        "  2025-06          about 3200 million (illustrative forecast)",
        "  total over 2024-07/2025-05: 34900 million, 11 of 11 months",
        "  total of the actuals over FY2025: 34900 million, 11 of 12 months (partial)",
        "  FY2025           about 38100 million (illustrative forecast)",
        "Wrote both series as JSON to " + dir.resolve("remittances.json"));
  }

  @Test
  void writtenJsonReadsBackAsTheTwoSeries(@TempDir Path dir) {
    Path file = dir.resolve("remittances.json");
    run(Optional.of(file));

    Dataset dataset = MigovJson.defaults().read(file, Dataset.class);

    assertThat(dataset.remittanceSeries())
        .containsExactly(RemittancesExample.reported(), RemittancesExample.illustrativeMonthly());
    Observation forecast = dataset.remittanceSeries().get(0)
        .observation(Period.parse("FY2025")).orElseThrow();
    assertThat(forecast.status()).isEqualTo(ObservationStatus.FORECAST);
    assertThat(forecast.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(forecast.value()).isEqualByComparingTo("38");
  }

  @Test
  void withoutAFileTheJsonIsPrinted() {
    String out = run(Optional.empty());

    assertThat(out).contains("\"format_version\": \"1.1\"", "\"frequency\": \"irregular\"",
        "\"period\": \"2024-07/2025-05\"", "\"value\": 34.9");
  }

  @Test
  void illustrativeMonthsAddUpToTheReportedElevenMonthTotal() {
    RemittanceSeries reported = RemittancesExample.reported();
    RemittanceSeries monthly = RemittancesExample.illustrativeMonthly();
    Period julyToMay = Period.parse("2024-07/2025-05");

    BigDecimal reportedUnits = reported.observation(julyToMay).orElseThrow().value()
        .scaleByPowerOfTen(reported.unitMultiplier());
    BigDecimal monthlyUnits = monthly.total(julyToMay).map(ComputedFigure::value).orElseThrow()
        .scaleByPowerOfTen(monthly.unitMultiplier());

    assertThat(monthlyUnits).isEqualByComparingTo(reportedUnits);
  }

  @Test
  void fiscalYear2025OfTheIllustrativeSeriesIsAForecastAboveThirtyEightBillion() {
    RemittanceSeries fiscal = RemittancesExample.illustrativeMonthly()
        .aggregate(Frequency.fiscalYear(Month.JULY));

    assertThat(fiscal.observations()).hasSize(1);
    Observation fy2025 = fiscal.observations().get(0);
    assertThat(fy2025.period()).isEqualTo(Period.parse("FY2025"));
    assertThat(fy2025.value()).isEqualByComparingTo("38100");
    assertThat(fy2025.status()).isEqualTo(ObservationStatus.FORECAST);
    assertThat(fy2025.qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(fy2025.value().scaleByPowerOfTen(fiscal.unitMultiplier()))
        .isGreaterThan(new BigDecimal("38").scaleByPowerOfTen(9));
  }
}
