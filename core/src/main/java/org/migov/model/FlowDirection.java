package org.migov.model;

/**
 * The direction of a remittance flow, seen from the reporting country.
 *
 * @since 0.1.0
 */
public enum FlowDirection {
  /** Money received by the reporting country. */
  INFLOW,
  /** Money sent from the reporting country. */
  OUTFLOW;
}
