package org.migov.model;

/**
 * The kind of a {@link WorkingGroup}.
 *
 * @since 0.1.0
 */
public enum WorkingGroupKind {
  /** A working group on a theme. */
  THEMATIC,
  /** A working group of a region. */
  REGIONAL;
}
