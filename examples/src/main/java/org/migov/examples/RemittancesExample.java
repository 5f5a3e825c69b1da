package org.migov.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Month;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migov.io.json.MigovJson;
import org.migov.model.ComputedFigure;
import org.migov.model.CountryCode;
import org.migov.model.Dataset;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.PartialDate;
import org.migov.model.Period;
import org.migov.model.Qualifier;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.SeriesId;
import org.migov.model.Source;

/**
 * Remittances to Pakistan: the two figures the seed article reports, and an illustrative monthly
 * series aggregated to Pakistan's fiscal years (July to June).
 *
 * <p>The article reports $34.9 billion received from July 2024 to May 2025 (an actual figure) and
 * projects more than $38 billion for FY2025 (a forecast). They are kept in an irregular series, as
 * reported. The monthly values are <em>invented for illustration</em>: they are not official
 * statistics; they were chosen so that July 2024 to May 2025 add up to the reported $34.9 billion
 * and June 2025 (a forecast) brings FY2025 above $38 billion.
 *
 * <p>Usage: {@code RemittancesExample [output.json]}: prints the figures, then writes both series
 * as a JSON dataset to the file, or prints the JSON when no file is given.
 */
public final class RemittancesExample {
  private static final CountryCode PAKISTAN = CountryCode.of("PAK");
  private static final Currency USD = Currency.getInstance("USD");

  /** The seed article, source of the two reported figures. */
  static final Source ARTICLE = Source.builder()
      .title("Budapest Process Thematic Meeting on Legal Pathways for Migration")
      .publisher("TW")
      .published(PartialDate.of(2025, 6, 21))
      .build();

  /**
   * Illustrative monthly inflows, in millions of US dollars, July 2024 to May 2025: NOT official
   * figures. They add up to 34,900, the reported total for those eleven months.
   */
  static final List<String> ILLUSTRATIVE_MONTHS = List.of(
      "3000", "2950", "2850", "3050", "2900", "3100", "3000", "3100", "4050", "3200", "3700");

  /** Illustrative forecast for June 2025, in millions of US dollars: NOT an official figure. */
  static final String ILLUSTRATIVE_JUNE_FORECAST = "3200";

  private RemittancesExample() {}

  /**
   * Runs the example.
   *
   * @param args an optional output file for the JSON
   */
  public static void main(String[] args) {
    run(System.out, args.length > 0 ? Optional.of(Path.of(args[0])) : Optional.empty());
  }

  /** Returns the series of the figures as the article reports them, in billions. */
  static RemittanceSeries reported() {
    return RemittanceSeries.builder()
        .id(SeriesId.of("pak-remittances-as-reported"))
        .title("Remittances to Pakistan, as reported in June 2025")
        .reporter(PAKISTAN)
        .direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.WORKERS_REMITTANCES)
        .currency(USD)
        .unitMultiplier(9)
        .frequency(Frequency.IRREGULAR)
        .addObservations(Period.parse("2024-07/2025-05"), new BigDecimal("34.9"))
        .addObservations(Period.parse("FY2025"), new BigDecimal("38"), ObservationStatus.FORECAST,
            Qualifier.MORE_THAN)
        .addSources(ARTICLE)
        .build();
  }

  /** Returns the illustrative monthly series, in millions. */
  static RemittanceSeries illustrativeMonthly() {
    RemittanceSeries.Builder b = RemittanceSeries.builder()
        .id(SeriesId.of("pak-remittances-monthly-illustrative"))
        .title("ILLUSTRATIVE monthly remittances to Pakistan (invented values, not official "
            + "statistics)")
        .reporter(PAKISTAN)
        .direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.WORKERS_REMITTANCES)
        .currency(USD)
        .unitMultiplier(6)
        .frequency(Frequency.MONTHLY);
    for (int i = 0; i < ILLUSTRATIVE_MONTHS.size(); i++) {
      int month = 7 + i;
      b.addObservations(Period.ofMonth(month > 12 ? 2025 : 2024, month > 12 ? month - 12 : month),
          new BigDecimal(ILLUSTRATIVE_MONTHS.get(i)));
    }
    b.addObservations(Period.ofMonth(2025, 6), new BigDecimal(ILLUSTRATIVE_JUNE_FORECAST),
        ObservationStatus.FORECAST, Qualifier.ABOUT);
    return b.build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param output the file to write the JSON to; when empty, the JSON is printed
   */
  static void run(PrintStream out, Optional<Path> output) {
    RemittanceSeries reported = reported();
    out.println("Remittances to Pakistan (inflow, US dollars)");
    out.println();
    out.println("As reported (source: \"" + ARTICLE.title().orElseThrow() + "\", "
        + ARTICLE.published().orElseThrow() + "):");
    for (Observation o : reported.observations()) {
      out.println("  " + line(o, "billion", false));
    }

    RemittanceSeries monthly = illustrativeMonthly();
    out.println();
    out.println("ILLUSTRATIVE monthly series: invented values, NOT official statistics.");
    out.println("(July 2024 to May 2025 were chosen to add up to the reported 34.9 billion.)");
    for (Observation o : monthly.observations()) {
      out.println("  " + line(o, "million", true));
    }
    ComputedFigure elevenMonths = monthly.total(Period.parse("2024-07/2025-05")).orElseThrow();
    out.println("  total over 2024-07/2025-05: " + coverage(elevenMonths));
    // the actuals cover eleven months of the fiscal year: the total says so
    ComputedFigure actualsOfYear = monthly.actuals().total(Period.parse("FY2025")).orElseThrow();
    out.println("  total of the actuals over FY2025: " + coverage(actualsOfYear));

    RemittanceSeries fiscal = monthly.aggregate(Frequency.fiscalYear(Month.JULY));
    out.println();
    out.println("Illustrative series aggregated to fiscal years starting in July:");
    for (Observation o : fiscal.observations()) {
      out.println("  " + line(o, "million", true));
    }

    Dataset dataset = Dataset.builder().addRemittanceSeries(reported, monthly).build();
    MigovJson json = MigovJson.defaults().pretty();
    out.println();
    if (output.isPresent()) {
      json.write(dataset, output.get());
      out.println("Wrote both series as JSON to " + output.get());
    } else {
      out.print(json.write(dataset));
    }
  }

  /** Formats a computed total: its value and the months of the period asked that it covers. */
  static String coverage(ComputedFigure total) {
    return total.value().toPlainString() + " million, " + total.monthsCovered() + " of "
        + total.monthsAsked() + " months" + (total.isComplete() ? "" : " (partial)");
  }

  /**
   * Formats an observation: period, qualifier, value, unit and status; an illustrative value is
   * marked as such.
   */
  static String line(Observation o, String unit, boolean illustrative) {
    String qualifier = o.qualifier() == Qualifier.EXACT ? ""
        : o.qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ";
    String status = o.status() == ObservationStatus.NORMAL
        ? (illustrative ? "illustrative" : "actual")
        : (illustrative ? "illustrative " : "") + o.status().name().toLowerCase(Locale.ROOT);
    return String.format(Locale.ROOT, "%-16s %s%s %s (%s)", o.period(), qualifier,
        o.value().toPlainString(), unit, status);
  }
}
