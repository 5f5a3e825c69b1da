package org.migov.model;

/**
 * The id of a named {@link Region} of a dialogue: a lower-case slug such as {@code silk-routes}.
 *
 * <p>Unique among its dialogue's regions. The slug obeys the rules of {@link EntityId}; ids of
 * other kinds with the same slug are not equal to it.
 *
 * @since 0.1.0
 */
public final class RegionId extends EntityId implements Comparable<RegionId> {
  private RegionId(String value) {
    super("regionId", value);
  }

  /**
   * {@return the id of the region with the given slug}
   *
   * @param value a slug, as {@link EntityId} describes it, such as {@code silk-routes}
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug, or {@code required} if it is null
   */
  public static RegionId of(String value) {
    return new RegionId(value);
  }

  /** Orders ids by their slugs. */
  @Override
  public int compareTo(RegionId other) {
    return value().compareTo(other.value());
  }
}
