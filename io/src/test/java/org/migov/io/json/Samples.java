package org.migov.io.json;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Month;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.migov.model.CountryCode;
import org.migov.model.CountryFigure;
import org.migov.model.Claim;
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
import org.migov.model.Party;
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

/**
 * Hand-made model objects for the io tests: for every type of the format, one object with every
 * optional attribute present ({@code full…}) and one with only what is required ({@code
 * minimal…}). Facts follow the seed article and REFERENCE-FACTS.md where they can.
 */
final class Samples {
  private Samples() {}

  static final PartialDate JUNE_2025 = PartialDate.ofMonth(2025, 6);

  // ----- sources, dates, figures

  static Source fullSource() {
    return Source.builder()
        .title("Pakistan hosts Budapest Process meeting on legal pathways")
        .publisher("TW")
        .url(URI.create("https://example.org/news/islamabad-2025?lang=en&page=2#top"))
        .published(PartialDate.of(2025, 6, 21))
        .kind(SourceKind.NEWS_ARTICLE)
        .dateline("Islamabad")
        .accessed(PartialDate.of(2025, 7, 1))
        .build();
  }

  /** The 7th Ministerial Conference's page of budapestprocess.org, cited without a title. */
  static Source conferencesPage() {
    return Source.builder().publisher("Budapest Process")
        .url(URI.create("https://www.budapestprocess.org/meetings/ministerial-conferences"))
        .kind(SourceKind.OFFICIAL_WEBSITE).build();
  }

  /** ICMPD's page of the migration dialogues, cited without a title. */
  static Source icmpdPage() {
    return Source.builder().publisher("ICMPD")
        .url(URI.create("https://www.icmpd.org/our-work/migration-dialogues"))
        .kind(SourceKind.OFFICIAL_WEBSITE).build();
  }

  static MeetingRole fullMeetingRole() {
    return MeetingRole.builder().kind(MeetingRoleKind.HOST)
        .party(Party.country(CountryCode.of("HUN"))).addSources(conferencesPage()).build();
  }

  static MeetingRole minimalMeetingRole() {
    return MeetingRole.builder().kind(MeetingRoleKind.MODERATOR)
        .person(PersonId.of("marija-raus")).build();
  }

  static Source minimalSource() {
    return Source.builder().title("Budapest Process governance page").build();
  }

  static SourcedDate fullSourcedDate() {
    return SourcedDate.of(PartialDate.ofYear(1993), fullSource());
  }

  static SourcedDate minimalSourcedDate() {
    return SourcedDate.builder().date(PartialDate.ofYear(1991)).build();
  }

  static Figure fullFigure() {
    return Figure.builder()
        .value(new BigDecimal("65"))
        .qualifier(Qualifier.MORE_THAN)
        .addCounts(Counted.STATES, Counted.INTERNATIONAL_ORGANISATIONS, Counted.DELEGATES)
        .description("delegates, including officials and experts")
        .asOf(PartialDate.of(2025, 6, 21))
        .period(Period.ofFiscalYear(2025, Month.JULY))
        .source(fullSource())
        .addAgreeingSources(minimalSource())
        .build();
  }

  static Figure minimalFigure() {
    return Figure.builder().value(new BigDecimal("28")).addCounts(Counted.STATES).build();
  }

  // ----- organisations and people

  static Organisation fullOrganisation() {
    return Organisation.builder()
        .id(OrganisationId.of("beoe"))
        .name("Bureau of Emigration and Overseas Employment")
        .acronym("BEOE")
        .kind(OrganisationKind.GOVERNMENT_AGENCY)
        .country(CountryCode.of("PAK"))
        .parent(OrganisationId.of("mophrd"))
        .addSources(fullSource(), minimalSource())
        .build();
  }

  static Organisation minimalOrganisation() {
    return Organisation.builder()
        .id(OrganisationId.of("icmpd"))
        .name("International Centre for Migration Policy Development")
        .kind(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION)
        .build();
  }

