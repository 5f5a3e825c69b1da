package org.migov.model;

/**
 * The kind of a {@link WorkingGroup} of a dialogue: on a theme, for a region, or another group
 * such as the Budapest Process's Reference Group.
 *
 * @since 0.1.0
 */
public enum WorkingGroupKind {
  /** A working group on a theme, such as the Budapest Process's Thematic Working Group. */
  THEMATIC,
  /** A working group of the states of one region. */
  REGIONAL,
  /**
   * Another group of a dialogue's members, neither thematic nor regional, such as the Budapest
   * Process's Reference Group (set up in 2021, with Sweden as Rapporteur).
   *
   * @since 0.1.0
   */
  OTHER;
}
