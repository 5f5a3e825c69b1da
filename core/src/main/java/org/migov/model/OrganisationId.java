package org.migov.model;

/**
 * The id of an {@link Organisation}: a lower-case slug such as {@code icmpd}.
 *
 * <p>Parties, positions, site visits and organisations' parents refer to an organisation by this
 * id; validating a {@link Dataset} reports an id that names none of its organisations. The slug
 * obeys the rules of {@link EntityId}; ids of other kinds with the same slug are not equal to it.
 *
 * @since 0.1.0
 */
public final class OrganisationId extends EntityId implements Comparable<OrganisationId> {
  private OrganisationId(String value) {
    super("organisationId", value);
  }

  /**
   * {@return the id of the organisation with the given slug}
   *
   * @param value a slug, as {@link EntityId} describes it, such as {@code icmpd}
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug, or {@code required} if it is null
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
