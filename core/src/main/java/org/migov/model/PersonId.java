package org.migov.model;

/**
 * The id of a {@link Person}: a lower-case slug such as {@code marija-raus}.
 *
 * <p>Statements' speakers and the people who opened a meeting are named by this id; validating a
 * {@link Dataset} reports an id that names none of its people. The slug obeys the rules of {@link
 * EntityId}; ids of other kinds with the same slug are not equal to it.
 *
 * @since 0.1.0
 */
public final class PersonId extends EntityId implements Comparable<PersonId> {
  private PersonId(String value) {
    super("personId", value);
  }

  /**
   * {@return the id of the person with the given slug}
   *
   * @param value a slug, as {@link EntityId} describes it, such as {@code marija-raus}
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug, or {@code required} if it is null
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
