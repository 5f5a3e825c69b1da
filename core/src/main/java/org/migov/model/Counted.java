package org.migov.model;

/**
 * What a {@link Figure} counts: people of a kind, or states, governments or organisations.
 *
 * <p>A figure may count several kinds together, as in "28 states and international organisations";
 * each kind appears once in a figure. Kinds added after {@link #OTHER} (officials, experts,
 * countries, organisations) come from format 1.1.
 *
 * @since 0.1.0
 */
public enum Counted {
  /** People taking part in a meeting, of any kind, where the source does not say which. */
  PARTICIPANTS,
  /** Delegates of states or organisations, as in "more than 65 delegates". */
  DELEGATES,
  /** States, counted as such ("28 states"). */
  STATES,
  /** Governments, as in "more than 50 governments" that a dialogue serves. */
  GOVERNMENTS,
  /** International organisations, as in "10 international organisations". */
  INTERNATIONAL_ORGANISATIONS,
  /** Ministers and deputy ministers, as at a ministerial conference. */
  MINISTERS,
  /** A country's nationals working abroad, as in Pakistan's "over 11 million overseas workers". */
  OVERSEAS_WORKERS,
  /** Migrants, in the source's sense of the word. */
  MIGRANTS,
  /** Anything else; the figure's description says what. */
  OTHER,
  /**
   * Officials of governments or organisations, as in "N officials from M countries".
   *
   * @since 0.1.0
   */
  OFFICIALS,
  /**
   * Experts, as in "delegates, officials and experts".
   *
   * @since 0.1.0
   */
  EXPERTS,
  /**
   * Countries, as a source counts them ("from 28 countries"); {@link #STATES} where it says
   * states.
   *
   * @since 0.1.0
   */
  COUNTRIES,
  /**
   * Organisations of any kind, where the source does not say international ("and 13
   * organisations"); {@link #INTERNATIONAL_ORGANISATIONS} where it does.
   *
   * @since 0.1.0
   */
  ORGANISATIONS;
}
