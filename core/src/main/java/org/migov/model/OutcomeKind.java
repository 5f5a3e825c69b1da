package org.migov.model;

/**
 * The kind of an {@link Outcome} of a meeting: what the meeting produced.
 *
 * @since 0.1.0
 */
public enum OutcomeKind {
  /**
   * Recommendations that participants drew up, such as "concrete, action-oriented recommendations".
   */
  RECOMMENDATIONS,
  /** Conclusions adopted or reported by the meeting, such as the chair's conclusions. */
  CONCLUSIONS,
  /**
   * A declaration the meeting adopted, which may also be recorded as a {@link Declaration} and
   * linked from the outcome.
   */
  DECLARATION,
  /** A report of the meeting or issued by it. */
  REPORT,
  /** An outcome of any other kind; the outcome's description says what. */
  OTHER;
}
