package org.migov.model;

/**
 * The kind of a {@link Declaration}: what the document adopted in a dialogue is.
 *
 * @since 0.1.0
 */
public enum DeclarationKind {
  /**
   * A declaration adopted by ministers, possibly with a call for action, such as the Budapest
   * Process Ministerial Declaration and Call for Action 2025-2030.
   */
  MINISTERIAL_DECLARATION,
  /** A set of commitments, such as the Istanbul Commitments. */
  COMMITMENTS,
  /** A plan or call for action on its own, such as "A Call for Action – a five year plan". */
  ACTION_PLAN,
  /** Conclusions of a meeting of officials. */
  CONCLUSIONS,
  /** A document of any other kind; the title says what it is. */
  OTHER;
}
