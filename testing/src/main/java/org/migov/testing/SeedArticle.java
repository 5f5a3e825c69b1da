package org.migov.testing;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
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

/**
 * The article "Pakistan hosts Budapest Process Thematic Meeting on Legal Pathways for Migration"
 * (TW, Islamabad, 21 June 2025; {@code seed/islamabad-legal-pathways-meeting-2025.txt}) built in
 * code as a {@link Dataset}: every fact it gives, and nothing it does not.
 *
 * <p>The one copy of the seed article: the tests of every module, the benchmarks and the main
 * example ({@code org.migov.examples.SeedArticleExample}) all use it. The dataset is built anew on
 * each call to {@link #dataset()} (it is immutable, so callers may also keep one).
 *
 * <p>Read it as a worked example of the model:
 *
 * <ul>
 *   <li>partial dates: the 7th Ministerial Conference is known only as "November 2024", and the
 *       Islamabad meeting's days are unknown: it has no start or end, only a duration of two days;
 *   <li>qualified figures: "more than 65 delegates", "28 states and international organisations"
 *       (one figure counting two kinds together), "over 11 million overseas workers";
 *   <li>one person holding two positions at once (Marija Raus at ICMPD), and a speaker speaking
 *       for a country (Dora Gunsberger for Hungary);
 *   <li>things known to exist whose content is not known (the thematic sessions, the
 *       recommendations): present, with their text empty rather than invented;
 *   <li>remittances as reported: USD 34.9 billion for July 2024 to May 2025 (an actual) next to
 *       more than USD 38 billion for FY2025 (a forecast), in one irregular series.
 * </ul>
 *
 * <p>What the article leaves unknown stays empty: the meeting's exact days (only its two-day
 * duration is known), the content of its thematic sessions, the text of its recommendations, the
 * city and days of the 7th Ministerial Conference. The six priority goals come from the Budapest
 * Process mission and vision statement (the article gives only goal 2's theme), which the
 * declaration cites as its second source.
 */
public final class SeedArticle {
  // ----- ids

  /** The Budapest Process. */
  public static final DialogueId BUDAPEST_PROCESS = DialogueId.of("budapest-process");
  /** The Budapest Process Thematic Working Group that Pakistan co-chairs. */
  public static final WorkingGroupId THEMATIC_WORKING_GROUP =
      WorkingGroupId.of("budapest-process-thematic-working-group");
  /** The Thematic Meeting on Legal Pathways for Migration, Islamabad, 2025. */
  public static final MeetingId ISLAMABAD_MEETING = MeetingId.of("islamabad-legal-pathways-2025");
  /** The 7th Budapest Process Ministerial Conference, Hungary, November 2024. */
  public static final MeetingId MINISTERIAL_CONFERENCE_2024 =
      MeetingId.of("budapest-ministerial-conference-2024");
  /** The Ministerial Declaration and Call for Action (2025–2030). */
  public static final DeclarationId BUDAPEST_DECLARATION_2024 =
      DeclarationId.of("budapest-declaration-2024");
  /** Priority Goal 2 of the 2024 declaration, which the Islamabad meeting advances. */
  public static final GoalRef PRIORITY_GOAL_2 = GoalRef.of(BUDAPEST_DECLARATION_2024, 2);

  /** Ministry of Overseas Pakistanis and Human Resource Development. */
  public static final OrganisationId MOPHRD = OrganisationId.of("mophrd");
  /** Bureau of Emigration and Overseas Employment. */
  public static final OrganisationId BEOE = OrganisationId.of("beoe");
  /** Overseas Employment Corporation. */
  public static final OrganisationId OEC = OrganisationId.of("oec");
  /** National University of Technology. */
  public static final OrganisationId NUTECH = OrganisationId.of("nutech");
  /** International Centre for Migration Policy Development. */
  public static final OrganisationId ICMPD = OrganisationId.of("icmpd");
  /** European Union Delegation to Pakistan. */
  public static final OrganisationId EU_DELEGATION_TO_PAKISTAN =
      OrganisationId.of("eu-delegation-to-pakistan");
  /** The European Union, whose delegation the EU Delegation to Pakistan is. */
  public static final OrganisationId EUROPEAN_UNION = OrganisationId.of("european-union");