  static Position fullPosition() {
    return Position.builder()
        .title("Head of the Budapest Process Secretariat")
        .id(PositionId.of("head-of-secretariat"))
        .organisation(OrganisationId.of("icmpd"))
        .dialogue(DialogueId.of("budapest-process"))
        .country(CountryCode.of("AUT"))
        .start(PartialDate.ofYear(2019))
        .end(PartialDate.ofMonth(2026, 1))
        .build();
  }

  static Position minimalPosition() {
    return Position.builder().title("Head of Region Silk Routes").build();
  }

  static Person fullPerson() {
    return Person.builder()
        .id(PersonId.of("marija-raus"))
        .name("Marija Raus")
        .honorific("Ms.")
        .addPositions(fullPosition(), minimalPosition())
        .addSources(fullSource())
        .build();
  }

  static Person minimalPerson() {
    return Person.builder().id(PersonId.of("phillip-gross")).name("Phillip Gross").build();
  }

  // ----- dialogues

  static RoleTerm fullRoleTerm() {
    return RoleTerm.builder()
        .holder(Party.country(CountryCode.of("TUR")))
        .role(DialogueRole.CHAIR)
        .start(PartialDate.ofMonth(2006, 1))
        .end(PartialDate.of(2030, 12, 31))
        .addSources(fullSource())
        .build();
  }

  static RoleTerm minimalRoleTerm() {
    return RoleTerm.builder()
        .holder(Party.organisation(OrganisationId.of("icmpd")))
        .role(DialogueRole.SECRETARIAT)
        .build();
  }

  static Membership fullMembership() {
    return Membership.builder()
        .party(Party.organisation(OrganisationId.of("icmpd")))
        .role(MembershipRole.OBSERVER)
        .since(PartialDate.ofYear(1994))
        .until(PartialDate.of(2024, 11, 12))
        .build();
  }

  static Membership minimalMembership() {
    return Membership.builder().party(Party.country(CountryCode.of("HUN"))).build();
  }

  static RegionListing fullRegionListing() {
    return RegionListing.builder()
        .asOf(PartialDate.of(2010, 11, 3))
        .addCountries(CountryCode.of("PAK"), CountryCode.of("AFG"), CountryCode.of("BGD"),
            CountryCode.of("CHN"), CountryCode.of("IRN"), CountryCode.of("IRQ"))
        .source(fullSource())
        .build();
  }

  static RegionListing minimalRegionListing() {
    return RegionListing.builder().addCountries(CountryCode.of("XKX")).build();
  }

  static Region fullRegion() {
    return Region.builder()
        .id(RegionId.of("silk-routes"))
        .name("Silk Routes countries")
        .addListings(fullRegionListing(), RegionListing.builder()
            .asOf(PartialDate.ofYear(2025))
            .addCountries(CountryCode.of("AFG"), CountryCode.of("BGD"), CountryCode.of("IND"),
                CountryCode.of("IRN"), CountryCode.of("IRQ"), CountryCode.of("PAK"),
                CountryCode.of("LKA"))
            .build())
        .build();
  }

  static Region minimalRegion() {
    return Region.builder().id(RegionId.of("western-balkans")).name("Western Balkans").build();
  }

  static WorkingGroup fullWorkingGroup() {
    return WorkingGroup.builder()
        .id(WorkingGroupId.of("budapest-process-thematic-working-group"))
        .name("Thematic Working Group")
        .kind(WorkingGroupKind.THEMATIC)
        .theme("legal migration and mobility")
        .addTerms(RoleTerm.builder()
            .holder(Party.country(CountryCode.of("PAK")))
            .role(DialogueRole.CO_CHAIR)
            .build())
        .addSources(minimalSource())
        .build();
  }

  static WorkingGroup minimalWorkingGroup() {
    return WorkingGroup.builder()
        .id(WorkingGroupId.of("silk-routes-working-group"))
        .name("Silk Routes Regional Working Group")
        .kind(WorkingGroupKind.REGIONAL)
        .build();
  }

