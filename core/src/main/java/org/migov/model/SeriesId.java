package org.migov.model;

/**
 * The id of a {@link RemittanceSeries}, a lower-case slug such as {@code pak-remittances-inflow}.
 *
 * @since 0.1.0
 */
public final class SeriesId extends EntityId implements Comparable<SeriesId> {
  private SeriesId(String value) {
    super("seriesId", value);
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug, as {@link EntityId} describes
   * @return the id
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug
   */
  public static SeriesId of(String value) {
    return new SeriesId(value);
  }

  /** Orders ids by their slugs. */
  @Override
  public int compareTo(SeriesId other) {
    return value().compareTo(other.value());
  }
}
