package org.migov.model;

/**
 * The kind of a {@link Meeting}, as dialogues such as the Budapest Process name their meetings.
 *
 * <p>Two meetings of one dialogue and kind may not share an ordinal (checked by validating a {@link
 * Dataset}).
 *
 * @since 0.1.0
 */
public enum MeetingKind {
  /**
   * A conference of ministers, which may adopt a declaration, such as the Budapest Process
   * Ministerial Conference of November 2024.
   */
  MINISTERIAL_CONFERENCE,
  /** A meeting of senior officials, usually numbered (the 34th, Stockholm, June 2024). */
  SENIOR_OFFICIALS_MEETING,
  /**
   * A meeting on one theme, often convened by a thematic working group, such as the Thematic
   * Meeting on Legal Pathways for Migration in Islamabad in 2025.
   */
  THEMATIC_MEETING,
  /** A meeting of a thematic or regional working group. */
  WORKING_GROUP_MEETING,
  /** A meeting of the states of one region. */
  REGIONAL_MEETING,
  /** A meeting of any other kind; the title says what it is. */
  OTHER;
}
