package org.migov.io.sdmx;

import java.util.List;
import java.util.Map;

/**
 * One time series of an SDMX-JSON data message, as the message gives it: the values of its key
 * (every dimension but time, dataset-level dimensions included), its attributes, and its
 * observations.
 *
 * <p>Codes are the ids of the message's values ({@code PK}, {@code A}, {@code USD}). Attributes
 * hold the dataset-level attributes, the series-level ones and the dimension-group attributes
 * whose partial key matches the series, each as text: the id of the value, or for attributes
 * given as literals the literal (a list joined with {@code "; "}, a localised text in English if
 * given, else its first language). A series of a flat message gathers the observations that share
 * every non-time dimension value.
 *
 * @param pointer the JSON Pointer of the series in the message ({@code
 *     /data/dataSets/0/series/0:1}), or of its dataset for a flat message
 * @param key the value of each dimension but time, by dimension id, in key order
 * @param attributes the attributes that apply to the whole series, by attribute id
 * @param observations the observations, in the order of the message
 * @since 0.1.0
 */
public record SdmxSeries(String pointer, Map<String, String> key, Map<String, String> attributes,
    List<SdmxObservation> observations) {

  /**
   * Makes a series, copying the maps (keeping their order) and the list.
   *
   * @param pointer the {@code pointer} of the record, as the class describes it
   * @param key the {@code key} of the record, as the class describes it
   * @param attributes the {@code attributes} of the record, as the class describes it
   * @param observations the {@code observations} of the record, as the class describes it
   * @throws NullPointerException if a part is null
   */
  public SdmxSeries {
    key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    observations = List.copyOf(observations);
  }
}
