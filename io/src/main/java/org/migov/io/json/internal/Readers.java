package org.migov.io.json.internal;

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
import org.migov.model.GoalFramework;
import org.migov.model.GoalLink;
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.MeetingId;
import org.migov.model.MeetingKind;
import org.migov.model.Membership;
import org.migov.model.MembershipRole;
import org.migov.model.ObservationStatus;
import org.migov.model.Organisation;
import org.migov.model.OrganisationId;
import org.migov.model.OrganisationKind;
import org.migov.model.Outcome;
import org.migov.model.OutcomeKind;
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
import org.migov.validation.ValidationException;
import tools.jackson.core.JsonToken;

/**
 * Reads every object type of the format, property by property, as the fields of {@link
 * ModelCodecs} do, but in code of its own for each type: codecs and builders are called
 * directly, which the compiler can inline, rather than through the fields' functions. A
 * {@link ValidationException} thrown here comes from a value the model refuses (nested
 * objects report their own), and is reported at that value, as the codecs report it.
 * Generated from the field tables by {@code GeneratedSources} (io's tests); do not edit:
 * {@code GeneratedSourcesTest} fails when this file is out of date and tells how to make it
 * again, and checks that it reads what the fields read.
 */
@SuppressWarnings("unused")
final class Readers {
  private Readers() {}

  /** Makes sure the readers are set on the codecs (by initialising this class). */
  static void load() {
    // the static initialiser does the work
  }

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

