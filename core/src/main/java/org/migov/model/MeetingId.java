package org.migov.model;

/**
 * The id of a {@link Meeting}, a lower-case slug such as {@code islamabad-legal-pathways-2025}.
 *
 * @since 0.1.0
 */
public final class MeetingId extends EntityId implements Comparable<MeetingId> {
  private MeetingId(String value) {
    super("meetingId", value);
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug, as {@link EntityId} describes
   * @return the id
   * @throws org.migov.validation.ValidationException with code {@code id.invalid} if {@code value}
   *     is not a slug
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
