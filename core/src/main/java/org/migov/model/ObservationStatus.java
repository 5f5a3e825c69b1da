package org.migov.model;

/**
 * The status of an observation of a {@link RemittanceSeries}, as the SDMX code list CL_OBS_STATUS
 * defines it (each constant names its code); {@link #NORMAL} unless an observation says otherwise.
 *
 * <p>The World Bank's API marks forecasts with the code {@code F}, which is {@link #FORECAST}.
 *
 * @since 0.1.0
 */
public enum ObservationStatus {
  /** A: a normal value, neither estimated nor provisional. */
  NORMAL,
  /** B: a break in the series: this value is not comparable with the ones before it. */
  BREAK,
  /** E: an estimated value. */
  ESTIMATED,
  /** F: a forecast or projection. */
  FORECAST,
  /** P: a provisional value. */
  PROVISIONAL,
  /** I: a value imputed by the compiler. */
  IMPUTED,
  /** M: missing; the value is still recorded as the source reports it. */
  MISSING,
  /** U: a value of low reliability. */
  LOW_RELIABILITY;

  /**
   * {@return the one-letter SDMX CL_OBS_STATUS code of this status, such as {@code F} for a
   * forecast}
   */
  public String sdmxCode() {
    return switch (this) {
      case NORMAL -> "A";
      case BREAK -> "B";
      case ESTIMATED -> "E";
      case FORECAST -> "F";
      case PROVISIONAL -> "P";
      case IMPUTED -> "I";
      case MISSING -> "M";
      case LOW_RELIABILITY -> "U";
    };
  }

  /**
   * {@return whether a value of this status is an actual, that is anything but a forecast: {@code
   * false} only for {@link #FORECAST}}
   */
  public boolean isActual() {
    return this != FORECAST;
  }
}
