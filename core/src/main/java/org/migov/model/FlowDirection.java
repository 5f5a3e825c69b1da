package org.migov.model;

/**
 * The direction of a remittance flow, seen from the reporting country of a {@link
 * RemittanceSeries}.
 *
 * @since 0.1.0
 */
public enum FlowDirection {
  /** Money received by the reporting country, as Pakistan receives its workers' remittances. */
  INFLOW,
  /** Money sent from the reporting country to other countries. */
  OUTFLOW;
}
