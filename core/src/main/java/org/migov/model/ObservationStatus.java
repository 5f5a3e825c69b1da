package org.migov.model;

/**
 * The status of an observation, aligned with the SDMX code list CL_OBS_STATUS (the code is given for each).
 *
 * @since 0.1.0
 */
public enum ObservationStatus {
  /** A: a normal value. */
  NORMAL,
  /** B: a break in the series before this value. */
  BREAK,
  /** E: an estimated value. */
  ESTIMATED,
  /** F: a forecast or projection. */
  FORECAST,
  /** P: a provisional value. */
  PROVISIONAL,
  /** I: a value imputed by the compiler. */
  IMPUTED,
  /** M: missing; the value is still recorded as reported. */
  MISSING,
  /** U: a value of low reliability. */
  LOW_RELIABILITY;

  /**
   * Returns the SDMX CL_OBS_STATUS code, such as {@code F} for a forecast.
   *
   * @return the one-letter code
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
   * Tells whether a value of this status is an actual: anything but a forecast.
   *
   * @return {@code false} only for {@link #FORECAST}
   */
  public boolean isActual() {
    return this != FORECAST;
  }
}
