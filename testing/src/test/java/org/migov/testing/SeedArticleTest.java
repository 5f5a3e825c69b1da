package org.migov.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.MeetingId;
import org.migov.model.MeetingKind;
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
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.RoleTerm;
import org.migov.model.SeriesId;
import org.migov.model.Session;
import org.migov.model.SiteVisit;
import org.migov.model.Source;
import org.migov.model.Statement;
import org.migov.model.StatementKind;
import org.migov.model.WorkingGroup;
import org.migov.model.WorkingGroupId;
import org.migov.model.WorkingGroupKind;
import org.migov.validation.ValidationReport;

/** Pins down that the seed dataset is valid and holds every fact of the article, one by one. */
class SeedArticleTest {
  private static final Dataset DATA = SeedArticle.dataset();
  private static final CountryCode PAK = CountryCode.of("PAK");
  private static final CountryCode HUN = CountryCode.of("HUN");

  private static Dialogue budapestProcess() {
    return DATA.dialogue(DialogueId.of("budapest-process")).orElseThrow();
  }

  private static Meeting islamabad() {
    return DATA.meeting(MeetingId.of("islamabad-legal-pathways-2025")).orElseThrow();
  }

  private static Person person(String id) {
    return DATA.person(PersonId.of(id)).orElseThrow();
  }

  private static Organisation organisation(String id) {
    return DATA.organisation(OrganisationId.of(id)).orElseThrow();
  }

  private static Statement statementOf(String speaker) {
    return islamabad().statements().stream()
        .filter(s -> s.speaker().equals(PersonId.of(speaker)))
        .reduce((a, b) -> {
          throw new AssertionError(speaker + " made more than one statement");
        })
        .orElseThrow();
  }

  // ----- the dataset as a whole

