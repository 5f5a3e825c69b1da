package org.migov.model;

/**
 * The id of a {@link Dialogue}: a lower-case slug such as {@code budapest-process}.
 *
 * <p>Meetings, declarations and positions refer to their dialogue by this id; validating a {@link
 * Dataset} reports an id that names none of its dialogues. The slug obeys the rules of {@link
 * EntityId}; ids of other kinds with the same slug are not equal to it.
 *
 * @since 0.1.0
 */
public final class DialogueId extends EntityId implements Comparable<DialogueId> {
  private DialogueId(String value) {
    super("dialogueId", value);
  }

  /**
   * {@return the id of the dialogue with the given slug}
   *
   * @param value a slug, as {@link EntityId} describes it, such as {@code budapest-process}
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug, or {@code required} if it is null
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
