package org.migov.model;

/**
 * The kind of an {@link Outcome} of a meeting.
 *
 * @since 0.1.0
 */
public enum OutcomeKind {
  /** Recommendations. */
  RECOMMENDATIONS,
  /** Conclusions. */
  CONCLUSIONS,
  /** A declaration, which may be recorded as a {@link Declaration}. */
  DECLARATION,
  /** A report. */
  REPORT,
  /** Any other outcome. */
  OTHER;
}
