package org.migov.examples;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.migov.io.json.MigovJson;
import org.migov.model.Claim;
import org.migov.model.CountryCode;
import org.migov.model.Counted;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.DeclarationId;
import org.migov.model.DeclarationKind;
import org.migov.model.Dialogue;
import org.migov.model.DialogueId;
import org.migov.model.DialogueRole;
import org.migov.model.Figure;
import org.migov.model.Meeting;
import org.migov.model.MeetingId;
import org.migov.model.MeetingKind;
import org.migov.model.MeetingRole;
import org.migov.model.MeetingRoleKind;
import org.migov.model.Outcome;
import org.migov.model.OutcomeKind;
import org.migov.model.PartialDate;
import org.migov.model.Person;
import org.migov.model.Position;
import org.migov.model.PositionId;
import org.migov.model.Party;
import org.migov.model.PriorityGoal;
import org.migov.model.Qualifier;
import org.migov.model.Region;
import org.migov.model.RegionId;
import org.migov.model.RegionListing;
import org.migov.model.RoleTerm;
import org.migov.model.Source;
import org.migov.model.SourceKind;
import org.migov.model.SourcedDate;
import org.migov.model.Statement;
import org.migov.model.WorkingGroup;
import org.migov.model.WorkingGroupId;
import org.migov.model.WorkingGroupKind;
import org.migov.testing.SeedArticle;

/**
 * The reference dataset of the Budapest Process, {@code examples/data/budapest-process.json}: every
 * fact about the Budapest Process in the project's reference facts (REFERENCE-FACTS.md) and in the
 * seed article, each with its source as the facts name it, and nothing that no source says.
 *
 * <p>Where the facts name no page for a fact (the 2010 refocus on the Silk Routes, the 34th Senior
 * Officials Meeting), the source is the facts file itself, {@link #FACTS}, so that no page is
 * made up. Where the facts name a page without its address or title, the source holds only what
 * is named (a publisher, a URL, the facts' own name of the page as its title, such as "governance
 * page"). Meetings the sources list without a title are titled by their
 * kind, as the list's heading names them ("Ministerial Conference"). Where two sources disagree
 * (when the Budapest Process began; the days of the 7th Ministerial Conference; the title of its
 * declaration), both are kept: {@link SourcedDate}s for the first, {@link Claim}s for the others,
 * the value used being the one of budapestprocess.org, the dialogue's own site.
 *
 * <p>Run {@code main} to write the file (to the path given, or {@code data/budapest-process.json}
 * under the working directory); {@code BudapestProcessDataTest} keeps the committed file equal
 * to what this program writes.
 */
public final class BudapestProcessData {
  private BudapestProcessData() {}

  /** Where the file lives, from the examples module's directory. */
  public static final Path FILE = Path.of("data", "budapest-process.json");

  // ----- sources, as REFERENCE-FACTS.md names them

  /** "European Commission, Migration and Home Affairs news, 13 Nov 2024". */
  public static final Source EC_NEWS = Source.builder()
      .publisher("European Commission, Migration and Home Affairs")
      .published(PartialDate.of(2024, 11, 13))
      .build();

  /** "icmpd.org, our-work/migration-dialogues". */
  public static final Source ICMPD_DIALOGUES = Source.builder()
      .publisher("ICMPD")
      .url(URI.create("https://www.icmpd.org/our-work/migration-dialogues"))
      .kind(SourceKind.OFFICIAL_WEBSITE)
      .build();

  /** "An IOM overview": no title, address or date is named. */
  public static final Source IOM_OVERVIEW = Source.builder().publisher("IOM").build();

  /** "budapestprocess.org, governance page": the page's address is not named. */
  public static final Source GOVERNANCE = Source.builder()
      .title("governance page")
      .url(URI.create("https://www.budapestprocess.org"))
      .kind(SourceKind.OFFICIAL_WEBSITE)
      .build();

  /** "budapestprocess.org, meetings/ministerial-conferences". */
  public static final Source CONFERENCES = Source.builder()
      .url(URI.create("https://www.budapestprocess.org/meetings/ministerial-conferences"))
      .kind(SourceKind.OFFICIAL_WEBSITE)
      .build();

