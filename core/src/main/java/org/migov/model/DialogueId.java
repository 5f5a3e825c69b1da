package org.migov.model;

/**
 * The id of a {@link Dialogue}, a lower-case slug such as {@code budapest-process}.
 *
 * @since 0.1.0
 */
public final class DialogueId extends EntityId implements Comparable<DialogueId> {
  private DialogueId(String value) {
    super("dialogueId", value);
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug, as {@link EntityId} describes
   * @return the id
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug
   */
  public static DialogueId of(String value) {
    return new DialogueId(value);
  }

  /** Orders ids by their slugs. */
  @Override
  public int compareTo(DialogueId other) {
    return value().compareTo(other.value());
  }
}
