package org.migov.model;

/**
 * How a reported figure relates to the true value: the words a source puts before a number.
 *
 * @since 0.1.0
 */
public enum Qualifier {
  /** The figure is the value. */
  EXACT,
  /** The value is the figure or more. */
  AT_LEAST,
  /** The value is more than the figure ("more than 65", "over 11 million", "surpass"). */
  MORE_THAN,
  /** The value is near the figure ("about", "some", "nearly"). */
  ABOUT,
  /** The value is the figure or less. */
  UP_TO,
  /** The value is less than the figure. */
  LESS_THAN;
}
