package org.migov.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A meeting of a dialogue: a ministerial conference, a senior officials meeting, a thematic
 * meeting, a working group meeting.
 *
 * <p>Dates may be partial, and only a duration may be known ("over the course of two days").
 * Participation figures keep their qualifier and source; two sources may give different figures
 * for the same meeting, and both are kept. Aims, sessions and outcomes may be known to exist
 * while their content is not. Rules: id, dialogue, kind and title are required; the ordinal and
 * the duration are 1 or more; the end does not lie before the start; the duration fits the dates;
 * participants, conveners, roles and advanced goals are unique; where claims of disagreeing
 * sources stand beside the ordinal, the title, the host country, the city, the start, the end or
 * the duration, the attribute holds one of their values ({@link Claim}), and claimed ordinals and
 * durations are 1 or more.
 *
 * <p><b>Which value is used.</b> {@code start()}, {@code end()}, {@code city()}, {@code
 * title()} and the other attributes with claims hold the value used wherever one is needed
 * ({@code Dataset.validate()} compares the plain dates); {@code startClaims()} and its like hold
 * every source's value. {@link #disputed()} names the attributes sources disagree about.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Meeting {
  Meeting() {}

  /**
   * {@return a new, empty builder of meetings; {@code id}, {@code dialogue}, {@code kind} and
   * {@code title} must be set before {@code build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every attribute of this meeting, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return the id that identifies this meeting in a dataset, such as {@code
   * islamabad-legal-pathways-2025}}
   */
  public abstract MeetingId id();

  /**
   * {@return the dialogue whose meeting this is; validating a dataset reports an id that names no
   * dialogue of the dataset}
   */
  public abstract DialogueId dialogue();

  /**
   * {@return the kind of meeting, as the dialogue names it (ministerial conference, thematic
   * meeting, …)}
   */
  public abstract MeetingKind kind();

  /**
   * {@return the meeting's number among the dialogue's meetings of its kind, 1 or more (7 for the
   * 7th Ministerial Conference), if the sources number it} Validating a dataset reports two
   * meetings of one dialogue and kind with the same ordinal.
   */
  public abstract OptionalInt ordinal();

  /**
   * {@return every ordinal that sources give, each with the sources that give it, where they
   * disagree (one counts the meeting as the 6th conference, another as the 7th); possibly none}
   * When not empty, {@link #ordinal()} holds the value used, which is one of these (see {@link
   * Claim}); each is 1 or more.
   *
   * @since 0.1.0
   */
  public abstract List<Claim<Integer>> ordinalClaims();

  /**
   * {@return the meeting's title as the sources give it, such as "Budapest Process Thematic Meeting
   * on Legal Pathways for Migration"; never blank}
   */
  public abstract String title();

  /**
   * {@return every title that sources give, each with the sources that give it, where they
   * disagree; possibly none} When not empty, {@link #title()} holds the value used, which is
   * one of these (see {@link Claim}).
   *
   * @since 0.1.0
   */
  public abstract List<Claim<String>> titleClaims();

  /**
   * {@return the ISO 3166-1 alpha-3 code of the country that hosted the meeting, if the sources
   * say}
   */
  public abstract Optional<CountryCode> hostCountry();

  /**
   * {@return every host country that sources give, each with the sources that give it, where they
   * disagree; possibly none} When not empty, {@link #hostCountry()} holds the value used, which
   * is one of these (see {@link Claim}).
   *
   * @since 0.1.0
   */
  public abstract List<Claim<CountryCode>> hostCountryClaims();

  /**
   * {@return the roles held at the meeting (chair, co-chair, host, rapporteur, moderator), by
   * states, organisations or people, each with its sources; possibly none} Not the same as the
   * conveners or the working group that convened the meeting.
   *
   * @since 0.1.0
   */
  public abstract List<MeetingRole> roles();

  /**
   * {@return the city the meeting took place in, such as "Islamabad", if the sources say; never
   * blank}
   */
  public abstract Optional<String> city();

  /**
   * {@return every city that sources give, each with the sources that give it, where they
   * disagree; possibly none} When not empty, {@link #city()} holds the value used, which is
   * one of these (see {@link Claim}).
   *
   * @since 0.1.0
   */
  public abstract List<Claim<String>> cityClaims();

  /**
   * {@return the meeting's first day, as precisely as the sources give it (a year, a month or a
   * day), if known}
   */
  public abstract Optional<PartialDate> start();

  /**
   * {@return every first day that sources give, each with the sources that give it, where they
   * disagree; possibly none} When not empty, {@link #start()} holds the value used, which is
   * one of these (see {@link Claim}).
   *
   * @since 0.1.0
   */
  public abstract List<Claim<PartialDate>> startClaims();

  /**
   * {@return the meeting's last day, as precisely as the sources give it, if known; it never lies
   * certainly before the start}
   */
  public abstract Optional<PartialDate> end();

  /**
   * {@return every last day that sources give, each with the sources that give it, where they
   * disagree; possibly none} When not empty, {@link #end()} holds the value used, which is
   * one of these (see {@link Claim}).
   *
   * @since 0.1.0
   */
  public abstract List<Claim<PartialDate>> endClaims();

  /**
   * {@return how many days the meeting lasted, 1 or more, if the sources say, also when its dates
   * are not known} With a start and an end, the duration must fit between them: between the fewest
   * and the most days that the dates, partial or not, allow.
   */
  public abstract OptionalInt durationDays();

  /**
   * {@return every duration in days that sources give, each with the sources that give it, where
   * they disagree ("two days" in one report, "three days" in another); possibly none} When not
   * empty, {@link #durationDays()} holds the value used, which is one of these (see {@link
   * Claim}); each is 1 or more. Only the value used must fit the dates.
   *
   * @since 0.1.0
   */
  public abstract List<Claim<Integer>> durationDaysClaims();

  /**
   * {@return the working group that convened the meeting, if any} Validating a dataset reports a
   * working group that is not one of the meeting's own dialogue.
   */
  public abstract Optional<WorkingGroupId> convenedBy();

  /**
   * {@return the states and organisations that convened the meeting, such as a working group's
   * co-chair; each at most once, possibly none}
   */
  public abstract List<Party> conveners();

  /** {@return the people who inaugurated or opened the meeting, possibly none} */
  public abstract List<PersonId> openedBy();

  /** {@return the meeting's aims, each in the sources' words; possibly none} */
  public abstract List<String> aims();

  /**
   * {@return figures of how many took part ("more than 65 delegates"), each with its qualifier and
   * source; several when sources disagree, possibly none}
   */
  public abstract List<Figure> participation();

  /**
   * {@return the states and organisations known to have taken part, each at most once; possibly
   * fewer than the participation figures count}
   */
  public abstract List<Party> participants();

  /** {@return the statements made at the meeting, in the order they were made or reported} */
  public abstract List<Statement> statements();

  /** {@return the meeting's sessions, as far as the sources describe them, possibly none} */
  public abstract List<Session> sessions();

  /**
   * {@return the visits that participants made to organisations during the meeting, possibly none}
   */
  public abstract List<SiteVisit> siteVisits();

  /**
   * {@return what the meeting produced (recommendations, conclusions, a declaration, …), known to
   * exist even where its text is not, possibly none}
   */
  public abstract List<Outcome> outcomes();

  /**
   * {@return the priority goals of declarations that the meeting advances or is aligned with, each
   * at most once} Validating a dataset reports a goal the declaration does not have and a
   * declaration adopted certainly after the meeting ended.
   */
  public abstract List<GoalRef> advances();

  /**
   * {@return notable facts about the meeting in the sources' words, such as "first such gathering
   * in Pakistan in over a decade"; possibly none}
   */
  public abstract List<String> highlights();

  /**
   * {@return other facts the sources report about the meeting that no attribute holds; possibly
   * none}
   */
  public abstract List<String> notes();

  /**
   * {@return the sources the meeting's facts come from; validating a dataset warns when there is
   * none}
   */
  public abstract List<Source> sources();

  /**
   * {@return the names of the attributes whose sources disagree, that is which have more than one
   * claim, in the order ordinal, title, hostCountry, city, start, end, durationDays: {@code
   * [start]} for the 7th Ministerial Conference of the Budapest Process}
   *
   * @since 0.1.0
   */
  public List<String> disputed() {
    List<String> names = new java.util.ArrayList<>(7);
    if (ordinalClaims().size() > 1) {
      names.add("ordinal");
    }
    if (titleClaims().size() > 1) {
      names.add("title");
    }
    if (hostCountryClaims().size() > 1) {
      names.add("hostCountry");
    }
    if (cityClaims().size() > 1) {
      names.add("city");
    }
    if (startClaims().size() > 1) {
      names.add("start");
    }
    if (endClaims().size() > 1) {
      names.add("end");
    }
    if (durationDaysClaims().size() > 1) {
      names.add("durationDays");
    }
    return List.copyOf(names);
  }

  /**
   * {@return the claims of the named attribute, each source's value: {@code claims("start")} is
   * {@link #startClaims()}}
   *
   * @param attribute one of {@code ordinal}, {@code title}, {@code hostCountry}, {@code city},
   *     {@code start}, {@code end}, {@code durationDays}, as {@link #disputed()} names them
   * @throws IllegalArgumentException for any other name
   * @since 0.1.0
   */
  public List<? extends Claim<?>> claims(String attribute) {
    return switch (attribute) {
      case "ordinal" -> ordinalClaims();
      case "title" -> titleClaims();
      case "hostCountry" -> hostCountryClaims();
      case "city" -> cityClaims();
      case "start" -> startClaims();
      case "end" -> endClaims();
      case "durationDays" -> durationDaysClaims();
      default -> throw new IllegalArgumentException("a meeting has no claims of '" + attribute
          + "': use ordinal, title, hostCountry, city, start, end or durationDays");
    };
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("meeting");
    c.required("id", id());
    c.required("dialogue", dialogue());
    c.required("kind", kind());
    c.text("title", title());
    c.optionalText("city", city());
    c.texts("aims", aims());
    c.texts("highlights", highlights());
    c.texts("notes", notes());
    OptionalInt ordinal = ordinal();
    if (ordinal.isPresent()) {
      c.atLeast("ordinal", ordinal.getAsInt(), 1);
    }
    OptionalInt duration = durationDays();
    if (duration.isPresent()) {
      c.atLeast("durationDays", duration.getAsInt(), 1);
    }
    c.range("end", start(), end(), PartialDate::isCertainlyBefore);
    if (start().isPresent() && end().isPresent() && durationDays().isPresent()
        && !end().get().isCertainlyBefore(start().get())) {
      long most = java.time.temporal.ChronoUnit.DAYS.between(start().get().earliest(), end().get().latest()) + 1;
      long least = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start().get().latest(), end().get().earliest()) + 1);
      int days = durationDays().getAsInt();
      c.check(days >= least && days <= most, "durationDays", ViolationCode.DURATION_MISMATCH,
          "a duration of %d days does not fit between %s and %s (%d to %d days)", days,
          start().get(), end().get(), least, most);
    }
    if (title() != null) { // a missing title is reported as required
      c.claims("title", Optional.of(title()), titleClaims(), Claim::value);
    }
    c.claims("city", city(), cityClaims(), Claim::value);
    c.claims("start", start(), startClaims(), Claim::value);
    c.claims("end", end(), endClaims(), Claim::value);
    c.claims("ordinal", Checks.boxed(ordinal()), ordinalClaims(), Claim::value);
    c.atLeast("ordinalClaims", ordinalClaims(), Claim::value, 1);
    c.claims("hostCountry", hostCountry(), hostCountryClaims(), Claim::value);
    c.claims("durationDays", Checks.boxed(durationDays()), durationDaysClaims(), Claim::value);
    c.atLeast("durationDaysClaims", durationDaysClaims(), Claim::value, 1);
    c.elements("roles", roles());
    c.unique("roles", roles());
    c.unique("conveners", conveners());
    c.unique("participants", participants());
    c.unique("advances", advances());
    c.elements("conveners", conveners());
    c.elements("openedBy", openedBy());
    c.elements("participation", participation());
    c.elements("participants", participants());
    c.elements("statements", statements());
    c.elements("sessions", sessions());
    c.elements("siteVisits", siteVisits());
    c.elements("outcomes", outcomes());
    c.elements("advances", advances());
    c.elements("sources", sources());
    c.done();
  }

  /**
   * Builds a {@link Meeting}. {@code build()} checks every invariant and throws {@link
   * org.migov.validation.ValidationException}, listing every violation, if any is broken or
   * a required attribute is missing.
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}

    /**
     * {@return a meeting of the attributes set, every invariant checked}
     *
     * @throws org.migov.validation.ValidationException listing every violation, a missing required
     *     attribute included
     */
    @Override
    public Meeting build() {
      return super.build();
    }
  }
}
