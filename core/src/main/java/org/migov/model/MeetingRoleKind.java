package org.migov.model;

/**
 * A role held at one meeting, by a state, an organisation or a person ({@link MeetingRole}).
 *
 * <p>A meeting's roles are not its conveners ({@link Meeting#conveners()}), nor the working group
 * that convened it ({@link Meeting#convenedBy()}), nor the country that hosted it ({@link
 * Meeting#hostCountry()}), although the same party may hold several of them.
 *
 * @since 0.1.0
 */
public enum MeetingRoleKind {
  /** The chair of the meeting. */
  CHAIR,
  /** A co-chair of the meeting; several at a time. */
  CO_CHAIR,
  /** The host of the meeting, such as Hungary of the 7th Ministerial Conference. */
  HOST,
  /** The rapporteur of the meeting or of one of its sessions. */
  RAPPORTEUR,
  /** The moderator of the meeting or of one of its sessions. */
  MODERATOR;
}
