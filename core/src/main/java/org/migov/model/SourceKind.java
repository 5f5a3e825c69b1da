package org.migov.model;

/**
 * What kind of publication a {@link Source} is, which says how its facts were made public.
 *
 * @since 0.1.0
 */
public enum SourceKind {
  /** An article of a newspaper, a news agency or a news site, such as the seed article. */
  NEWS_ARTICLE,
  /** A press release or news item of a government or an organisation about its own work. */
  PRESS_RELEASE,
  /** A page of an official website, such as budapestprocess.org's list of conferences. */
  OFFICIAL_WEBSITE,
  /** A table or series of a statistical database, such as the World Bank's indicators. */
  STATISTICAL_DATABASE,
  /** An official document: a declaration, a report, conclusions, a call for action. */
  OFFICIAL_DOCUMENT,
  /** A speech or a statement, as its speaker or their office published it. */
  SPEECH_OR_STATEMENT;
}