  /** Mr. Chaudhry Salik Hussain, Federal Minister (MOPHRD). */
  public static final PersonId CHAUDHRY_SALIK_HUSSAIN = PersonId.of("chaudhry-salik-hussain");
  /** Ms. Dora Gunsberger, Co-Chair of the Budapest Process Dialogue, for Hungary. */
  public static final PersonId DORA_GUNSBERGER = PersonId.of("dora-gunsberger");
  /** Mr. Phillip Gross, Deputy Head of Mission, EU Delegation to Pakistan. */
  public static final PersonId PHILLIP_GROSS = PersonId.of("phillip-gross");
  /** Ms. Marija Raus, ICMPD. */
  public static final PersonId MARIJA_RAUS = PersonId.of("marija-raus");
  /** Mr. Nadeem Aslam Chaudhary, Federal Secretary (MOPHRD). */
  public static final PersonId NADEEM_ASLAM_CHAUDHARY = PersonId.of("nadeem-aslam-chaudhary");

  /** Pakistan's remittance inflows as the article reports them. */
  public static final SeriesId PAKISTAN_REMITTANCES = SeriesId.of("pak-remittances-inflow");

  /** Pakistan. */
  public static final CountryCode PAKISTAN = CountryCode.of("PAK");
  /** Hungary. */
  public static final CountryCode HUNGARY = CountryCode.of("HUN");

  // ----- position titles, exactly as the article gives them

  /** Mr. Chaudhry Salik Hussain's position. */
  public static final String FEDERAL_MINISTER =
      "Federal Minister for Overseas Pakistanis and Human Resource Development";
  /** Ms. Dora Gunsberger's position. */
  public static final String CO_CHAIR_OF_THE_DIALOGUE = "Co-Chair of the Budapest Process Dialogue";
  /** Mr. Phillip Gross's position. */
  public static final String DEPUTY_HEAD_OF_MISSION = "Deputy Head of Mission";
  /** Ms. Marija Raus's first position. */
  public static final String HEAD_OF_REGION_SILK_ROUTES = "Head of Region Silk Routes";
  /** Ms. Marija Raus's second position. */
  public static final String HEAD_OF_SECRETARIAT = "Head of the Budapest Process Secretariat";
  /** Mr. Nadeem Aslam Chaudhary's position. */
  public static final String FEDERAL_SECRETARY = "Federal Secretary";

  // ----- sources

  /** The seed article itself. No URL is known. */
  public static final Source ARTICLE = Source.builder()
      .title("Pakistan hosts Budapest Process Thematic Meeting on Legal Pathways for Migration")
      .publisher("TW")
      .published(PartialDate.of(2025, 6, 21))
      .build();

  /**
   * The Budapest Process mission and vision statement, which gives the six priority goals of the
   * 2025–2030 Call for Action (REFERENCE-FACTS.md). Its exact URL is not recorded, so none.
   */
  public static final Source MISSION_AND_VISION = Source.builder()
      .title("Budapest Process mission and vision statement")
      .publisher("budapestprocess.org")
      .build();

  private SeedArticle() {}

  /**
   * Returns the source of every fact of the article.
   *
   * @return the article as a source
   */
  public static Source source() {
    return ARTICLE;
  }

  /**
   * Returns the article as a dataset.
   *
   * @return the dataset: one dialogue, seven organisations, five people, one declaration, two
   *     meetings, one remittance series and one country figure
   */
  public static Dataset dataset() {
    return Dataset.builder()
        .addDialogues(budapestProcess())
        .addAllOrganisations(organisations())
        .addAllPeople(people())
        .addDeclarations(declaration())
        .addMeetings(ministerialConference(), islamabadMeeting())
        .addRemittanceSeries(remittances())
        .addCountryFigures(overseasWorkers())
        .build();
  }

