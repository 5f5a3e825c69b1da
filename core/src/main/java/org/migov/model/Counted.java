package org.migov.model;

/**
 * What a {@link Figure} counts. A figure may count several kinds together, as in "28 states and international organisations".
 *
 * @since 0.1.0
 */
public enum Counted {
  /** People taking part, of any kind. */
  PARTICIPANTS,
  /** Delegates of states or organisations. */
  DELEGATES,
  /** States. */
  STATES,
  /** Governments. */
  GOVERNMENTS,
  /** International organisations. */
  INTERNATIONAL_ORGANISATIONS,
  /** Ministers and deputy ministers. */
  MINISTERS,
  /** Nationals working abroad. */
  OVERSEAS_WORKERS,
  /** Migrants. */
  MIGRANTS,
  /** Anything else; say what in the figure's description. */
  OTHER;
}
