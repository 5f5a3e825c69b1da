package org.migov.model;

/**
 * The kind of an {@link Organisation}: a body of a government, of states together, of the European
 * Union, an academic body or an NGO.
 *
 * @since 0.1.0
 */
public enum OrganisationKind {
  /** A ministry of a national government, such as Pakistan's Ministry of Overseas Pakistanis and Human Resource Development. */
  GOVERNMENT_MINISTRY,
  /** An agency, bureau or public corporation of a government, such as the Bureau of Emigration and Overseas Employment. */
  GOVERNMENT_AGENCY,
  /** An organisation of states, such as ICMPD or IOM. */
  INTERGOVERNMENTAL_ORGANISATION,
  /** An institution, body or delegation of the European Union. */
  EU_INSTITUTION,
  /** A university, research or training institution, such as NUTECH. */
  ACADEMIC_OR_TRAINING_INSTITUTION,
  /** A non-governmental organisation, not part of any government. */
  NGO,
  /** Any other kind. */
  OTHER;
}