  /** "ICMPD gives 11–12 Nov 2024": which ICMPD page is not named. */
  public static final Source ICMPD = Source.builder().publisher("ICMPD").build();

  /** "ICMPD's region page": its address is not named. */
  public static final Source ICMPD_REGION_PAGE = Source.builder()
      .publisher("ICMPD")
      .title("region page")
      .kind(SourceKind.OFFICIAL_WEBSITE)
      .build();

  /** "budapestprocess.org, mission and vision statement", as the seed model cites it. */
  public static final Source MISSION_AND_VISION = SeedArticle.MISSION_AND_VISION;

  /** The seed article. */
  public static final Source ARTICLE = SeedArticle.ARTICLE;

  /** The facts file itself, for the facts for which it names no page. */
  public static final Source FACTS = Source.builder()
      .title("Reference facts for examples and test data (REFERENCE-FACTS.md)")
      .build();

  // ----- ids

  /** The Budapest Process. */
  public static final DialogueId BUDAPEST_PROCESS = SeedArticle.BUDAPEST_PROCESS;

  /** The Silk Routes region of the Budapest Process. */
  public static final RegionId SILK_ROUTES = RegionId.of("silk-routes");

  /** The Reference Group set up in 2021. */
  public static final WorkingGroupId REFERENCE_GROUP = WorkingGroupId.of("reference-group");

  /** The 7th Ministerial Conference, Budapest, November 2024. */
  public static final MeetingId SEVENTH_CONFERENCE = SeedArticle.MINISTERIAL_CONFERENCE_2024;

  /** The 34th Senior Officials Meeting, Stockholm, June 2024. */
  public static final MeetingId SOM_34 = MeetingId.of("stockholm-som-2024");

  /** The Ministerial Declaration and Call for Action 2025–2030. */
  public static final DeclarationId DECLARATION_2024 = SeedArticle.BUDAPEST_DECLARATION_2024;

  private static final CountryCode HUN = CountryCode.of("HUN");

  /**
   * Writes the dataset.
   *
   * @param args the file to write, {@code data/budapest-process.json} if none is given
   */
  public static void main(String[] args) {
    Path file = args.length > 0 ? Path.of(args[0]) : FILE;
    MigovJson.defaults().pretty().write(dataset(), file);
    System.out.println("wrote " + file);
  }

  /**
   * Returns the reference dataset: the Budapest Process with its chairs, secretariat, working
   * groups and Silk Routes listings; its seven ministerial conferences, two senior officials
   * meetings and the Islamabad meeting; the four declarations adopted at them; and the
   * organisations, people, remittances and overseas workers of the seed article.
   *
   * @return the dataset, which validates with no errors and no warnings
   */
  public static Dataset dataset() {
    List<Meeting> meetings = new ArrayList<>(conferences());
    meetings.add(seniorOfficialsMeeting2010());
    meetings.add(seniorOfficialsMeeting34());
    Meeting islamabad = SeedArticle.islamabadMeeting();
    List<Statement> statements = new ArrayList<>();
    for (Statement s : islamabad.statements()) {
      // the positions the speaker spoke in, by id as well as by title
      Statement.Builder b = s.toBuilder();
      for (String title : s.positions()) {
        b.addPositionIds(positionId(title));
      }
      statements.add(b.build());
    }
    meetings.add(islamabad.toBuilder()
        // "Pakistan hosted the Budapest Process Thematic Meeting"
        .addRoles(MeetingRole.builder().kind(MeetingRoleKind.HOST)
            .party(Party.country(SeedArticle.PAKISTAN)).addSources(ARTICLE).build())
        .statements(statements)
        .build());
    List<Person> people = new ArrayList<>();
    for (Person p : SeedArticle.people()) {
      List<Position> positions = new ArrayList<>();
      for (Position position : p.positions()) {
        positions.add(position.toBuilder().id(positionId(position.title())).build());
      }
      people.add(p.toBuilder().positions(positions).build());
    }
    return Dataset.builder()
        .addDialogues(budapestProcess())
        .addAllOrganisations(SeedArticle.organisations())
        .addAllPeople(people)
        .addAllDeclarations(declarations())
        .addAllMeetings(meetings)
        .addRemittanceSeries(SeedArticle.remittances())
        .addCountryFigures(SeedArticle.overseasWorkers())
        .build();
  }

