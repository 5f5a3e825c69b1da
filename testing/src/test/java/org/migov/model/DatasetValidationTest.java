package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.migov.testing.SeedArticle;
import org.migov.validation.Severity;
import org.migov.validation.ValidationReport;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * Every rule across entities that {@link Dataset#validate()} checks. Each test starts from the
 * seed dataset, which has no violation at all, changes one thing, and pins down the exact path,
 * code, severity and message of what is reported.
 */
class DatasetValidationTest {
  private static final Dataset SEED = SeedArticle.dataset();
  private static final Source SOURCE = SeedArticle.source();
  private static final CountryCode PAK = CountryCode.of("PAK");
  private static final CountryCode HUN = CountryCode.of("HUN");
  private static final CountryCode TUR = CountryCode.of("TUR");
  private static final DialogueId BP = SeedArticle.BUDAPEST_PROCESS;
  private static final DeclarationId DECLARATION = SeedArticle.BUDAPEST_DECLARATION_2024;

  /** The seed dataset with the Islamabad meeting (index 1 of meetings) replaced. */
  private static Dataset withIslamabad(Meeting islamabad) {
    return SEED.toBuilder()
        .meetings(List.of(SeedArticle.ministerialConference(), islamabad)).build();
  }

  private static Meeting.Builder islamabad() {
    return SeedArticle.islamabadMeeting().toBuilder();
  }

  /** The seed dataset with the Budapest Process (index 0 of dialogues) replaced. */
  private static Dataset withBudapestProcess(Dialogue dialogue) {
    return SEED.toBuilder().dialogues(List.of(dialogue)).build();
  }

  private static Dialogue.Builder budapestProcess() {
    return SeedArticle.budapestProcess().toBuilder();
  }

  private static Dataset withDeclaration(Declaration declaration) {
    return SEED.toBuilder().declarations(List.of(declaration)).build();
  }

  /** A violation's path and code, as {@code extracting(Violation::path, Violation::code)} gives. */
  private static Tuple at(String path, ViolationCode code) {
    return tuple(path, code);
  }

  private static Violation only(ValidationReport report) {
    assertThat(report.violations()).hasSize(1);
    return report.violations().get(0);
  }

  private static Organisation organisation(String id) {
    return Organisation.builder().id(OrganisationId.of(id)).name("Organisation " + id)
        .kind(OrganisationKind.OTHER).addSources(SOURCE).build();
  }

  private static RoleTerm term(CountryCode holder, DialogueRole role, String start,
      String end) {
    RoleTerm.Builder b = RoleTerm.builder().holder(Party.country(holder)).role(role);
    if (!start.isEmpty()) {
      b.start(PartialDate.parse(start));
    }
    if (!end.isEmpty()) {
      b.end(PartialDate.parse(end));
    }
    return b.build();
  }

  @Test
  void seedDatasetIsTheCleanStartingPointOfEveryTest() {
    assertThat(SEED.validate().violations()).isEmpty();
  }

  @Test
  void emptyDatasetIsValid() {
    ValidationReport report = Dataset.builder().build().validate();

    assertThat(report.violations()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Nested
  class DuplicateIds {
    @Test
    void secondOrganisationWithAnIdIsReportedAtItsIndex() {
      Violation v = only(SEED.toBuilder().addOrganisations(organisation("icmpd")).build()
          .validate());

      assertThat(v.path()).isEqualTo("dataset.organisations[7].id");
      assertThat(v.code()).isEqualTo(ViolationCode.ID_DUPLICATE);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("the id 'icmpd' is used by another entity of 'organisations'");
    }

    @Test
    void duplicateIdsOfEveryKindOfEntityAreReported() {
      Dataset data = SEED.toBuilder()
          .addDialogues(SeedArticle.budapestProcess())
          .addPeople(SeedArticle.people().get(3))
          .addDeclarations(SeedArticle.declaration())
          .addMeetings(SeedArticle.islamabadMeeting())
          .addRemittanceSeries(SeedArticle.remittances())
          .build();

      assertThat(data.validate().violations())
          .extracting(Violation::path, Violation::code)
          .containsExactly(
              at("dataset.dialogues[1].id", ViolationCode.ID_DUPLICATE),
              at("dataset.people[5].id", ViolationCode.ID_DUPLICATE),
              at("dataset.declarations[1].id", ViolationCode.ID_DUPLICATE),
              at("dataset.meetings[2].id", ViolationCode.ID_DUPLICATE),
              at("dataset.remittanceSeries[1].id", ViolationCode.ID_DUPLICATE));
    }

    @Test
    void entitiesOfDifferentKindsMayShareASlug() {
      Dataset data = SEED.toBuilder().addOrganisations(organisation("budapest-process")).build();

      assertThat(data.validate().violations()).isEmpty();
    }
  }

  @Nested
  class DanglingReferences {
    @Test
    void parentOfAnOrganisationMustExist() {
      Dataset data = SEED.toBuilder().addOrganisations(organisation("beoe-regional-office")
          .toBuilder().parent(OrganisationId.of("ministry-unknown")).build()).build();

      Violation v = only(data.validate());
      assertThat(v.path()).isEqualTo("dataset.organisations[7].parent");
      assertThat(v.code()).isEqualTo(ViolationCode.REFERENCE_DANGLING);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("no organisation has the id 'ministry-unknown'");
    }

    @Test
    void organisationAndDialogueOfAPositionMustExist() {
      Person p = Person.builder().id(PersonId.of("someone")).name("Someone").addSources(SOURCE)
          .addPositions(Position.builder().title("Director").organisation(OrganisationId.of("iom"))
              .dialogue(DialogueId.of("rabat-process")).build())
          .build();

      assertThat(SEED.toBuilder().addPeople(p).build().validate().violations())
          .extracting(Violation::path, Violation::code, Violation::message)
          .containsExactly(
              tuple("dataset.people[5].positions[0].organisation",
                  ViolationCode.REFERENCE_DANGLING, "no organisation has the id 'iom'"),
              tuple("dataset.people[5].positions[0].dialogue", ViolationCode.REFERENCE_DANGLING,
                  "no dialogue has the id 'rabat-process'"));
    }

    @Test
    void organisationsThatAreMembersOrHoldTermsMustExist() {
      Party iom = Party.organisation(OrganisationId.of("iom"));
      Dialogue d = budapestProcess()
          .addMembers(Membership.builder().party(Party.country(PAK)).build(),
              Membership.builder().party(iom).role(MembershipRole.PARTNER).build())
          .addTerms(RoleTerm.builder().holder(iom).role(DialogueRole.RAPPORTEUR).build())
          .workingGroups(List.of(SeedArticle.budapestProcess().workingGroups().get(0).toBuilder()
              .addTerms(RoleTerm.builder().holder(iom).role(DialogueRole.CO_CHAIR).build())
              .build()))
          .build();

      assertThat(withBudapestProcess(d).validate().violations())
          .extracting(Violation::path, Violation::code)
          .containsExactly(
              at("dataset.dialogues[0].members[1].party", ViolationCode.REFERENCE_DANGLING),
              at("dataset.dialogues[0].terms[2].holder", ViolationCode.REFERENCE_DANGLING),
              at("dataset.dialogues[0].workingGroups[0].terms[1].holder",
                  ViolationCode.REFERENCE_DANGLING));
    }

    @Test
    void countriesAreNeverDanglingSinceTheyAreNotEntities() {
      Dialogue d = budapestProcess()
          .addMembers(Membership.builder().party(Party.country(CountryCode.of("XKX"))).build())
          .build();

      assertThat(withBudapestProcess(d).validate().violations()).isEmpty();
    }

    @Test
    void dialogueAndAdoptingMeetingOfADeclarationMustExist() {
      Declaration d = SeedArticle.declaration().toBuilder()
          .dialogue(DialogueId.of("prague-process"))
          .adoptedAt(MeetingId.of("prague-ministerial-conference-2009")).build();

      assertThat(withDeclaration(d).validate().errors())
          .extracting(Violation::path, Violation::code, Violation::message)
          .containsExactly(
              tuple("dataset.declarations[0].dialogue", ViolationCode.REFERENCE_DANGLING,
                  "no dialogue has the id 'prague-process'"),
              tuple("dataset.declarations[0].adoptedAt", ViolationCode.REFERENCE_DANGLING,
                  "no meeting has the id 'prague-ministerial-conference-2009'"));
    }

    @Test
    void dialogueOfAMeetingMustExistAndItsWorkingGroupIsThenNotCheckedAgain() {
      Meeting m = islamabad().dialogue(DialogueId.of("rabat-process")).build();

      Violation v = only(withIslamabad(m).validate());
      assertThat(v.path()).isEqualTo("dataset.meetings[1].dialogue");
      assertThat(v.code()).isEqualTo(ViolationCode.REFERENCE_DANGLING);
      assertThat(v.message()).isEqualTo("no dialogue has the id 'rabat-process'");
    }

    @Test
    void everyReferenceOfAMeetingMustExist() {
      OrganisationId iom = OrganisationId.of("iom");
      Meeting m = islamabad()
          .conveners(List.of(Party.organisation(iom)))
          .addParticipants(Party.organisation(OrganisationId.of("unhcr")))
          .openedBy(List.of(PersonId.of("nobody")))
          .statements(List.of(Statement.builder().speaker(PersonId.of("nobody-else"))
              .kind(StatementKind.REMARKS).onBehalfOf(Party.organisation(iom)).build()))
          .addSiteVisits(SiteVisit.builder().organisation(OrganisationId.of("sbp")).build())
          .addOutcomes(Outcome.builder().kind(OutcomeKind.DECLARATION)
              .declaration(DeclarationId.of("islamabad-declaration")).build())
          .advances(List.of(GoalRef.of(DeclarationId.of("rabat-action-plan"), 1)))
          .build();

      assertThat(withIslamabad(m).validate().violations())
          .extracting(Violation::path, Violation::code, Violation::severity)
          .containsExactly(
              tuple("dataset.meetings[1].conveners[0]", ViolationCode.REFERENCE_DANGLING,
                  Severity.ERROR),
              tuple("dataset.meetings[1].participants[4]", ViolationCode.REFERENCE_DANGLING,
                  Severity.ERROR),
              tuple("dataset.meetings[1].openedBy[0]", ViolationCode.REFERENCE_DANGLING,
                  Severity.ERROR),
              tuple("dataset.meetings[1].statements[0].speaker",
                  ViolationCode.REFERENCE_DANGLING, Severity.ERROR),
              tuple("dataset.meetings[1].statements[0].onBehalfOf",
                  ViolationCode.REFERENCE_DANGLING, Severity.ERROR),
              tuple("dataset.meetings[1].siteVisits[3].organisation",
                  ViolationCode.REFERENCE_DANGLING, Severity.ERROR),
              tuple("dataset.meetings[1].outcomes[1].declaration",
                  ViolationCode.REFERENCE_DANGLING, Severity.ERROR),
              tuple("dataset.meetings[1].advances[0].declaration",
                  ViolationCode.REFERENCE_DANGLING, Severity.ERROR));
      assertThat(withIslamabad(m).validate().violations()).extracting(Violation::message)
          .contains("no person has the id 'nobody'", "no declaration has the id 'rabat-action-plan'");
    }
  }

  @Nested
  class Goals {
    @Test
    void goalNumberTheDeclarationDoesNotHaveIsUnknown() {
      Meeting m = islamabad().advances(List.of(GoalRef.of(DECLARATION, 7))).build();

      Violation v = only(withIslamabad(m).validate());
      assertThat(v.path()).isEqualTo("dataset.meetings[1].advances[0].goal");
      assertThat(v.code()).isEqualTo(ViolationCode.GOAL_UNKNOWN);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("'budapest-declaration-2024' has no priority goal 7");
    }

    @Test
    void meetingThatEndedBeforeTheDeclarationWasAdoptedCannotAdvanceItsGoals() {
      Meeting m = islamabad().start(PartialDate.of(2024, 6, 26)).end(PartialDate.of(2024, 6, 27))
          .durationDays(2).build();

      Violation v = only(withIslamabad(m).validate());
      assertThat(v.path()).isEqualTo("dataset.meetings[1].advances[0]");
      assertThat(v.code()).isEqualTo(ViolationCode.GOAL_NOT_YET_ADOPTED);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("'islamabad-legal-pathways-2025' (ending 2024-06-27) "
          + "advances a goal of 'budapest-declaration-2024', adopted later (2024-11)");
    }

    @Test
    void meetingWithOnlyAStartDateIsJudgedByItsStart() {
      Meeting m = islamabad().start(PartialDate.ofYear(2023)).build();

      assertThat(only(withIslamabad(m).validate()).code())
          .isEqualTo(ViolationCode.GOAL_NOT_YET_ADOPTED);
    }

    @Test
    void meetingInTheMonthOfAdoptionMayAdvanceItsGoalsSinceTheOrderIsNotCertain() {
      Meeting m = islamabad().start(PartialDate.of(2024, 11, 1)).end(PartialDate.of(2024, 11, 2))
          .build();

      assertThat(withIslamabad(m).validate().violations()).isEmpty();
    }

    @Test
    void unknownGoalOfADeclarationNotYetAdoptedReportsBoth() {
      Meeting m = islamabad().end(PartialDate.ofYear(2020))
          .advances(List.of(GoalRef.of(DECLARATION, 9))).build();

      assertThat(withIslamabad(m).validate().violations())
          .extracting(Violation::path, Violation::code)
          .containsExactly(at("dataset.meetings[1].advances[0].goal", ViolationCode.GOAL_UNKNOWN),
              at("dataset.meetings[1].advances[0]", ViolationCode.GOAL_NOT_YET_ADOPTED));
    }
  }

  @Nested
  class Declarations {
    @Test
    void declarationAdoptedAtAMeetingOfAnotherDialogueIsAMismatch() {
      Dialogue rabat = Dialogue.builder().id(DialogueId.of("rabat-process")).name("Rabat Process")
          .addSources(SOURCE).build();
      Declaration d = SeedArticle.declaration().toBuilder().dialogue(rabat.id()).build();
      Dataset data = SEED.toBuilder().addDialogues(rabat).declarations(List.of(d)).build();

      Violation v = only(data.validate());
      assertThat(v.path()).isEqualTo("dataset.declarations[0].adoptedAt");
      assertThat(v.code()).isEqualTo(ViolationCode.DECLARATION_DIALOGUE_MISMATCH);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("'budapest-declaration-2024' of dialogue 'rabat-process' "
          + "was adopted at 'budapest-ministerial-conference-2024' of dialogue 'budapest-process'");
    }

    @Test
    void adoptionDateOutsideTheDatesOfTheAdoptingMeetingIsReported() {
      Declaration d = SeedArticle.declaration().toBuilder().adopted(PartialDate.ofMonth(2024, 10))
          .build();

      Violation v = only(withDeclaration(d).validate());
      assertThat(v.path()).isEqualTo("dataset.declarations[0].adopted");
      assertThat(v.code()).isEqualTo(ViolationCode.DECLARATION_ADOPTION_DATE);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("'budapest-declaration-2024' was adopted on 2024-10, "
          + "outside the dates of 'budapest-ministerial-conference-2024' (2024-11 to 2024-11)");
    }

    @Test
    void adoptionAfterTheMeetingEndedIsReported() {
      Declaration d = SeedArticle.declaration().toBuilder().adopted(PartialDate.ofYear(2025))
          .build();

      assertThat(only(withDeclaration(d).validate()))
          .extracting(Violation::path, Violation::code)
          .containsExactly("dataset.declarations[0].adopted",
              ViolationCode.DECLARATION_ADOPTION_DATE);
    }

    @Test
    void exactAdoptionDayWithinAPartiallyDatedMeetingIsAccepted() {
      Declaration d = SeedArticle.declaration().toBuilder().adopted(PartialDate.of(2024, 11, 12))
          .build();

      assertThat(withDeclaration(d).validate().violations()).isEmpty();
    }

    @Test
    void adoptionYearThatMayContainTheMeetingIsAccepted() {
      Declaration d = SeedArticle.declaration().toBuilder().adopted(PartialDate.ofYear(2024))
          .build();

      assertThat(withDeclaration(d).validate().violations()).isEmpty();
    }
  }

  @Nested
  class ChairTerms {
    @Test
    void hungarysChairUntil2006DoesNotOverlapTurkiyesChairSinceJanuary2006() {
      Dialogue d = budapestProcess().addTerms(
          term(HUN, DialogueRole.CHAIR, "1993", "2006"),
          term(TUR, DialogueRole.CHAIR, "2006-01", ""),
          term(HUN, DialogueRole.CO_CHAIR, "2006", "")).build();

      assertThat(withBudapestProcess(d).validate().violations()).isEmpty();
    }

    @Test
    void orderOfTheTermsDoesNotMatterForTheHandOverIn2006() {
      Dialogue d = budapestProcess().addTerms(
          term(TUR, DialogueRole.CHAIR, "2006-01", ""),
          term(HUN, DialogueRole.CHAIR, "1993", "2006")).build();

      assertThat(withBudapestProcess(d).validate().violations()).isEmpty();
    }

    @Test
    void chairStartingCertainlyBeforeThePreviousChairEndedOverlaps() {
      Dialogue d = budapestProcess().addTerms(
          term(HUN, DialogueRole.CHAIR, "1993", "2006"),
          term(TUR, DialogueRole.CHAIR, "2005", "")).build();

      Violation v = only(withBudapestProcess(d).validate());
      assertThat(v.path()).isEqualTo("dataset.dialogues[0].terms[3]");
      assertThat(v.code()).isEqualTo(ViolationCode.CHAIR_TERM_OVERLAP);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message())
          .isEqualTo("the chair term of country:TUR overlaps the term of country:HUN");
    }

    @Test
    void twoOpenEndedChairsOverlap() {
      Dialogue d = budapestProcess().addTerms(
          term(TUR, DialogueRole.CHAIR, "2006-01", ""),
          term(CountryCode.of("SWE"), DialogueRole.CHAIR, "2021", "")).build();

      assertThat(only(withBudapestProcess(d).validate()))
          .extracting(Violation::path, Violation::code)
          .containsExactly("dataset.dialogues[0].terms[3]", ViolationCode.CHAIR_TERM_OVERLAP);
    }

    @Test
    void termWithoutAStartNeverCertainlyOverlaps() {
      Dialogue d = budapestProcess().addTerms(
          term(TUR, DialogueRole.CHAIR, "2006-01", ""),
          term(HUN, DialogueRole.CHAIR, "", "2006")).build();

      assertThat(withBudapestProcess(d).validate().violations()).isEmpty();
    }

    @Test
    void coChairsMayServeAtTheSameTime() {
      Dialogue d = budapestProcess().addTerms(
          term(HUN, DialogueRole.CO_CHAIR, "2006", ""),
          term(PAK, DialogueRole.CO_CHAIR, "2020", "")).build();

      assertThat(withBudapestProcess(d).validate().violations()).isEmpty();
    }

    @Test
    void rapporteursAndSecretariatsAreOneAtATimeToo() {
      Party icmpd = Party.organisation(SeedArticle.ICMPD);
      Dialogue d = budapestProcess().terms(List.of(
          term(CountryCode.of("SWE"), DialogueRole.RAPPORTEUR, "2021", ""),
          term(PAK, DialogueRole.RAPPORTEUR, "2022", "2023"),
          RoleTerm.builder().holder(icmpd).role(DialogueRole.SECRETARIAT)
              .start(PartialDate.ofYear(1994)).build(),
          term(HUN, DialogueRole.SECRETARIAT, "2000", "2001"))).build();

      assertThat(withBudapestProcess(d).validate().violations())
          .extracting(Violation::path, Violation::code, Violation::message)
          .containsExactlyInAnyOrder(
              tuple("dataset.dialogues[0].terms[1]", ViolationCode.CHAIR_TERM_OVERLAP,
                  "the rapporteur term of country:PAK overlaps the term of country:SWE"),
              tuple("dataset.dialogues[0].terms[3]", ViolationCode.CHAIR_TERM_OVERLAP,
                  "the secretariat term of country:HUN overlaps the term of organisation:icmpd"));
    }

    @Test
    void overlappingChairsOfAWorkingGroupAreReportedInTheWorkingGroup() {
      WorkingGroup twg = SeedArticle.budapestProcess().workingGroups().get(0).toBuilder()
          .addTerms(term(PAK, DialogueRole.CHAIR, "2024", ""),
              term(HUN, DialogueRole.CHAIR, "2025-03", "2025-06"))
          .build();
      Dialogue d = budapestProcess().workingGroups(List.of(twg)).build();

      assertThat(only(withBudapestProcess(d).validate()))
          .extracting(Violation::path, Violation::code)
          .containsExactly("dataset.dialogues[0].workingGroups[0].terms[2]",
              ViolationCode.CHAIR_TERM_OVERLAP);
    }
  }

  @Nested
  class OrganisationParents {
    @Test
    void organisationsThatAreEachOthersParentsFormACycleReportedAtEach() {
      Dataset data = SEED.toBuilder().addOrganisations(
          organisation("a").toBuilder().parent(OrganisationId.of("b")).build(),
          organisation("b").toBuilder().parent(OrganisationId.of("a")).build()).build();

      assertThat(data.validate().violations())
          .extracting(Violation::path, Violation::code, Violation::message)
          .containsExactly(
              tuple("dataset.organisations[7].parent", ViolationCode.ORGANISATION_PARENT_CYCLE,
                  "following the parents of 'a' leads back to it"),
              tuple("dataset.organisations[8].parent", ViolationCode.ORGANISATION_PARENT_CYCLE,
                  "following the parents of 'b' leads back to it"));
    }

    @Test
    void organisationLeadingIntoACycleIsNotItselfInTheCycle() {
      Dataset data = SEED.toBuilder().addOrganisations(
          organisation("agency").toBuilder().parent(OrganisationId.of("x")).build(),
          organisation("x").toBuilder().parent(OrganisationId.of("y")).build(),
          organisation("y").toBuilder().parent(OrganisationId.of("z")).build(),
          organisation("z").toBuilder().parent(OrganisationId.of("x")).build()).build();

      assertThat(data.validate().violations())
          .extracting(Violation::path, Violation::code)
          .containsExactly(
              at("dataset.organisations[8].parent", ViolationCode.ORGANISATION_PARENT_CYCLE),
              at("dataset.organisations[9].parent", ViolationCode.ORGANISATION_PARENT_CYCLE),
              at("dataset.organisations[10].parent", ViolationCode.ORGANISATION_PARENT_CYCLE));
    }

    @Test
    void chainOfParentsWithoutCycleIsValid() {
      Dataset data = SEED.toBuilder().addOrganisations(
          organisation("regional-office").toBuilder().parent(SeedArticle.BEOE).build(),
          organisation("ministry-parent").toBuilder().build()).build();

      assertThat(data.validate().violations()).isEmpty();
    }
  }

  @Nested
  class MeetingRules {
    private Meeting conference(String id, MeetingKind kind, int ordinal, DialogueId dialogue) {
      return Meeting.builder().id(MeetingId.of(id)).dialogue(dialogue).kind(kind)
          .ordinal(ordinal).title("Meeting " + id).addSources(SOURCE).build();
    }

    @Test
    void twoMeetingsOfOneKindWithTheSameOrdinalInOneDialogueAreDuplicates() {
      Dataset data = SEED.toBuilder().addMeetings(conference("budapest-conference-2024-bis",
          MeetingKind.MINISTERIAL_CONFERENCE, 7, BP)).build();

      Violation v = only(data.validate());
      assertThat(v.path()).isEqualTo("dataset.meetings[2].ordinal");
      assertThat(v.code()).isEqualTo(ViolationCode.MEETING_ORDINAL_DUPLICATE);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("'budapest-ministerial-conference-2024' and "
          + "'budapest-conference-2024-bis' are both meeting 7 of kind ministerial_conference in "
          + "'budapest-process'");
    }

    @Test
    void sameOrdinalInAnotherKindOrAnotherDialogueIsNoDuplicate() {
      Dialogue prague = Dialogue.builder().id(DialogueId.of("prague-process"))
          .name("Prague Process").addSources(SOURCE).build();
      Dataset data = SEED.toBuilder().addDialogues(prague).addMeetings(
          conference("som-7", MeetingKind.SENIOR_OFFICIALS_MEETING, 7, BP),
          conference("prague-7", MeetingKind.MINISTERIAL_CONFERENCE, 7, prague.id())).build();

      assertThat(data.validate().violations()).isEmpty();
    }

    @Test
    void meetingConvenedByAWorkingGroupTheDialogueDoesNotHaveIsReported() {
      Meeting m = islamabad().convenedBy(WorkingGroupId.of("regional-working-group")).build();

      Violation v = only(withIslamabad(m).validate());
      assertThat(v.path()).isEqualTo("dataset.meetings[1].convenedBy");
      assertThat(v.code()).isEqualTo(ViolationCode.MEETING_WORKING_GROUP_UNKNOWN);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("the dialogue 'budapest-process' has no working group "
          + "'regional-working-group'");
    }

    @Test
    void workingGroupOfAnotherDialogueIsUnknownToTheMeetingsDialogue() {
      WorkingGroupId rabatGroup = WorkingGroupId.of("rabat-thematic-group");
      Dialogue rabat = Dialogue.builder().id(DialogueId.of("rabat-process")).name("Rabat Process")
          .addWorkingGroups(WorkingGroup.builder().id(rabatGroup).name("Thematic group")
              .kind(WorkingGroupKind.THEMATIC).build())
          .addSources(SOURCE).build();
      Dataset data = withIslamabad(islamabad().convenedBy(rabatGroup).build()).toBuilder()
          .addDialogues(rabat).build();

      assertThat(only(data.validate()))
          .extracting(Violation::path, Violation::code)
          .containsExactly("dataset.meetings[1].convenedBy",
              ViolationCode.MEETING_WORKING_GROUP_UNKNOWN);
    }
  }

  @Nested
  class Warnings {
    @Test
    void positionTheSpeakerIsNotRecordedAsHoldingIsAWarningOnly() {
      Statement s = SeedArticle.islamabadMeeting().statements().get(0).toBuilder()
          .positions(List.of("Federal Minister for Overseas Pakistanis and Human Resource "
              + "Development", "Prime Minister"))
          .build();
      Dataset data = withIslamabad(islamabad().statements(List.of(s)).build());

      ValidationReport report = data.validate();
      Violation v = only(report);
      assertThat(v.path()).isEqualTo("dataset.meetings[1].statements[0].positions[1]");
      assertThat(v.code()).isEqualTo(ViolationCode.STATEMENT_POSITION_UNKNOWN);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message()).isEqualTo("'chaudhry-salik-hussain' is not recorded as holding the "
          + "position 'Prime Minister'");
      assertThat(report.isValid()).isTrue();
      assertThat(report.errors()).isEmpty();
      assertThat(report.warnings()).containsExactly(v);
    }

    @Test
    void positionsOfADanglingSpeakerAreNotCheckedOnlyTheSpeakerIs() {
      Statement s = Statement.builder().speaker(PersonId.of("unknown-speaker"))
          .kind(StatementKind.REMARKS).addPositions("Ambassador").build();

      assertThat(withIslamabad(islamabad().statements(List.of(s)).build()).validate().violations())
          .extracting(Violation::path, Violation::code)
          .containsExactly(at("dataset.meetings[1].statements[0].speaker",
              ViolationCode.REFERENCE_DANGLING));
    }

    @Test
    void entitiesWithoutSourcesAreWarnedOfOneByOne() {
      Dataset data = Dataset.builder()
          .addDialogues(SeedArticle.budapestProcess().toBuilder().sources(List.of()).build())
          .addOrganisations(SeedArticle.organisations().get(4).toBuilder().sources(List.of())
              .build())
          .addPeople(SeedArticle.people().get(3).toBuilder().sources(List.of()).build())
          .addDeclarations(SeedArticle.declaration().toBuilder().sources(List.of())
              .adoptedAt(java.util.Optional.empty()).build())
          .addMeetings(SeedArticle.islamabadMeeting().toBuilder().sources(List.of())
              .statements(List.of()).openedBy(List.of()).participants(List.of())
              .siteVisits(List.of()).build())
          .addRemittanceSeries(RemittanceSeries.builder().id(SeriesId.of("pak-unsourced"))
              .reporter(PAK).direction(FlowDirection.INFLOW)
              .measure(RemittanceMeasure.PERSONAL_REMITTANCES)
              .currency(Currency.getInstance("USD")).frequency(Frequency.ANNUAL)
              .addObservations(Period.ofYear(2024), new BigDecimal("33")).build())
          .build();

      ValidationReport report = data.validate();
      assertThat(report.violations())
          .extracting(Violation::path, Violation::code, Violation::severity)
          .containsExactlyInAnyOrder(
              tuple("dataset.organisations[0].sources", ViolationCode.SOURCES_MISSING,
                  Severity.WARNING),
              tuple("dataset.people[0].sources", ViolationCode.SOURCES_MISSING, Severity.WARNING),
              tuple("dataset.dialogues[0].sources", ViolationCode.SOURCES_MISSING,
                  Severity.WARNING),
              tuple("dataset.declarations[0].sources", ViolationCode.SOURCES_MISSING,
                  Severity.WARNING),
              tuple("dataset.meetings[0].sources", ViolationCode.SOURCES_MISSING,
                  Severity.WARNING),
              tuple("dataset.remittanceSeries[0].sources", ViolationCode.SOURCES_MISSING,
                  Severity.WARNING));
      assertThat(report.warnings()).extracting(Violation::message)
          .contains("'budapest-process' cites no source", "'pak-unsourced' cites no source");
      assertThat(report.isValid()).isTrue();
    }

    @Test
    void seriesWhoseObservationsCiteASourceIsNotWarnedOf() {
      RemittanceSeries s = RemittanceSeries.builder().id(SeriesId.of("pak-observed"))
          .reporter(PAK).direction(FlowDirection.INFLOW)
          .measure(RemittanceMeasure.WORKERS_REMITTANCES).currency(Currency.getInstance("USD"))
          .frequency(Frequency.ANNUAL)
          .addObservations(Observation.builder().period(Period.ofYear(2024))
              .value(new BigDecimal("30")).source(SOURCE).build())
          .build();

      assertThat(SEED.toBuilder().addRemittanceSeries(s).build().validate().violations())
          .isEmpty();
    }
  }

  @Nested
  class Report {
    @Test
    void errorsAndWarningsAreSeparatedAndKeepTheOrderFound() {
      Meeting m = islamabad().sources(List.of())
          .advances(List.of(GoalRef.of(DECLARATION, 8))).build();
      ValidationReport report = withIslamabad(m).validate();

      assertThat(report.violations()).extracting(Violation::code).containsExactly(
          ViolationCode.SOURCES_MISSING, ViolationCode.GOAL_UNKNOWN);
      assertThat(report.errors()).extracting(Violation::code)
          .containsExactly(ViolationCode.GOAL_UNKNOWN);
      assertThat(report.warnings()).extracting(Violation::code)
          .containsExactly(ViolationCode.SOURCES_MISSING);
      assertThat(report.isValid()).isFalse();
    }

    @Test
    void reportAndItsListsCannotBeChanged() {
      ValidationReport report = withIslamabad(islamabad().sources(List.of())
          .advances(List.of(GoalRef.of(DECLARATION, 8))).build()).validate();

      assertThat(report.violations()).isUnmodifiable();
      assertThat(report.errors()).isUnmodifiable();
      assertThat(report.warnings()).isUnmodifiable();
    }

    @Test
    void validatingTwiceGivesEqualReports() {
      Dataset data = SEED.toBuilder().addOrganisations(organisation("icmpd")).build();

      assertThat(data.validate()).isEqualTo(data.validate())
          .hasSameHashCodeAs(data.validate());
    }

    @Test
    void reportOfManyProblemsListsThemAll() {
      List<Organisation> orphans = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        orphans.add(organisation("orphan-" + i).toBuilder()
            .parent(OrganisationId.of("missing-" + i)).build());
      }
      ValidationReport report = SEED.toBuilder().addAllOrganisations(orphans).build().validate();

      assertThat(report.errors()).hasSize(50)
          .allSatisfy(v -> assertThat(v.code()).isEqualTo(ViolationCode.REFERENCE_DANGLING));
      assertThat(report.errors().get(49).path()).isEqualTo("dataset.organisations[56].parent");
    }
  }
}
