package org.migov.io.json.internal;

import static org.migov.io.json.internal.Field.defaulted;
import static org.migov.io.json.internal.Field.integer;
import static org.migov.io.json.internal.Field.list;
import static org.migov.io.json.internal.Field.optional;
import static org.migov.io.json.internal.Field.optionalInteger;
import static org.migov.io.json.internal.Field.required;
import static org.migov.io.json.internal.Scalars.DECIMAL;
import static org.migov.io.json.internal.Scalars.STRING;
import static org.migov.io.json.internal.Scalars.enumeration;
import static org.migov.io.json.internal.Scalars.map;
import static org.migov.io.json.internal.Scalars.text;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migov.model.Claim;
import org.migov.model.CountryCode;
import org.migov.model.CountryFigure;
import org.migov.model.Counted;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.DeclarationId;
import org.migov.model.DeclarationKind;
import org.migov.model.Dialogue;
import org.migov.model.DialogueId;
import org.migov.model.DialogueRole;
import org.migov.model.Figure;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.GoalFramework;
import org.migov.model.GoalLink;
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.MeetingId;
import org.migov.model.MeetingKind;
import org.migov.model.MeetingRole;
import org.migov.model.MeetingRoleKind;
import org.migov.model.Membership;
import org.migov.model.MembershipRole;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.Organisation;
import org.migov.model.OrganisationId;
import org.migov.model.OrganisationKind;
import org.migov.model.Outcome;
import org.migov.model.OutcomeKind;
import org.migov.model.PartialDate;
import org.migov.model.Period;
import org.migov.model.Person;
import org.migov.model.PersonId;
import org.migov.model.Position;
import org.migov.model.PositionId;
import org.migov.model.PriorityGoal;
import org.migov.model.Qualifier;
import org.migov.model.Region;
import org.migov.model.RegionId;
import org.migov.model.RegionListing;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.RoleTerm;
import org.migov.model.SeriesId;
import org.migov.model.Session;
import org.migov.model.SiteVisit;
import org.migov.model.Source;
import org.migov.model.SourceKind;
import org.migov.model.SourcedDate;
import org.migov.model.Statement;
import org.migov.model.StatementKind;
import org.migov.model.WorkingGroup;
import org.migov.model.WorkingGroupId;
import org.migov.model.WorkingGroupKind;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * The format, type by type: every model type's properties, in the order they are written. This
 * table is the format; docs/json-format.md describes it and the schema is generated from it.
 */
public final class ModelCodecs {
  private ModelCodecs() {}

  // ----- values written as strings

  private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

  private static Map<String, Object> id() {
    return map("type", "string", "pattern", SLUG, "maxLength", 100);
  }

  static final Codec<DialogueId> DIALOGUE_ID = Scalars.id(DialogueId::of, id());
  static final Codec<DeclarationId> DECLARATION_ID =
      Scalars.id(DeclarationId::of, id());
  static final Codec<MeetingId> MEETING_ID = Scalars.id(MeetingId::of, id());
  static final Codec<OrganisationId> ORGANISATION_ID =
      Scalars.id(OrganisationId::of, id());
  static final Codec<PersonId> PERSON_ID = Scalars.id(PersonId::of, id());
  static final Codec<SeriesId> SERIES_ID = Scalars.id(SeriesId::of, id());
  static final Codec<WorkingGroupId> WORKING_GROUP_ID =
      Scalars.id(WorkingGroupId::of, id());
  static final Codec<RegionId> REGION_ID = Scalars.id(RegionId::of, id());
  static final Codec<PositionId> POSITION_ID = Scalars.id(PositionId::of, id());

  static final Codec<CountryCode> COUNTRY = Scalars.text(Scalars.Written.COUNTRY,
      map("type", "string", "pattern", "^[A-Z]{3}$"));

  static final Codec<PartialDate> DATE = Scalars.text(Scalars.Written.DATE, map("type",
      "string", "pattern", "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"));
  static final Codec<Period> PERIOD = text((in, s) -> Period.parse(s), Period::toString,
      map("type", "string", "pattern",
          "^([0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?|FY[0-9]{4}(@(0[1-9]|1[0-2]))?"
              + "|[0-9]{4}-(0[1-9]|1[0-2])/[0-9]{4}-(0[1-9]|1[0-2]))$"), ModelCodecs::quickPeriod);

