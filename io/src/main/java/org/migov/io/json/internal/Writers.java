package org.migov.io.json.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.migov.model.Counted;
import org.migov.model.CountryCode;
import org.migov.model.CountryFigure;
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
import org.migov.model.Party;
import org.migov.model.Period;
import org.migov.model.Person;
import org.migov.model.PersonId;
import org.migov.model.Position;
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
import org.migov.model.SourcedDate;
import org.migov.model.Statement;
import org.migov.model.StatementKind;
import org.migov.model.WorkingGroup;
import org.migov.model.WorkingGroupId;
import org.migov.model.WorkingGroupKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes every object type of the format, property by property, as the fields of
 * {@link ModelCodecs} do, but in code of its own for each type: getters and codecs are
 * called directly, which the compiler can inline, rather than through the fields'
 * functions. Generated from the field tables by {@code GeneratedSources} (io's tests); do
 * not edit: {@code GeneratedSourcesTest} fails when this file is out of date and tells how
 * to make it again, and checks that it writes the bytes the fields write.
 */
@SuppressWarnings({"NullAway", "unused"}) // a built object has its required values
final class Writers {
  private Writers() {}

  /** Makes sure the writers are set on the codecs (by initialising this class). */
  static void load() {
    // the static initialiser does the work
  }

  private static final SerializableString N_ACRONYM = new SerializedString("acronym");
  private static final SerializableString N_ADOPTED = new SerializedString("adopted");
  private static final SerializableString N_ADOPTED_AT = new SerializedString("adopted_at");
  private static final SerializableString N_ADVANCES = new SerializedString("advances");
  private static final SerializableString N_AIMS = new SerializedString("aims");
  private static final SerializableString N_AS_OF = new SerializedString("as_of");
  private static final SerializableString N_CITY = new SerializedString("city");
  private static final SerializableString N_CODE = new SerializedString("code");
  private static final SerializableString N_CONVENED_BY = new SerializedString("convened_by");
  private static final SerializableString N_CONVENERS = new SerializedString("conveners");
  private static final SerializableString N_COUNT = new SerializedString("count");
  private static final SerializableString N_COUNTERPART = new SerializedString("counterpart");
  private static final SerializableString N_COUNTRIES = new SerializedString("countries");
  private static final SerializableString N_COUNTRY = new SerializedString("country");
  private static final SerializableString N_COUNTRY_FIGURES =
      new SerializedString("country_figures");
  private static final SerializableString N_COUNTS = new SerializedString("counts");
  private static final SerializableString N_CURRENCY = new SerializedString("currency");
  private static final SerializableString N_DATE = new SerializedString("date");
  private static final SerializableString N_DECLARATION = new SerializedString("declaration");
  private static final SerializableString N_DECLARATIONS = new SerializedString("declarations");
  private static final SerializableString N_DESCRIPTION = new SerializedString("description");
  private static final SerializableString N_DIALOGUE = new SerializedString("dialogue");
  private static final SerializableString N_DIALOGUES = new SerializedString("dialogues");
  private static final SerializableString N_DIRECTION = new SerializedString("direction");
  private static final SerializableString N_DURATION_DAYS = new SerializedString("duration_days");
  private static final SerializableString N_END = new SerializedString("end");
  private static final SerializableString N_ESTABLISHED = new SerializedString("established");
  private static final SerializableString N_FIGURE = new SerializedString("figure");
  private static final SerializableString N_FOCUS = new SerializedString("focus");
  private static final SerializableString N_FRAMEWORK = new SerializedString("framework");
  private static final SerializableString N_FREQUENCY = new SerializedString("frequency");
  private static final SerializableString N_GOAL = new SerializedString("goal");
  private static final SerializableString N_GOALS = new SerializedString("goals");
  private static final SerializableString N_HIGHLIGHTS = new SerializedString("highlights");
  private static final SerializableString N_HOLDER = new SerializedString("holder");
  private static final SerializableString N_HONORIFIC = new SerializedString("honorific");
  private static final SerializableString N_HOST_COUNTRY = new SerializedString("host_country");
  private static final SerializableString N_ID = new SerializedString("id");
  private static final SerializableString N_IMPLEMENTATION_END =
      new SerializedString("implementation_end");
  private static final SerializableString N_IMPLEMENTATION_START =
      new SerializedString("implementation_start");
  private static final SerializableString N_INDICATOR = new SerializedString("indicator");
  private static final SerializableString N_KIND = new SerializedString("kind");
  private static final SerializableString N_LABEL = new SerializedString("label");
  private static final SerializableString N_LINKS = new SerializedString("links");
  private static final SerializableString N_LISTINGS = new SerializedString("listings");
  private static final SerializableString N_MEASURE = new SerializedString("measure");
  private static final SerializableString N_MEETINGS = new SerializedString("meetings");
  private static final SerializableString N_MEMBERS = new SerializedString("members");
  private static final SerializableString N_NAME = new SerializedString("name");
  private static final SerializableString N_NOTES = new SerializedString("notes");
  private static final SerializableString N_NUMBER = new SerializedString("number");
  private static final SerializableString N_OBSERVATIONS = new SerializedString("observations");
  private static final SerializableString N_ON_BEHALF_OF = new SerializedString("on_behalf_of");
  private static final SerializableString N_OPENED_BY = new SerializedString("opened_by");
  private static final SerializableString N_ORDINAL = new SerializedString("ordinal");
  private static final SerializableString N_ORGANISATION = new SerializedString("organisation");
  private static final SerializableString N_ORGANISATIONS = new SerializedString("organisations");
  private static final SerializableString N_OUTCOMES = new SerializedString("outcomes");
  private static final SerializableString N_PARENT = new SerializedString("parent");
  private static final SerializableString N_PARTICIPANTS = new SerializedString("participants");
  private static final SerializableString N_PARTICIPATION = new SerializedString("participation");
  private static final SerializableString N_PARTY = new SerializedString("party");
  private static final SerializableString N_PEOPLE = new SerializedString("people");
  private static final SerializableString N_PERIOD = new SerializedString("period");
  private static final SerializableString N_POSITIONS = new SerializedString("positions");
  private static final SerializableString N_PUBLISHED = new SerializedString("published");
  private static final SerializableString N_PUBLISHER = new SerializedString("publisher");
  private static final SerializableString N_PURPOSE = new SerializedString("purpose");
  private static final SerializableString N_QUALIFIER = new SerializedString("qualifier");
  private static final SerializableString N_QUOTES = new SerializedString("quotes");
  private static final SerializableString N_REGIONS = new SerializedString("regions");
  private static final SerializableString N_REMITTANCE_SERIES =
      new SerializedString("remittance_series");
  private static final SerializableString N_REPORTED = new SerializedString("reported");
  private static final SerializableString N_REPORTER = new SerializedString("reporter");
  private static final SerializableString N_ROLE = new SerializedString("role");
  private static final SerializableString N_SESSIONS = new SerializedString("sessions");
  private static final SerializableString N_SHORT_NAME = new SerializedString("short_name");
  private static final SerializableString N_SHORT_TITLE = new SerializedString("short_title");
  private static final SerializableString N_SINCE = new SerializedString("since");
  private static final SerializableString N_SITE_VISITS = new SerializedString("site_visits");
  private static final SerializableString N_SIZE = new SerializedString("size");
  private static final SerializableString N_SOURCE = new SerializedString("source");
  private static final SerializableString N_SOURCES = new SerializedString("sources");
  private static final SerializableString N_SPEAKER = new SerializedString("speaker");
  private static final SerializableString N_START = new SerializedString("start");
  private static final SerializableString N_STATEMENTS = new SerializedString("statements");
  private static final SerializableString N_STATUS = new SerializedString("status");
  private static final SerializableString N_TERMS = new SerializedString("terms");
  private static final SerializableString N_TEXT = new SerializedString("text");
  private static final SerializableString N_THEME = new SerializedString("theme");
  private static final SerializableString N_TITLE = new SerializedString("title");
  private static final SerializableString N_UNIT_MULTIPLIER =
      new SerializedString("unit_multiplier");
  private static final SerializableString N_UNTIL = new SerializedString("until");
  private static final SerializableString N_URL = new SerializedString("url");
  private static final SerializableString N_VALUE = new SerializedString("value");
  private static final SerializableString N_WORKING_GROUPS = new SerializedString("working_groups");

  private static final Scalars.EnumCodec<Counted> COUNTED =
      Scalars.enumeration(Counted.class);
  private static final Scalars.EnumCodec<DeclarationKind> DECLARATION_KIND =
      Scalars.enumeration(DeclarationKind.class);
  private static final Scalars.EnumCodec<DialogueRole> DIALOGUE_ROLE =
      Scalars.enumeration(DialogueRole.class);
  private static final Scalars.EnumCodec<FlowDirection> FLOW_DIRECTION =
      Scalars.enumeration(FlowDirection.class);
  private static final Scalars.EnumCodec<GoalFramework> GOAL_FRAMEWORK =
      Scalars.enumeration(GoalFramework.class);
  private static final Scalars.EnumCodec<MeetingKind> MEETING_KIND =
      Scalars.enumeration(MeetingKind.class);
  private static final Scalars.EnumCodec<MembershipRole> MEMBERSHIP_ROLE =
      Scalars.enumeration(MembershipRole.class);
  private static final Scalars.EnumCodec<ObservationStatus> OBSERVATION_STATUS =
      Scalars.enumeration(ObservationStatus.class);
  private static final Scalars.EnumCodec<OrganisationKind> ORGANISATION_KIND =
      Scalars.enumeration(OrganisationKind.class);
  private static final Scalars.EnumCodec<OutcomeKind> OUTCOME_KIND =
      Scalars.enumeration(OutcomeKind.class);
  private static final Scalars.EnumCodec<Qualifier> QUALIFIER =
      Scalars.enumeration(Qualifier.class);
  private static final Scalars.EnumCodec<RemittanceMeasure> REMITTANCE_MEASURE =
      Scalars.enumeration(RemittanceMeasure.class);
  private static final Scalars.EnumCodec<StatementKind> STATEMENT_KIND =
      Scalars.enumeration(StatementKind.class);
  private static final Scalars.EnumCodec<WorkingGroupKind> WORKING_GROUP_KIND =
      Scalars.enumeration(WorkingGroupKind.class);
  private static final PartyCodec PARTY = (PartyCodec) ModelCodecs.PARTY;
  private static final Field<RemittanceSeries, ?> REMITTANCE_SERIES_UNIT_MULTIPLIER =
      ModelCodecs.REMITTANCE_SERIES.field("unit_multiplier");
  private static final Field<RemittanceSeries, ?> REMITTANCE_SERIES_OBSERVATIONS =
      ModelCodecs.REMITTANCE_SERIES.field("observations");

  /** Writes a dataset as an object. */
  static void dataset(JsonGenerator g, Dataset v) {
    if (!DATASET_CURRENT) {
      ModelCodecs.DATASET.write(g, v);
      return;
    }
    g.writeStartObject(v);
    datasetProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a dataset. */
  static void datasetProperties(JsonGenerator g, Dataset v) {
    List<Dialogue> pDialogues = v.dialogues();
    if (!pDialogues.isEmpty()) {
      g.writeName(N_DIALOGUES);
      g.writeStartArray();
      for (int i = 0; i < pDialogues.size(); i++) {
        Dialogue e = pDialogues.get(i);
        dialogue(g, e);
      }
      g.writeEndArray();
    }
    List<Organisation> pOrganisations = v.organisations();
    if (!pOrganisations.isEmpty()) {
      g.writeName(N_ORGANISATIONS);
      g.writeStartArray();
      for (int i = 0; i < pOrganisations.size(); i++) {
        Organisation e = pOrganisations.get(i);
        organisation(g, e);
      }
      g.writeEndArray();
    }
    List<Person> pPeople = v.people();
    if (!pPeople.isEmpty()) {
      g.writeName(N_PEOPLE);
      g.writeStartArray();
      for (int i = 0; i < pPeople.size(); i++) {
        Person e = pPeople.get(i);
        person(g, e);
      }
      g.writeEndArray();
    }
    List<Declaration> pDeclarations = v.declarations();
    if (!pDeclarations.isEmpty()) {
      g.writeName(N_DECLARATIONS);
      g.writeStartArray();
      for (int i = 0; i < pDeclarations.size(); i++) {
        Declaration e = pDeclarations.get(i);
        declaration(g, e);
      }
      g.writeEndArray();
    }
    List<Meeting> pMeetings = v.meetings();
    if (!pMeetings.isEmpty()) {
      g.writeName(N_MEETINGS);
      g.writeStartArray();
      for (int i = 0; i < pMeetings.size(); i++) {
        Meeting e = pMeetings.get(i);
        meeting(g, e);
      }
      g.writeEndArray();
    }
    List<RemittanceSeries> pRemittanceSeries = v.remittanceSeries();
    if (!pRemittanceSeries.isEmpty()) {
      g.writeName(N_REMITTANCE_SERIES);
      g.writeStartArray();
      for (int i = 0; i < pRemittanceSeries.size(); i++) {
        RemittanceSeries e = pRemittanceSeries.get(i);
        remittanceSeries(g, e);
      }
      g.writeEndArray();
    }
    List<CountryFigure> pCountryFigures = v.countryFigures();
    if (!pCountryFigures.isEmpty()) {
      g.writeName(N_COUNTRY_FIGURES);
      g.writeStartArray();
      for (int i = 0; i < pCountryFigures.size(); i++) {
        CountryFigure e = pCountryFigures.get(i);
        countryFigure(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a dialogue as an object. */
  static void dialogue(JsonGenerator g, Dialogue v) {
    if (!DIALOGUE_CURRENT) {
      ModelCodecs.DIALOGUE.write(g, v);
      return;
    }
    g.writeStartObject(v);
    dialogueProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a dialogue. */
  static void dialogueProperties(JsonGenerator g, Dialogue v) {
    g.writeName(N_ID);
    g.writeString(v.id().value());
    g.writeName(N_NAME);
    g.writeString(v.name());
    Optional<String> pShortName = v.shortName();
    if (pShortName.isPresent()) {
      g.writeName(N_SHORT_NAME);
      g.writeString(pShortName.get());
    }
    List<SourcedDate> pEstablished = v.established();
    if (!pEstablished.isEmpty()) {
      g.writeName(N_ESTABLISHED);
      g.writeStartArray();
      for (int i = 0; i < pEstablished.size(); i++) {
        SourcedDate e = pEstablished.get(i);
        sourcedDate(g, e);
      }
      g.writeEndArray();
    }
    Optional<String> pDescription = v.description();
    if (pDescription.isPresent()) {
      g.writeName(N_DESCRIPTION);
      g.writeString(pDescription.get());
    }
    List<Membership> pMembers = v.members();
    if (!pMembers.isEmpty()) {
      g.writeName(N_MEMBERS);
      g.writeStartArray();
      for (int i = 0; i < pMembers.size(); i++) {
        Membership e = pMembers.get(i);
        membership(g, e);
      }
      g.writeEndArray();
    }
    List<Region> pRegions = v.regions();
    if (!pRegions.isEmpty()) {
      g.writeName(N_REGIONS);
      g.writeStartArray();
      for (int i = 0; i < pRegions.size(); i++) {
        Region e = pRegions.get(i);
        region(g, e);
      }
      g.writeEndArray();
    }
    List<RoleTerm> pTerms = v.terms();
    if (!pTerms.isEmpty()) {
      g.writeName(N_TERMS);
      g.writeStartArray();
      for (int i = 0; i < pTerms.size(); i++) {
        RoleTerm e = pTerms.get(i);
        roleTerm(g, e);
      }
      g.writeEndArray();
    }
    List<WorkingGroup> pWorkingGroups = v.workingGroups();
    if (!pWorkingGroups.isEmpty()) {
      g.writeName(N_WORKING_GROUPS);
      g.writeStartArray();
      for (int i = 0; i < pWorkingGroups.size(); i++) {
        WorkingGroup e = pWorkingGroups.get(i);
        workingGroup(g, e);
      }
      g.writeEndArray();
    }
    List<Figure> pSize = v.size();
    if (!pSize.isEmpty()) {
      g.writeName(N_SIZE);
      g.writeStartArray();
      for (int i = 0; i < pSize.size(); i++) {
        Figure e = pSize.get(i);
        figure(g, e);
      }
      g.writeEndArray();
    }
    List<Source> pSources = v.sources();
    if (!pSources.isEmpty()) {
      g.writeName(N_SOURCES);
      g.writeStartArray();
      for (int i = 0; i < pSources.size(); i++) {
        Source e = pSources.get(i);
        source(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a declaration as an object. */
  static void declaration(JsonGenerator g, Declaration v) {
    if (!DECLARATION_CURRENT) {
      ModelCodecs.DECLARATION.write(g, v);
      return;
    }
    g.writeStartObject(v);
    declarationProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a declaration. */
  static void declarationProperties(JsonGenerator g, Declaration v) {
    g.writeName(N_ID);
    g.writeString(v.id().value());
    g.writeName(N_TITLE);
    g.writeString(v.title());
    g.writeName(N_DIALOGUE);
    g.writeString(v.dialogue().value());
    g.writeName(N_KIND);
    DECLARATION_KIND.writeConstant(g, v.kind());
    Optional<PartialDate> pAdopted = v.adopted();
    if (pAdopted.isPresent()) {
      g.writeName(N_ADOPTED);
      Scalars.writeDate(g, pAdopted.get());
    }
    Optional<MeetingId> pAdoptedAt = v.adoptedAt();
    if (pAdoptedAt.isPresent()) {
      g.writeName(N_ADOPTED_AT);
      g.writeString(pAdoptedAt.get().value());
    }
    Optional<PartialDate> pImplementationStart = v.implementationStart();
    if (pImplementationStart.isPresent()) {
      g.writeName(N_IMPLEMENTATION_START);
      Scalars.writeDate(g, pImplementationStart.get());
    }
    Optional<PartialDate> pImplementationEnd = v.implementationEnd();
    if (pImplementationEnd.isPresent()) {
      g.writeName(N_IMPLEMENTATION_END);
      Scalars.writeDate(g, pImplementationEnd.get());
    }
    List<PriorityGoal> pGoals = v.goals();
    if (!pGoals.isEmpty()) {
      g.writeName(N_GOALS);
      g.writeStartArray();
      for (int i = 0; i < pGoals.size(); i++) {
        PriorityGoal e = pGoals.get(i);
        priorityGoal(g, e);
      }
      g.writeEndArray();
    }
    List<Source> pSources = v.sources();
    if (!pSources.isEmpty()) {
      g.writeName(N_SOURCES);
      g.writeStartArray();
      for (int i = 0; i < pSources.size(); i++) {
        Source e = pSources.get(i);
        source(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a meeting as an object. */
  static void meeting(JsonGenerator g, Meeting v) {
    if (!MEETING_CURRENT) {
      ModelCodecs.MEETING.write(g, v);
      return;
    }
    g.writeStartObject(v);
    meetingProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a meeting. */
  static void meetingProperties(JsonGenerator g, Meeting v) {
    g.writeName(N_ID);
    g.writeString(v.id().value());
    g.writeName(N_DIALOGUE);
    g.writeString(v.dialogue().value());
    g.writeName(N_KIND);
    MEETING_KIND.writeConstant(g, v.kind());
    OptionalInt pOrdinal = v.ordinal();
    if (pOrdinal.isPresent()) {
      g.writeName(N_ORDINAL);
      g.writeNumber(pOrdinal.getAsInt());
    }
    g.writeName(N_TITLE);
    g.writeString(v.title());
    Optional<CountryCode> pHostCountry = v.hostCountry();
    if (pHostCountry.isPresent()) {
      g.writeName(N_HOST_COUNTRY);
      Scalars.writeCountry(g, pHostCountry.get());
    }
    Optional<String> pCity = v.city();
    if (pCity.isPresent()) {
      g.writeName(N_CITY);
      g.writeString(pCity.get());
    }
    Optional<PartialDate> pStart = v.start();
    if (pStart.isPresent()) {
      g.writeName(N_START);
      Scalars.writeDate(g, pStart.get());
    }
    Optional<PartialDate> pEnd = v.end();
    if (pEnd.isPresent()) {
      g.writeName(N_END);
      Scalars.writeDate(g, pEnd.get());
    }
    OptionalInt pDurationDays = v.durationDays();
    if (pDurationDays.isPresent()) {
      g.writeName(N_DURATION_DAYS);
      g.writeNumber(pDurationDays.getAsInt());
    }
    Optional<WorkingGroupId> pConvenedBy = v.convenedBy();
    if (pConvenedBy.isPresent()) {
      g.writeName(N_CONVENED_BY);
      g.writeString(pConvenedBy.get().value());
    }
    List<Party> pConveners = v.conveners();
    if (!pConveners.isEmpty()) {
      g.writeName(N_CONVENERS);
      g.writeStartArray();
      for (int i = 0; i < pConveners.size(); i++) {
        Party e = pConveners.get(i);
        PARTY.write(g, e);
      }
      g.writeEndArray();
    }
    List<PersonId> pOpenedBy = v.openedBy();
    if (!pOpenedBy.isEmpty()) {
      g.writeName(N_OPENED_BY);
      g.writeStartArray();
      for (int i = 0; i < pOpenedBy.size(); i++) {
        PersonId e = pOpenedBy.get(i);
        g.writeString(e.value());
      }
      g.writeEndArray();
    }
    List<String> pAims = v.aims();
    if (!pAims.isEmpty()) {
      g.writeName(N_AIMS);
      g.writeStartArray();
      for (int i = 0; i < pAims.size(); i++) {
        String e = pAims.get(i);
        g.writeString(e);
      }
      g.writeEndArray();
    }
    List<Figure> pParticipation = v.participation();
    if (!pParticipation.isEmpty()) {
      g.writeName(N_PARTICIPATION);
      g.writeStartArray();
      for (int i = 0; i < pParticipation.size(); i++) {
        Figure e = pParticipation.get(i);
        figure(g, e);
      }
      g.writeEndArray();
    }
    List<Party> pParticipants = v.participants();
    if (!pParticipants.isEmpty()) {
      g.writeName(N_PARTICIPANTS);
      g.writeStartArray();
      for (int i = 0; i < pParticipants.size(); i++) {
        Party e = pParticipants.get(i);
        PARTY.write(g, e);
      }
      g.writeEndArray();
    }
    List<Statement> pStatements = v.statements();
    if (!pStatements.isEmpty()) {
      g.writeName(N_STATEMENTS);
      g.writeStartArray();
      for (int i = 0; i < pStatements.size(); i++) {
        Statement e = pStatements.get(i);
        statement(g, e);
      }
      g.writeEndArray();
    }
    List<Session> pSessions = v.sessions();
    if (!pSessions.isEmpty()) {
      g.writeName(N_SESSIONS);
      g.writeStartArray();
      for (int i = 0; i < pSessions.size(); i++) {
        Session e = pSessions.get(i);
        session(g, e);
      }
      g.writeEndArray();
    }
    List<SiteVisit> pSiteVisits = v.siteVisits();
    if (!pSiteVisits.isEmpty()) {
      g.writeName(N_SITE_VISITS);
      g.writeStartArray();
      for (int i = 0; i < pSiteVisits.size(); i++) {
        SiteVisit e = pSiteVisits.get(i);
        siteVisit(g, e);
      }
      g.writeEndArray();
    }
    List<Outcome> pOutcomes = v.outcomes();
    if (!pOutcomes.isEmpty()) {
      g.writeName(N_OUTCOMES);
      g.writeStartArray();
      for (int i = 0; i < pOutcomes.size(); i++) {
        Outcome e = pOutcomes.get(i);
        outcome(g, e);
      }
      g.writeEndArray();
    }
    List<GoalRef> pAdvances = v.advances();
    if (!pAdvances.isEmpty()) {
      g.writeName(N_ADVANCES);
      g.writeStartArray();
      for (int i = 0; i < pAdvances.size(); i++) {
        GoalRef e = pAdvances.get(i);
        goalRef(g, e);
      }
      g.writeEndArray();
    }
    List<String> pHighlights = v.highlights();
    if (!pHighlights.isEmpty()) {
      g.writeName(N_HIGHLIGHTS);
      g.writeStartArray();
      for (int i = 0; i < pHighlights.size(); i++) {
        String e = pHighlights.get(i);
        g.writeString(e);
      }
      g.writeEndArray();
    }
    List<String> pNotes = v.notes();
    if (!pNotes.isEmpty()) {
      g.writeName(N_NOTES);
      g.writeStartArray();
      for (int i = 0; i < pNotes.size(); i++) {
        String e = pNotes.get(i);
        g.writeString(e);
      }
      g.writeEndArray();
    }
    List<Source> pSources = v.sources();
    if (!pSources.isEmpty()) {
      g.writeName(N_SOURCES);
      g.writeStartArray();
      for (int i = 0; i < pSources.size(); i++) {
        Source e = pSources.get(i);
        source(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes an organisation as an object. */
  static void organisation(JsonGenerator g, Organisation v) {
    if (!ORGANISATION_CURRENT) {
      ModelCodecs.ORGANISATION.write(g, v);
      return;
    }
    g.writeStartObject(v);
    organisationProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of an organisation. */
  static void organisationProperties(JsonGenerator g, Organisation v) {
    g.writeName(N_ID);
    g.writeString(v.id().value());
    g.writeName(N_NAME);
    g.writeString(v.name());
    Optional<String> pAcronym = v.acronym();
    if (pAcronym.isPresent()) {
      g.writeName(N_ACRONYM);
      g.writeString(pAcronym.get());
    }
    g.writeName(N_KIND);
    ORGANISATION_KIND.writeConstant(g, v.kind());
    Optional<CountryCode> pCountry = v.country();
    if (pCountry.isPresent()) {
      g.writeName(N_COUNTRY);
      Scalars.writeCountry(g, pCountry.get());
    }
    Optional<OrganisationId> pParent = v.parent();
    if (pParent.isPresent()) {
      g.writeName(N_PARENT);
      g.writeString(pParent.get().value());
    }
    List<Source> pSources = v.sources();
    if (!pSources.isEmpty()) {
      g.writeName(N_SOURCES);
      g.writeStartArray();
      for (int i = 0; i < pSources.size(); i++) {
        Source e = pSources.get(i);
        source(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a person as an object. */
  static void person(JsonGenerator g, Person v) {
    if (!PERSON_CURRENT) {
      ModelCodecs.PERSON.write(g, v);
      return;
    }
    g.writeStartObject(v);
    personProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a person. */
  static void personProperties(JsonGenerator g, Person v) {
    g.writeName(N_ID);
    g.writeString(v.id().value());
    g.writeName(N_NAME);
    g.writeString(v.name());
    Optional<String> pHonorific = v.honorific();
    if (pHonorific.isPresent()) {
      g.writeName(N_HONORIFIC);
      g.writeString(pHonorific.get());
    }
    List<Position> pPositions = v.positions();
    if (!pPositions.isEmpty()) {
      g.writeName(N_POSITIONS);
      g.writeStartArray();
      for (int i = 0; i < pPositions.size(); i++) {
        Position e = pPositions.get(i);
        position(g, e);
      }
      g.writeEndArray();
    }
    List<Source> pSources = v.sources();
    if (!pSources.isEmpty()) {
      g.writeName(N_SOURCES);
      g.writeStartArray();
      for (int i = 0; i < pSources.size(); i++) {
        Source e = pSources.get(i);
        source(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a remittance series as an object. */
  static void remittanceSeries(JsonGenerator g, RemittanceSeries v) {
    if (!REMITTANCE_SERIES_CURRENT) {
      ModelCodecs.REMITTANCE_SERIES.write(g, v);
      return;
    }
    g.writeStartObject(v);
    remittanceSeriesProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a remittance series. */
  static void remittanceSeriesProperties(JsonGenerator g, RemittanceSeries v) {
    g.writeName(N_ID);
    g.writeString(v.id().value());
    Optional<String> pTitle = v.title();
    if (pTitle.isPresent()) {
      g.writeName(N_TITLE);
      g.writeString(pTitle.get());
    }
    g.writeName(N_REPORTER);
    Scalars.writeCountry(g, v.reporter());
    g.writeName(N_DIRECTION);
    FLOW_DIRECTION.writeConstant(g, v.direction());
    Optional<CountryCode> pCounterpart = v.counterpart();
    if (pCounterpart.isPresent()) {
      g.writeName(N_COUNTERPART);
      Scalars.writeCountry(g, pCounterpart.get());
    }
    g.writeName(N_MEASURE);
    REMITTANCE_MEASURE.writeConstant(g, v.measure());
    Optional<String> pIndicator = v.indicator();
    if (pIndicator.isPresent()) {
      g.writeName(N_INDICATOR);
      g.writeString(pIndicator.get());
    }
    g.writeName(N_CURRENCY);
    ModelCodecs.CURRENCY.write(g, v.currency());
    REMITTANCE_SERIES_UNIT_MULTIPLIER.write(g, v);
    g.writeName(N_FREQUENCY);
    ModelCodecs.FREQUENCY.write(g, v.frequency());
    REMITTANCE_SERIES_OBSERVATIONS.write(g, v);
    List<Source> pSources = v.sources();
    if (!pSources.isEmpty()) {
      g.writeName(N_SOURCES);
      g.writeStartArray();
      for (int i = 0; i < pSources.size(); i++) {
        Source e = pSources.get(i);
        source(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a country figure as an object. */
  static void countryFigure(JsonGenerator g, CountryFigure v) {
    if (!COUNTRY_FIGURE_CURRENT) {
      ModelCodecs.COUNTRY_FIGURE.write(g, v);
      return;
    }
    g.writeStartObject(v);
    countryFigureProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a country figure. */
  static void countryFigureProperties(JsonGenerator g, CountryFigure v) {
    g.writeName(N_COUNTRY);
    Scalars.writeCountry(g, v.country());
    g.writeName(N_FIGURE);
    figure(g, v.figure());
  }

  /** Writes an observation as an object. */
  static void observation(JsonGenerator g, Observation v) {
    if (!OBSERVATION_CURRENT) {
      ModelCodecs.OBSERVATION.write(g, v);
      return;
    }
    g.writeStartObject(v);
    observationProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of an observation. */
  static void observationProperties(JsonGenerator g, Observation v) {
    g.writeName(N_PERIOD);
    ModelCodecs.PERIOD.write(g, v.period());
    g.writeName(N_VALUE);
    Scalars.writeDecimal(g, v.value());
    ObservationStatus pStatus = v.status();
    if (pStatus != ObservationStatus.NORMAL) {
      g.writeName(N_STATUS);
      OBSERVATION_STATUS.writeConstant(g, pStatus);
    }
    Qualifier pQualifier = v.qualifier();
    if (pQualifier != Qualifier.EXACT) {
      g.writeName(N_QUALIFIER);
      QUALIFIER.writeConstant(g, pQualifier);
    }
    Optional<Source> pSource = v.source();
    if (pSource.isPresent()) {
      g.writeName(N_SOURCE);
      source(g, pSource.get());
    }
  }

  /** Writes a source as an object. */
  static void source(JsonGenerator g, Source v) {
    if (!SOURCE_CURRENT) {
      ModelCodecs.SOURCE.write(g, v);
      return;
    }
    g.writeStartObject(v);
    sourceProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a source. */
  static void sourceProperties(JsonGenerator g, Source v) {
    g.writeName(N_TITLE);
    g.writeString(v.title());
    Optional<String> pPublisher = v.publisher();
    if (pPublisher.isPresent()) {
      g.writeName(N_PUBLISHER);
      g.writeString(pPublisher.get());
    }
    Optional<URI> pUrl = v.url();
    if (pUrl.isPresent()) {
      g.writeName(N_URL);
      ModelCodecs.URL.write(g, pUrl.get());
    }
    Optional<PartialDate> pPublished = v.published();
    if (pPublished.isPresent()) {
      g.writeName(N_PUBLISHED);
      Scalars.writeDate(g, pPublished.get());
    }
  }

  /** Writes a sourced date as an object. */
  static void sourcedDate(JsonGenerator g, SourcedDate v) {
    if (!SOURCED_DATE_CURRENT) {
      ModelCodecs.SOURCED_DATE.write(g, v);
      return;
    }
    g.writeStartObject(v);
    sourcedDateProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a sourced date. */
  static void sourcedDateProperties(JsonGenerator g, SourcedDate v) {
    g.writeName(N_DATE);
    Scalars.writeDate(g, v.date());
    Optional<Source> pSource = v.source();
    if (pSource.isPresent()) {
      g.writeName(N_SOURCE);
      source(g, pSource.get());
    }
  }

  /** Writes a figure as an object. */
  static void figure(JsonGenerator g, Figure v) {
    if (!FIGURE_CURRENT) {
      ModelCodecs.FIGURE.write(g, v);
      return;
    }
    g.writeStartObject(v);
    figureProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a figure. */
  static void figureProperties(JsonGenerator g, Figure v) {
    g.writeName(N_VALUE);
    Scalars.writeDecimal(g, v.value());
    Qualifier pQualifier = v.qualifier();
    if (pQualifier != Qualifier.EXACT) {
      g.writeName(N_QUALIFIER);
      QUALIFIER.writeConstant(g, pQualifier);
    }
    SortedSet<Counted> pCounts = v.counts();
    {
      g.writeName(N_COUNTS);
      g.writeStartArray();
      for (Counted e : pCounts) {
        COUNTED.writeConstant(g, e);
      }
      g.writeEndArray();
    }
    Optional<String> pDescription = v.description();
    if (pDescription.isPresent()) {
      g.writeName(N_DESCRIPTION);
      g.writeString(pDescription.get());
    }
    Optional<PartialDate> pAsOf = v.asOf();
    if (pAsOf.isPresent()) {
      g.writeName(N_AS_OF);
      Scalars.writeDate(g, pAsOf.get());
    }
    Optional<Period> pPeriod = v.period();
    if (pPeriod.isPresent()) {
      g.writeName(N_PERIOD);
      ModelCodecs.PERIOD.write(g, pPeriod.get());
    }
    Optional<Source> pSource = v.source();
    if (pSource.isPresent()) {
      g.writeName(N_SOURCE);
      source(g, pSource.get());
    }
  }

  /** Writes a position as an object. */
  static void position(JsonGenerator g, Position v) {
    if (!POSITION_CURRENT) {
      ModelCodecs.POSITION.write(g, v);
      return;
    }
    g.writeStartObject(v);
    positionProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a position. */
  static void positionProperties(JsonGenerator g, Position v) {
    g.writeName(N_TITLE);
    g.writeString(v.title());
    Optional<OrganisationId> pOrganisation = v.organisation();
    if (pOrganisation.isPresent()) {
      g.writeName(N_ORGANISATION);
      g.writeString(pOrganisation.get().value());
    }
    Optional<DialogueId> pDialogue = v.dialogue();
    if (pDialogue.isPresent()) {
      g.writeName(N_DIALOGUE);
      g.writeString(pDialogue.get().value());
    }
    Optional<CountryCode> pCountry = v.country();
    if (pCountry.isPresent()) {
      g.writeName(N_COUNTRY);
      Scalars.writeCountry(g, pCountry.get());
    }
    Optional<PartialDate> pStart = v.start();
    if (pStart.isPresent()) {
      g.writeName(N_START);
      Scalars.writeDate(g, pStart.get());
    }
    Optional<PartialDate> pEnd = v.end();
    if (pEnd.isPresent()) {
      g.writeName(N_END);
      Scalars.writeDate(g, pEnd.get());
    }
  }

  /** Writes a role term as an object. */
  static void roleTerm(JsonGenerator g, RoleTerm v) {
    if (!ROLE_TERM_CURRENT) {
      ModelCodecs.ROLE_TERM.write(g, v);
      return;
    }
    g.writeStartObject(v);
    roleTermProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a role term. */
  static void roleTermProperties(JsonGenerator g, RoleTerm v) {
    g.writeName(N_HOLDER);
    PARTY.write(g, v.holder());
    g.writeName(N_ROLE);
    DIALOGUE_ROLE.writeConstant(g, v.role());
    Optional<PartialDate> pStart = v.start();
    if (pStart.isPresent()) {
      g.writeName(N_START);
      Scalars.writeDate(g, pStart.get());
    }
    Optional<PartialDate> pEnd = v.end();
    if (pEnd.isPresent()) {
      g.writeName(N_END);
      Scalars.writeDate(g, pEnd.get());
    }
    List<Source> pSources = v.sources();
    if (!pSources.isEmpty()) {
      g.writeName(N_SOURCES);
      g.writeStartArray();
      for (int i = 0; i < pSources.size(); i++) {
        Source e = pSources.get(i);
        source(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a membership as an object. */
  static void membership(JsonGenerator g, Membership v) {
    if (!MEMBERSHIP_CURRENT) {
      ModelCodecs.MEMBERSHIP.write(g, v);
      return;
    }
    g.writeStartObject(v);
    membershipProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a membership. */
  static void membershipProperties(JsonGenerator g, Membership v) {
    g.writeName(N_PARTY);
    PARTY.write(g, v.party());
    MembershipRole pRole = v.role();
    if (pRole != MembershipRole.MEMBER) {
      g.writeName(N_ROLE);
      MEMBERSHIP_ROLE.writeConstant(g, pRole);
    }
    Optional<PartialDate> pSince = v.since();
    if (pSince.isPresent()) {
      g.writeName(N_SINCE);
      Scalars.writeDate(g, pSince.get());
    }
    Optional<PartialDate> pUntil = v.until();
    if (pUntil.isPresent()) {
      g.writeName(N_UNTIL);
      Scalars.writeDate(g, pUntil.get());
    }
  }

  /** Writes a region listing as an object. */
  static void regionListing(JsonGenerator g, RegionListing v) {
    if (!REGION_LISTING_CURRENT) {
      ModelCodecs.REGION_LISTING.write(g, v);
      return;
    }
    g.writeStartObject(v);
    regionListingProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a region listing. */
  static void regionListingProperties(JsonGenerator g, RegionListing v) {
    Optional<PartialDate> pAsOf = v.asOf();
    if (pAsOf.isPresent()) {
      g.writeName(N_AS_OF);
      Scalars.writeDate(g, pAsOf.get());
    }
    SortedSet<CountryCode> pCountries = v.countries();
    {
      g.writeName(N_COUNTRIES);
      g.writeStartArray();
      for (CountryCode e : pCountries) {
        Scalars.writeCountry(g, e);
      }
      g.writeEndArray();
    }
    Optional<Source> pSource = v.source();
    if (pSource.isPresent()) {
      g.writeName(N_SOURCE);
      source(g, pSource.get());
    }
  }

  /** Writes a region as an object. */
  static void region(JsonGenerator g, Region v) {
    if (!REGION_CURRENT) {
      ModelCodecs.REGION.write(g, v);
      return;
    }
    g.writeStartObject(v);
    regionProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a region. */
  static void regionProperties(JsonGenerator g, Region v) {
    g.writeName(N_ID);
    g.writeString(v.id().value());
    g.writeName(N_NAME);
    g.writeString(v.name());
    List<RegionListing> pListings = v.listings();
    if (!pListings.isEmpty()) {
      g.writeName(N_LISTINGS);
      g.writeStartArray();
      for (int i = 0; i < pListings.size(); i++) {
        RegionListing e = pListings.get(i);
        regionListing(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a working group as an object. */
  static void workingGroup(JsonGenerator g, WorkingGroup v) {
    if (!WORKING_GROUP_CURRENT) {
      ModelCodecs.WORKING_GROUP.write(g, v);
      return;
    }
    g.writeStartObject(v);
    workingGroupProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a working group. */
  static void workingGroupProperties(JsonGenerator g, WorkingGroup v) {
    g.writeName(N_ID);
    g.writeString(v.id().value());
    g.writeName(N_NAME);
    g.writeString(v.name());
    g.writeName(N_KIND);
    WORKING_GROUP_KIND.writeConstant(g, v.kind());
    Optional<String> pTheme = v.theme();
    if (pTheme.isPresent()) {
      g.writeName(N_THEME);
      g.writeString(pTheme.get());
    }
    List<RoleTerm> pTerms = v.terms();
    if (!pTerms.isEmpty()) {
      g.writeName(N_TERMS);
      g.writeStartArray();
      for (int i = 0; i < pTerms.size(); i++) {
        RoleTerm e = pTerms.get(i);
        roleTerm(g, e);
      }
      g.writeEndArray();
    }
    List<Source> pSources = v.sources();
    if (!pSources.isEmpty()) {
      g.writeName(N_SOURCES);
      g.writeStartArray();
      for (int i = 0; i < pSources.size(); i++) {
        Source e = pSources.get(i);
        source(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a goal link as an object. */
  static void goalLink(JsonGenerator g, GoalLink v) {
    if (!GOAL_LINK_CURRENT) {
      ModelCodecs.GOAL_LINK.write(g, v);
      return;
    }
    g.writeStartObject(v);
    goalLinkProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a goal link. */
  static void goalLinkProperties(JsonGenerator g, GoalLink v) {
    g.writeName(N_FRAMEWORK);
    GOAL_FRAMEWORK.writeConstant(g, v.framework());
    g.writeName(N_CODE);
    g.writeString(v.code());
    Optional<String> pLabel = v.label();
    if (pLabel.isPresent()) {
      g.writeName(N_LABEL);
      g.writeString(pLabel.get());
    }
  }

  /** Writes a priority goal as an object. */
  static void priorityGoal(JsonGenerator g, PriorityGoal v) {
    if (!PRIORITY_GOAL_CURRENT) {
      ModelCodecs.PRIORITY_GOAL.write(g, v);
      return;
    }
    g.writeStartObject(v);
    priorityGoalProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a priority goal. */
  static void priorityGoalProperties(JsonGenerator g, PriorityGoal v) {
    g.writeName(N_NUMBER);
    g.writeNumber(v.number());
    g.writeName(N_TEXT);
    g.writeString(v.text());
    Optional<String> pShortTitle = v.shortTitle();
    if (pShortTitle.isPresent()) {
      g.writeName(N_SHORT_TITLE);
      g.writeString(pShortTitle.get());
    }
    List<GoalLink> pLinks = v.links();
    if (!pLinks.isEmpty()) {
      g.writeName(N_LINKS);
      g.writeStartArray();
      for (int i = 0; i < pLinks.size(); i++) {
        GoalLink e = pLinks.get(i);
        goalLink(g, e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a goal ref as an object. */
  static void goalRef(JsonGenerator g, GoalRef v) {
    if (!GOAL_REF_CURRENT) {
      ModelCodecs.GOAL_REF.write(g, v);
      return;
    }
    g.writeStartObject(v);
    goalRefProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a goal ref. */
  static void goalRefProperties(JsonGenerator g, GoalRef v) {
    g.writeName(N_DECLARATION);
    g.writeString(v.declaration().value());
    g.writeName(N_GOAL);
    g.writeNumber(v.goal());
  }

  /** Writes a statement as an object. */
  static void statement(JsonGenerator g, Statement v) {
    if (!STATEMENT_CURRENT) {
      ModelCodecs.STATEMENT.write(g, v);
      return;
    }
    g.writeStartObject(v);
    statementProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a statement. */
  static void statementProperties(JsonGenerator g, Statement v) {
    g.writeName(N_SPEAKER);
    g.writeString(v.speaker().value());
    List<String> pPositions = v.positions();
    if (!pPositions.isEmpty()) {
      g.writeName(N_POSITIONS);
      g.writeStartArray();
      for (int i = 0; i < pPositions.size(); i++) {
        String e = pPositions.get(i);
        g.writeString(e);
      }
      g.writeEndArray();
    }
    Optional<Party> pOnBehalfOf = v.onBehalfOf();
    if (pOnBehalfOf.isPresent()) {
      g.writeName(N_ON_BEHALF_OF);
      PARTY.write(g, pOnBehalfOf.get());
    }
    g.writeName(N_KIND);
    STATEMENT_KIND.writeConstant(g, v.kind());
    List<String> pQuotes = v.quotes();
    if (!pQuotes.isEmpty()) {
      g.writeName(N_QUOTES);
      g.writeStartArray();
      for (int i = 0; i < pQuotes.size(); i++) {
        String e = pQuotes.get(i);
        g.writeString(e);
      }
      g.writeEndArray();
    }
    List<String> pReported = v.reported();
    if (!pReported.isEmpty()) {
      g.writeName(N_REPORTED);
      g.writeStartArray();
      for (int i = 0; i < pReported.size(); i++) {
        String e = pReported.get(i);
        g.writeString(e);
      }
      g.writeEndArray();
    }
  }

  /** Writes a site visit as an object. */
  static void siteVisit(JsonGenerator g, SiteVisit v) {
    if (!SITE_VISIT_CURRENT) {
      ModelCodecs.SITE_VISIT.write(g, v);
      return;
    }
    g.writeStartObject(v);
    siteVisitProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a site visit. */
  static void siteVisitProperties(JsonGenerator g, SiteVisit v) {
    g.writeName(N_ORGANISATION);
    g.writeString(v.organisation().value());
    Optional<String> pPurpose = v.purpose();
    if (pPurpose.isPresent()) {
      g.writeName(N_PURPOSE);
      g.writeString(pPurpose.get());
    }
  }

  /** Writes a session as an object. */
  static void session(JsonGenerator g, Session v) {
    if (!SESSION_CURRENT) {
      ModelCodecs.SESSION.write(g, v);
      return;
    }
    g.writeStartObject(v);
    sessionProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of a session. */
  static void sessionProperties(JsonGenerator g, Session v) {
    Optional<String> pTitle = v.title();
    if (pTitle.isPresent()) {
      g.writeName(N_TITLE);
      g.writeString(pTitle.get());
    }
    Optional<String> pFocus = v.focus();
    if (pFocus.isPresent()) {
      g.writeName(N_FOCUS);
      g.writeString(pFocus.get());
    }
    OptionalInt pCount = v.count();
    if (pCount.isPresent()) {
      g.writeName(N_COUNT);
      g.writeNumber(pCount.getAsInt());
    }
  }

  /** Writes an outcome as an object. */
  static void outcome(JsonGenerator g, Outcome v) {
    if (!OUTCOME_CURRENT) {
      ModelCodecs.OUTCOME.write(g, v);
      return;
    }
    g.writeStartObject(v);
    outcomeProperties(g, v);
    g.writeEndObject();
  }

  /** Writes the properties of an outcome. */
  static void outcomeProperties(JsonGenerator g, Outcome v) {
    g.writeName(N_KIND);
    OUTCOME_KIND.writeConstant(g, v.kind());
    Optional<String> pDescription = v.description();
    if (pDescription.isPresent()) {
      g.writeName(N_DESCRIPTION);
      g.writeString(pDescription.get());
    }
    Optional<String> pText = v.text();
    if (pText.isPresent()) {
      g.writeName(N_TEXT);
      g.writeString(pText.get());
    }
    Optional<DeclarationId> pDeclaration = v.declaration();
    if (pDeclaration.isPresent()) {
      g.writeName(N_DECLARATION);
      g.writeString(pDeclaration.get().value());
    }
  }

  // last, once every constant above is made: each type's code is used only if the
  // codec's fields are those it was generated from (else the fields do the work)
  private static final boolean DATASET_CURRENT =
      ModelCodecs.DATASET.signature() == 82891727;
  private static final boolean DIALOGUE_CURRENT =
      ModelCodecs.DIALOGUE.signature() == 329016100;
  private static final boolean DECLARATION_CURRENT =
      ModelCodecs.DECLARATION.signature() == -310451360;
  private static final boolean MEETING_CURRENT =
      ModelCodecs.MEETING.signature() == 1784049630;
  private static final boolean ORGANISATION_CURRENT =
      ModelCodecs.ORGANISATION.signature() == 1090723886;
  private static final boolean PERSON_CURRENT =
      ModelCodecs.PERSON.signature() == 1142131381;
  private static final boolean REMITTANCE_SERIES_CURRENT =
      ModelCodecs.REMITTANCE_SERIES.signature() == 1482903987;
  private static final boolean COUNTRY_FIGURE_CURRENT =
      ModelCodecs.COUNTRY_FIGURE.signature() == 1419078252;
  private static final boolean OBSERVATION_CURRENT =
      ModelCodecs.OBSERVATION.signature() == 2044834946;
  private static final boolean SOURCE_CURRENT =
      ModelCodecs.SOURCE.signature() == -304915522;
  private static final boolean SOURCED_DATE_CURRENT =
      ModelCodecs.SOURCED_DATE.signature() == 685639324;
  private static final boolean FIGURE_CURRENT =
      ModelCodecs.FIGURE.signature() == 1099752018;
  private static final boolean POSITION_CURRENT =
      ModelCodecs.POSITION.signature() == 1265181669;
  private static final boolean ROLE_TERM_CURRENT =
      ModelCodecs.ROLE_TERM.signature() == 1546606260;
  private static final boolean MEMBERSHIP_CURRENT =
      ModelCodecs.MEMBERSHIP.signature() == -1368309468;
  private static final boolean REGION_LISTING_CURRENT =
      ModelCodecs.REGION_LISTING.signature() == 160874535;
  private static final boolean REGION_CURRENT =
      ModelCodecs.REGION.signature() == 1330365039;
  private static final boolean WORKING_GROUP_CURRENT =
      ModelCodecs.WORKING_GROUP.signature() == 1394568247;
  private static final boolean GOAL_LINK_CURRENT =
      ModelCodecs.GOAL_LINK.signature() == -1365215356;
  private static final boolean PRIORITY_GOAL_CURRENT =
      ModelCodecs.PRIORITY_GOAL.signature() == -618083107;
  private static final boolean GOAL_REF_CURRENT =
      ModelCodecs.GOAL_REF.signature() == 1060158548;
  private static final boolean STATEMENT_CURRENT =
      ModelCodecs.STATEMENT.signature() == 992968830;
  private static final boolean SITE_VISIT_CURRENT =
      ModelCodecs.SITE_VISIT.signature() == 352434371;
  private static final boolean SESSION_CURRENT =
      ModelCodecs.SESSION.signature() == -83633436;
  private static final boolean OUTCOME_CURRENT =
      ModelCodecs.OUTCOME.signature() == 1523918047;

  static {
    if (DATASET_CURRENT) {
      ModelCodecs.DATASET.writeWith(Writers::datasetProperties);
    }
    if (DIALOGUE_CURRENT) {
      ModelCodecs.DIALOGUE.writeWith(Writers::dialogueProperties);
    }
    if (DECLARATION_CURRENT) {
      ModelCodecs.DECLARATION.writeWith(Writers::declarationProperties);
    }
    if (MEETING_CURRENT) {
      ModelCodecs.MEETING.writeWith(Writers::meetingProperties);
    }
    if (ORGANISATION_CURRENT) {
      ModelCodecs.ORGANISATION.writeWith(Writers::organisationProperties);
    }
    if (PERSON_CURRENT) {
      ModelCodecs.PERSON.writeWith(Writers::personProperties);
    }
    if (REMITTANCE_SERIES_CURRENT) {
      ModelCodecs.REMITTANCE_SERIES.writeWith(Writers::remittanceSeriesProperties);
    }
    if (COUNTRY_FIGURE_CURRENT) {
      ModelCodecs.COUNTRY_FIGURE.writeWith(Writers::countryFigureProperties);
    }
    if (OBSERVATION_CURRENT) {
      ModelCodecs.OBSERVATION.writeWith(Writers::observationProperties);
    }
    if (SOURCE_CURRENT) {
      ModelCodecs.SOURCE.writeWith(Writers::sourceProperties);
    }
    if (SOURCED_DATE_CURRENT) {
      ModelCodecs.SOURCED_DATE.writeWith(Writers::sourcedDateProperties);
    }
    if (FIGURE_CURRENT) {
      ModelCodecs.FIGURE.writeWith(Writers::figureProperties);
    }
    if (POSITION_CURRENT) {
      ModelCodecs.POSITION.writeWith(Writers::positionProperties);
    }
    if (ROLE_TERM_CURRENT) {
      ModelCodecs.ROLE_TERM.writeWith(Writers::roleTermProperties);
    }
    if (MEMBERSHIP_CURRENT) {
      ModelCodecs.MEMBERSHIP.writeWith(Writers::membershipProperties);
    }
    if (REGION_LISTING_CURRENT) {
      ModelCodecs.REGION_LISTING.writeWith(Writers::regionListingProperties);
    }
    if (REGION_CURRENT) {
      ModelCodecs.REGION.writeWith(Writers::regionProperties);
    }
    if (WORKING_GROUP_CURRENT) {
      ModelCodecs.WORKING_GROUP.writeWith(Writers::workingGroupProperties);
    }
    if (GOAL_LINK_CURRENT) {
      ModelCodecs.GOAL_LINK.writeWith(Writers::goalLinkProperties);
    }
    if (PRIORITY_GOAL_CURRENT) {
      ModelCodecs.PRIORITY_GOAL.writeWith(Writers::priorityGoalProperties);
    }
    if (GOAL_REF_CURRENT) {
      ModelCodecs.GOAL_REF.writeWith(Writers::goalRefProperties);
    }
    if (STATEMENT_CURRENT) {
      ModelCodecs.STATEMENT.writeWith(Writers::statementProperties);
    }
    if (SITE_VISIT_CURRENT) {
      ModelCodecs.SITE_VISIT.writeWith(Writers::siteVisitProperties);
    }
    if (SESSION_CURRENT) {
      ModelCodecs.SESSION.writeWith(Writers::sessionProperties);
    }
    if (OUTCOME_CURRENT) {
      ModelCodecs.OUTCOME.writeWith(Writers::outcomeProperties);
    }
  }
}