  /**
   * {@return the id of a position, made from its title: lower-case words joined by hyphens
   * ({@code head-of-the-budapest-process-secretariat})}
   */
  static PositionId positionId(String title) {
    String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    return PositionId.of(slug.length() > 100 ? slug.substring(0, 100).replaceAll("-$", "")
        : slug);
  }

  /** {@return the dialogue, as the governance page, ICMPD, the EC, IOM and the article give it} */
  static Dialogue budapestProcess() {
    Dialogue seed = SeedArticle.budapestProcess();
    return Dialogue.builder()
        .id(BUDAPEST_PROCESS)
        .name("Budapest Process")
        .description(seed.description().orElseThrow())
        // inception 1993 (EC; ICMPD), 1991 (IOM): the sources disagree, each date is kept
        .addEstablished(SourcedDate.of(PartialDate.ofYear(1993), EC_NEWS))
        .addEstablished(SourcedDate.of(PartialDate.ofYear(1993), ICMPD_DIALOGUES))
        .addEstablished(SourcedDate.of(PartialDate.ofYear(1991), IOM_OVERVIEW))
        .addRegions(Region.builder()
            .id(SILK_ROUTES)
            .name("Silk Routes")
            // the 2010 refocus (Senior Officials Meeting, Istanbul, 3 Nov 2010)
            .addListings(RegionListing.builder()
                .asOf(PartialDate.of(2010, 11, 3))
                .addAllCountries(codes("AFG", "BGD", "CHN", "IRN", "IRQ", "PAK"))
                .source(FACTS)
                .build())
            // ICMPD's region page "today": the date it was read is not recorded
            .addListings(RegionListing.builder()
                .addAllCountries(codes("AFG", "BGD", "IND", "IRN", "IRQ", "PAK", "LKA"))
                .source(ICMPD_REGION_PAGE)
                .build())
            .build())
        // Hungary chaired 1993–2006 and remains Co-Chair; Türkiye has chaired since January 2006
        .addTerms(term(Party.country(HUN), DialogueRole.CHAIR, PartialDate.ofYear(1993),
            PartialDate.ofYear(2006), GOVERNANCE))
        .addTerms(RoleTerm.builder().holder(Party.country(HUN)).role(DialogueRole.CO_CHAIR)
            .addSources(GOVERNANCE, ARTICLE).build())
        .addTerms(RoleTerm.builder().holder(Party.country(CountryCode.of("TUR")))
            .role(DialogueRole.CHAIR).start(PartialDate.ofMonth(2006, 1))
            .addSources(GOVERNANCE).build())
        // "with ICMPD in the role of secretariat since 1994"; the governance page and the
        // article name ICMPD as the secretariat too
        .addTerms(RoleTerm.builder().holder(Party.organisation(SeedArticle.ICMPD))
            .role(DialogueRole.SECRETARIAT).start(PartialDate.ofYear(1994))
            .addSources(ICMPD_DIALOGUES, GOVERNANCE, ARTICLE).build())
        .addWorkingGroups(seed.workingGroups().get(0))
        // "A Reference Group was set up in 2021 with Sweden as Rapporteur"
        .addWorkingGroups(WorkingGroup.builder()
            .id(REFERENCE_GROUP)
            .name("Reference Group")
            .kind(WorkingGroupKind.OTHER)
            .addTerms(RoleTerm.builder().holder(Party.country(CountryCode.of("SWE")))
                .role(DialogueRole.RAPPORTEUR).start(PartialDate.ofYear(2021))
                .addSources(GOVERNANCE).build())
            .addSources(GOVERNANCE)
            .build())
        .addAllSize(seed.size())
        .addSources(GOVERNANCE, ICMPD_DIALOGUES, EC_NEWS, IOM_OVERVIEW, ARTICLE)
        .build();
  }