  /**
   * Returns the Budapest Process as the article describes it.
   *
   * @return the dialogue
   */
  public static Dialogue budapestProcess() {
    return Dialogue.builder()
        .id(BUDAPEST_PROCESS)
        .name("Budapest Process")
        .description("one of the world’s longest-standing intergovernmental dialogues on "
            + "migration")
        // "serving more than 50 governments and 10 international organisations"
        .addSize(Figure.builder()
            .value(new BigDecimal("50"))
            .qualifier(Qualifier.MORE_THAN)
            .addCounts(Counted.GOVERNMENTS)
            .description("governments")
            .source(ARTICLE)
            .build())
        .addSize(Figure.builder()
            .value(new BigDecimal("10"))
            .addCounts(Counted.INTERNATIONAL_ORGANISATIONS)
            .description("international organisations")
            .source(ARTICLE)
            .build())
        // "Ms. Dora Gunsberger, the Co-Chair of the Budapest Process Dialogue", representing Hungary
        .addTerms(RoleTerm.builder()
            .holder(Party.country(HUNGARY))
            .role(DialogueRole.CO_CHAIR)
            .addSources(ARTICLE)
            .build())
        // "Head of the Budapest Process Secretariat at ICMPD"
        .addTerms(RoleTerm.builder()
            .holder(Party.organisation(ICMPD))
            .role(DialogueRole.SECRETARIAT)
            .addSources(ARTICLE)
            .build())
        // "Convened by the Thematic Working Group Co-Chair Pakistan"; its theme is not given
        .addWorkingGroups(WorkingGroup.builder()
            .id(THEMATIC_WORKING_GROUP)
            .name("Thematic Working Group")
            .kind(WorkingGroupKind.THEMATIC)
            .addTerms(RoleTerm.builder()
                .holder(Party.country(PAKISTAN))
                .role(DialogueRole.CO_CHAIR)
                .addSources(ARTICLE)
                .build())
            .addSources(ARTICLE)
            .build())
        .addSources(ARTICLE)
        .build();
  }

  /**
   * Returns the organisations the article names, and the European Union whose delegation it names.
   *
   * @return the organisations
   */
  public static List<Organisation> organisations() {
    return List.of(
        organisation(MOPHRD, "Ministry of Overseas Pakistanis and Human Resource Development",
            "MOPHRD", OrganisationKind.GOVERNMENT_MINISTRY).country(PAKISTAN).build(),
        organisation(BEOE, "Bureau of Emigration and Overseas Employment", "BEOE",
            OrganisationKind.GOVERNMENT_AGENCY).country(PAKISTAN).build(),
        organisation(OEC, "Overseas Employment Corporation", "OEC",
            OrganisationKind.GOVERNMENT_AGENCY).country(PAKISTAN).build(),
        organisation(NUTECH, "National University of Technology", "NUTECH",
            OrganisationKind.ACADEMIC_OR_TRAINING_INSTITUTION).country(PAKISTAN).build(),
        organisation(ICMPD, "International Centre for Migration Policy Development", "ICMPD",
            OrganisationKind.INTERGOVERNMENTAL_ORGANISATION).build(),
        organisation(EUROPEAN_UNION, "European Union", "EU",
            OrganisationKind.INTERGOVERNMENTAL_ORGANISATION).build(),
        Organisation.builder()
            .id(EU_DELEGATION_TO_PAKISTAN)
            .name("European Union Delegation to Pakistan")
            .kind(OrganisationKind.EU_INSTITUTION)
            .parent(EUROPEAN_UNION)
            .addSources(ARTICLE)
            .build());
  }

  private static Organisation.Builder organisation(OrganisationId id, String name, String acronym,
      OrganisationKind kind) {
    return Organisation.builder().id(id).name(name).acronym(acronym).kind(kind)
        .addSources(ARTICLE);
  }

