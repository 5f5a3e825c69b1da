package org.migov.cli;

import java.util.List;
import java.util.Map;

/** What the interop formats share: short lists in reports, messages in the command's terms. */
final class Interop {
  /** How many items a report line names before it says how many more there are. */
  static final int SHOWN = 10;

  /** The readers' hints in terms of their Java builders, and the options that do the same. */
  private static final Map<String, String> HINTS = Map.of(
      "WorldBankReader.builder().indicator(id, meaning)",
      "--indicator ID --measure MEASURE --direction DIRECTION (and --currency, --unit-multiplier"
          + " unless USD and 0)",
      "SdmxReader.builder().measure(...).direction(...)", "--measure and --direction",
      "SdmxReader.builder().area(code, country)", "--area CODE=ISO3",
      "SdmxReader.builder().currency(...)", "--currency CODE",
      "refAreaDimension(...)", "--ref-area-dimension ID",
      "timePeriodDimension(...)", "--time-period-dimension ID");

  private Interop() {}

  /** {@return a reader's message, with its hints naming the options of the command} */
  static String inCommandTerms(String message) {
    String m = message;
    for (Map.Entry<String, String> h : HINTS.entrySet()) {
      m = m.replace(h.getKey(), h.getValue());
    }
    return m;
  }

  /** {@return "1 thing" or "n things"} */
  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@return the first few items, joined by commas, and how many more there are} */
  static String some(List<String> items) {
    String shown = String.join(", ", items.subList(0, Math.min(items.size(), SHOWN)));
    return items.size() > SHOWN ? shown + " and " + (items.size() - SHOWN) + " more" : shown;
  }
}
