package org.migov.model;

/**
 * What a {@link RemittanceSeries} measures: which balance-of-payments item its values are, as far
 * as the source says.
 *
 * @since 0.1.0
 */
public enum RemittanceMeasure {
  /**
   * Personal remittances: personal transfers plus compensation of employees (as the World Bank's
   * BX.TRF.PWKR.CD.DT).
   */
  PERSONAL_REMITTANCES,
  /** Workers' remittances, as central banks often report them. */
  WORKERS_REMITTANCES,
  /** Personal transfers only: current transfers between resident and non-resident households. */
  PERSONAL_TRANSFERS,
  /**
   * Compensation of employees only: income of workers employed abroad for a short time or by
   * non-resident employers.
   */
  COMPENSATION_OF_EMPLOYEES,
  /** Any other measure; name it in the series' indicator or title. */
  OTHER,
  /**
   * The source does not say which measure its figures are, as when a news report gives
   * "remittances" of a country: known to be remittances, not known which kind.
   */
  UNSPECIFIED;
}