  /**
   * Returns the five speakers, with their honorifics and positions.
   *
   * @return the people
   */
  public static List<Person> people() {
    return List.of(
        person(CHAUDHRY_SALIK_HUSSAIN, "Chaudhry Salik Hussain", "Mr.")
            .addPositions(Position.builder().title(FEDERAL_MINISTER).organisation(MOPHRD)
                .country(PAKISTAN).build())
            .build(),
        person(DORA_GUNSBERGER, "Dora Gunsberger", "Ms.")
            .addPositions(Position.builder().title(CO_CHAIR_OF_THE_DIALOGUE)
                .dialogue(BUDAPEST_PROCESS).country(HUNGARY).build())
            .build(),
        person(PHILLIP_GROSS, "Phillip Gross", "Mr.")
            .addPositions(Position.builder().title(DEPUTY_HEAD_OF_MISSION)
                .organisation(EU_DELEGATION_TO_PAKISTAN).build())
            .build(),
        person(MARIJA_RAUS, "Marija Raus", "Ms.")
            .addPositions(
                Position.builder().title(HEAD_OF_REGION_SILK_ROUTES).organisation(ICMPD).build(),
                Position.builder().title(HEAD_OF_SECRETARIAT).organisation(ICMPD)
                    .dialogue(BUDAPEST_PROCESS).build())
            .build(),
        person(NADEEM_ASLAM_CHAUDHARY, "Nadeem Aslam Chaudhary", "Mr.")
            .addPositions(Position.builder().title(FEDERAL_SECRETARY).organisation(MOPHRD)
                .country(PAKISTAN).build())
            .build());
  }

  private static Person.Builder person(PersonId id, String name, String honorific) {
    return Person.builder().id(id).name(name).honorific(honorific).addSources(ARTICLE);
  }

  /**
   * Returns the 2024 declaration with its six priority goals.
   *
   * @return the declaration
   */
  public static Declaration declaration() {
    return Declaration.builder()
        .id(BUDAPEST_DECLARATION_2024)
        .title("Ministerial Declaration and Call for Action (2025–2030)")
        .dialogue(BUDAPEST_PROCESS)
        .kind(DeclarationKind.MINISTERIAL_DECLARATION)
        .adopted(PartialDate.ofMonth(2024, 11))
        .adoptedAt(MINISTERIAL_CONFERENCE_2024)
        .implementationStart(PartialDate.ofYear(2025))
        .implementationEnd(PartialDate.ofYear(2030))
        .addGoals(
            goal(1, "Prevent irregular migration and fight against migrant smuggling, reinforcing "
                + "cooperation in border management, criminal investigations, and prosecutions."),
            goal(2, "Strengthen pathways for legal migration and mobility, enhancing existing "
                + "policies and cooperation on labour mobility."),
            goal(3, "Strengthen international, regional, and bilateral cooperation for safe, "
                + "effective, and prompt return, readmission, and sustainable reintegration."),
            goal(4, "Strengthen the positive impact of migration on development, while addressing "
                + "the root causes of irregular migration and forced displacement."),
            goal(5, "Ensure international protection and respect of the rights of refugees and "
                + "people in need of international protection, promoting durable solutions in "
                + "line with international law."),
            goal(6, "Support the integration of regular migrants, refugees, and those in need of "
                + "international protection, countering racism, extremism, discrimination, and "
                + "xenophobia."))
        .addSources(ARTICLE, MISSION_AND_VISION)
        .build();
  }

  private static PriorityGoal goal(int number, String text) {
    return PriorityGoal.builder().number(number).text(text).build();
  }

  /**
   * Returns the 7th Ministerial Conference, in Hungary in November 2024, which adopted the
   * declaration. Its city and days are not given.
   *
   * @return the meeting
   */
  public static Meeting ministerialConference() {
    return Meeting.builder()
        .id(MINISTERIAL_CONFERENCE_2024)
        .dialogue(BUDAPEST_PROCESS)
        .kind(MeetingKind.MINISTERIAL_CONFERENCE)
        .ordinal(7)
        .title("7th Budapest Process Ministerial Conference")
        .hostCountry(HUNGARY)
        .start(PartialDate.ofMonth(2024, 11))
        .end(PartialDate.ofMonth(2024, 11))
        .addOutcomes(Outcome.builder()
            .kind(OutcomeKind.DECLARATION)
            .declaration(BUDAPEST_DECLARATION_2024)
            .build())
        .addSources(ARTICLE)
        .build();
  }