  static Dialogue fullDialogue() {
    return Dialogue.builder()
        .id(DialogueId.of("budapest-process"))
        .name("Budapest Process")
        .shortName("BP")
        .addEstablished(fullSourcedDate(), minimalSourcedDate())
        .description("One of the world's longest-standing intergovernmental dialogues on "
            + "migration.")
        .addMembers(fullMembership(), minimalMembership())
        .addRegions(fullRegion(), minimalRegion())
        .addTerms(fullRoleTerm(), minimalRoleTerm())
        .addWorkingGroups(fullWorkingGroup(), minimalWorkingGroup())
        .addSize(Figure.builder().value(new BigDecimal("50")).qualifier(Qualifier.MORE_THAN)
                .addCounts(Counted.GOVERNMENTS).build(),
            Figure.builder().value(new BigDecimal("10"))
                .addCounts(Counted.INTERNATIONAL_ORGANISATIONS).build())
        .addSources(fullSource())
        .build();
  }

  static Dialogue minimalDialogue() {
    return Dialogue.builder().id(DialogueId.of("rabat-process")).name("Rabat Process").build();
  }

  // ----- declarations

  static GoalLink fullGoalLink() {
    return GoalLink.builder()
        .framework(GoalFramework.GCM_OBJECTIVE)
        .code("20")
        .label("Promote faster, safer and cheaper transfer of remittances")
        .build();
  }

  static GoalLink minimalGoalLink() {
    return GoalLink.of(GoalFramework.SDG_TARGET, "10.c");
  }

  static PriorityGoal fullPriorityGoal() {
    return PriorityGoal.builder()
        .number(2)
        .text("Strengthen pathways for legal migration and mobility, enhancing existing "
            + "policies and cooperation on labour mobility.")
        .theme("legal migration and mobility")
        .shortTitle("Legal pathways")
        .addLinks(fullGoalLink(), minimalGoalLink())
        .build();
  }

  static PriorityGoal minimalPriorityGoal() {
    return PriorityGoal.builder().number(1).build();
  }

  static GoalRef fullGoalRef() {
    return GoalRef.of(DeclarationId.of("budapest-declaration-2024"), 2);
  }

  static Declaration fullDeclaration() {
    return Declaration.builder()
        .id(DeclarationId.of("budapest-declaration-2024"))
        .title("Budapest Process Ministerial Declaration and Call for Action 2025-2030")
        .dialogue(DialogueId.of("budapest-process"))
        .kind(DeclarationKind.MINISTERIAL_DECLARATION)
        .addTitleClaims(Claim.of(
            "Budapest Process Ministerial Declaration and Call for Action 2025-2030",
            conferencesPage()))
        .addTitleClaims(Claim.of("Ministerial Declaration and Call for Action (2025–2030)",
            fullSource()))
        .adopted(PartialDate.ofMonth(2024, 11))
        .addAdoptedClaims(Claim.of(PartialDate.ofMonth(2024, 11), fullSource()))
        .addAdoptedClaims(Claim.of(PartialDate.of(2024, 11, 12), conferencesPage()))
        .goalCount(6)
        .addGoalCountClaims(Claim.of(6, conferencesPage()), Claim.of(5, fullSource()))
        .adoptedAt(MeetingId.of("budapest-ministerial-conference-2024"))
        .addAdoptedAtClaims(Claim.of(MeetingId.of("budapest-ministerial-conference-2024"),
            conferencesPage(), fullSource()))
        .implementationStart(PartialDate.ofYear(2025))
        .addImplementationStartClaims(Claim.of(PartialDate.ofYear(2025), conferencesPage()))
        .addImplementationStartClaims(Claim.of(PartialDate.ofMonth(2025, 1), fullSource()))
        .implementationEnd(PartialDate.ofYear(2030))
        .addImplementationEndClaims(Claim.of(PartialDate.ofYear(2030), conferencesPage()))
        .addGoals(minimalPriorityGoal(), fullPriorityGoal())
        .addSources(fullSource(), minimalSource())
        .build();
  }

  static Declaration minimalDeclaration() {
    return Declaration.builder()
        .id(DeclarationId.of("istanbul-commitments-2019"))
        .title("Istanbul Commitments on the Silk Routes Partnership for Migration")
        .dialogue(DialogueId.of("budapest-process"))
        .kind(DeclarationKind.COMMITMENTS)
        .build();
  }

