/**
 * Reading SDMX-JSON data messages (versions 1.0 and 2.x, series and flat layouts): {@link
 * org.migov.io.sdmx.SdmxReader} reads a message into {@link org.migov.io.sdmx.SdmxSeries} as the
 * message gives them, and into remittance series; every failure is a {@link
 * org.migov.io.sdmx.SdmxException} naming the JSON Pointer of the offending value.
 *
 * @since 0.1.0
 */
@NullMarked
package org.migov.io.sdmx;

import org.jspecify.annotations.NullMarked;
