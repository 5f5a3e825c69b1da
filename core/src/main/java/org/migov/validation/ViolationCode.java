package org.migov.validation;

import java.util.Locale;

/**
 * Every rule of the model, with its stable code. Codes never change meaning once released; new
 * rules add new codes.
 *
 * <p>The first group is checked whenever an object is built (a broken rule throws {@link
 * ValidationException}); the second group is checked across entities by validating a dataset
 * (broken rules are listed in a {@link ValidationReport}).
 *
 * @since 0.1.0
 */
public enum ViolationCode {
  // ----- invariants of one object, checked when it is built

  /** {@code required}: a required attribute was not set. */
  REQUIRED("required"),
  /**
   * {@code text.blank}: a text is empty or only white space, as ECMAScript's
   * <code>&#92;s</code> (and so the JSON Schema) defines it: U+00A0, U+2007, U+202F and U+FEFF
   * too.
   */
  TEXT_BLANK("text.blank"),
  /** {@code text.too_long}: a text is longer than the attribute allows. */
  TEXT_TOO_LONG("text.too_long"),
  /**
   * {@code text.invalid}: a text is not Unicode text: it holds a surrogate without its pair, which
   * no encoding of Unicode (UTF-8 included) can write.
   */
  TEXT_INVALID("text.invalid"),
  /**
   * {@code id.invalid}: an id is not a lower-case slug: 1 to 100 characters of {@code a-z}, {@code
   * 0-9} and single hyphens, starting and ending with a letter or digit.
   */
  ID_INVALID("id.invalid"),
  /**
   * {@code country.unknown}: a country code is not an ISO 3166-1 alpha-3 code known to the JDK, nor
   * {@code XKX} (Kosovo).
   */
  COUNTRY_UNKNOWN("country.unknown"),
  /** {@code currency.unknown}: a currency code is not an ISO 4217 code known to the JDK. */
  CURRENCY_UNKNOWN("currency.unknown"),
  /**
   * {@code date.invalid}: a partial date is not {@code yyyy}, {@code yyyy-MM} or {@code
   * yyyy-MM-dd} of a real day in years 1 to 9999.
   */
  DATE_INVALID("date.invalid"),
  /** {@code period.invalid}: a period's text or fields do not form a period (see {@code Period}). */
  PERIOD_INVALID("period.invalid"),
  /** {@code frequency.invalid}: a frequency's text or fields do not form a frequency. */
  FREQUENCY_INVALID("frequency.invalid"),
  /** {@code url.invalid}: a URL is not an absolute {@code http} or {@code https} URL. */
  URL_INVALID("url.invalid"),
  /** {@code date.range.reversed}: an end date or period lies certainly before its start. */
  DATE_RANGE_REVERSED("date.range.reversed"),
  /**
   * {@code duration.mismatch}: a duration in days disagrees with exact start and end dates, or
   * cannot fit between partial ones.
   */
  DURATION_MISMATCH("duration.mismatch"),
  /** {@code value.out_of_range}: a number lies outside the range the attribute allows. */
  VALUE_OUT_OF_RANGE("value.out_of_range"),
  /** {@code collection.empty}: a collection that needs at least one element is empty. */
  COLLECTION_EMPTY("collection.empty"),
  /** {@code collection.duplicate}: a collection holds the same element (or key) twice. */
  COLLECTION_DUPLICATE("collection.duplicate"),
  /** {@code goals.order}: priority goals are not in strictly increasing order of number. */
  GOALS_ORDER("goals.order"),
  /** {@code party.invalid}: a party is not exactly one of a country or an organisation. */
  PARTY_INVALID("party.invalid"),
  /**
   * {@code observation.frequency}: an observation's period does not match its series' frequency
   * (for example a quarter in a monthly series).
   */
  OBSERVATION_FREQUENCY("observation.frequency"),
  /**
   * {@code claim.value.unclaimed}: an attribute with claims of disagreeing sources beside it
   * (such as a meeting's {@code startClaims}) is absent or holds a value that none of the claims
   * gives.
   *
   * @since 0.1.0
   */
  CLAIM_VALUE_UNCLAIMED("claim.value.unclaimed"),
  /**
   * {@code source.unidentified}: a source has neither a publisher, nor a title, nor a URL, so
   * nothing says which source it is.
   *
   * @since 0.1.0
   */
  SOURCE_UNIDENTIFIED("source.unidentified"),
  /**
   * {@code holder.invalid}: a meeting role's holder is not exactly one of a state, an
   * organisation or a person.
   *
   * @since 0.1.0
   */
  HOLDER_INVALID("holder.invalid"),

