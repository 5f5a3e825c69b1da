package org.migov.model;

/**
 * The id of a named {@link Region} of a dialogue, a lower-case slug such as {@code silk-routes}.
 *
 * @since 0.1.0
 */
public final class RegionId extends EntityId implements Comparable<RegionId> {
  private RegionId(String value) {
    super("regionId", value);
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug, as {@link EntityId} describes
   * @return the id
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug
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
