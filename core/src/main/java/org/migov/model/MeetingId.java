package org.migov.model;

/**
 * The id of a {@link Meeting}: a lower-case slug such as {@code islamabad-legal-pathways-2025}.
 *
 * <p>A declaration names the meeting that adopted it by this id; validating a {@link Dataset}
 * reports an id that names none of its meetings. The slug obeys the rules of {@link EntityId}; ids
 * of other kinds with the same slug are not equal to it.
 *
 * @since 0.1.0
 */
public final class MeetingId extends EntityId implements Comparable<MeetingId> {
  private MeetingId(String value) {
    super("meetingId", value);
  }

  /**
   * {@return the id of the meeting with the given slug}
   *
   * @param value a slug, as {@link EntityId} describes it, such as {@code
   *     islamabad-legal-pathways-2025}
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug, or {@code required} if it is null
   */
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  /** Orders ids by their slugs. */
  @Override
  public int compareTo(MeetingId other) {
    return value().compareTo(other.value());
  }
}
