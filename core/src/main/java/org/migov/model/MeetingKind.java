package org.migov.model;

/**
 * The kind of a {@link Meeting}.
 *
 * @since 0.1.0
 */
public enum MeetingKind {
  /** A conference of ministers, which may adopt a declaration. */
  MINISTERIAL_CONFERENCE,
  /** A meeting of senior officials, usually numbered. */
  SENIOR_OFFICIALS_MEETING,
  /** A meeting on one theme, often convened by a thematic working group. */
  THEMATIC_MEETING,
  /** A meeting of a thematic or regional working group. */
  WORKING_GROUP_MEETING,
  /** A meeting of the states of one region. */
  REGIONAL_MEETING,
  /** Any other kind. */
  OTHER;
}