  // ----- meetings

  static Statement fullStatement() {
    return Statement.builder()
        .speaker(PersonId.of("dora-gunsberger"))
        .addPositions("Co-Chair of the Budapest Process Dialogue")
        .addPositionIds(PositionId.of("co-chair"))
        .onBehalfOf(Party.country(CountryCode.of("HUN")))
        .kind(StatementKind.REMARKS)
        .addQuotes("The Budapest Process meetings, particularly this thematic one, are vital "
            + "for exchanging best practices.")
        .addReported("praised the role of member states in advancing collaborative frameworks")
        .build();
  }

  static Statement minimalStatement() {
    return Statement.builder().speaker(PersonId.of("nadeem-aslam-chaudhary"))
        .kind(StatementKind.CLOSING_REMARKS).build();
  }

  static SiteVisit fullSiteVisit() {
    return SiteVisit.builder().organisation(OrganisationId.of("nutech"))
        .purpose("skill development systems").build();
  }

  static SiteVisit minimalSiteVisit() {
    return SiteVisit.builder().organisation(OrganisationId.of("oec")).build();
  }

  static Session fullSession() {
    return Session.builder().title("Thematic sessions")
        .focus("opportunities and challenges in expanding legal migration routes").count(3)
        .build();
  }

  static Session minimalSession() {
    return Session.builder().build();
  }

  static Outcome fullOutcome() {
    return Outcome.builder().kind(OutcomeKind.RECOMMENDATIONS)
        .description("concrete, action-oriented recommendations")
        .text("Strengthen legal migration frameworks.")
        .declaration(DeclarationId.of("budapest-declaration-2024"))
        .build();
  }

  static Outcome minimalOutcome() {
    return Outcome.builder().kind(OutcomeKind.REPORT).build();
  }

  static Meeting fullMeeting() {
    return Meeting.builder()
        .id(MeetingId.of("islamabad-legal-pathways-2025"))
        .dialogue(DialogueId.of("budapest-process"))
        .kind(MeetingKind.THEMATIC_MEETING)
        .ordinal(1)
        .addOrdinalClaims(Claim.of(1, fullSource()), Claim.of(2, icmpdPage()))
        .title("Budapest Process Thematic Meeting on Legal Pathways for Migration")
        .addTitleClaims(Claim.of(
            "Budapest Process Thematic Meeting on Legal Pathways for Migration", fullSource()))
        .addTitleClaims(Claim.of("Thematic Meeting on Legal Pathways", minimalSource()))
        .hostCountry(CountryCode.of("PAK"))
        .addHostCountryClaims(Claim.of(CountryCode.of("PAK"), fullSource(), icmpdPage()))
        .addRoles(fullMeetingRole(), minimalMeetingRole())
        .city("Islamabad")
        .addCityClaims(Claim.of("Islamabad", fullSource(), minimalSource()))
        .start(PartialDate.of(2025, 6, 18))
        .addStartClaims(Claim.of(PartialDate.of(2025, 6, 18), fullSource()))
        .addStartClaims(Claim.of(PartialDate.of(2025, 6, 17), icmpdPage()))
        .end(PartialDate.of(2025, 6, 19))
        .addEndClaims(Claim.of(PartialDate.of(2025, 6, 19), fullSource(), icmpdPage()))
        .durationDays(2)
        .addDurationDaysClaims(Claim.of(2, fullSource()), Claim.of(1, minimalSource()))
        .convenedBy(WorkingGroupId.of("budapest-process-thematic-working-group"))
        .addConveners(Party.country(CountryCode.of("PAK")),
            Party.organisation(OrganisationId.of("icmpd")))
        .addOpenedBy(PersonId.of("chaudhry-salik-hussain"))
        .addAims("promote safe, orderly, and rights-based labour migration")
        .addParticipation(fullFigure(), minimalFigure())
        .addParticipants(Party.country(CountryCode.of("HUN")),
            Party.organisation(OrganisationId.of("eu-delegation-pakistan")))
        .addStatements(fullStatement(), minimalStatement())
        .addSessions(fullSession(), minimalSession())
        .addSiteVisits(fullSiteVisit(), minimalSiteVisit())
        .addOutcomes(fullOutcome(), minimalOutcome())
        .addAdvances(fullGoalRef())
        .addHighlights("first such gathering in Pakistan in over a decade")
        .addNotes("The article gives no exact days.", "Second note.")
        .addSources(fullSource())
        .build();
  }

