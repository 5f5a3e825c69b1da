/**
 * Tidy CSV with a Frictionless data package: {@link org.migov.io.csv.RemittanceCsv} writes
 * remittance series as CSV tables that pandas, R and DuckDB load with the right types, and reads
 * them back; {@link org.migov.io.csv.GovernanceTables} writes the governance data of a dataset as
 * flat tables with ids that join. Every failure of reading is a {@link
 * org.migov.io.csv.MigovCsvException} naming the file, row and column.
 *
 * @since 0.1.0
 */
@NullMarked
package org.migov.io.csv;

import org.jspecify.annotations.NullMarked;
