package org.migov.model;

/**
 * The id of a {@link Declaration}, a lower-case slug such as {@code budapest-declaration-2024}.
 *
 * @since 0.1.0
 */
public final class DeclarationId extends EntityId implements Comparable<DeclarationId> {
  private DeclarationId(String value) {
    super("declarationId", value);
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug, as {@link EntityId} describes
   * @return the id
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug
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