  private static RoleTerm term(Party holder, DialogueRole role, PartialDate start,
      PartialDate end, Source source) {
    return RoleTerm.builder().holder(holder).role(role).start(start).end(end)
        .addSources(source).build();
  }

  private static List<CountryCode> codes(String... codes) {
    List<CountryCode> list = new ArrayList<>(codes.length);
    for (String c : codes) {
      list.add(CountryCode.of(c));
    }
    return list;
  }

  /** {@return the seven ministerial conferences, as the conferences page lists them} */
  static List<Meeting> conferences() {
    return List.of(
        conference(1, "Berlin", PartialDate.of(1991, 10, 30), PartialDate.of(1991, 10, 31))
            .build(),
        conference(2, "Budapest", PartialDate.of(1993, 2, 15), PartialDate.of(1993, 2, 16))
            .build(),
        conference(3, "Prague", PartialDate.of(1997, 10, 14), PartialDate.of(1997, 10, 15))
            .addParticipation(count(36, Counted.STATES, "states", CONFERENCES))
            .build(),
        conference(4, "Rhodes", PartialDate.of(2003, 6, 25), PartialDate.of(2003, 6, 26))
            .addParticipation(count(43, Counted.STATES, "states", CONFERENCES))
            .addParticipation(count(8, Counted.INTERNATIONAL_ORGANISATIONS,
                "international organisations", CONFERENCES))
            .build(),
        conference(5, "Istanbul", PartialDate.of(2013, 4, 19), PartialDate.of(2013, 4, 19))
            .addOutcomes(declared(DeclarationId.of("istanbul-declaration-2013")))
            .build(),
        conference(6, "Istanbul", PartialDate.of(2019, 2, 19), PartialDate.of(2019, 2, 20))
            .addOutcomes(declared(DeclarationId.of("istanbul-commitments-2019")),
                declared(DeclarationId.of("call-for-action-2019")))
            .build(),
        seventhConference());
  }

  /**
   * {@return the 7th Ministerial Conference: 12 November 2024 by budapestprocess.org (the dates
   * used), 11–12 November 2024 by ICMPD; November 2024, in Hungary, by the article}
   */
  static Meeting seventhConference() {
    PartialDate twelfth = PartialDate.of(2024, 11, 12);
    return Meeting.builder()
        .id(SEVENTH_CONFERENCE)
        .dialogue(BUDAPEST_PROCESS)
        .kind(MeetingKind.MINISTERIAL_CONFERENCE)
        .ordinal(7)
        // the article's words; the conferences page gives no title of the conference
        .title("7th Budapest Process Ministerial Conference")
        .hostCountry(HUN)
        .addRoles(MeetingRole.builder().kind(MeetingRoleKind.HOST).party(Party.country(HUN))
            .addSources(CONFERENCES).build())
        .city("Budapest")
        .start(twelfth)
        .addStartClaims(Claim.of(twelfth, CONFERENCES))
        .addStartClaims(Claim.of(PartialDate.of(2024, 11, 11), ICMPD))
        .addStartClaims(Claim.of(PartialDate.ofMonth(2024, 11), ARTICLE))
        .end(twelfth)
        .addEndClaims(Claim.of(twelfth, CONFERENCES, ICMPD))
        .addEndClaims(Claim.of(PartialDate.ofMonth(2024, 11), ARTICLE))
        // "20 ministers and deputy ministers and 13 international organisations"
        .addParticipation(count(20, Counted.MINISTERS, "ministers and deputy ministers",
            CONFERENCES))
        .addParticipation(count(13, Counted.INTERNATIONAL_ORGANISATIONS,
            "international organisations", CONFERENCES))
        .addOutcomes(declared(DECLARATION_2024))
        .addSources(CONFERENCES, ICMPD, ARTICLE)
        .build();
  }

