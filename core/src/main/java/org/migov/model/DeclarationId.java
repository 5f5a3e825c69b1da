package org.migov.model;

/**
 * The id of a {@link Declaration}: a lower-case slug such as {@code budapest-declaration-2024}.
 *
 * <p>Goal references and meetings' outcomes refer to a declaration by this id; validating a {@link
 * Dataset} reports an id that names none of its declarations. The slug obeys the rules of {@link
 * EntityId}; ids of other kinds with the same slug are not equal to it.
 *
 * @since 0.1.0
 */
public final class DeclarationId extends EntityId implements Comparable<DeclarationId> {
  private DeclarationId(String value) {
    super("declarationId", value);
  }

  /**
   * {@return the id of the declaration with the given slug}
   *
   * @param value a slug, as {@link EntityId} describes it, such as {@code
   *     budapest-declaration-2024}
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug, or {@code required} if it is null
   */
  public static DeclarationId of(String value) {
    return new DeclarationId(value);
  }

  /** Orders ids by their slugs. */
  @Override
  public int compareTo(DeclarationId other) {
    return value().compareTo(other.value());
  }
}
