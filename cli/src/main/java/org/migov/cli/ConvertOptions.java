package org.migov.cli;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The options of a conversion that formats read: new formats add theirs here.
 *
 * @param type the model type of the input's objects, or {@code null} to tell it from the input
 * @param compact whether JSON documents are written compact rather than pretty
 * @param interop what the World Bank and SDMX-JSON inputs measure and how SDMX dimensions map
 * @param report where a format tells the person, in a line each, what it read beside the objects
 *     (skipped aggregates, missing values, notes, what a table leaves out)
 */
record ConvertOptions(@Nullable ModelType type, boolean compact, InteropOptions interop,
    Consumer<String> report) {

  /**
   * Options of a conversion between migov formats, with no interop options and no report.
   *
   * @param type the model type of the input's objects, or {@code null} to tell it from the input
   * @param compact whether JSON documents are written compact rather than pretty
   */
  ConvertOptions(@Nullable ModelType type, boolean compact) {
    this(type, compact, InteropOptions.NONE, line -> { });
  }
}
