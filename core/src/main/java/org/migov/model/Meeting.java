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
 * participants, conveners and advanced goals are unique.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Meeting {
  Meeting() {}

  /**
   * Returns a new, empty builder of {@link Meeting}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with every attribute of this object, to build a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract MeetingId id();

  /**
   * Returns the dialogue it belongs to.
   *
   * @return the dialogue
   */
  public abstract DialogueId dialogue();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract MeetingKind kind();

  /**
   * Returns its number among meetings of its kind in its dialogue (7 for the 7th Ministerial
   * Conference).
   *
   * @return the ordinal
   */
  public abstract OptionalInt ordinal();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the host country.
   *
   * @return the host
   */
  public abstract Optional<CountryCode> hostCountry();

  /**
   * Returns the city.
   *
   * @return the city
   */
  public abstract Optional<String> city();

  /**
   * Returns the first day, as precisely as known.
   *
   * @return the start
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns the last day, as precisely as known.
   *
   * @return the end
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns how many days it lasted, when known (also when its dates are not).
   *
   * @return the duration in days
   */
  public abstract OptionalInt durationDays();

  /**
   * Returns the working group that convened it.
   *
   * @return the working group
   */
  public abstract Optional<WorkingGroupId> convenedBy();

  /**
   * Returns the parties that convened it, such as a working group's co-chair.
   *
   * @return the conveners
   */
  public abstract List<Party> conveners();

  /**
   * Returns who inaugurated or opened it.
   *
   * @return the people
   */
  public abstract List<PersonId> openedBy();

  /**
   * Returns its aims, as reported.
   *
   * @return the aims
   */
  public abstract List<String> aims();

  /**
   * Returns figures of participation, each with qualifier and source.
   *
   * @return the figures
   */
  public abstract List<Figure> participation();

  /**
   * Returns the states and organisations known to have taken part.
   *
   * @return the participants
   */
  public abstract List<Party> participants();

  /**
   * Returns the statements made, in order.
   *
   * @return the statements
   */
  public abstract List<Statement> statements();

  /**
   * Returns its sessions.
   *
   * @return the sessions
   */
  public abstract List<Session> sessions();

  /**
   * Returns the site visits made.
   *
   * @return the visits
   */
  public abstract List<SiteVisit> siteVisits();

  /**
   * Returns its outcomes and recommendations.
   *
   * @return the outcomes
   */
  public abstract List<Outcome> outcomes();

  /**
   * Returns the priority goals it advances or is aligned with.
   *
   * @return the goals
   */
  public abstract List<GoalRef> advances();

  /**
   * Returns notable facts about it, such as "first such gathering in Pakistan in over a decade".
   *
   * @return the highlights
   */
  public abstract List<String> highlights();

  /**
   * Returns other facts reported about it that have no attribute of their own.
   *
   * @return the notes
   */
  public abstract List<String> notes();

  /**
   * Returns the sources its facts come from.
   *
   * @return the sources, possibly empty
   */
  public abstract List<Source> sources();

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
     * Builds a {@link Meeting} of the attributes set, checking every invariant.
     *
     * @return the meeting
     * @throws org.migov.validation.ValidationException listing every violation, a missing
     *     required attribute included
     */
    @Override
    public Meeting build() {
      return super.build();
    }
  }
}