  /**
   * Returns the Islamabad meeting: two days on unknown dates, more than 65 delegates from 28 states
   * and international organisations, five statements, three site visits, recommendations of
   * unknown text, aligned with Priority Goal 2.
   *
   * @return the meeting
   */
  public static Meeting islamabadMeeting() {
    return Meeting.builder()
        .id(ISLAMABAD_MEETING)
        .dialogue(BUDAPEST_PROCESS)
        .kind(MeetingKind.THEMATIC_MEETING)
        .title("Budapest Process Thematic Meeting on Legal Pathways for Migration")
        .hostCountry(PAKISTAN)
        .city("Islamabad")
        .durationDays(2)
        .convenedBy(THEMATIC_WORKING_GROUP)
        .addConveners(Party.country(PAKISTAN))
        .addOpenedBy(CHAUDHRY_SALIK_HUSSAIN)
        .addAims("to promote safe, orderly, and rights-based labour migration, especially from "
            + "Silk Routes countries to various destination states")
        .addParticipation(Figure.builder()
            .value(new BigDecimal("65"))
            .qualifier(Qualifier.MORE_THAN)
            .addCounts(Counted.DELEGATES)
            .description("delegates, including officials and experts")
            .source(ARTICLE)
            .build())
        .addParticipation(Figure.builder()
            .value(new BigDecimal("28"))
            .addCounts(Counted.STATES, Counted.INTERNATIONAL_ORGANISATIONS)
            .description("states and international organisations")
            .source(ARTICLE)
            .build())
        .addParticipants(Party.country(PAKISTAN), Party.country(HUNGARY),
            Party.organisation(EU_DELEGATION_TO_PAKISTAN), Party.organisation(ICMPD))
        .addAllStatements(statements())
        // the sessions' number and titles are unknown; only their focus is reported
        .addSessions(Session.builder()
            .focus("the opportunities and challenges in expanding legal migration routes")
            .build())
        .addSiteVisits(
            SiteVisit.builder().organisation(BEOE).build(),
            SiteVisit.builder().organisation(OEC).build(),
            SiteVisit.builder().organisation(NUTECH).build())
        // their existence is a fact; their text is unknown, so it stays empty
        .addOutcomes(Outcome.builder()
            .kind(OutcomeKind.RECOMMENDATIONS)
            .description("concrete, action-oriented recommendations aimed at strengthening legal "
                + "migration frameworks and advancing global cooperation on labour mobility")
            .build())
        .addAdvances(PRIORITY_GOAL_2)
        .addHighlights(
            "the first such gathering in Pakistan in over a decade",
            "a high-level meeting",
            "a significant development in global migration governance")
        .addNotes(
            "The meeting provided a platform for discussions on regional and bilateral "
                + "initiatives, and ways to enhance coordination between countries of origin, "
                + "transit, and destination.",
            "Through the site visits delegates gained firsthand insights into Pakistan’s evolving "
                + "legal migration architecture; the interactions showcased Pakistan’s ethical "
                + "recruitment policies, pre-departure training programmes, and skill development "
                + "systems aligned with global labour market needs.",
            "Pakistan presented itself as a leading labour-sending country with robust "
                + "institutional mechanisms; the government highlighted its efforts in "
                + "implementing ethical recruitment and preparing skilled workers to meet "
                + "international standards through both technical and soft skills training.",
            "The meeting underscored Pakistan’s broader commitment to a holistic migration policy "
                + "that includes international protection and migrant integration, areas of "
                + "growing importance as the country serves as a source, transit, and destination "
                + "for migrants.",
            "Priority Goal 2 aims to strengthen policies and pathways for legal migration and "
                + "mobility, seen as the strategic foundation for upcoming initiatives.",
            "The hosting reaffirmed Pakistan’s growing leadership in the migration discourse and "
                + "opened new avenues for regional and global cooperation, setting the stage for "
                + "future engagements on migration policy, labour mobility, and international "
                + "partnerships.")
        .addSources(ARTICLE)
        .build();
  }

