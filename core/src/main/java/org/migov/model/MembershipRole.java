package org.migov.model;

/**
 * How a party belongs to a dialogue.
 *
 * @since 0.1.0
 */
public enum MembershipRole {
  /** A full member (a participating state or organisation). */
  MEMBER,
  /** An observer. */
  OBSERVER,
  /** A partner or supporting organisation. */
  PARTNER;
}
