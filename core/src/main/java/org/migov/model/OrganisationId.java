package org.migov.model;

/**
 * The id of an {@link Organisation}, a lower-case slug such as {@code icmpd}.
 *
 * @since 0.1.0
 */
public final class OrganisationId extends EntityId implements Comparable<OrganisationId> {
  private OrganisationId(String value) {
    super("organisationId", value);
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug, as {@link EntityId} describes
   * @return the id
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  /** Orders ids by their slugs. */
  @Override
  public int compareTo(OrganisationId other) {
    return value().compareTo(other.value());
  }
}