  @Test
  void seedDatasetHasNoErrorsAndNoWarnings() {
    ValidationReport report = DATA.validate();

    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).isEmpty(); // the seed dataset expects no warning at all
    assertThat(report.isValid()).isTrue();
    assertThat(report).hasToString("valid");
  }

  @Test
  void seedDatasetHoldsOneDialogueSevenOrganisationsFivePeopleOneDeclarationTwoMeetings() {
    assertThat(DATA.dialogues()).extracting(Dialogue::id)
        .containsExactly(DialogueId.of("budapest-process"));
    assertThat(DATA.organisations()).extracting(o -> o.id().value())
        .containsExactly("mophrd", "beoe", "oec", "nutech", "icmpd", "european-union",
            "eu-delegation-to-pakistan");
    assertThat(DATA.people()).extracting(p -> p.id().value())
        .containsExactly("chaudhry-salik-hussain", "dora-gunsberger", "phillip-gross",
            "marija-raus", "nadeem-aslam-chaudhary");
    assertThat(DATA.declarations()).extracting(d -> d.id().value())
        .containsExactly("budapest-declaration-2024");
    assertThat(DATA.meetings()).extracting(m -> m.id().value())
        .containsExactly("budapest-ministerial-conference-2024", "islamabad-legal-pathways-2025");
    assertThat(DATA.remittanceSeries()).extracting(s -> s.id().value())
        .containsExactly("pak-remittances-inflow");
    assertThat(DATA.countryFigures()).hasSize(1);
  }

  @Test
  void eachCallBuildsAnEqualDataset() {
    assertThat(SeedArticle.dataset()).isEqualTo(DATA).isNotSameAs(DATA);
    assertThat(SeedArticle.dataset().hashCode()).isEqualTo(DATA.hashCode());
  }

  @Test
  void publicIdConstantsResolveInTheDataset() {
    assertThat(DATA.dialogue(SeedArticle.BUDAPEST_PROCESS)).isPresent();
    assertThat(DATA.meeting(SeedArticle.ISLAMABAD_MEETING)).isPresent();
    assertThat(DATA.meeting(SeedArticle.MINISTERIAL_CONFERENCE_2024)).isPresent();
    assertThat(DATA.declaration(SeedArticle.BUDAPEST_DECLARATION_2024)).isPresent();
    assertThat(DATA.goal(SeedArticle.PRIORITY_GOAL_2)).isPresent();
    assertThat(DATA.series(SeedArticle.PAKISTAN_REMITTANCES)).isPresent();
    assertThat(List.of(SeedArticle.MOPHRD, SeedArticle.BEOE, SeedArticle.OEC, SeedArticle.NUTECH,
        SeedArticle.ICMPD, SeedArticle.EU_DELEGATION_TO_PAKISTAN, SeedArticle.EUROPEAN_UNION))
        .allSatisfy(id -> assertThat(DATA.organisation(id)).isPresent());
    assertThat(List.of(SeedArticle.CHAUDHRY_SALIK_HUSSAIN, SeedArticle.DORA_GUNSBERGER,
        SeedArticle.PHILLIP_GROSS, SeedArticle.MARIJA_RAUS, SeedArticle.NADEEM_ASLAM_CHAUDHARY))
        .allSatisfy(id -> assertThat(DATA.person(id)).isPresent());
    assertThat(budapestProcess().workingGroup(SeedArticle.THEMATIC_WORKING_GROUP)).isPresent();
  }

  // ----- provenance

  @Test
  void articleSourceHasTitlePublisherAndDateButNoUrl() {
    Source article = SeedArticle.source();

    assertThat(article.title())
        .hasValue("Pakistan hosts Budapest Process Thematic Meeting on Legal Pathways for Migration");
    assertThat(article.publisher()).hasValue("TW");
    assertThat(article.published()).hasValue(PartialDate.parse("2025-06-21"));
    assertThat(article.url()).isEmpty();
  }

  @Test
  void everyEntityCitesTheArticle() {
    Source article = SeedArticle.source();

    assertThat(DATA.dialogues()).allSatisfy(d -> assertThat(d.sources()).contains(article));
    assertThat(DATA.organisations()).allSatisfy(o -> assertThat(o.sources()).containsExactly(article));
    assertThat(DATA.people()).allSatisfy(p -> assertThat(p.sources()).containsExactly(article));
    assertThat(DATA.declarations()).allSatisfy(d -> assertThat(d.sources()).contains(article));
    assertThat(DATA.meetings()).allSatisfy(m -> assertThat(m.sources()).containsExactly(article));
    assertThat(DATA.remittanceSeries())
        .allSatisfy(s -> assertThat(s.sources()).containsExactly(article));
    assertThat(DATA.countryFigures())
        .allSatisfy(f -> assertThat(f.figure().source()).hasValue(article));
    assertThat(budapestProcess().terms())
        .allSatisfy(t -> assertThat(t.sources()).containsExactly(article));
    assertThat(budapestProcess().workingGroups())
        .allSatisfy(w -> assertThat(w.sources()).containsExactly(article));
    assertThat(budapestProcess().size())
        .allSatisfy(f -> assertThat(f.source()).hasValue(article));
    assertThat(islamabad().participation())
        .allSatisfy(f -> assertThat(f.source()).hasValue(article));
  }

  // ----- the Budapest Process

  @Test
  void budapestProcessServesMoreThan50GovernmentsAnd10InternationalOrganisations() {
    Dialogue bp = budapestProcess();

    assertThat(bp.name()).isEqualTo("Budapest Process");
    assertThat(bp.description())
        .hasValue("one of the world’s longest-standing intergovernmental dialogues on migration");
    assertThat(bp.size())
        .extracting(Figure::value, Figure::qualifier, Figure::counts)
        .containsExactly(
            tuple(new BigDecimal("50"), Qualifier.MORE_THAN, java.util.Set.of(Counted.GOVERNMENTS)),
            tuple(new BigDecimal("10"), Qualifier.EXACT,
                java.util.Set.of(Counted.INTERNATIONAL_ORGANISATIONS)));
    // the article gives no date for these figures: the source's date stands for it
    assertThat(bp.size()).allSatisfy(f -> {
      assertThat(f.asOf()).isEmpty();
      assertThat(f.period()).isEmpty();
    });
  }

  @Test
  void budapestProcessHasIcmpdAsSecretariatAndHungaryAsCoChair() {
    Dialogue bp = budapestProcess();

    assertThat(bp.terms(DialogueRole.SECRETARIAT)).extracting(RoleTerm::holder)
        .containsExactly(Party.organisation(OrganisationId.of("icmpd")));
    assertThat(bp.terms(DialogueRole.CO_CHAIR)).extracting(RoleTerm::holder)
        .containsExactly(Party.country(HUN));
    assertThat(bp.terms(DialogueRole.CHAIR)).isEmpty();
    // the article gives no dates for these terms
    assertThat(bp.terms()).allSatisfy(t -> {
      assertThat(t.start()).isEmpty();
      assertThat(t.end()).isEmpty();
    });
  }

  @Test
  void pakistanCoChairsTheThematicWorkingGroup() {
    WorkingGroup twg = budapestProcess()
        .workingGroup(WorkingGroupId.of("budapest-process-thematic-working-group")).orElseThrow();

    assertThat(twg.name()).isEqualTo("Thematic Working Group");
    assertThat(twg.kind()).isEqualTo(WorkingGroupKind.THEMATIC);
    assertThat(twg.theme()).as("the article does not give the group's theme").isEmpty();
    assertThat(twg.terms()).extracting(RoleTerm::holder, RoleTerm::role)
        .containsExactly(tuple(Party.country(PAK), DialogueRole.CO_CHAIR));
  }

  // ----- the Islamabad meeting

  @Test
  void islamabadMeetingIsAThematicMeetingOfTheBudapestProcessHostedByPakistanInIslamabad() {
    Meeting m = islamabad();

    assertThat(m.title()).isEqualTo("Budapest Process Thematic Meeting on Legal Pathways for Migration");
    assertThat(m.dialogue()).isEqualTo(DialogueId.of("budapest-process"));
    assertThat(m.kind()).isEqualTo(MeetingKind.THEMATIC_MEETING);
    assertThat(m.ordinal()).isEmpty();
    assertThat(m.hostCountry()).hasValue(PAK);
    assertThat(m.city()).hasValue("Islamabad");
  }

  @Test
  void islamabadMeetingLastedTwoDaysOnUnknownDates() {
    Meeting m = islamabad();

    assertThat(m.start()).isEmpty();
    assertThat(m.end()).isEmpty();
    assertThat(m.durationDays()).hasValue(2);
  }

  @Test
  void islamabadMeetingWasConvenedByTheThematicWorkingGroupCoChairPakistan() {
    Meeting m = islamabad();

    assertThat(m.convenedBy())
        .hasValue(WorkingGroupId.of("budapest-process-thematic-working-group"));
    assertThat(m.conveners()).containsExactly(Party.country(PAK));
    assertThat(budapestProcess().workingGroup(m.convenedBy().orElseThrow()).orElseThrow().terms())
        .extracting(RoleTerm::holder).containsExactly(m.conveners().get(0));
  }

  @Test
  void islamabadMeetingHadMoreThan65DelegatesFrom28StatesAndInternationalOrganisationsCountedTogether() {
    List<Figure> figures = islamabad().participation();

    assertThat(figures).hasSize(2);
    Figure delegates = figures.get(0);
    assertThat(delegates.value()).isEqualByComparingTo("65");
    assertThat(delegates.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(delegates.counts()).containsExactly(Counted.DELEGATES);
    assertThat(delegates.description()).hasValue("delegates, including officials and experts");

    Figure parties = figures.get(1);
    assertThat(parties.value()).isEqualTo(new BigDecimal("28"));
    assertThat(parties.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(parties.counts())
        .containsExactly(Counted.STATES, Counted.INTERNATIONAL_ORGANISATIONS);
    assertThat(parties.description()).hasValue("states and international organisations");
  }

  @Test
  void islamabadMeetingWasTheFirstSuchGatheringInPakistanInOverADecade() {
    assertThat(islamabad().highlights()).containsExactly(
        "the first such gathering in Pakistan in over a decade", "a high-level meeting",
        "a significant development in global migration governance");
  }

  @Test
  void islamabadMeetingAimedAtSafeOrderlyRightsBasedLabourMigration() {
    assertThat(islamabad().aims()).containsExactly(
        "to promote safe, orderly, and rights-based labour migration, especially from Silk Routes "
            + "countries to various destination states");
  }

  @Test
  void thematicSessionsAreKnownToExistWithTheirFocusButWithoutTitleOrCount() {
    assertThat(islamabad().sessions()).singleElement().satisfies(s -> {
      assertThat(s.title()).isEmpty();
      assertThat(s.count()).isEmpty();
      assertThat(s.focus())
          .hasValue("the opportunities and challenges in expanding legal migration routes");
    });
  }

  @Test
  void recommendationsAreKnownToExistButTheirTextIsUnknown() {
    assertThat(islamabad().outcomes()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(OutcomeKind.RECOMMENDATIONS);
      assertThat(o.text()).as("unknown, not empty text").isEmpty();
      assertThat(o.description()).hasValueSatisfying(d -> assertThat(d)
          .startsWith("concrete, action-oriented recommendations")
          .endsWith("advancing global cooperation on labour mobility"));
      assertThat(o.declaration()).isEmpty();
    });
  }

  @Test
  void delegatesVisitedBeoeOecAndNutech() {
    assertThat(islamabad().siteVisits()).extracting(SiteVisit::organisation)
        .containsExactly(OrganisationId.of("beoe"), OrganisationId.of("oec"),
            OrganisationId.of("nutech"));
    assertThat(islamabad().siteVisits()).extracting(SiteVisit::organisation)
        .allSatisfy(o -> assertThat(DATA.organisation(o)).isPresent());
  }

  @Test
  void islamabadMeetingWasInauguratedByTheFederalMinister() {
    assertThat(islamabad().openedBy()).containsExactly(PersonId.of("chaudhry-salik-hussain"));
  }

  @Test
  void knownParticipantsArePakistanHungaryTheEuDelegationAndIcmpd() {
    assertThat(islamabad().participants()).containsExactly(
        Party.country(PAK), Party.country(HUN),
        Party.organisation(OrganisationId.of("eu-delegation-to-pakistan")),
        Party.organisation(OrganisationId.of("icmpd")));
  }

  @Test
  void otherReportedFactsAreKeptAsNotes() {
    assertThat(islamabad().notes()).hasSize(6).anySatisfy(n -> assertThat(n)
        .contains("regional and bilateral initiatives")
        .contains("countries of origin, transit, and destination"));
    assertThat(islamabad().notes()).anySatisfy(n -> assertThat(n)
        .contains("ethical recruitment policies, pre-departure training programmes, and skill "
            + "development systems"));
    assertThat(islamabad().notes()).anySatisfy(n -> assertThat(n)
        .contains("leading labour-sending country with robust institutional mechanisms"));
    assertThat(islamabad().notes()).anySatisfy(n -> assertThat(n)
        .contains("international protection and migrant integration"));
    assertThat(islamabad().notes()).anySatisfy(n -> assertThat(n)
        .contains("strategic foundation for upcoming initiatives"));
  }

  // ----- statements, speakers and their positions

  @Test
  void fiveSpeakersSpokeInTheOrderOfTheArticleWithTheirKindsOfAddress() {
    assertThat(islamabad().statements())
        .extracting(s -> s.speaker().value(), Statement::kind)
        .containsExactly(
            tuple("chaudhry-salik-hussain", StatementKind.KEYNOTE),
            tuple("dora-gunsberger", StatementKind.REMARKS),
            tuple("phillip-gross", StatementKind.REMARKS),
            tuple("marija-raus", StatementKind.REMARKS),
            tuple("nadeem-aslam-chaudhary", StatementKind.CLOSING_REMARKS));
  }

  @Test
  void speakersHaveTheirHonorificsAndNames() {
    assertThat(DATA.people()).extracting(Person::honorific, Person::name).containsExactly(
        tuple(Optional.of("Mr."), "Chaudhry Salik Hussain"),
        tuple(Optional.of("Ms."), "Dora Gunsberger"),
        tuple(Optional.of("Mr."), "Phillip Gross"),
        tuple(Optional.of("Ms."), "Marija Raus"),
        tuple(Optional.of("Mr."), "Nadeem Aslam Chaudhary"));
  }

  @Test
  void federalMinisterHeadsMophrdAndGaveTheKeynote() {
    Person minister = person("chaudhry-salik-hussain");
    assertThat(minister.positions()).singleElement().satisfies(p -> {
      assertThat(p.title())
          .isEqualTo("Federal Minister for Overseas Pakistanis and Human Resource Development");
      assertThat(p.organisation()).hasValue(OrganisationId.of("mophrd"));
      assertThat(p.country()).hasValue(PAK);
    });

    Statement keynote = statementOf("chaudhry-salik-hussain");
    assertThat(keynote.positions())
        .containsExactly("Federal Minister for Overseas Pakistanis and Human Resource Development");
    assertThat(keynote.quotes()).containsExactly("Pakistan has long recognized the value of labour "
        + "mobility not only for our economy but also for the dignity, development, and well-being "
        + "of our people");
    assertThat(keynote.reported()).containsExactly(
        "highlighted the critical importance of expanding legal pathways for migration amid rising "
            + "global labour demands",
        "underscored that overseas Pakistanis are a key pillar of national resilience",
        "reaffirmed the government’s commitment to safe and well-governed migration systems");
    assertThat(keynote.onBehalfOf()).isEmpty();
  }

  @Test
  void doraGunsbergerSpokeForHungaryAsCoChairOfTheBudapestProcessDialogue() {
    Person dora = person("dora-gunsberger");
    assertThat(dora.position("Co-Chair of the Budapest Process Dialogue")).hasValueSatisfying(p -> {
      assertThat(p.dialogue()).hasValue(DialogueId.of("budapest-process"));
      assertThat(p.country()).hasValue(HUN);
      assertThat(p.organisation()).isEmpty();
    });

    Statement remarks = statementOf("dora-gunsberger");
    assertThat(remarks.onBehalfOf()).hasValue(Party.country(HUN));
    assertThat(remarks.onBehalfOf().flatMap(Party::asCountry)).hasValue(HUN);
    assertThat(remarks.onBehalfOf().flatMap(Party::asOrganisation)).isEmpty();
    assertThat(remarks.positions()).containsExactly("Co-Chair of the Budapest Process Dialogue");
    assertThat(remarks.quotes()).containsExactly("The Budapest Process meetings, particularly this "
        + "thematic one, are vital for exchanging best practices. We especially acknowledge the "
        + "efforts of Migrant Resource Centres in supporting informed and secure migration");
    assertThat(remarks.reported())
        .containsExactly("praised the role of member states in advancing collaborative frameworks");
  }

  @Test
  void phillipGrossIsDeputyHeadOfMissionOfTheEuDelegationToPakistan() {
    assertThat(person("phillip-gross").positions()).singleElement().satisfies(p -> {
      assertThat(p.title()).isEqualTo("Deputy Head of Mission");
      assertThat(p.organisation()).hasValue(OrganisationId.of("eu-delegation-to-pakistan"));
    });

    Statement remarks = statementOf("phillip-gross");
    assertThat(remarks.quotes()).singleElement().asString()
        .startsWith("The discussions here in Islamabad are pivotal to furthering the commitments "
            + "made in the 2024 Ministerial Declaration.")
        .endsWith("between Europe and Silk Routes countries");
    assertThat(remarks.reported()).containsExactly(
        "expressed the EU’s support for initiatives aimed at strengthening legal pathways");
  }

  @Test
  void marijaRausHoldsTwoPositionsAtIcmpdAtOnceAndSpokeInBoth() {
    Person raus = person("marija-raus");
    assertThat(raus.positions())
        .extracting(Position::title, Position::organisation)
        .containsExactly(
            tuple("Head of Region Silk Routes", Optional.of(OrganisationId.of("icmpd"))),
            tuple("Head of the Budapest Process Secretariat",
                Optional.of(OrganisationId.of("icmpd"))));
    assertThat(raus.position("Head of the Budapest Process Secretariat").orElseThrow().dialogue())
        .hasValue(DialogueId.of("budapest-process"));
    assertThat(raus.positions()).allSatisfy(p -> {
      assertThat(p.start()).isEmpty();
      assertThat(p.end()).as("held at once: neither has ended").isEmpty();
    });

    Statement remarks = statementOf("marija-raus");
    assertThat(remarks.positions())
        .containsExactly("Head of Region Silk Routes", "Head of the Budapest Process Secretariat");
    assertThat(remarks.quotes()).singleElement().asString()
        .startsWith("The deliberations in Islamabad generated valuable ideas")
        .contains("We aim to make such engagements a tradition")
        .endsWith("meetings hosted directly in Silk Routes countries");
    assertThat(remarks.reported()).containsExactly("lauded the significance of the meeting");
  }

  @Test
  void federalSecretaryOfMophrdGaveTheClosingRemarks() {
    assertThat(person("nadeem-aslam-chaudhary").positions()).singleElement()
        .satisfies(p -> {
          assertThat(p.title()).isEqualTo("Federal Secretary");
          assertThat(p.organisation()).hasValue(OrganisationId.of("mophrd"));
        });

    Statement closing = statementOf("nadeem-aslam-chaudhary");
    assertThat(closing.kind()).isEqualTo(StatementKind.CLOSING_REMARKS);
    assertThat(closing.quotes()).singleElement().asString()
        .startsWith("The progress we’ve shared today demonstrates what’s possible")
        .endsWith("a committed partner and an innovator in migration governance");
    assertThat(closing.reported()).hasSize(2).last().asString()
        .startsWith("expressed confidence that the outcomes of the meeting would translate");
  }

  @Test
  void everyStatementNamesOnlyPositionsItsSpeakerHolds() {
    assertThat(islamabad().statements()).allSatisfy(s -> {
      Person speaker = DATA.person(s.speaker()).orElseThrow();
      assertThat(s.positions()).isNotEmpty()
          .allSatisfy(title -> assertThat(speaker.position(title)).isPresent());
      assertThat(s.quotes()).hasSize(1);
    });
  }

  // ----- organisations

  @Test
  void organisationsAreKnownByTheirAcronymsKindsAndCountries() {
    assertThat(DATA.organisations())
        .extracting(o -> o.id().value(), Organisation::acronym, Organisation::kind,
            Organisation::country)
        .containsExactly(
            tuple("mophrd", Optional.of("MOPHRD"), OrganisationKind.GOVERNMENT_MINISTRY,
                Optional.of(PAK)),
            tuple("beoe", Optional.of("BEOE"), OrganisationKind.GOVERNMENT_AGENCY, Optional.of(PAK)),
            tuple("oec", Optional.of("OEC"), OrganisationKind.GOVERNMENT_AGENCY, Optional.of(PAK)),
            tuple("nutech", Optional.of("NUTECH"),
                OrganisationKind.ACADEMIC_OR_TRAINING_INSTITUTION, Optional.of(PAK)),
            tuple("icmpd", Optional.of("ICMPD"), OrganisationKind.INTERGOVERNMENTAL_ORGANISATION,
                Optional.empty()),
            tuple("european-union", Optional.of("EU"),
                OrganisationKind.INTERGOVERNMENTAL_ORGANISATION, Optional.empty()),
            tuple("eu-delegation-to-pakistan", Optional.empty(), OrganisationKind.EU_INSTITUTION,
                Optional.empty()));
  }

  @Test
  void organisationNamesAreSpelledOut() {
    assertThat(organisation("mophrd").name())
        .isEqualTo("Ministry of Overseas Pakistanis and Human Resource Development");
    assertThat(organisation("beoe").name()).isEqualTo("Bureau of Emigration and Overseas Employment");
    assertThat(organisation("oec").name()).isEqualTo("Overseas Employment Corporation");
    assertThat(organisation("nutech").name()).isEqualTo("National University of Technology");
    assertThat(organisation("eu-delegation-to-pakistan").name())
        .isEqualTo("European Union Delegation to Pakistan");
  }

  @Test
  void onlyTheEuDelegationHasAParentTheEuropeanUnion() {
    assertThat(organisation("eu-delegation-to-pakistan").parent())
        .hasValue(OrganisationId.of("european-union"));
    assertThat(DATA.organisations()).filteredOn(o -> o.parent().isPresent()).hasSize(1);
  }

  // ----- the declaration and its goals

  @Test
  void declarationWasAdoptedAtThe7thMinisterialConferenceInHungaryInNovember2024() {
    Declaration d = DATA.declaration(DeclarationId.of("budapest-declaration-2024")).orElseThrow();

    assertThat(d.title()).isEqualTo("Ministerial Declaration and Call for Action (2025–2030)");
    assertThat(d.kind()).isEqualTo(DeclarationKind.MINISTERIAL_DECLARATION);
    assertThat(d.dialogue()).isEqualTo(DialogueId.of("budapest-process"));
    assertThat(d.adopted()).hasValue(PartialDate.ofMonth(2024, 11));
    assertThat(d.adopted().orElseThrow().precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(d.implementationStart()).hasValue(PartialDate.ofYear(2025));
    assertThat(d.implementationEnd()).hasValue(PartialDate.ofYear(2030));

    Meeting conference = DATA.meeting(d.adoptedAt().orElseThrow()).orElseThrow();
    assertThat(conference.kind()).isEqualTo(MeetingKind.MINISTERIAL_CONFERENCE);
    assertThat(conference.ordinal()).hasValue(7);
    assertThat(conference.hostCountry()).hasValue(HUN);
    assertThat(conference.city()).as("the article names only the country").isEmpty();
    assertThat(conference.start()).hasValue(PartialDate.parse("2024-11"));
    assertThat(conference.end()).hasValue(PartialDate.parse("2024-11"));
    assertThat(conference.durationDays()).isEmpty();
    assertThat(conference.outcomes()).extracting(Outcome::kind, Outcome::declaration)
        .containsExactly(tuple(OutcomeKind.DECLARATION, Optional.of(d.id())));
  }

  @Test
  void declarationHasTheSixGoalsOfTheMissionStatementAsItsSecondSource() {
    Declaration d = DATA.declaration(DeclarationId.of("budapest-declaration-2024")).orElseThrow();

    assertThat(d.goals()).extracting(PriorityGoal::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(d.goals()).allSatisfy(g -> {
      assertThat(g.shortTitle()).isEmpty();
      assertThat(g.links()).isEmpty();
    });
    assertThat(d.goal(1).orElseThrow().text().orElseThrow()).startsWith("Prevent irregular migration");
    assertThat(d.goal(6).orElseThrow().text().orElseThrow()).endsWith("discrimination, and xenophobia.");
    assertThat(d.sources()).hasSize(2);
    assertThat(d.sources().get(0)).isEqualTo(SeedArticle.source());
    assertThat(d.sources().get(1).title()).hasValue("Budapest Process mission and vision statement");
    assertThat(d.sources().get(1).url()).isEmpty();
  }

  @Test
  void islamabadMeetingAdvancesPriorityGoal2ResolvedThroughTheDataset() {
    GoalRef ref = GoalRef.of(DeclarationId.of("budapest-declaration-2024"), 2);

    assertThat(islamabad().advances()).containsExactly(ref);
    assertThat(DATA.goal(ref)).hasValueSatisfying(g -> {
      assertThat(g.number()).isEqualTo(2);
      assertThat(g.text()).hasValue("Strengthen pathways for legal migration and mobility, "
          + "enhancing existing policies and cooperation on labour mobility.");
    });
    assertThat(DATA.goal(GoalRef.of(DeclarationId.of("budapest-declaration-2024"), 7))).isEmpty();
  }

  // ----- Pakistan: overseas workers and remittances

  @Test
  void pakistanHasOver11MillionOverseasWorkers() {
    CountryFigure workers = DATA.countryFigures().get(0);

    assertThat(workers.country()).isEqualTo(PAK);
    assertThat(workers.figure().value()).isEqualTo(new BigDecimal("11000000"));
    assertThat(workers.figure().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(workers.figure().counts()).containsExactly(Counted.OVERSEAS_WORKERS);
    assertThat(workers.figure().description()).hasValue("overseas workers");
  }

  @Test
  void remittancesAreAnIrregularUsdInflowSeriesInBillions() {
    RemittanceSeries s = DATA.series(SeriesId.of("pak-remittances-inflow")).orElseThrow();

    assertThat(s.reporter()).isEqualTo(PAK);
    assertThat(s.counterpart()).as("from the whole world").isEmpty();
    assertThat(s.direction()).isEqualTo(FlowDirection.INFLOW);
    assertThat(s.measure()).isEqualTo(RemittanceMeasure.UNSPECIFIED);
    assertThat(s.title()).hasValue("Remittances");
    assertThat(s.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(s.unitMultiplier()).isEqualTo(9);
    assertThat(s.frequency()).isEqualTo(Frequency.IRREGULAR);
    assertThat(s.observations()).hasSize(2);
  }

  @Test
  void remittancesWere34Point9BillionFromJuly2024ToMay2025() {
    RemittanceSeries s = DATA.series(SeriesId.of("pak-remittances-inflow")).orElseThrow();
    Period julyToMay = Period.parse("2024-07/2025-05");

    Observation o = s.observation(julyToMay).orElseThrow();
    assertThat(o.period().start()).isEqualTo(YearMonth.of(2024, 7));
    assertThat(o.period().end()).isEqualTo(YearMonth.of(2025, 5));
    assertThat(o.value()).isEqualTo(new BigDecimal("34.9")); // scale too: equals, not compareTo
    assertThat(o.status()).isEqualTo(ObservationStatus.NORMAL);
    assertThat(o.qualifier()).isEqualTo(Qualifier.EXACT);
  }

  @Test
  void remittancesAreProjectedToSurpass38BillionInFy2025() {
    RemittanceSeries s = DATA.series(SeriesId.of("pak-remittances-inflow")).orElseThrow();

    Observation o = s.observation(Period.ofFiscalYear(2025, Month.JULY)).orElseThrow();
    assertThat(o.period()).hasToString("FY2025");
    assertThat(o.period().start()).isEqualTo(YearMonth.of(2024, 7));
    assertThat(o.period().end()).isEqualTo(YearMonth.of(2025, 6));
    assertThat(o.value()).isEqualTo(new BigDecimal("38"));
    assertThat(o.status()).isEqualTo(ObservationStatus.FORECAST);
    assertThat(o.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(s.latestActual()).hasValueSatisfying(
        actual -> assertThat(actual.value()).isEqualTo(new BigDecimal("34.9")));
  }
}
