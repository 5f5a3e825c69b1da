package org.migov.model;

/**
 * A role held for a term in a dialogue or one of its working groups.
 *
 * @since 0.1.0
 */
public enum DialogueRole {
  /** The chair; one party at a time. */
  CHAIR,
  /** A co-chair; several at a time. */
  CO_CHAIR,
  /** The rapporteur; one party at a time. */
  RAPPORTEUR,
  /** The secretariat; one party at a time. */
  SECRETARIAT;
}