  private static Meeting.Builder conference(int ordinal, String city, PartialDate start,
      PartialDate end) {
    return Meeting.builder()
        .id(MeetingId.of(city.toLowerCase(java.util.Locale.ROOT) + "-ministerial-conference-"
            + start.year()))
        .dialogue(BUDAPEST_PROCESS)
        .kind(MeetingKind.MINISTERIAL_CONFERENCE)
        .ordinal(ordinal)
        .title("Ministerial Conference")
        .city(city)
        .start(start)
        .end(end)
        .addSources(CONFERENCES);
  }

  private static Figure count(int value, Counted counted, String words, Source source) {
    return Figure.builder().value(BigDecimal.valueOf(value)).qualifier(Qualifier.EXACT)
        .addCounts(counted).description(words).source(source).build();
  }

  private static Outcome declared(DeclarationId id) {
    return Outcome.builder().kind(OutcomeKind.DECLARATION).declaration(id).build();
  }

  /** {@return the Senior Officials Meeting of the 2010 refocus on the Silk Routes} */
  static Meeting seniorOfficialsMeeting2010() {
    return Meeting.builder()
        .id(MeetingId.of("istanbul-som-2010"))
        .dialogue(BUDAPEST_PROCESS)
        .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
        .title("Senior Officials Meeting")
        .city("Istanbul")
        .start(PartialDate.of(2010, 11, 3))
        .end(PartialDate.of(2010, 11, 3))
        .addHighlights("the 2010 refocus of the Budapest Process on the Silk Routes countries")
        .addSources(FACTS)
        .build();
  }

  /** {@return the 34th Senior Officials Meeting, Stockholm, 26–27 June 2024} */
  static Meeting seniorOfficialsMeeting34() {
    return Meeting.builder()
        .id(SOM_34)
        .dialogue(BUDAPEST_PROCESS)
        .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
        .ordinal(34)
        .title("34th Senior Officials Meeting")
        .city("Stockholm")
        .start(PartialDate.of(2024, 6, 26))
        .end(PartialDate.of(2024, 6, 27))
        .addSources(FACTS)
        .build();
  }

  /** {@return the four declarations adopted at the 5th, 6th and 7th conferences} */
  static List<Declaration> declarations() {
    Declaration seed = SeedArticle.declaration();
    String title = "Budapest Process Ministerial Declaration and Call for Action 2025-2030";
    List<PriorityGoal> goals = new ArrayList<>();
    for (PriorityGoal g : seed.goals()) {
      goals.add(g);
    }
    return List.of(
        declaration("istanbul-declaration-2013",
            "Istanbul Ministerial Declaration: A Silk Routes Partnership for Migration",
            DeclarationKind.MINISTERIAL_DECLARATION, "istanbul-ministerial-conference-2013")
            .build(),
        declaration("istanbul-commitments-2019",
            "Istanbul Commitments on the Silk Routes Partnership for Migration",
            DeclarationKind.COMMITMENTS, "istanbul-ministerial-conference-2019").build(),
        declaration("call-for-action-2019", "A Call for Action – a five year plan",
            DeclarationKind.ACTION_PLAN, "istanbul-ministerial-conference-2019").build(),
        Declaration.builder()
            .id(DECLARATION_2024)
            .title(title)
            .addTitleClaims(Claim.of(title, CONFERENCES))
            .addTitleClaims(Claim.of(seed.title(), ARTICLE))
            .dialogue(BUDAPEST_PROCESS)
            .kind(DeclarationKind.MINISTERIAL_DECLARATION)
            .adopted(PartialDate.ofMonth(2024, 11))
            .adoptedAt(SEVENTH_CONFERENCE)
            .implementationStart(PartialDate.ofYear(2025))
            .implementationEnd(PartialDate.ofYear(2030))
            .goalCount(6)
            .addAllGoals(goals)
            .addSources(CONFERENCES, MISSION_AND_VISION, ARTICLE)
            .build());
  }

  private static Declaration.Builder declaration(String id, String title, DeclarationKind kind,
      String meeting) {
    return Declaration.builder().id(DeclarationId.of(id)).title(title).dialogue(BUDAPEST_PROCESS)
        .kind(kind).adoptedAt(MeetingId.of(meeting)).addSources(CONFERENCES);
  }
}