  private static List<Statement> statements() {
    return List.of(
        Statement.builder()
            .speaker(CHAUDHRY_SALIK_HUSSAIN)
            .addPositions(FEDERAL_MINISTER)
            .kind(StatementKind.KEYNOTE)
            .addQuotes("Pakistan has long recognized the value of labour mobility not only for our "
                + "economy but also for the dignity, development, and well-being of our people")
            .addReported(
                "highlighted the critical importance of expanding legal pathways for migration "
                    + "amid rising global labour demands",
                "underscored that overseas Pakistanis are a key pillar of national resilience",
                "reaffirmed the government’s commitment to safe and well-governed migration "
                    + "systems")
            .build(),
        Statement.builder()
            .speaker(DORA_GUNSBERGER)
            .addPositions(CO_CHAIR_OF_THE_DIALOGUE)
            .onBehalfOf(Party.country(HUNGARY))
            .kind(StatementKind.REMARKS)
            .addQuotes("The Budapest Process meetings, particularly this thematic one, are vital "
                + "for exchanging best practices. We especially acknowledge the efforts of Migrant "
                + "Resource Centres in supporting informed and secure migration")
            .addReported(
                "praised the role of member states in advancing collaborative frameworks")
            .build(),
        Statement.builder()
            .speaker(PHILLIP_GROSS)
            .addPositions(DEPUTY_HEAD_OF_MISSION)
            .kind(StatementKind.REMARKS)
            .addQuotes("The discussions here in Islamabad are pivotal to furthering the commitments "
                + "made in the 2024 Ministerial Declaration. They reflect our shared vision for "
                + "well-governed, mutually beneficial migration between Europe and Silk Routes "
                + "countries")
            .addReported(
                "expressed the EU’s support for initiatives aimed at strengthening legal pathways")
            .build(),
        Statement.builder()
            .speaker(MARIJA_RAUS)
            .addPositions(HEAD_OF_REGION_SILK_ROUTES, HEAD_OF_SECRETARIAT)
            .kind(StatementKind.REMARKS)
            .addQuotes("The deliberations in Islamabad generated valuable ideas that will feed into "
                + "future activities on legal migration. We aim to make such engagements a "
                + "tradition, deepening cooperation through meetings hosted directly in Silk Routes "
                + "countries")
            .addReported("lauded the significance of the meeting")
            .build(),
        Statement.builder()
            .speaker(NADEEM_ASLAM_CHAUDHARY)
            .addPositions(FEDERAL_SECRETARY)
            .kind(StatementKind.CLOSING_REMARKS)
            .addQuotes("The progress we’ve shared today demonstrates what’s possible when nations "
                + "unite behind a shared vision. Pakistan stands ready as both a committed partner "
                + "and an innovator in migration governance")
            .addReported(
                "reinforced Pakistan’s resolve to remain at the forefront of global migration "
                    + "dialogue",
                "expressed confidence that the outcomes of the meeting would translate into "
                    + "meaningful action, benefitting migrants and their communities across "
                    + "borders")
            .build());
  }

  /**
   * Returns Pakistan's remittances as the article reports them: USD 34.9 billion from July 2024 to
   * May 2025, and a projection of more than USD 38 billion for FY2025 (July 2024 to June 2025).
   * The article does not say which measure of remittances it means, so the measure is {@link
   * RemittanceMeasure#UNSPECIFIED}.
   *
   * @return the series
   */
  public static RemittanceSeries remittances() {
    return RemittanceSeries.builder()
        .id(PAKISTAN_REMITTANCES)
        .title("Remittances")
        .reporter(PAKISTAN)
        .direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.UNSPECIFIED)
        .currency(Currency.getInstance("USD"))
        .unitMultiplier(9)
        .frequency(Frequency.IRREGULAR)
        .addObservations(Period.ofMonths(YearMonth.of(2024, 7), YearMonth.of(2025, 5)),
            new BigDecimal("34.9"))
        .addObservations(Period.ofFiscalYear(2025, Month.JULY), new BigDecimal("38"),
            ObservationStatus.FORECAST, Qualifier.MORE_THAN)
        .addSources(ARTICLE)
        .build();
  }

  /**
   * Returns Pakistan's "over 11 million overseas workers".
   *
   * @return the country figure
   */
  public static CountryFigure overseasWorkers() {
    return CountryFigure.of(PAKISTAN, Figure.builder()
        .value(new BigDecimal("11000000"))
        .qualifier(Qualifier.MORE_THAN)
        .addCounts(Counted.OVERSEAS_WORKERS)
        .description("overseas workers")
        .source(ARTICLE)
        .build());
  }
}
