package org.migov.io.sdmx;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One observation of an {@link SdmxSeries}, as the message gives it.
 *
 * @param pointer the JSON Pointer of the observation in the message
 * @param timePeriod the id of its time period, as the message writes it ({@code 2019-Q1}, {@code
 *     2023-A1}, {@code 2024-07-01/P11M})
 * @param value its exact value (the first measure, {@code OBS_VALUE}), empty if the message gives
 *     {@code null} or nothing
 * @param attributes its observation-level attributes and the dimension-group attributes that match
 *     its time period, by attribute id
 * @since 0.1.0
 */
public record SdmxObservation(String pointer, String timePeriod, Optional<BigDecimal> value,
    Map<String, String> attributes) {

  /**
   * Makes an observation, copying the map (keeping its order).
   *
   * @param pointer the {@code pointer} of the record, as the class describes it
   * @param timePeriod the {@code timePeriod} of the record, as the class describes it
   * @param value the {@code value} of the record, as the class describes it
   * @param attributes the {@code attributes} of the record, as the class describes it
   * @throws NullPointerException if a part is null
   */
  public SdmxObservation {
    java.util.Objects.requireNonNull(pointer);
    java.util.Objects.requireNonNull(timePeriod);
    java.util.Objects.requireNonNull(value);
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
  }
}
