package org.migov.model;

/**
 * The kind of a {@link WorkingGroup} of a dialogue: on a theme or for a region.
 *
 * @since 0.1.0
 */
public enum WorkingGroupKind {
  /** A working group on a theme, such as the Budapest Process's Thematic Working Group. */
  THEMATIC,
  /** A working group of the states of one region. */
  REGIONAL;
}