  // ----- rules across entities, checked by validating a dataset

  /** {@code id.duplicate}: two entities of the same kind share an id (error). */
  ID_DUPLICATE("id.duplicate"),
  /** {@code reference.dangling}: an id refers to no entity of the dataset (error). */
  REFERENCE_DANGLING("reference.dangling"),
  /** {@code goal.unknown}: a goal reference names a number the declaration does not have (error). */
  GOAL_UNKNOWN("goal.unknown"),
  /**
   * {@code goal.not_yet_adopted}: a meeting advances a goal of a declaration adopted certainly
   * after the meeting ended (error).
   */
  GOAL_NOT_YET_ADOPTED("goal.not_yet_adopted"),
  /**
   * {@code declaration.dialogue.mismatch}: a declaration was adopted at a meeting of another
   * dialogue (error).
   */
  DECLARATION_DIALOGUE_MISMATCH("declaration.dialogue.mismatch"),
  /**
   * {@code declaration.adoption.date}: a declaration's adoption date lies certainly outside the
   * dates of the meeting that adopted it (error).
   */
  DECLARATION_ADOPTION_DATE("declaration.adoption.date"),
  /**
   * {@code chair.term.overlap}: two terms of the same role in one dialogue or working group
   * certainly overlap, for a role only one party can hold at a time (chair, rapporteur,
   * secretariat) (error).
   */
  CHAIR_TERM_OVERLAP("chair.term.overlap"),
  /**
   * {@code organisation.parent.cycle}: following organisations' parents leads back to where it
   * started (error).
   */
  ORGANISATION_PARENT_CYCLE("organisation.parent.cycle"),
  /**
   * {@code meeting.ordinal.duplicate}: two meetings of one dialogue, of the same kind, have the
   * same ordinal (error).
   */
  MEETING_ORDINAL_DUPLICATE("meeting.ordinal.duplicate"),
  /**
   * {@code meeting.working_group.unknown}: a meeting is convened by a working group of another
   * dialogue, or of none in the dataset (error).
   */
  MEETING_WORKING_GROUP_UNKNOWN("meeting.working_group.unknown"),
  /**
   * {@code goals.count.exceeded}: a declaration stated to have N priority goals holds more than N,
   * or a goal numbered above N; also a meeting that advances a goal numbered above N (error).
   *
   * @since 0.1.0
   */
  GOALS_COUNT_EXCEEDED("goals.count.exceeded"),
  /**
   * {@code statement.position.unknown}: a statement names a position its speaker is not recorded
   * as holding (warning).
   */
  STATEMENT_POSITION_UNKNOWN("statement.position.unknown"),
  /**
   * {@code sources.missing}: an entity cites no source at all (warning): nothing says
   * where its facts come from.
   */
  SOURCES_MISSING("sources.missing");

  private final String code;

  ViolationCode(String code) {
    this.code = code;
  }

  /**
   * {@return the rule's stable code, such as {@code date.range.reversed}: lower-case words joined
   * by dots and underscores, never changing meaning once released}
   */
  public String code() {
    return code;
  }

  /**
   * {@return the severity of every violation of this rule: {@link Severity#WARNING} for the rules
   * marked "warning" above, {@link Severity#ERROR} for all others}
   */
  public Severity severity() {
    return this == STATEMENT_POSITION_UNKNOWN || this == SOURCES_MISSING
        ? Severity.WARNING
        : Severity.ERROR;
  }

  /**
   * {@return the rule with the given stable code, as {@link #code()} gives it}
   *
   * @param code a code such as {@code date.range.reversed}
   * @throws IllegalArgumentException if no rule has that code
   */
  public static ViolationCode ofCode(String code) {
    for (ViolationCode c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "no rule has the code '%s'", code));
  }
}