  /** A month, {@code yyyy-MM}, read directly. */
  private static @Nullable Period quickPeriod(char[] c, int at, int length) {
    if (length != 7 || c[at + 4] != '-') {
      return null;
    }
    int year = Scalars.digits(c, at, 4);
    int month = Scalars.digits(c, at + 5, 2);
    return year >= 1 && month >= 1 && month <= 12 ? Period.ofMonth(year, month) : null;
  }
  static final Codec<Frequency> FREQUENCY = text(Frequency::parse, Frequency::toString,
      map("type", "string", "pattern",
          "^(monthly|quarterly|annual|irregular|fiscal_year(@(0[1-9]|1[0-2]))?)$"));
  static final Codec<Currency> CURRENCY = text(ModelCodecs::currency,
      Currency::getCurrencyCode, map("type", "string", "pattern", "^[A-Z]{3}$"));
  static final Codec<URI> URL = text(In::url, URI::toString,
      // the model's rule: http or https, printable ASCII only (RFC 3986, not an IRI), at most
      // 8,000 characters (Checks.MAX_URL)
      map("type", "string", "format", "uri", "pattern", "^https?://[!-~]+$", "maxLength", 8000),
      null);

  private static Currency currency(String code) {
    if (code.matches("[A-Z]{3}")) {
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new ValidationException(List.of(Violation.of("currency", ViolationCode.CURRENCY_UNKNOWN,
        "'" + Scalars.abbreviate(code) + "' is not an ISO 4217 currency code")));
  }

  static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new ValidationException(List.of(Violation.of("url", ViolationCode.URL_INVALID,
          "'" + Scalars.abbreviate(text) + "' is not a URL")));
    }
  }

  static final Codec<org.migov.model.Party> PARTY = new PartyCodec(COUNTRY, ORGANISATION_ID);

  // ----- objects

  static final ObjectCodec<Source, Source.Builder> SOURCE = new ObjectCodec<>("source",
      Source::builder, Source.Builder::build, List.of(
          optional("title", STRING, Source::title, Source.Builder::title),
          optional("publisher", STRING, Source::publisher, Source.Builder::publisher),
          optional("url", URL, Source::url, Source.Builder::url),
          optional("published", DATE, Source::published, Source.Builder::published),
          optional("kind", enumeration(SourceKind.class), Source::kind, Source.Builder::kind),
          optional("dateline", STRING, Source::dateline, Source.Builder::dateline),
          optional("accessed", DATE, Source::accessed, Source.Builder::accessed)));

  /** A claim as read: its value and sources, made into a {@link Claim} when complete. */
  static final class ClaimParts<V> {
    private @Nullable V value;
    private final List<Source> sources = new java.util.ArrayList<>(2);

    void value(V v) {
      this.value = v;
    }

    void addSources(Source s) {
      sources.add(s);
    }

    /** Builds the claim, checking its invariants. */
    Claim<V> build() {
      return Claim.of(value, sources);
    }
  }

  private static <V> ObjectCodec<Claim<V>, ClaimParts<V>> claim(String definition,
      Codec<V> values) {
    return new ObjectCodec<>(definition, ClaimParts::new, ClaimParts::build, List.of(
        required("value", values, Claim::value, ClaimParts::value),
        list("sources", SOURCE, Claim::sources, ClaimParts::addSources)));
  }

  /** A text one or more sources give, where sources disagree. */
  static final ObjectCodec<Claim<String>, ClaimParts<String>> TEXT_CLAIM =
      claim("text_claim", STRING);

  /** A date one or more sources give, where sources disagree. */
  static final ObjectCodec<Claim<PartialDate>, ClaimParts<PartialDate>> DATE_CLAIM =
      claim("date_claim", DATE);

  /** A country one or more sources give, where sources disagree. */
  static final ObjectCodec<Claim<CountryCode>, ClaimParts<CountryCode>> COUNTRY_CLAIM =
      claim("country_claim", COUNTRY);

  /** An integer of at least 1 one or more sources give, where sources disagree. */
  static final ObjectCodec<Claim<Integer>, ClaimParts<Integer>> INTEGER_CLAIM =
      claim("integer_claim", Scalars.integer(1));

  /** A meeting's id one or more sources give, where sources disagree. */
  static final ObjectCodec<Claim<MeetingId>, ClaimParts<MeetingId>> MEETING_ID_CLAIM =
      claim("meeting_id_claim", MEETING_ID);

  static final ObjectCodec<SourcedDate, SourcedDate.Builder> SOURCED_DATE = new ObjectCodec<>(
      "sourced_date", SourcedDate::builder, SourcedDate.Builder::build, List.of(
          required("date", DATE, SourcedDate::date, SourcedDate.Builder::date),
          optional("source", SOURCE, SourcedDate::source, SourcedDate.Builder::source)));

  static final ObjectCodec<Figure, Figure.Builder> FIGURE = new ObjectCodec<>("figure",
      Figure::builder, Figure.Builder::build, List.of(
          required("value", DECIMAL, Figure::value, Figure.Builder::value),
          defaulted("qualifier", enumeration(Qualifier.class), Figure::qualifier,
              Figure.Builder::qualifier, Qualifier.EXACT),
          Field.set("counts", enumeration(Counted.class), Figure::counts,
              Figure.Builder::addCounts),
          optional("description", STRING, Figure::description, Figure.Builder::description),
          optional("as_of", DATE, Figure::asOf, Figure.Builder::asOf),
          optional("period", PERIOD, Figure::period, Figure.Builder::period),
          optional("source", SOURCE, Figure::source, Figure.Builder::source),
          list("agreeing_sources", SOURCE, Figure::agreeingSources,
              Figure.Builder::addAgreeingSources)));

  static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION = new ObjectCodec<>(
      "organisation", Organisation::builder, Organisation.Builder::build, List.of(
          required("id", ORGANISATION_ID, Organisation::id, Organisation.Builder::id),
          required("name", STRING, Organisation::name, Organisation.Builder::name),
          optional("acronym", STRING, Organisation::acronym, Organisation.Builder::acronym),
          required("kind", enumeration(OrganisationKind.class), Organisation::kind,
              Organisation.Builder::kind),
          optional("country", COUNTRY, Organisation::country, Organisation.Builder::country),
          optional("parent", ORGANISATION_ID, Organisation::parent,
              Organisation.Builder::parent),
          list("sources", SOURCE, Organisation::sources, Organisation.Builder::addSources)));

  static final ObjectCodec<Position, Position.Builder> POSITION = new ObjectCodec<>("position",
      Position::builder, Position.Builder::build, List.of(
          required("title", STRING, Position::title, Position.Builder::title),
          optional("id", POSITION_ID, Position::id, Position.Builder::id),
          optional("organisation", ORGANISATION_ID, Position::organisation,
              Position.Builder::organisation),
          optional("dialogue", DIALOGUE_ID, Position::dialogue, Position.Builder::dialogue),
          optional("country", COUNTRY, Position::country, Position.Builder::country),
          optional("start", DATE, Position::start, Position.Builder::start),
          optional("end", DATE, Position::end, Position.Builder::end)));

  static final ObjectCodec<Person, Person.Builder> PERSON = new ObjectCodec<>("person",
      Person::builder, Person.Builder::build, List.of(
          required("id", PERSON_ID, Person::id, Person.Builder::id),
          required("name", STRING, Person::name, Person.Builder::name),
          optional("honorific", STRING, Person::honorific, Person.Builder::honorific),
          list("positions", POSITION, Person::positions, Person.Builder::addPositions),
          list("sources", SOURCE, Person::sources, Person.Builder::addSources)));

  static final ObjectCodec<RoleTerm, RoleTerm.Builder> ROLE_TERM = new ObjectCodec<>(
      "role_term", RoleTerm::builder, RoleTerm.Builder::build, List.of(
          required("holder", PARTY, RoleTerm::holder, RoleTerm.Builder::holder),
          required("role", enumeration(DialogueRole.class), RoleTerm::role,
              RoleTerm.Builder::role),
          optional("start", DATE, RoleTerm::start, RoleTerm.Builder::start),
          optional("end", DATE, RoleTerm::end, RoleTerm.Builder::end),
          list("sources", SOURCE, RoleTerm::sources, RoleTerm.Builder::addSources)));

  static final ObjectCodec<Membership, Membership.Builder> MEMBERSHIP = new ObjectCodec<>(
      "membership", Membership::builder, Membership.Builder::build, List.of(
          required("party", PARTY, Membership::party, Membership.Builder::party),
          defaulted("role", enumeration(MembershipRole.class), Membership::role,
              Membership.Builder::role, MembershipRole.MEMBER),
          optional("since", DATE, Membership::since, Membership.Builder::since),
          optional("until", DATE, Membership::until, Membership.Builder::until)));

  static final ObjectCodec<RegionListing, RegionListing.Builder> REGION_LISTING =
      new ObjectCodec<>("region_listing", RegionListing::builder, RegionListing.Builder::build,
          List.of(
              optional("as_of", DATE, RegionListing::asOf, RegionListing.Builder::asOf),
              Field.set("countries", COUNTRY, RegionListing::countries,
                  RegionListing.Builder::addCountries),
              optional("source", SOURCE, RegionListing::source, RegionListing.Builder::source)));

  static final ObjectCodec<Region, Region.Builder> REGION = new ObjectCodec<>("region",
      Region::builder, Region.Builder::build, List.of(
          required("id", REGION_ID, Region::id, Region.Builder::id),
          required("name", STRING, Region::name, Region.Builder::name),
          list("listings", REGION_LISTING, Region::listings, Region.Builder::addListings)));

  static final ObjectCodec<WorkingGroup, WorkingGroup.Builder> WORKING_GROUP = new ObjectCodec<>(
      "working_group", WorkingGroup::builder, WorkingGroup.Builder::build, List.of(
          required("id", WORKING_GROUP_ID, WorkingGroup::id, WorkingGroup.Builder::id),
          required("name", STRING, WorkingGroup::name, WorkingGroup.Builder::name),
          required("kind", enumeration(WorkingGroupKind.class), WorkingGroup::kind,
              WorkingGroup.Builder::kind),
          optional("theme", STRING, WorkingGroup::theme, WorkingGroup.Builder::theme),
          list("terms", ROLE_TERM, WorkingGroup::terms, WorkingGroup.Builder::addTerms),
          list("sources", SOURCE, WorkingGroup::sources, WorkingGroup.Builder::addSources)));

  static final ObjectCodec<Dialogue, Dialogue.Builder> DIALOGUE = new ObjectCodec<>("dialogue",
      Dialogue::builder, Dialogue.Builder::build, List.of(
          required("id", DIALOGUE_ID, Dialogue::id, Dialogue.Builder::id),
          required("name", STRING, Dialogue::name, Dialogue.Builder::name),
          optional("short_name", STRING, Dialogue::shortName, Dialogue.Builder::shortName),
          list("established", SOURCED_DATE, Dialogue::established,
              Dialogue.Builder::addEstablished),
          optional("description", STRING, Dialogue::description, Dialogue.Builder::description),
          list("members", MEMBERSHIP, Dialogue::members, Dialogue.Builder::addMembers),
          list("regions", REGION, Dialogue::regions, Dialogue.Builder::addRegions),
          list("terms", ROLE_TERM, Dialogue::terms, Dialogue.Builder::addTerms),
          list("working_groups", WORKING_GROUP, Dialogue::workingGroups,
              Dialogue.Builder::addWorkingGroups),
          list("size", FIGURE, Dialogue::size, Dialogue.Builder::addSize),
          list("sources", SOURCE, Dialogue::sources, Dialogue.Builder::addSources)));

  static final ObjectCodec<GoalLink, GoalLink.Builder> GOAL_LINK = new ObjectCodec<>(
      "goal_link", GoalLink::builder, GoalLink.Builder::build, List.of(
          required("framework", enumeration(GoalFramework.class), GoalLink::framework,
              GoalLink.Builder::framework),
          required("code", STRING, GoalLink::code, GoalLink.Builder::code),
          optional("label", STRING, GoalLink::label, GoalLink.Builder::label)));

  static final ObjectCodec<PriorityGoal, PriorityGoal.Builder> PRIORITY_GOAL = new ObjectCodec<>(
      "priority_goal", PriorityGoal::builder, PriorityGoal.Builder::build, List.of(
          integer("number", 1, PriorityGoal::number, PriorityGoal.Builder::number),
          optional("text", STRING, PriorityGoal::text, PriorityGoal.Builder::text),
          optional("theme", STRING, PriorityGoal::theme, PriorityGoal.Builder::theme),
          optional("short_title", STRING, PriorityGoal::shortTitle,
              PriorityGoal.Builder::shortTitle),
          list("links", GOAL_LINK, PriorityGoal::links, PriorityGoal.Builder::addLinks)));

  static final ObjectCodec<GoalRef, GoalRef.Builder> GOAL_REF = new ObjectCodec<>("goal_ref",
      GoalRef::builder, GoalRef.Builder::build, List.of(
          required("declaration", DECLARATION_ID, GoalRef::declaration,
              GoalRef.Builder::declaration),
          integer("goal", 1, GoalRef::goal, GoalRef.Builder::goal)));

  static final ObjectCodec<Declaration, Declaration.Builder> DECLARATION = new ObjectCodec<>(
      "declaration", Declaration::builder, Declaration.Builder::build, List.of(
          required("id", DECLARATION_ID, Declaration::id, Declaration.Builder::id),
          required("title", STRING, Declaration::title, Declaration.Builder::title),
          list("title_claims", TEXT_CLAIM, Declaration::titleClaims,
              Declaration.Builder::addTitleClaims),
          required("dialogue", DIALOGUE_ID, Declaration::dialogue, Declaration.Builder::dialogue),
          required("kind", enumeration(DeclarationKind.class), Declaration::kind,
              Declaration.Builder::kind),
          optional("adopted", DATE, Declaration::adopted, Declaration.Builder::adopted),
          list("adopted_claims", DATE_CLAIM, Declaration::adoptedClaims,
              Declaration.Builder::addAdoptedClaims),
          optional("adopted_at", MEETING_ID, Declaration::adoptedAt,
              Declaration.Builder::adoptedAt),
          list("adopted_at_claims", MEETING_ID_CLAIM, Declaration::adoptedAtClaims,
              Declaration.Builder::addAdoptedAtClaims),
          optional("implementation_start", DATE, Declaration::implementationStart,
              Declaration.Builder::implementationStart),
          list("implementation_start_claims", DATE_CLAIM,
              Declaration::implementationStartClaims,
              Declaration.Builder::addImplementationStartClaims),
          optional("implementation_end", DATE, Declaration::implementationEnd,
              Declaration.Builder::implementationEnd),
          list("implementation_end_claims", DATE_CLAIM, Declaration::implementationEndClaims,
              Declaration.Builder::addImplementationEndClaims),
          optionalInteger("goal_count", 1, Declaration::goalCount,
              Declaration.Builder::goalCount),
          list("goal_count_claims", INTEGER_CLAIM, Declaration::goalCountClaims,
              Declaration.Builder::addGoalCountClaims),
          list("goals", PRIORITY_GOAL, Declaration::goals, Declaration.Builder::addGoals),
          list("sources", SOURCE, Declaration::sources, Declaration.Builder::addSources)));

  static final ObjectCodec<Statement, Statement.Builder> STATEMENT = new ObjectCodec<>(
      "statement", Statement::builder, Statement.Builder::build, List.of(
          required("speaker", PERSON_ID, Statement::speaker, Statement.Builder::speaker),
          list("positions", STRING, Statement::positions, Statement.Builder::addPositions),
          list("position_ids", POSITION_ID, Statement::positionIds,
              Statement.Builder::addPositionIds),
          optional("on_behalf_of", PARTY, Statement::onBehalfOf, Statement.Builder::onBehalfOf),
          required("kind", enumeration(StatementKind.class), Statement::kind,
              Statement.Builder::kind),
          list("quotes", STRING, Statement::quotes, Statement.Builder::addQuotes),
          list("reported", STRING, Statement::reported, Statement.Builder::addReported)));

  static final ObjectCodec<SiteVisit, SiteVisit.Builder> SITE_VISIT = new ObjectCodec<>(
      "site_visit", SiteVisit::builder, SiteVisit.Builder::build, List.of(
          required("organisation", ORGANISATION_ID, SiteVisit::organisation,
              SiteVisit.Builder::organisation),
          optional("purpose", STRING, SiteVisit::purpose, SiteVisit.Builder::purpose)));

  static final ObjectCodec<Session, Session.Builder> SESSION = new ObjectCodec<>("session",
      Session::builder, Session.Builder::build, List.of(
          optional("title", STRING, Session::title, Session.Builder::title),
          optional("focus", STRING, Session::focus, Session.Builder::focus),
          optionalInteger("count", 1, Session::count, Session.Builder::count)));

  static final ObjectCodec<Outcome, Outcome.Builder> OUTCOME = new ObjectCodec<>("outcome",
      Outcome::builder, Outcome.Builder::build, List.of(
          required("kind", enumeration(OutcomeKind.class), Outcome::kind, Outcome.Builder::kind),
          optional("description", STRING, Outcome::description, Outcome.Builder::description),
          optional("text", STRING, Outcome::text, Outcome.Builder::text),
          optional("declaration", DECLARATION_ID, Outcome::declaration,
              Outcome.Builder::declaration)));

  static final ObjectCodec<MeetingRole, MeetingRole.Builder> MEETING_ROLE = new ObjectCodec<>(
      "meeting_role", MeetingRole::builder, MeetingRole.Builder::build, List.of(
          required("kind", enumeration(MeetingRoleKind.class), MeetingRole::kind,
              MeetingRole.Builder::kind),
          optional("party", PARTY, MeetingRole::party, MeetingRole.Builder::party),
          optional("person", PERSON_ID, MeetingRole::person, MeetingRole.Builder::person),
          list("sources", SOURCE, MeetingRole::sources, MeetingRole.Builder::addSources)));

  static final ObjectCodec<Meeting, Meeting.Builder> MEETING = new ObjectCodec<>("meeting",
      Meeting::builder, Meeting.Builder::build, List.of(
          required("id", MEETING_ID, Meeting::id, Meeting.Builder::id),
          required("dialogue", DIALOGUE_ID, Meeting::dialogue, Meeting.Builder::dialogue),
          required("kind", enumeration(MeetingKind.class), Meeting::kind, Meeting.Builder::kind),
          optionalInteger("ordinal", 1, Meeting::ordinal, Meeting.Builder::ordinal),
          list("ordinal_claims", INTEGER_CLAIM, Meeting::ordinalClaims,
              Meeting.Builder::addOrdinalClaims),
          required("title", STRING, Meeting::title, Meeting.Builder::title),
          list("title_claims", TEXT_CLAIM, Meeting::titleClaims, Meeting.Builder::addTitleClaims),
          optional("host_country", COUNTRY, Meeting::hostCountry, Meeting.Builder::hostCountry),
          list("host_country_claims", COUNTRY_CLAIM, Meeting::hostCountryClaims,
              Meeting.Builder::addHostCountryClaims),
          list("roles", MEETING_ROLE, Meeting::roles, Meeting.Builder::addRoles),
          optional("city", STRING, Meeting::city, Meeting.Builder::city),
          list("city_claims", TEXT_CLAIM, Meeting::cityClaims, Meeting.Builder::addCityClaims),
          optional("start", DATE, Meeting::start, Meeting.Builder::start),
          list("start_claims", DATE_CLAIM, Meeting::startClaims, Meeting.Builder::addStartClaims),
          optional("end", DATE, Meeting::end, Meeting.Builder::end),
          list("end_claims", DATE_CLAIM, Meeting::endClaims, Meeting.Builder::addEndClaims),
          optionalInteger("duration_days", 1, Meeting::durationDays,
              Meeting.Builder::durationDays),
          list("duration_days_claims", INTEGER_CLAIM, Meeting::durationDaysClaims,
              Meeting.Builder::addDurationDaysClaims),
          optional("convened_by", WORKING_GROUP_ID, Meeting::convenedBy,
              Meeting.Builder::convenedBy),
          list("conveners", PARTY, Meeting::conveners, Meeting.Builder::addConveners),
          list("opened_by", PERSON_ID, Meeting::openedBy, Meeting.Builder::addOpenedBy),
          list("aims", STRING, Meeting::aims, Meeting.Builder::addAims),
          list("participation", FIGURE, Meeting::participation,
              Meeting.Builder::addParticipation),
          list("participants", PARTY, Meeting::participants, Meeting.Builder::addParticipants),
          list("statements", STATEMENT, Meeting::statements, Meeting.Builder::addStatements),
          list("sessions", SESSION, Meeting::sessions, Meeting.Builder::addSessions),
          list("site_visits", SITE_VISIT, Meeting::siteVisits, Meeting.Builder::addSiteVisits),
          list("outcomes", OUTCOME, Meeting::outcomes, Meeting.Builder::addOutcomes),
          list("advances", GOAL_REF, Meeting::advances, Meeting.Builder::addAdvances),
          list("highlights", STRING, Meeting::highlights, Meeting.Builder::addHighlights),
          list("notes", STRING, Meeting::notes, Meeting.Builder::addNotes),
          list("sources", SOURCE, Meeting::sources, Meeting.Builder::addSources)));

  static final ObjectCodec<CountryFigure, CountryFigure.Builder> COUNTRY_FIGURE =
      new ObjectCodec<>("country_figure", CountryFigure::builder, CountryFigure.Builder::build,
          List.of(
              required("country", COUNTRY, CountryFigure::country,
                  CountryFigure.Builder::country),
              required("figure", FIGURE, CountryFigure::figure, CountryFigure.Builder::figure)));

  private static final Codec<ObservationStatus> STATUS = enumeration(ObservationStatus.class);
  private static final Codec<Qualifier> QUALIFIER = enumeration(Qualifier.class);

  /**
   * An observation as read, made into an {@link Observation} only when it must be: a series takes
   * a complete observation without a source of its own as its parts, the cheapest way to add one.
   */
  static final class ObservationParts {
    private @Nullable Period period;
    private @Nullable BigDecimal value;
    private ObservationStatus status = ObservationStatus.NORMAL;
    private Qualifier qualifier = Qualifier.EXACT;
    private @Nullable Source source;

    void period(Period p) {
      this.period = p;
    }

    void value(BigDecimal v) {
      this.value = v;
    }

    void status(ObservationStatus s) {
      this.status = s;
    }

    void qualifier(Qualifier q) {
      this.qualifier = q;
    }

    void source(Source s) {
      this.source = s;
    }

    /** Builds the observation, checking its invariants. */
    Observation build() {
      Observation.Builder b = Observation.builder().status(status).qualifier(qualifier);
      if (period != null) {
        b.period(period);
      }
      if (value != null) {
        b.value(value);
      }
      if (source != null) {
        b.source(source);
      }
      return b.build();
    }

    /** Adds the observation to a series, as {@code addObservations(build())} would. */
    RemittanceSeries.Builder addTo(RemittanceSeries.Builder series) {
      Period p = period;
      BigDecimal v = value;
      if (p != null && v != null && source == null) {
        // valid as an Observation (its only invariants: a period and a value)
        return series.addObservations(p, v, status, qualifier);
      }
      return series.addObservations(build());
    }
  }

  static final ObjectCodec<Observation, ObservationParts> OBSERVATION = new ObjectCodec<>(
      "observation", ObservationParts::new, ObservationParts::build, List.of(
          required("period", PERIOD, Observation::period, ObservationParts::period),
          required("value", DECIMAL, Observation::value, ObservationParts::value),
          defaulted("status", STATUS, Observation::status, ObservationParts::status,
              ObservationStatus.NORMAL),
          defaulted("qualifier", QUALIFIER, Observation::qualifier,
              ObservationParts::qualifier, Qualifier.EXACT),
          optional("source", SOURCE, Observation::source, ObservationParts::source)));

  private static final tools.jackson.core.SerializableString PERIOD_NAME =
      new tools.jackson.core.io.SerializedString("period");
  private static final tools.jackson.core.SerializableString VALUE_NAME =
      new tools.jackson.core.io.SerializedString("value");
  private static final tools.jackson.core.SerializableString STATUS_NAME =
      new tools.jackson.core.io.SerializedString("status");
  private static final tools.jackson.core.SerializableString QUALIFIER_NAME =
      new tools.jackson.core.io.SerializedString("qualifier");
  private static final tools.jackson.core.SerializableString SOURCE_NAME =
      new tools.jackson.core.io.SerializedString("source");

  /**
   * Writes the observations of a series from its list view, whose {@code get(i)} makes each from
   * the series' storage without checking it again: the same bytes as {@link #OBSERVATION} writes
   * for each.
   */
  private static void writeObservations(tools.jackson.core.JsonGenerator g,
      RemittanceSeries series) {
    char[] text = new char[32]; // months and decimals are formatted here, not into strings
    List<Observation> observations = series.observations();
    for (int i = 0, n = observations.size(); i < n; i++) {
      Observation o = observations.get(i);
      g.writeStartObject();
      g.writeName(PERIOD_NAME);
      Period period = o.period();
      if (period.kind() == Period.Kind.MONTH) {
        // as Period.toString(): yyyy-MM
        Scalars.putYearMonth(text, period.year(), period.start().getMonthValue());
        g.writeString(text, 0, 7);
      } else {
        PERIOD.write(g, period);
      }
      g.writeName(VALUE_NAME);
      Scalars.writeDecimal(g, o.value(), text);
      ObservationStatus status = o.status();
      if (status != ObservationStatus.NORMAL) {
        g.writeName(STATUS_NAME);
        STATUS.write(g, status);
      }
      Qualifier qualifier = o.qualifier();
      if (qualifier != Qualifier.EXACT) {
        g.writeName(QUALIFIER_NAME);
        QUALIFIER.write(g, qualifier);
      }
      Optional<Source> source = o.source();
      if (source.isPresent()) {
        g.writeName(SOURCE_NAME);
        SOURCE.write(g, source.get());
      }
      g.writeEndObject();
    }
  }

  static final ObjectCodec<RemittanceSeries, RemittanceSeries.Builder> REMITTANCE_SERIES =
      new ObjectCodec<>("remittance_series", RemittanceSeries::builder,
          RemittanceSeries.Builder::build, List.of(
              required("id", SERIES_ID, RemittanceSeries::id, RemittanceSeries.Builder::id),
              optional("title", STRING, RemittanceSeries::title, RemittanceSeries.Builder::title),
              required("reporter", COUNTRY, RemittanceSeries::reporter,
                  RemittanceSeries.Builder::reporter),
              required("direction", enumeration(FlowDirection.class),
                  RemittanceSeries::direction, RemittanceSeries.Builder::direction),
              optional("counterpart", COUNTRY, RemittanceSeries::counterpart,
                  RemittanceSeries.Builder::counterpart),
              required("measure", enumeration(RemittanceMeasure.class),
                  RemittanceSeries::measure, RemittanceSeries.Builder::measure),
              optional("indicator", STRING, RemittanceSeries::indicator,
                  RemittanceSeries.Builder::indicator),
              required("currency", CURRENCY, RemittanceSeries::currency,
                  RemittanceSeries.Builder::currency),
              Field.<RemittanceSeries, RemittanceSeries.Builder, Integer>defaulted(
                  "unit_multiplier", Scalars.integer(0), RemittanceSeries::unitMultiplier,
                  RemittanceSeries.Builder::unitMultiplier, 0),
              required("frequency", FREQUENCY, RemittanceSeries::frequency,
                  RemittanceSeries.Builder::frequency),
              // observations go straight between the series' storage and the JSON
              Field.<RemittanceSeries, RemittanceSeries.Builder, Observation>list("observations",
                  OBSERVATION, s -> s.observations().isEmpty(), ModelCodecs::writeObservations,
                  (in, b) -> OBSERVATION.read(in, ObservationParts::addTo, b)),
              list("sources", SOURCE, RemittanceSeries::sources,
                  RemittanceSeries.Builder::addSources)));

  static final ObjectCodec<Dataset, Dataset.Builder> DATASET = new ObjectCodec<>("dataset",
      Dataset::builder, Dataset.Builder::build, List.of(
          list("dialogues", DIALOGUE, Dataset::dialogues, Dataset.Builder::addDialogues),
          list("organisations", ORGANISATION, Dataset::organisations,
              Dataset.Builder::addOrganisations),
          list("people", PERSON, Dataset::people, Dataset.Builder::addPeople),
          list("declarations", DECLARATION, Dataset::declarations,
              Dataset.Builder::addDeclarations),
          list("meetings", MEETING, Dataset::meetings, Dataset.Builder::addMeetings),
          list("remittance_series", REMITTANCE_SERIES, Dataset::remittanceSeries,
              Dataset.Builder::addRemittanceSeries),
          list("country_figures", COUNTRY_FIGURE, Dataset::countryFigures,
              Dataset.Builder::addCountryFigures)));

  /** Every object type of the format, top-level types first. */
  static final List<ObjectCodec<?, ?>> ALL = List.of(DATASET, DIALOGUE, DECLARATION, MEETING,
      ORGANISATION, PERSON, REMITTANCE_SERIES, COUNTRY_FIGURE, OBSERVATION, SOURCE, SOURCED_DATE,
      FIGURE, POSITION, ROLE_TERM, MEMBERSHIP, REGION_LISTING, REGION, WORKING_GROUP, GOAL_LINK,
      PRIORITY_GOAL, GOAL_REF, STATEMENT, SITE_VISIT, SESSION, OUTCOME, TEXT_CLAIM, DATE_CLAIM,
      COUNTRY_CLAIM, INTEGER_CLAIM, MEETING_ID_CLAIM, MEETING_ROLE);

  private static final Map<Class<?>, ObjectCodec<?, ?>> BY_TYPE = byType();

  private static Map<Class<?>, ObjectCodec<?, ?>> byType() {
    Map<Class<?>, ObjectCodec<?, ?>> m = new LinkedHashMap<>();
    m.put(Dataset.class, DATASET);
    m.put(Dialogue.class, DIALOGUE);
    m.put(Declaration.class, DECLARATION);
    m.put(Meeting.class, MEETING);
    m.put(Organisation.class, ORGANISATION);
    m.put(Person.class, PERSON);
    m.put(RemittanceSeries.class, REMITTANCE_SERIES);
    m.put(CountryFigure.class, COUNTRY_FIGURE);
    m.put(Observation.class, OBSERVATION);
    m.put(Source.class, SOURCE);
    m.put(SourcedDate.class, SOURCED_DATE);
    m.put(Figure.class, FIGURE);
    m.put(Position.class, POSITION);
    m.put(RoleTerm.class, ROLE_TERM);
    m.put(Membership.class, MEMBERSHIP);
    m.put(RegionListing.class, REGION_LISTING);
    m.put(Region.class, REGION);
    m.put(WorkingGroup.class, WORKING_GROUP);
    m.put(GoalLink.class, GOAL_LINK);
    m.put(PriorityGoal.class, PRIORITY_GOAL);
    m.put(GoalRef.class, GOAL_REF);
    m.put(Statement.class, STATEMENT);
    m.put(SiteVisit.class, SITE_VISIT);
    m.put(Session.class, SESSION);
    m.put(Outcome.class, OUTCOME);
    m.put(MeetingRole.class, MEETING_ROLE);
    return Map.copyOf(m);
  }

  /** Returns the model types the format covers. */
  public static java.util.Set<Class<?>> types() {
    return BY_TYPE.keySet();
  }

  /**
   * Returns the codec of a model type or of a subclass of one (the generated implementations).
   *
   * @return the codec, or empty if the type is not a model type
   */
  @SuppressWarnings("unchecked")
  public static <T> Optional<Codec<T>> forType(Class<T> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      ObjectCodec<?, ?> codec = BY_TYPE.get(c);
      if (codec != null) {
        return Optional.of((Codec<T>) codec);
      }
    }
    return Optional.empty();
  }
}
