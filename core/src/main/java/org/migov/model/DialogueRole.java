package org.migov.model;

/**
 * A role held for a term in a dialogue or one of its working groups, by a state or an organisation.
 *
 * <p>Validating a {@link Dataset} reports two terms of a role that one party holds at a time
 * (chair, rapporteur, secretariat) that certainly overlap.
 *
 * @since 0.1.0
 */
public enum DialogueRole {
  /** The chair, such as Türkiye in the Budapest Process since 2006; one party at a time. */
  CHAIR,
  /**
   * A co-chair, such as Hungary in the Budapest Process or Pakistan in its Thematic Working Group;
   * several parties at a time.
   */
  CO_CHAIR,
  /** The rapporteur, such as Sweden in the Budapest Process since 2021; one party at a time. */
  RAPPORTEUR,
  /** The secretariat, such as ICMPD for the Budapest Process; one party at a time. */
  SECRETARIAT;
}
