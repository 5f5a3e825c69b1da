/**
 * Reading the World Bank Indicators API (v2, JSON) into remittance series: {@link
 * org.migov.io.worldbank.WorldBankReader} reads one or more pages of a response into a {@link
 * org.migov.io.worldbank.WorldBankResult}, and every failure is a {@link
 * org.migov.io.worldbank.WorldBankException} naming the page, JSON Pointer, line and column.
 *
 * @since 0.1.0
 */
@NullMarked
package org.migov.io.worldbank;

import org.jspecify.annotations.NullMarked;
