package org.migov.model;

/**
 * The kind of a {@link Declaration}.
 *
 * @since 0.1.0
 */
public enum DeclarationKind {
  /** A declaration adopted by ministers, possibly with a call for action. */
  MINISTERIAL_DECLARATION,
  /** A set of commitments, such as the Istanbul Commitments. */
  COMMITMENTS,
  /** A plan or call for action on its own. */
  ACTION_PLAN,
  /** Conclusions of a meeting of officials. */
  CONCLUSIONS,
  /** Any other kind. */
  OTHER;
}
