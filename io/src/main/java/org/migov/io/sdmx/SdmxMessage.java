package org.migov.io.sdmx;

import java.util.List;
import java.util.Optional;

/**
 * The time series of an SDMX-JSON data message, as the message gives them, with what the message
 * says of itself.
 *
 * @param version the version of SDMX-JSON: {@code 1.0} for a message with a top-level {@code
 *     structure}, {@code 2} for one with {@code data.structures}
 * @param id the message's id ({@code header.id} or {@code meta.id}), if given
 * @param sender the name of the sender, such as {@code European Central Bank}, if given
 * @param prepared when the message was prepared, as the message writes it, if given
 * @param name the name of the structure (the data flow) of the first dataset, if given
 * @param series the series of every dataset, in order
 * @since 0.1.0
 */
public record SdmxMessage(String version, Optional<String> id, Optional<String> sender,
    Optional<String> prepared, Optional<String> name, List<SdmxSeries> series) {

  /**
   * Makes a message, copying the list.
   *
   * @param version the {@code version} of the record, as the class describes it
   * @param id the {@code id} of the record, as the class describes it
   * @param sender the {@code sender} of the record, as the class describes it
   * @param prepared the {@code prepared} of the record, as the class describes it
   * @param name the {@code name} of the record, as the class describes it
   * @param series the {@code series} of the record, as the class describes it
   * @throws NullPointerException if a part is null
   */
  public SdmxMessage {
    java.util.Objects.requireNonNull(version);
    java.util.Objects.requireNonNull(id);
    java.util.Objects.requireNonNull(sender);
    java.util.Objects.requireNonNull(prepared);
    java.util.Objects.requireNonNull(name);
    series = List.copyOf(series);
  }
}
