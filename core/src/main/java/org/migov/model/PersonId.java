package org.migov.model;

/**
 * The id of a {@link Person}, a lower-case slug such as {@code marija-raus}.
 *
 * @since 0.1.0
 */
public final class PersonId extends EntityId implements Comparable<PersonId> {
  private PersonId(String value) {
    super("personId", value);
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug, as {@link EntityId} describes
   * @return the id
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /** Orders ids by their slugs. */
  @Override
  public int compareTo(PersonId other) {
    return value().compareTo(other.value());
  }
}
