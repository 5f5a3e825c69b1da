package org.migov.model;

/**
 * How a state or an organisation belongs to a dialogue; {@link #MEMBER} unless a membership says
 * otherwise.
 *
 * @since 0.1.0
 */
public enum MembershipRole {
  /** A full member: a participating state or organisation. */
  MEMBER,
  /** An observer, which follows the dialogue without being a member. */
  OBSERVER,
  /** A partner or supporting organisation, such as a funder or an implementing agency. */
  PARTNER;
}