  /** Reads the property of index {@code i} of a dataset. */
  static void datasetProperty(In in, Dataset.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addDialogues(ModelCodecs.DIALOGUE.read(in));
          }
        }
        case 1 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addOrganisations(ModelCodecs.ORGANISATION.read(in));
          }
        }
        case 2 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addPeople(ModelCodecs.PERSON.read(in));
          }
        }
        case 3 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addDeclarations(ModelCodecs.DECLARATION.read(in));
          }
        }
        case 4 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addMeetings(ModelCodecs.MEETING.read(in));
          }
        }
        case 5 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addRemittanceSeries(ModelCodecs.REMITTANCE_SERIES.read(in));
          }
        }
        case 6 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addCountryFigures(ModelCodecs.COUNTRY_FIGURE.read(in));
          }
        }
        default -> ModelCodecs.DATASET.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a dialogue. */
  static void dialogueProperty(In in, Dialogue.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.id(DialogueId.of(Scalars.readString(in)));
        case 1 -> b.name(Scalars.readString(in));
        case 2 -> b.shortName(Scalars.readString(in));
        case 3 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addEstablished(ModelCodecs.SOURCED_DATE.read(in));
          }
        }
        case 4 -> b.description(Scalars.readString(in));
        case 5 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addMembers(ModelCodecs.MEMBERSHIP.read(in));
          }
        }
        case 6 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addRegions(ModelCodecs.REGION.read(in));
          }
        }
        case 7 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addTerms(ModelCodecs.ROLE_TERM.read(in));
          }
        }
        case 8 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addWorkingGroups(ModelCodecs.WORKING_GROUP.read(in));
          }
        }
        case 9 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSize(ModelCodecs.FIGURE.read(in));
          }
        }
        case 10 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(ModelCodecs.SOURCE.read(in));
          }
        }
        default -> ModelCodecs.DIALOGUE.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a declaration. */
  static void declarationProperty(In in, Declaration.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.id(DeclarationId.of(Scalars.readString(in)));
        case 1 -> b.title(Scalars.readString(in));
        case 2 -> b.dialogue(DialogueId.of(Scalars.readString(in)));
        case 3 -> b.kind(DECLARATION_KIND.read(in));
        case 4 -> b.adopted(Scalars.readDate(in));
        case 5 -> b.adoptedAt(MeetingId.of(Scalars.readString(in)));
        case 6 -> b.implementationStart(Scalars.readDate(in));
        case 7 -> b.implementationEnd(Scalars.readDate(in));
        case 8 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addGoals(ModelCodecs.PRIORITY_GOAL.read(in));
          }
        }
        case 9 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(ModelCodecs.SOURCE.read(in));
          }
        }
        default -> ModelCodecs.DECLARATION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a meeting. */
  static void meetingProperty(In in, Meeting.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.id(MeetingId.of(Scalars.readString(in)));
        case 1 -> b.dialogue(DialogueId.of(Scalars.readString(in)));
        case 2 -> b.kind(MEETING_KIND.read(in));
        case 3 -> b.ordinal(Scalars.readInt(in));
        case 4 -> b.title(Scalars.readString(in));
        case 5 -> b.hostCountry(Scalars.readCountry(in));
        case 6 -> b.city(Scalars.readString(in));
        case 7 -> b.start(Scalars.readDate(in));
        case 8 -> b.end(Scalars.readDate(in));
        case 9 -> b.durationDays(Scalars.readInt(in));
        case 10 -> b.convenedBy(WorkingGroupId.of(Scalars.readString(in)));
        case 11 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addConveners(PARTY.read(in));
          }
        }
        case 12 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addOpenedBy(PersonId.of(Scalars.readString(in)));
          }
        }
        case 13 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addAims(Scalars.readString(in));
          }
        }
        case 14 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addParticipation(ModelCodecs.FIGURE.read(in));
          }
        }
        case 15 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addParticipants(PARTY.read(in));
          }
        }
        case 16 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addStatements(ModelCodecs.STATEMENT.read(in));
          }
        }
        case 17 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSessions(ModelCodecs.SESSION.read(in));
          }
        }
        case 18 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSiteVisits(ModelCodecs.SITE_VISIT.read(in));
          }
        }
        case 19 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addOutcomes(ModelCodecs.OUTCOME.read(in));
          }
        }
        case 20 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addAdvances(ModelCodecs.GOAL_REF.read(in));
          }
        }
        case 21 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addHighlights(Scalars.readString(in));
          }
        }
        case 22 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addNotes(Scalars.readString(in));
          }
        }
        case 23 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(ModelCodecs.SOURCE.read(in));
          }
        }
        default -> ModelCodecs.MEETING.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a organisation. */
  static void organisationProperty(In in, Organisation.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.id(OrganisationId.of(Scalars.readString(in)));
        case 1 -> b.name(Scalars.readString(in));
        case 2 -> b.acronym(Scalars.readString(in));
        case 3 -> b.kind(ORGANISATION_KIND.read(in));
        case 4 -> b.country(Scalars.readCountry(in));
        case 5 -> b.parent(OrganisationId.of(Scalars.readString(in)));
        case 6 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(ModelCodecs.SOURCE.read(in));
          }
        }
        default -> ModelCodecs.ORGANISATION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a person. */
  static void personProperty(In in, Person.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.id(PersonId.of(Scalars.readString(in)));
        case 1 -> b.name(Scalars.readString(in));
        case 2 -> b.honorific(Scalars.readString(in));
        case 3 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addPositions(ModelCodecs.POSITION.read(in));
          }
        }
        case 4 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(ModelCodecs.SOURCE.read(in));
          }
        }
        default -> ModelCodecs.PERSON.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a remittance series. */
  static void remittanceSeriesProperty(In in, RemittanceSeries.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.id(SeriesId.of(Scalars.readString(in)));
        case 1 -> b.title(Scalars.readString(in));
        case 2 -> b.reporter(Scalars.readCountry(in));
        case 3 -> b.direction(FLOW_DIRECTION.read(in));
        case 4 -> b.counterpart(Scalars.readCountry(in));
        case 5 -> b.measure(REMITTANCE_MEASURE.read(in));
        case 6 -> b.indicator(Scalars.readString(in));
        case 7 -> b.currency(ModelCodecs.CURRENCY.read(in));
        case 9 -> b.frequency(ModelCodecs.FREQUENCY.read(in));
        default -> ModelCodecs.REMITTANCE_SERIES.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a country figure. */
  static void countryFigureProperty(In in, CountryFigure.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.country(Scalars.readCountry(in));
        case 1 -> b.figure(ModelCodecs.FIGURE.read(in));
        default -> ModelCodecs.COUNTRY_FIGURE.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a observation. */
  static void observationProperty(In in, ModelCodecs.ObservationParts b, int i) {
    try {
      switch (i) {
        case 0 -> b.period(ModelCodecs.PERIOD.read(in));
        case 1 -> b.value(Scalars.readDecimal(in));
        case 2 -> b.status(OBSERVATION_STATUS.read(in));
        case 3 -> b.qualifier(QUALIFIER.read(in));
        case 4 -> b.source(ModelCodecs.SOURCE.read(in));
        default -> ModelCodecs.OBSERVATION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a source. */
  static void sourceProperty(In in, Source.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.title(Scalars.readString(in));
        case 1 -> b.publisher(Scalars.readString(in));
        case 2 -> b.url(ModelCodecs.URL.read(in));
        case 3 -> b.published(Scalars.readDate(in));
        default -> ModelCodecs.SOURCE.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a sourced date. */
  static void sourcedDateProperty(In in, SourcedDate.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.date(Scalars.readDate(in));
        case 1 -> b.source(ModelCodecs.SOURCE.read(in));
        default -> ModelCodecs.SOURCED_DATE.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a figure. */
  static void figureProperty(In in, Figure.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.value(Scalars.readDecimal(in));
        case 1 -> b.qualifier(QUALIFIER.read(in));
        case 3 -> b.description(Scalars.readString(in));
        case 4 -> b.asOf(Scalars.readDate(in));
        case 5 -> b.period(ModelCodecs.PERIOD.read(in));
        case 6 -> b.source(ModelCodecs.SOURCE.read(in));
        default -> ModelCodecs.FIGURE.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a position. */
  static void positionProperty(In in, Position.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.title(Scalars.readString(in));
        case 1 -> b.organisation(OrganisationId.of(Scalars.readString(in)));
        case 2 -> b.dialogue(DialogueId.of(Scalars.readString(in)));
        case 3 -> b.country(Scalars.readCountry(in));
        case 4 -> b.start(Scalars.readDate(in));
        case 5 -> b.end(Scalars.readDate(in));
        default -> ModelCodecs.POSITION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a role term. */
  static void roleTermProperty(In in, RoleTerm.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.holder(PARTY.read(in));
        case 1 -> b.role(DIALOGUE_ROLE.read(in));
        case 2 -> b.start(Scalars.readDate(in));
        case 3 -> b.end(Scalars.readDate(in));
        case 4 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(ModelCodecs.SOURCE.read(in));
          }
        }
        default -> ModelCodecs.ROLE_TERM.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a membership. */
  static void membershipProperty(In in, Membership.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.party(PARTY.read(in));
        case 1 -> b.role(MEMBERSHIP_ROLE.read(in));
        case 2 -> b.since(Scalars.readDate(in));
        case 3 -> b.until(Scalars.readDate(in));
        default -> ModelCodecs.MEMBERSHIP.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a region listing. */
  static void regionListingProperty(In in, RegionListing.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.asOf(Scalars.readDate(in));
        case 2 -> b.source(ModelCodecs.SOURCE.read(in));
        default -> ModelCodecs.REGION_LISTING.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a region. */
  static void regionProperty(In in, Region.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.id(RegionId.of(Scalars.readString(in)));
        case 1 -> b.name(Scalars.readString(in));
        case 2 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addListings(ModelCodecs.REGION_LISTING.read(in));
          }
        }
        default -> ModelCodecs.REGION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a working group. */
  static void workingGroupProperty(In in, WorkingGroup.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.id(WorkingGroupId.of(Scalars.readString(in)));
        case 1 -> b.name(Scalars.readString(in));
        case 2 -> b.kind(WORKING_GROUP_KIND.read(in));
        case 3 -> b.theme(Scalars.readString(in));
        case 4 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addTerms(ModelCodecs.ROLE_TERM.read(in));
          }
        }
        case 5 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(ModelCodecs.SOURCE.read(in));
          }
        }
        default -> ModelCodecs.WORKING_GROUP.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a goal link. */
  static void goalLinkProperty(In in, GoalLink.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.framework(GOAL_FRAMEWORK.read(in));
        case 1 -> b.code(Scalars.readString(in));
        case 2 -> b.label(Scalars.readString(in));
        default -> ModelCodecs.GOAL_LINK.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a priority goal. */
  static void priorityGoalProperty(In in, PriorityGoal.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.number(Scalars.readInt(in));
        case 1 -> b.text(Scalars.readString(in));
        case 2 -> b.shortTitle(Scalars.readString(in));
        case 3 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addLinks(ModelCodecs.GOAL_LINK.read(in));
          }
        }
        default -> ModelCodecs.PRIORITY_GOAL.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a goal ref. */
  static void goalRefProperty(In in, GoalRef.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.declaration(DeclarationId.of(Scalars.readString(in)));
        case 1 -> b.goal(Scalars.readInt(in));
        default -> ModelCodecs.GOAL_REF.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a statement. */
  static void statementProperty(In in, Statement.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.speaker(PersonId.of(Scalars.readString(in)));
        case 1 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addPositions(Scalars.readString(in));
          }
        }
        case 2 -> b.onBehalfOf(PARTY.read(in));
        case 3 -> b.kind(STATEMENT_KIND.read(in));
        case 4 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addQuotes(Scalars.readString(in));
          }
        }
        case 5 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addReported(Scalars.readString(in));
          }
        }
        default -> ModelCodecs.STATEMENT.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a site visit. */
  static void siteVisitProperty(In in, SiteVisit.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.organisation(OrganisationId.of(Scalars.readString(in)));
        case 1 -> b.purpose(Scalars.readString(in));
        default -> ModelCodecs.SITE_VISIT.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a session. */
  static void sessionProperty(In in, Session.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.title(Scalars.readString(in));
        case 1 -> b.focus(Scalars.readString(in));
        case 2 -> b.count(Scalars.readInt(in));
        default -> ModelCodecs.SESSION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads the property of index {@code i} of a outcome. */
  static void outcomeProperty(In in, Outcome.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.kind(OUTCOME_KIND.read(in));
        case 1 -> b.description(Scalars.readString(in));
        case 2 -> b.text(Scalars.readString(in));
        case 3 -> b.declaration(DeclarationId.of(Scalars.readString(in)));
        default -> ModelCodecs.OUTCOME.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  // last, once every constant above is made; each codec only if its fields are those
  // this code was generated from
  static {
    if (ModelCodecs.DATASET.hasProperties("dialogues", "organisations", "people", "declarations",
        "meetings", "remittance_series", "country_figures")) {
      ModelCodecs.DATASET.readWith(Readers::datasetProperty);
    }
    if (ModelCodecs.DIALOGUE.hasProperties("id", "name", "short_name", "established", "description",
        "members", "regions", "terms", "working_groups", "size", "sources")) {
      ModelCodecs.DIALOGUE.readWith(Readers::dialogueProperty);
    }
    if (ModelCodecs.DECLARATION.hasProperties("id", "title", "dialogue", "kind", "adopted",
        "adopted_at", "implementation_start", "implementation_end", "goals", "sources")) {
      ModelCodecs.DECLARATION.readWith(Readers::declarationProperty);
    }
    if (ModelCodecs.MEETING.hasProperties("id", "dialogue", "kind", "ordinal", "title",
        "host_country", "city", "start", "end", "duration_days", "convened_by", "conveners",
        "opened_by", "aims", "participation", "participants", "statements", "sessions",
        "site_visits", "outcomes", "advances", "highlights", "notes", "sources")) {
      ModelCodecs.MEETING.readWith(Readers::meetingProperty);
    }
    if (ModelCodecs.ORGANISATION.hasProperties("id", "name", "acronym", "kind", "country", "parent",
        "sources")) {
      ModelCodecs.ORGANISATION.readWith(Readers::organisationProperty);
    }
    if (ModelCodecs.PERSON.hasProperties("id", "name", "honorific", "positions", "sources")) {
      ModelCodecs.PERSON.readWith(Readers::personProperty);
    }
    if (ModelCodecs.REMITTANCE_SERIES.hasProperties("id", "title", "reporter", "direction",
        "counterpart", "measure", "indicator", "currency", "unit_multiplier", "frequency",
        "observations", "sources")) {
      ModelCodecs.REMITTANCE_SERIES.readWith(Readers::remittanceSeriesProperty);
    }
    if (ModelCodecs.COUNTRY_FIGURE.hasProperties("country", "figure")) {
      ModelCodecs.COUNTRY_FIGURE.readWith(Readers::countryFigureProperty);
    }
    if (ModelCodecs.OBSERVATION.hasProperties("period", "value", "status", "qualifier", "source")) {
      ModelCodecs.OBSERVATION.readWith(Readers::observationProperty);
    }
    if (ModelCodecs.SOURCE.hasProperties("title", "publisher", "url", "published")) {
      ModelCodecs.SOURCE.readWith(Readers::sourceProperty);
    }
    if (ModelCodecs.SOURCED_DATE.hasProperties("date", "source")) {
      ModelCodecs.SOURCED_DATE.readWith(Readers::sourcedDateProperty);
    }
    if (ModelCodecs.FIGURE.hasProperties("value", "qualifier", "counts", "description", "as_of",
        "period", "source")) {
      ModelCodecs.FIGURE.readWith(Readers::figureProperty);
    }
    if (ModelCodecs.POSITION.hasProperties("title", "organisation", "dialogue", "country", "start",
        "end")) {
      ModelCodecs.POSITION.readWith(Readers::positionProperty);
    }
    if (ModelCodecs.ROLE_TERM.hasProperties("holder", "role", "start", "end", "sources")) {
      ModelCodecs.ROLE_TERM.readWith(Readers::roleTermProperty);
    }
    if (ModelCodecs.MEMBERSHIP.hasProperties("party", "role", "since", "until")) {
      ModelCodecs.MEMBERSHIP.readWith(Readers::membershipProperty);
    }
    if (ModelCodecs.REGION_LISTING.hasProperties("as_of", "countries", "source")) {
      ModelCodecs.REGION_LISTING.readWith(Readers::regionListingProperty);
    }
    if (ModelCodecs.REGION.hasProperties("id", "name", "listings")) {
      ModelCodecs.REGION.readWith(Readers::regionProperty);
    }
    if (ModelCodecs.WORKING_GROUP.hasProperties("id", "name", "kind", "theme", "terms",
        "sources")) {
      ModelCodecs.WORKING_GROUP.readWith(Readers::workingGroupProperty);
    }
    if (ModelCodecs.GOAL_LINK.hasProperties("framework", "code", "label")) {
      ModelCodecs.GOAL_LINK.readWith(Readers::goalLinkProperty);
    }
    if (ModelCodecs.PRIORITY_GOAL.hasProperties("number", "text", "short_title", "links")) {
      ModelCodecs.PRIORITY_GOAL.readWith(Readers::priorityGoalProperty);
    }
    if (ModelCodecs.GOAL_REF.hasProperties("declaration", "goal")) {
      ModelCodecs.GOAL_REF.readWith(Readers::goalRefProperty);
    }
    if (ModelCodecs.STATEMENT.hasProperties("speaker", "positions", "on_behalf_of", "kind",
        "quotes", "reported")) {
      ModelCodecs.STATEMENT.readWith(Readers::statementProperty);
    }
    if (ModelCodecs.SITE_VISIT.hasProperties("organisation", "purpose")) {
      ModelCodecs.SITE_VISIT.readWith(Readers::siteVisitProperty);
    }
    if (ModelCodecs.SESSION.hasProperties("title", "focus", "count")) {
      ModelCodecs.SESSION.readWith(Readers::sessionProperty);
    }
    if (ModelCodecs.OUTCOME.hasProperties("kind", "description", "text", "declaration")) {
      ModelCodecs.OUTCOME.readWith(Readers::outcomeProperty);
    }
  }
}