  static Meeting minimalMeeting() {
    return Meeting.builder()
        .id(MeetingId.of("stockholm-som-2024"))
        .dialogue(DialogueId.of("budapest-process"))
        .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
        .title("34th Senior Officials Meeting")
        .build();
  }

  // ----- countries and remittances

  static CountryFigure fullCountryFigure() {
    return CountryFigure.of(CountryCode.of("PAK"), Figure.builder()
        .value(new BigDecimal("11000000"))
        .qualifier(Qualifier.MORE_THAN)
        .addCounts(Counted.OVERSEAS_WORKERS)
        .asOf(JUNE_2025)
        .source(fullSource())
        .build());
  }

  static Observation fullObservation() {
    return Observation.builder()
        .period(Period.ofMonths(YearMonth.of(2024, 7), YearMonth.of(2025, 5)))
        .value(new BigDecimal("34.9"))
        .status(ObservationStatus.PROVISIONAL)
        .qualifier(Qualifier.ABOUT)
        .source(fullSource())
        .build();
  }

  static Observation minimalObservation() {
    return Observation.of(Period.ofMonth(2025, 5), new BigDecimal("3686"));
  }

  static RemittanceSeries fullRemittanceSeries() {
    return RemittanceSeries.builder()
        .id(SeriesId.of("pak-remittances-fy"))
        .title("Workers' remittances to Pakistan, by fiscal year")
        .reporter(CountryCode.of("PAK"))
        .direction(FlowDirection.INFLOW)
        .counterpart(CountryCode.of("SAU"))
        .measure(RemittanceMeasure.WORKERS_REMITTANCES)
        .indicator("BX.TRF.PWKR.CD.DT")
        .currency(Currency.getInstance("USD"))
        .unitMultiplier(9)
        .frequency(Frequency.fiscalYear(Month.JULY))
        .addObservations(Observation.builder().period(Period.ofFiscalYear(2025, Month.JULY))
            .value(new BigDecimal("38")).status(ObservationStatus.FORECAST)
            .qualifier(Qualifier.MORE_THAN).source(fullSource()).build())
        .addObservations(Period.ofFiscalYear(2024, Month.JULY), new BigDecimal("30.25"))
        .addObservations(Period.ofFiscalYear(2023, Month.JULY), new BigDecimal("27.333"),
            ObservationStatus.ESTIMATED, Qualifier.ABOUT)
        .addSources(fullSource())
        .addSources(minimalSource())
        .build();
  }

  static RemittanceSeries minimalRemittanceSeries() {
    return RemittanceSeries.builder()
        .id(SeriesId.of("hun-outflow"))
        .reporter(CountryCode.of("HUN"))
        .direction(FlowDirection.OUTFLOW)
        .measure(RemittanceMeasure.PERSONAL_TRANSFERS)
        .currency(Currency.getInstance("EUR"))
        .frequency(Frequency.ANNUAL)
        .build();
  }

  // ----- datasets

  static Dataset fullDataset() {
    return Dataset.builder()
        .addDialogues(fullDialogue(), minimalDialogue())
        .addOrganisations(fullOrganisation(), minimalOrganisation())
        .addPeople(fullPerson(), minimalPerson())
        .addDeclarations(fullDeclaration(), minimalDeclaration())
        .addMeetings(fullMeeting(), minimalMeeting())
        .addRemittanceSeries(fullRemittanceSeries(), minimalRemittanceSeries())
        .addCountryFigures(fullCountryFigure())
        .build();
  }

  static Dataset minimalDataset() {
    return Dataset.builder().build();
  }

