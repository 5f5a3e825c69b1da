package org.migov.model;

/**
 * The id of a {@link RemittanceSeries}: a lower-case slug such as {@code pak-remittances-inflow}.
 *
 * <p>Unique among the series of a {@link Dataset}, which validation checks. The slug obeys the
 * rules of {@link EntityId}; ids of other kinds with the same slug are not equal to it.
 *
 * @since 0.1.0
 */
public final class SeriesId extends EntityId implements Comparable<SeriesId> {
  private SeriesId(String value) {
    super("seriesId", value);
  }

  /**
   * {@return the id of the remittance series with the given slug}
   *
   * @param value a slug, as {@link EntityId} describes it, such as {@code pak-remittances-inflow}
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug, or {@code required} if it is null
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
