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
import org.migov.model.Observation;
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
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads every object type of the format, as the fields of {@link ModelCodecs} and the loop
 * of {@link ObjectCodec} do, but in code of its own for each type: a method reading the
 * whole object (handing unknown properties, the version and incomplete objects over to the
 * codec), and one reading each property, where codecs, builders and nested objects are
 * called directly, which the compiler can inline. In a property's method, a {@link
 * ValidationException} comes from a value the model refuses (nested objects report their
 * own) and is reported at that value; in an object's, from the object, reported at its
 * start, as the codecs report them. Each type's code is used only while its constant
 * {@code X_CURRENT} says the codec's fields are those it was generated from.
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

  /** Reads a dataset. */
  static Dataset dataset(In in) {
    ObjectCodec<Dataset, Dataset.Builder> c = ModelCodecs.DATASET;
    if (!DATASET_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Dataset.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 7) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        datasetProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
    }
  }

  /** Reads the property of index {@code i} of a dataset. */
  static void datasetProperty(In in, Dataset.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addDialogues(dialogue(in));
          }
        }
        case 1 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addOrganisations(organisation(in));
          }
        }
        case 2 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addPeople(person(in));
          }
        }
        case 3 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addDeclarations(declaration(in));
          }
        }
        case 4 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addMeetings(meeting(in));
          }
        }
        case 5 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addRemittanceSeries(remittanceSeries(in));
          }
        }
        case 6 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addCountryFigures(countryFigure(in));
          }
        }
        default -> ModelCodecs.DATASET.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a dialogue. */
  static Dialogue dialogue(In in) {
    ObjectCodec<Dialogue, Dialogue.Builder> c = ModelCodecs.DIALOGUE;
    if (!DIALOGUE_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Dialogue.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 11) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        dialogueProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
            b.addEstablished(sourcedDate(in));
          }
        }
        case 4 -> b.description(Scalars.readString(in));
        case 5 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addMembers(membership(in));
          }
        }
        case 6 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addRegions(region(in));
          }
        }
        case 7 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addTerms(roleTerm(in));
          }
        }
        case 8 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addWorkingGroups(workingGroup(in));
          }
        }
        case 9 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSize(figure(in));
          }
        }
        case 10 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(source(in));
          }
        }
        default -> ModelCodecs.DIALOGUE.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a declaration. */
  static Declaration declaration(In in) {
    ObjectCodec<Declaration, Declaration.Builder> c = ModelCodecs.DECLARATION;
    if (!DECLARATION_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Declaration.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 10) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        declarationProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
            b.addGoals(priorityGoal(in));
          }
        }
        case 9 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(source(in));
          }
        }
        default -> ModelCodecs.DECLARATION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a meeting. */
  static Meeting meeting(In in) {
    ObjectCodec<Meeting, Meeting.Builder> c = ModelCodecs.MEETING;
    if (!MEETING_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Meeting.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 24) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        meetingProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
            b.addParticipation(figure(in));
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
            b.addStatements(statement(in));
          }
        }
        case 17 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSessions(session(in));
          }
        }
        case 18 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSiteVisits(siteVisit(in));
          }
        }
        case 19 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addOutcomes(outcome(in));
          }
        }
        case 20 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addAdvances(goalRef(in));
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
            b.addSources(source(in));
          }
        }
        default -> ModelCodecs.MEETING.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads an organisation. */
  static Organisation organisation(In in) {
    ObjectCodec<Organisation, Organisation.Builder> c = ModelCodecs.ORGANISATION;
    if (!ORGANISATION_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Organisation.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 7) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        organisationProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
    }
  }

  /** Reads the property of index {@code i} of an organisation. */
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
            b.addSources(source(in));
          }
        }
        default -> ModelCodecs.ORGANISATION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a person. */
  static Person person(In in) {
    ObjectCodec<Person, Person.Builder> c = ModelCodecs.PERSON;
    if (!PERSON_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Person.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 5) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        personProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
            b.addPositions(position(in));
          }
        }
        case 4 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(source(in));
          }
        }
        default -> ModelCodecs.PERSON.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a remittance series. */
  static RemittanceSeries remittanceSeries(In in) {
    ObjectCodec<RemittanceSeries, RemittanceSeries.Builder> c = ModelCodecs.REMITTANCE_SERIES;
    if (!REMITTANCE_SERIES_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    RemittanceSeries.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 12) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        remittanceSeriesProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
        case 11 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(source(in));
          }
        }
        default -> ModelCodecs.REMITTANCE_SERIES.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a country figure. */
  static CountryFigure countryFigure(In in) {
    ObjectCodec<CountryFigure, CountryFigure.Builder> c = ModelCodecs.COUNTRY_FIGURE;
    if (!COUNTRY_FIGURE_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    CountryFigure.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 2) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        countryFigureProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
    }
  }

  /** Reads the property of index {@code i} of a country figure. */
  static void countryFigureProperty(In in, CountryFigure.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.country(Scalars.readCountry(in));
        case 1 -> b.figure(figure(in));
        default -> ModelCodecs.COUNTRY_FIGURE.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads an observation. */
  static Observation observation(In in) {
    ObjectCodec<Observation, ModelCodecs.ObservationParts> c = ModelCodecs.OBSERVATION;
    if (!OBSERVATION_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    ModelCodecs.ObservationParts b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 5) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        observationProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
    }
  }

  /** Reads the property of index {@code i} of an observation. */
  static void observationProperty(In in, ModelCodecs.ObservationParts b, int i) {
    try {
      switch (i) {
        case 0 -> b.period(ModelCodecs.PERIOD.read(in));
        case 1 -> b.value(Scalars.readDecimal(in));
        case 2 -> b.status(OBSERVATION_STATUS.read(in));
        case 3 -> b.qualifier(QUALIFIER.read(in));
        case 4 -> b.source(source(in));
        default -> ModelCodecs.OBSERVATION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a source. */
  static Source source(In in) {
    ObjectCodec<Source, Source.Builder> c = ModelCodecs.SOURCE;
    if (!SOURCE_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Source.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 4) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        sourceProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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

  /** Reads a sourced date. */
  static SourcedDate sourcedDate(In in) {
    ObjectCodec<SourcedDate, SourcedDate.Builder> c = ModelCodecs.SOURCED_DATE;
    if (!SOURCED_DATE_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    SourcedDate.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 2) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        sourcedDateProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
    }
  }

  /** Reads the property of index {@code i} of a sourced date. */
  static void sourcedDateProperty(In in, SourcedDate.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.date(Scalars.readDate(in));
        case 1 -> b.source(source(in));
        default -> ModelCodecs.SOURCED_DATE.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a figure. */
  static Figure figure(In in) {
    ObjectCodec<Figure, Figure.Builder> c = ModelCodecs.FIGURE;
    if (!FIGURE_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Figure.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 7) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        figureProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
        case 6 -> b.source(source(in));
        default -> ModelCodecs.FIGURE.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a position. */
  static Position position(In in) {
    ObjectCodec<Position, Position.Builder> c = ModelCodecs.POSITION;
    if (!POSITION_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Position.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 6) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        positionProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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

  /** Reads a role term. */
  static RoleTerm roleTerm(In in) {
    ObjectCodec<RoleTerm, RoleTerm.Builder> c = ModelCodecs.ROLE_TERM;
    if (!ROLE_TERM_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    RoleTerm.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 5) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        roleTermProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
            b.addSources(source(in));
          }
        }
        default -> ModelCodecs.ROLE_TERM.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a membership. */
  static Membership membership(In in) {
    ObjectCodec<Membership, Membership.Builder> c = ModelCodecs.MEMBERSHIP;
    if (!MEMBERSHIP_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Membership.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 4) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        membershipProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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

  /** Reads a region listing. */
  static RegionListing regionListing(In in) {
    ObjectCodec<RegionListing, RegionListing.Builder> c = ModelCodecs.REGION_LISTING;
    if (!REGION_LISTING_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    RegionListing.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 3) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        regionListingProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
    }
  }

  /** Reads the property of index {@code i} of a region listing. */
  static void regionListingProperty(In in, RegionListing.Builder b, int i) {
    try {
      switch (i) {
        case 0 -> b.asOf(Scalars.readDate(in));
        case 2 -> b.source(source(in));
        default -> ModelCodecs.REGION_LISTING.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a region. */
  static Region region(In in) {
    ObjectCodec<Region, Region.Builder> c = ModelCodecs.REGION;
    if (!REGION_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Region.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 3) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        regionProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
            b.addListings(regionListing(in));
          }
        }
        default -> ModelCodecs.REGION.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a working group. */
  static WorkingGroup workingGroup(In in) {
    ObjectCodec<WorkingGroup, WorkingGroup.Builder> c = ModelCodecs.WORKING_GROUP;
    if (!WORKING_GROUP_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    WorkingGroup.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 6) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        workingGroupProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
            b.addTerms(roleTerm(in));
          }
        }
        case 5 -> {
          Scalars.startArray(in);
          while (in.next() != JsonToken.END_ARRAY) {
            b.addSources(source(in));
          }
        }
        default -> ModelCodecs.WORKING_GROUP.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a goal link. */
  static GoalLink goalLink(In in) {
    ObjectCodec<GoalLink, GoalLink.Builder> c = ModelCodecs.GOAL_LINK;
    if (!GOAL_LINK_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    GoalLink.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 3) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        goalLinkProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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

  /** Reads a priority goal. */
  static PriorityGoal priorityGoal(In in) {
    ObjectCodec<PriorityGoal, PriorityGoal.Builder> c = ModelCodecs.PRIORITY_GOAL;
    if (!PRIORITY_GOAL_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    PriorityGoal.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 4) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        priorityGoalProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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
            b.addLinks(goalLink(in));
          }
        }
        default -> ModelCodecs.PRIORITY_GOAL.fields().get(i).read(in, b);
      }
    } catch (ValidationException e) { // a value the model refuses
      throw Scalars.invalid(in, e);
    }
  }

  /** Reads a goal ref. */
  static GoalRef goalRef(In in) {
    ObjectCodec<GoalRef, GoalRef.Builder> c = ModelCodecs.GOAL_REF;
    if (!GOAL_REF_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    GoalRef.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 2) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        goalRefProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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

  /** Reads a statement. */
  static Statement statement(In in) {
    ObjectCodec<Statement, Statement.Builder> c = ModelCodecs.STATEMENT;
    if (!STATEMENT_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Statement.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 6) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        statementProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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

  /** Reads a site visit. */
  static SiteVisit siteVisit(In in) {
    ObjectCodec<SiteVisit, SiteVisit.Builder> c = ModelCodecs.SITE_VISIT;
    if (!SITE_VISIT_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    SiteVisit.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 2) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        siteVisitProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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

  /** Reads a session. */
  static Session session(In in) {
    ObjectCodec<Session, Session.Builder> c = ModelCodecs.SESSION;
    if (!SESSION_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Session.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 3) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        sessionProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
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

  /** Reads an outcome. */
  static Outcome outcome(In in) {
    ObjectCodec<Outcome, Outcome.Builder> c = ModelCodecs.OUTCOME;
    if (!OUTCOME_CURRENT) {
      return c.read(in);
    }
    TokenStreamContext object = c.start(in);
    Outcome.Builder b = c.builderSupplier().get();
    PropertyNameMatcher names = c.names();
    long seen = 0;
    for (int i = in.nextName(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(names)) {
      if (i < 0 || i >= 4) { // an unknown property or the version
        return c.rest(in, object, b, seen, i);
      }
      if ((seen & (1L << i)) != 0) {
        throw c.duplicate(in, i);
      }
      seen |= 1L << i;
      if (in.next() == JsonToken.VALUE_NULL) {
        c.nullValue(in, i);
      } else {
        outcomeProperty(in, b, i);
      }
    }
    if (!c.complete(object, seen)) {
      return c.finish(in, object, b, seen);
    }
    try {
      return c.buildFunction().apply(b);
    } catch (ValidationException e) {
      throw c.violation(in, object, e);
    }
  }

  /** Reads the property of index {@code i} of an outcome. */
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
      ModelCodecs.DATASET.readWith(Readers::datasetProperty, Readers::dataset);
    }
    if (DIALOGUE_CURRENT) {
      ModelCodecs.DIALOGUE.readWith(Readers::dialogueProperty, Readers::dialogue);
    }
    if (DECLARATION_CURRENT) {
      ModelCodecs.DECLARATION.readWith(Readers::declarationProperty, Readers::declaration);
    }
    if (MEETING_CURRENT) {
      ModelCodecs.MEETING.readWith(Readers::meetingProperty, Readers::meeting);
    }
    if (ORGANISATION_CURRENT) {
      ModelCodecs.ORGANISATION.readWith(Readers::organisationProperty, Readers::organisation);
    }
    if (PERSON_CURRENT) {
      ModelCodecs.PERSON.readWith(Readers::personProperty, Readers::person);
    }
    if (REMITTANCE_SERIES_CURRENT) {
      ModelCodecs.REMITTANCE_SERIES.readWith(Readers::remittanceSeriesProperty,
          Readers::remittanceSeries);
    }
    if (COUNTRY_FIGURE_CURRENT) {
      ModelCodecs.COUNTRY_FIGURE.readWith(Readers::countryFigureProperty, Readers::countryFigure);
    }
    if (OBSERVATION_CURRENT) {
      ModelCodecs.OBSERVATION.readWith(Readers::observationProperty, Readers::observation);
    }
    if (SOURCE_CURRENT) {
      ModelCodecs.SOURCE.readWith(Readers::sourceProperty, Readers::source);
    }
    if (SOURCED_DATE_CURRENT) {
      ModelCodecs.SOURCED_DATE.readWith(Readers::sourcedDateProperty, Readers::sourcedDate);
    }
    if (FIGURE_CURRENT) {
      ModelCodecs.FIGURE.readWith(Readers::figureProperty, Readers::figure);
    }
    if (POSITION_CURRENT) {
      ModelCodecs.POSITION.readWith(Readers::positionProperty, Readers::position);
    }
    if (ROLE_TERM_CURRENT) {
      ModelCodecs.ROLE_TERM.readWith(Readers::roleTermProperty, Readers::roleTerm);
    }
    if (MEMBERSHIP_CURRENT) {
      ModelCodecs.MEMBERSHIP.readWith(Readers::membershipProperty, Readers::membership);
    }
    if (REGION_LISTING_CURRENT) {
      ModelCodecs.REGION_LISTING.readWith(Readers::regionListingProperty, Readers::regionListing);
    }
    if (REGION_CURRENT) {
      ModelCodecs.REGION.readWith(Readers::regionProperty, Readers::region);
    }
    if (WORKING_GROUP_CURRENT) {
      ModelCodecs.WORKING_GROUP.readWith(Readers::workingGroupProperty, Readers::workingGroup);
    }
    if (GOAL_LINK_CURRENT) {
      ModelCodecs.GOAL_LINK.readWith(Readers::goalLinkProperty, Readers::goalLink);
    }
    if (PRIORITY_GOAL_CURRENT) {
      ModelCodecs.PRIORITY_GOAL.readWith(Readers::priorityGoalProperty, Readers::priorityGoal);
    }
    if (GOAL_REF_CURRENT) {
      ModelCodecs.GOAL_REF.readWith(Readers::goalRefProperty, Readers::goalRef);
    }
    if (STATEMENT_CURRENT) {
      ModelCodecs.STATEMENT.readWith(Readers::statementProperty, Readers::statement);
    }
    if (SITE_VISIT_CURRENT) {
      ModelCodecs.SITE_VISIT.readWith(Readers::siteVisitProperty, Readers::siteVisit);
    }
    if (SESSION_CURRENT) {
      ModelCodecs.SESSION.readWith(Readers::sessionProperty, Readers::session);
    }
    if (OUTCOME_CURRENT) {
      ModelCodecs.OUTCOME.readWith(Readers::outcomeProperty, Readers::outcome);
    }
  }
}
