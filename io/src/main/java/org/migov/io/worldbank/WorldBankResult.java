package org.migov.io.worldbank;

import java.util.List;
import org.migov.model.Period;
import org.migov.model.RemittanceSeries;

/**
 * What {@link WorldBankReader} read from the pages of one World Bank API response: the series, and
 * everything of the response that a series cannot hold, so that nothing is dropped unseen.
 *
 * <p>{@link #series()} holds one series per country and indicator. {@link #aggregates()} lists the
 * regional and income aggregates ({@code WLD}, {@code EAS}, {@code LMC}, …) that a query for
 * {@code country/all} returns beside the countries: their codes are not ISO 3166-1 countries, so
 * they are skipped, each listed once with the number of its rows. {@link #missing()} lists the
 * observations whose {@code value} is {@code null} (a period without a figure, which is not zero).
 * {@link #notes()} keeps the footnotes and the non-empty {@code unit} and {@code scale} of
 * observations, which the model has no place for.
 *
 * @param series the series read, one per country and indicator, in order of first appearance
 * @param aggregates the aggregates skipped, in order of first appearance
 * @param missing the observations without a value, in order of reading
 * @param notes the footnotes, units and scales of observations, in order of reading
 * @since 0.1.0
 */
public record WorldBankResult(List<RemittanceSeries> series, List<Aggregate> aggregates,
    List<Missing> missing, List<Note> notes) {

  /**
   * Makes the result, copying the lists.
   *
   * @param series the {@code series} of the record, as the class describes it
   * @param aggregates the {@code aggregates} of the record, as the class describes it
   * @param missing the {@code missing} of the record, as the class describes it
   * @param notes the {@code notes} of the record, as the class describes it
   * @throws NullPointerException if a list or an element is null
   */
  public WorldBankResult {
    series = List.copyOf(series);
    aggregates = List.copyOf(aggregates);
    missing = List.copyOf(missing);
    notes = List.copyOf(notes);
  }

  /**
   * A regional or income aggregate the response holds and the reader skipped, as the World Bank
   * names it.
   *
   * @param id the World Bank's id of the aggregate ({@code country.id}, such as {@code 1W})
   * @param iso3Code its {@code countryiso3code} (such as {@code WLD}), empty if the API gave none
   * @param name its name, such as {@code World}
   * @param rows how many rows of the response it had, with or without values
   * @since 0.1.0
   */
  public record Aggregate(String id, String iso3Code, String name, int rows) {}

  /**
   * An observation whose value the World Bank gives as {@code null}: the period has no figure.
   *
   * @param reporter the ISO 3166-1 alpha-3 code of the country
   * @param indicator the World Bank's indicator id
   * @param period the period without a figure
   * @since 0.1.0
   */
  public record Missing(String reporter, String indicator, Period period) {}

  /**
   * Text that the API attaches to an observation and the model has no place for.
   *
   * @param reporter the ISO 3166-1 alpha-3 code of the country
   * @param indicator the World Bank's indicator id
   * @param period the period of the observation
   * @param kind which property the text comes from: {@code footnote}, {@code unit} or {@code
   *     scale}
   * @param text the text, never empty
   * @since 0.1.0
   */
  public record Note(String reporter, String indicator, Period period, String kind, String text) {}
}
