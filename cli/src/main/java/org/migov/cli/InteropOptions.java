package org.migov.cli;

import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.migov.model.CountryCode;
import org.migov.model.FlowDirection;
import org.migov.model.RemittanceMeasure;

/**
 * The options of {@code migov convert} for the World Bank API and SDMX-JSON inputs: what the
 * values measure, which the sources do not say in migov's terms, and the SDMX dimension mapping.
 *
 * @param pages further pages of a World Bank query, read with the input as one result
 * @param indicators World Bank indicators that the reader does not know, read with the meaning
 *     given by {@code measure}, {@code direction}, {@code currency} and {@code unitMultiplier}
 * @param measure which balance-of-payments item the values are, or {@code null} if not given
 * @param direction whether the money flows in or out of the reporting country, or {@code null}
 * @param currency the currency of the values, or {@code null} (World Bank: US dollars; SDMX: the
 *     message's CURRENCY or UNIT_MEASURE)
 * @param unitMultiplier the power of ten of the World Bank indicators' values, or {@code null}
 *     for 0
 * @param dimensions SDMX dimension ids by role ({@code ref-area}, {@code counterpart-area},
 *     {@code frequency}, {@code time-period} and the indicator role); roles absent keep the
 *     reader's defaults
 * @param areas SDMX area codes that are not ISO 3166-1 codes, mapped to countries
 */
record InteropOptions(List<Path> pages, List<String> indicators, @Nullable RemittanceMeasure measure,
    @Nullable FlowDirection direction, @Nullable Currency currency,
    @Nullable Integer unitMultiplier, Map<String, String> dimensions,
    Map<String, CountryCode> areas) {

  /** No interop option given. */
  static final InteropOptions NONE = new InteropOptions(List.of(), List.of(), null, null, null, null,
      Map.of(), Map.of());

  InteropOptions {
    pages = List.copyOf(pages);
    indicators = List.copyOf(indicators);
    dimensions = Map.copyOf(dimensions);
    areas = Map.copyOf(areas);
  }

  /** {@return whether an option that only the World Bank input reads was given} */
  boolean worldBankOnly() {
    return !pages.isEmpty() || !indicators.isEmpty() || unitMultiplier != null;
  }

  /** {@return whether an option that only the SDMX-JSON input reads was given} */
  boolean sdmxOnly() {
    return !dimensions.isEmpty() || !areas.isEmpty();
  }

  /** {@return whether an option that the World Bank or SDMX-JSON input reads was given} */
  boolean any() {
    return worldBankOnly() || sdmxOnly() || measure != null || direction != null
        || currency != null;
  }
}