  /** For every top-level type of the format, its name and an object with every attribute. */
  static Map<String, Supplier<Object>> full() {
    return Map.ofEntries(
        Map.entry("source", Samples::fullSource),
        Map.entry("sourced_date", Samples::fullSourcedDate),
        Map.entry("figure", Samples::fullFigure),
        Map.entry("organisation", Samples::fullOrganisation),
        Map.entry("position", Samples::fullPosition),
        Map.entry("person", Samples::fullPerson),
        Map.entry("role_term", Samples::fullRoleTerm),
        Map.entry("membership", Samples::fullMembership),
        Map.entry("region_listing", Samples::fullRegionListing),
        Map.entry("region", Samples::fullRegion),
        Map.entry("working_group", Samples::fullWorkingGroup),
        Map.entry("dialogue", Samples::fullDialogue),
        Map.entry("goal_link", Samples::fullGoalLink),
        Map.entry("priority_goal", Samples::fullPriorityGoal),
        Map.entry("goal_ref", Samples::fullGoalRef),
        Map.entry("declaration", Samples::fullDeclaration),
        Map.entry("statement", Samples::fullStatement),
        Map.entry("site_visit", Samples::fullSiteVisit),
        Map.entry("session", Samples::fullSession),
        Map.entry("outcome", Samples::fullOutcome),
        Map.entry("meeting_role", Samples::fullMeetingRole),
        Map.entry("meeting", Samples::fullMeeting),
        Map.entry("country_figure", Samples::fullCountryFigure),
        Map.entry("observation", Samples::fullObservation),
        Map.entry("remittance_series", Samples::fullRemittanceSeries),
        Map.entry("dataset", Samples::fullDataset));
  }

  /** For every top-level type of the format, its name and an object with only what is required. */
  static Map<String, Supplier<Object>> minimal() {
    return Map.ofEntries(
        Map.entry("source", Samples::minimalSource),
        Map.entry("sourced_date", Samples::minimalSourcedDate),
        Map.entry("figure", Samples::minimalFigure),
        Map.entry("organisation", Samples::minimalOrganisation),
        Map.entry("position", Samples::minimalPosition),
        Map.entry("person", Samples::minimalPerson),
        Map.entry("role_term", Samples::minimalRoleTerm),
        Map.entry("membership", Samples::minimalMembership),
        Map.entry("region_listing", Samples::minimalRegionListing),
        Map.entry("region", Samples::minimalRegion),
        Map.entry("working_group", Samples::minimalWorkingGroup),
        Map.entry("dialogue", Samples::minimalDialogue),
        Map.entry("goal_link", Samples::minimalGoalLink),
        Map.entry("priority_goal", Samples::minimalPriorityGoal),
        Map.entry("goal_ref", () -> GoalRef.of(DeclarationId.of("d"), 1)),
        Map.entry("declaration", Samples::minimalDeclaration),
        Map.entry("statement", Samples::minimalStatement),
        Map.entry("site_visit", Samples::minimalSiteVisit),
        Map.entry("session", Samples::minimalSession),
        Map.entry("outcome", Samples::minimalOutcome),
        Map.entry("meeting_role", Samples::minimalMeetingRole),
        Map.entry("meeting", Samples::minimalMeeting),
        Map.entry("country_figure",
            () -> CountryFigure.of(CountryCode.of("XKX"), minimalFigure())),
        Map.entry("observation", Samples::minimalObservation),
        Map.entry("remittance_series", Samples::minimalRemittanceSeries),
        Map.entry("dataset", Samples::minimalDataset));
  }

  /**
   * Returns the public model type of an object: its class, or the public class it extends when
   * its class is a generated, package-private implementation.
   */
  static Class<?> publicType(Object value) {
    Class<?> c = value.getClass();
    while (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
      c = c.getSuperclass();
    }
    return c;
  }

  /** Reads {@code json} back as the public type of {@code like}. */
  static Object readAs(MigovJson json, String text, Object like) {
    return json.read(text, publicType(like));
  }

  /** Every type name of {@link #full()}, in a fixed order. */
  static List<String> typeNames() {
    return full().keySet().stream().sorted().toList();
  }
}
