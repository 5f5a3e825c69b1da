package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * Real kinds of record that the model holds without loss or invention: disagreeing sources on
 * single-valued facts, meeting roles, declarations known in part, sources as they come, what was
 * counted, and statements tied to positions by id. The facts are those of REFERENCE-FACTS.md and
 * the seed article.
 */
class FidelityTest {
  private static final Source CONFERENCES = Source.builder()
      .url(URI.create("https://www.budapestprocess.org/meetings/ministerial-conferences"))
      .kind(SourceKind.OFFICIAL_WEBSITE).build();
  private static final Source ICMPD = Source.builder().publisher("ICMPD").build();
  private static final Source ARTICLE = Source.builder().publisher("TW")
      .kind(SourceKind.NEWS_ARTICLE).dateline("Islamabad")
      .published(PartialDate.of(2025, 6, 21)).build();
  private static final PartialDate NOV_11 = PartialDate.of(2024, 11, 11);
  private static final PartialDate NOV_12 = PartialDate.of(2024, 11, 12);
  private static final DialogueId BP = DialogueId.of("budapest-process");
  private static final DeclarationId DECLARATION = DeclarationId.of("budapest-declaration-2024");

  private static Meeting.Builder conference() {
    return Meeting.builder().id(MeetingId.of("budapest-ministerial-conference-2024"))
        .dialogue(BP).kind(MeetingKind.MINISTERIAL_CONFERENCE).ordinal(7)
        .title("7th Budapest Process Ministerial Conference").addSources(CONFERENCES, ICMPD);
  }

  // ----- 1. disagreeing sources on single-valued facts

  @Test
  void bothAccountsOfTheSeventhConferencesDaysAreKeptAndOneIsUsed() {
    Meeting m = conference().start(NOV_12)
        .addStartClaims(Claim.of(NOV_12, CONFERENCES), Claim.of(NOV_11, ICMPD))
        .end(NOV_12).addEndClaims(Claim.of(NOV_12, CONFERENCES, ICMPD)).build();

    assertThat(m.start()).hasValue(NOV_12);
    assertThat(m.startClaims()).extracting(Claim::value, Claim::sources).containsExactly(
        tuple(NOV_12, List.of(CONFERENCES)), tuple(NOV_11, List.of(ICMPD)));
    assertThat(m.endClaims()).singleElement()
        .satisfies(c -> assertThat(c.sources()).containsExactly(CONFERENCES, ICMPD));
    assertThat(m.disputed()).containsExactly("start");
    assertThat(m.claims("start")).isEqualTo(m.startClaims());
    assertThat(m.claims("end")).isEqualTo(m.endClaims());
    assertThat(m.claims("city")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.claims("kind"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a meeting has no claims of 'kind': use ordinal, title, hostCountry, city,"
            + " start, end or durationDays");
    assertThat(m.toBuilder().build()).isEqualTo(m);
  }

  @Test
  void theUsedValueMustBeOneOfTheClaims() {
    Violation v = onlyThrownBy(() -> conference().start(PartialDate.ofMonth(2024, 11))
        .addStartClaims(Claim.of(NOV_12, CONFERENCES), Claim.of(NOV_11, ICMPD)).build());

    assertThat(v.path()).isEqualTo("meeting.start");
    assertThat(v.code()).isEqualTo(ViolationCode.CLAIM_VALUE_UNCLAIMED);
    assertThat(v.message())
        .isEqualTo("'start' is 2024-11, which none of the 2 claims in 'startClaims' gives");
  }

  @Test
  void claimsWithoutTheAttributeAndTheSameValueClaimedTwiceAreReported() {
    assertThat(thrownBy(() -> conference()
        .addCityClaims(Claim.of("Budapest", CONFERENCES), Claim.of("Budapest", ICMPD)).build()))
        .extracting(Violation::path, Violation::code, Violation::message).containsExactly(
            tuple("meeting.cityClaims[1]", ViolationCode.COLLECTION_DUPLICATE,
                "'cityClaims' holds Budapest more than once"),
            tuple("meeting.city", ViolationCode.CLAIM_VALUE_UNCLAIMED,
                "'city' is not set, which none of the 2 claims in 'cityClaims' gives"));
  }

  @Test
  void aDeclarationKeepsBothTitlesAndItsAdoptionDateClaims() {
    String official = "Budapest Process Ministerial Declaration and Call for Action 2025-2030";
    String article = "Ministerial Declaration and Call for Action (2025–2030)";
    Declaration d = Declaration.builder().id(DECLARATION).dialogue(BP)
        .kind(DeclarationKind.MINISTERIAL_DECLARATION).title(official)
        .addTitleClaims(Claim.of(official, CONFERENCES), Claim.of(article, ARTICLE))
        .adopted(PartialDate.ofMonth(2024, 11))
        .addAdoptedClaims(Claim.of(PartialDate.ofMonth(2024, 11), ARTICLE)).build();

    assertThat(d.titleClaims()).extracting(Claim::value).containsExactly(official, article);
    assertThat(d.disputed()).containsExactly("title");
    assertThat(d.claims("title")).isEqualTo(d.titleClaims());
    assertThat(d.claims("adopted")).isEqualTo(d.adoptedClaims());
    Violation v = onlyThrownBy(() -> d.toBuilder().title("Call for Action").build());
    assertThat(v.path()).isEqualTo("declaration.title");
    assertThat(v.code()).isEqualTo(ViolationCode.CLAIM_VALUE_UNCLAIMED);
  }

  @Test
  void aMeetingKeepsDisagreeingOrdinalsHostCountriesAndDurations() {
    CountryCode hun = CountryCode.of("HUN");
    CountryCode tur = CountryCode.of("TUR");
    Meeting m = conference().ordinalClaims(List.of(Claim.of(7, CONFERENCES), Claim.of(6, ARTICLE)))
        .hostCountry(hun).addHostCountryClaims(Claim.of(hun, CONFERENCES), Claim.of(tur, ARTICLE))
        .durationDays(1)
        .addDurationDaysClaims(Claim.of(1, CONFERENCES), Claim.of(2, ICMPD)).build();

    assertThat(m.ordinalClaims()).extracting(Claim::value, Claim::sources).containsExactly(
        tuple(7, List.of(CONFERENCES)), tuple(6, List.of(ARTICLE)));
    assertThat(m.hostCountryClaims()).extracting(Claim::value).containsExactly(hun, tur);
    assertThat(m.durationDaysClaims()).extracting(Claim::value).containsExactly(1, 2);
    assertThat(m.disputed()).containsExactly("ordinal", "hostCountry", "durationDays");
    assertThat(m.claims("ordinal")).isEqualTo(m.ordinalClaims());
    assertThat(m.claims("hostCountry")).isEqualTo(m.hostCountryClaims());
    assertThat(m.claims("durationDays")).isEqualTo(m.durationDaysClaims());
    assertThat(m.toBuilder().build()).isEqualTo(m);
  }

  @Test
  void aMeetingsOrdinalHostCountryAndDurationMustBeClaimed() {
    Meeting.Builder m = conference().ordinal(5)
        .addOrdinalClaims(Claim.of(7, CONFERENCES), Claim.of(0, ARTICLE))
        .hostCountry(CountryCode.of("AUT")).addHostCountryClaims(Claim.of(CountryCode.of("HUN"),
            CONFERENCES))
        .addDurationDaysClaims(Claim.of(2, ICMPD));

    assertThat(thrownBy(m::build))
        .extracting(Violation::path, Violation::code, Violation::message).containsExactly(
            tuple("meeting.ordinal", ViolationCode.CLAIM_VALUE_UNCLAIMED,
                "'ordinal' is 5, which none of the 2 claims in 'ordinalClaims' gives"),
            tuple("meeting.ordinalClaims[1].value", ViolationCode.VALUE_OUT_OF_RANGE,
                "'ordinalClaims[1].value' is 0 but must be at least 1"),
            tuple("meeting.hostCountry", ViolationCode.CLAIM_VALUE_UNCLAIMED,
                "'hostCountry' is AUT, which none of the 1 claims in 'hostCountryClaims' gives"),
            tuple("meeting.durationDays", ViolationCode.CLAIM_VALUE_UNCLAIMED,
                "'durationDays' is not set, which none of the 1 claims in 'durationDaysClaims'"
                    + " gives"));
  }

  @Test
  void aDeclarationKeepsDisagreeingAdoptingMeetingsPeriodsAndGoalCounts() {
    MeetingId conference = MeetingId.of("budapest-ministerial-conference-2024");
    MeetingId som = MeetingId.of("budapest-som-2024");
    PartialDate y2025 = PartialDate.ofYear(2025);
    PartialDate y2024 = PartialDate.ofYear(2024);
    PartialDate y2030 = PartialDate.ofYear(2030);
    Declaration d = Declaration.builder().id(DECLARATION).dialogue(BP)
        .kind(DeclarationKind.MINISTERIAL_DECLARATION).title("Call for Action")
        .adoptedAt(conference)
        .addAdoptedAtClaims(Claim.of(conference, CONFERENCES), Claim.of(som, ARTICLE))
        .implementationStart(y2025)
        .addImplementationStartClaims(Claim.of(y2025, CONFERENCES), Claim.of(y2024, ARTICLE))
        .implementationEnd(y2030).addImplementationEndClaims(Claim.of(y2030, CONFERENCES, ARTICLE))
        .goalCount(6).addGoalCountClaims(Claim.of(6, CONFERENCES), Claim.of(5, ARTICLE)).build();

    assertThat(d.adoptedAtClaims()).extracting(Claim::value).containsExactly(conference, som);
    assertThat(d.implementationStartClaims()).extracting(Claim::value)
        .containsExactly(y2025, y2024);
    assertThat(d.implementationEndClaims()).singleElement()
        .satisfies(c -> assertThat(c.sources()).containsExactly(CONFERENCES, ARTICLE));
    assertThat(d.goalCountClaims()).extracting(Claim::value).containsExactly(6, 5);
    assertThat(d.disputed()).containsExactly("adoptedAt", "implementationStart", "goalCount");
    assertThat(d.claims("adoptedAt")).isEqualTo(d.adoptedAtClaims());
    assertThat(d.claims("implementationStart")).isEqualTo(d.implementationStartClaims());
    assertThat(d.claims("implementationEnd")).isEqualTo(d.implementationEndClaims());
    assertThat(d.claims("goalCount")).isEqualTo(d.goalCountClaims());
    assertThatThrownBy(() -> d.claims("kind"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a declaration has no claims of 'kind': use title, adopted, adoptedAt,"
            + " implementationStart, implementationEnd or goalCount");
    assertThat(d.toBuilder().build()).isEqualTo(d);

    assertThat(thrownBy(() -> d.toBuilder().adoptedAt(MeetingId.of("other-2024"))
        .implementationStart(PartialDate.ofYear(2026)).implementationEnd(PartialDate.ofYear(2031))
        .goalCount(7).addGoalCountClaims(Claim.of(0, ICMPD)).build()))
        .extracting(Violation::path, Violation::code, Violation::message).containsExactly(
            tuple("declaration.adoptedAt", ViolationCode.CLAIM_VALUE_UNCLAIMED,
                "'adoptedAt' is other-2024, which none of the 2 claims in 'adoptedAtClaims'"
                    + " gives"),
            tuple("declaration.implementationStart", ViolationCode.CLAIM_VALUE_UNCLAIMED,
                "'implementationStart' is 2026, which none of the 2 claims in"
                    + " 'implementationStartClaims' gives"),
            tuple("declaration.implementationEnd", ViolationCode.CLAIM_VALUE_UNCLAIMED,
                "'implementationEnd' is 2031, which none of the 1 claims in"
                    + " 'implementationEndClaims' gives"),
            tuple("declaration.goalCount", ViolationCode.CLAIM_VALUE_UNCLAIMED,
                "'goalCount' is 7, which none of the 3 claims in 'goalCountClaims' gives"),
            tuple("declaration.goalCountClaims[2].value", ViolationCode.VALUE_OUT_OF_RANGE,
                "'goalCountClaims[2].value' is 0 but must be at least 1"));
  }

  @Test
  void aClaimNeedsAValueAndAtLeastOneSourceEachOnce() {
    assertThat(thrownBy(() -> Claim.of(null, List.of())))
        .extracting(Violation::path, Violation::code).containsExactly(
            tuple("claim.value", ViolationCode.REQUIRED),
            tuple("claim.sources", ViolationCode.COLLECTION_EMPTY));
    assertThat(onlyThrownBy(() -> Claim.of("Budapest", ICMPD, ICMPD)).code())
        .isEqualTo(ViolationCode.COLLECTION_DUPLICATE);
    List<Source> sources = new ArrayList<>();
    sources.add(null);
    assertThat(onlyThrownBy(() -> Claim.of("Budapest", sources)).path())
        .isEqualTo("claim.sources[0]");
    assertThatThrownBy(() -> Claim.of("x", (List<Source>) null))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThat(Claim.of("Budapest", ICMPD)).isEqualTo(Claim.of("Budapest", List.of(ICMPD)))
        .hasSameHashCodeAs(Claim.of("Budapest", List.of(ICMPD)))
        .hasToString("Budapest (1 source)");
  }

  // ----- 2. meeting roles

  @Test
  void aMeetingHasRolesHeldByStatesOrganisationsAndPeople() {
    MeetingRole host = MeetingRole.builder().kind(MeetingRoleKind.HOST)
        .party(Party.country(CountryCode.of("HUN"))).addSources(CONFERENCES).build();
    MeetingRole moderator = MeetingRole.builder().kind(MeetingRoleKind.MODERATOR)
        .person(PersonId.of("marija-raus")).addSources(ARTICLE).build();
    Meeting m = conference().addRoles(host, moderator).build();

    assertThat(m.roles()).extracting(MeetingRole::kind)
        .containsExactly(MeetingRoleKind.HOST, MeetingRoleKind.MODERATOR);
    assertThat(m.roles().get(0).party()).hasValue(Party.country(CountryCode.of("HUN")));
    assertThat(m.roles().get(1).person()).hasValue(PersonId.of("marija-raus"));
    assertThat(m.conveners()).isEmpty();
  }

  @Test
  void aRoleHasExactlyOneHolder() {
    Violation both = onlyThrownBy(() -> MeetingRole.builder().kind(MeetingRoleKind.CHAIR)
        .party(Party.country(CountryCode.of("TUR"))).person(PersonId.of("p")).build());
    Violation neither = onlyThrownBy(() -> MeetingRole.builder()
        .kind(MeetingRoleKind.CO_CHAIR).build());

    assertThat(both.path()).isEqualTo("meetingRole.party");
    assertThat(both.code()).isEqualTo(ViolationCode.HOLDER_INVALID);
    assertThat(both.message()).endsWith("but both are set");
    assertThat(neither.message()).endsWith("but neither is set");
  }

  @Test
  void validatingReportsARoleHeldByAnUnknownPersonOrOrganisation() {
    Dataset d = Dataset.builder().addDialogues(Dialogue.builder().id(BP).name("Budapest Process")
        .addSources(CONFERENCES).build())
        .addMeetings(conference().addRoles(
            MeetingRole.builder().kind(MeetingRoleKind.RAPPORTEUR)
                .person(PersonId.of("nobody")).build(),
            MeetingRole.builder().kind(MeetingRoleKind.CHAIR)
                .party(Party.organisation(OrganisationId.of("icmpd"))).build()).build())
        .build();

    assertThat(d.validate().violations()).extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("dataset.meetings[0].roles[0].person", ViolationCode.REFERENCE_DANGLING),
            tuple("dataset.meetings[0].roles[1].party", ViolationCode.REFERENCE_DANGLING));
  }

  // ----- 3. declarations known in part

  private static Dataset withDeclaration(Declaration d, GoalRef... advances) {
    return Dataset.builder()
        .addDialogues(Dialogue.builder().id(BP).name("Budapest Process").addSources(ARTICLE)
            .build())
        .addDeclarations(d)
        .addMeetings(Meeting.builder().id(MeetingId.of("islamabad-legal-pathways-2025"))
            .dialogue(BP).kind(MeetingKind.THEMATIC_MEETING).title("Thematic Meeting")
            .addAdvances(advances).addSources(ARTICLE).build())
        .build();
  }

  private static Declaration.Builder partial() {
    return Declaration.builder().id(DECLARATION).dialogue(BP)
        .kind(DeclarationKind.MINISTERIAL_DECLARATION)
        .title("Ministerial Declaration and Call for Action (2025–2030)").addSources(ARTICLE);
  }

  @Test
  void aDeclarationKnownToHaveSixGoalsOfWhichOnlyGoalTwoIsKnownByItsTheme() {
    Declaration d = partial().goalCount(6).addGoals(PriorityGoal.builder().number(2)
        .theme("strengthen policies and pathways for legal migration and mobility").build())
        .build();
    Dataset data = withDeclaration(d, GoalRef.of(DECLARATION, 2), GoalRef.of(DECLARATION, 5));

    assertThat(d.goalCount()).hasValue(6);
    assertThat(d.goal(2).orElseThrow().text()).isEmpty();
    assertThat(d.goal(2).orElseThrow().theme()).hasValue(
        "strengthen policies and pathways for legal migration and mobility");
    // goal 5 is not known, but the declaration has six: advancing it is no error
    assertThat(data.validate().violations()).isEmpty();
  }

  @Test
  void validatingReportsMoreGoalsThanStatedAndNumbersBeyondIt() {
    Declaration d = partial().goalCount(1).addGoals(PriorityGoal.builder().number(1).build(),
        PriorityGoal.builder().number(2).build()).build();

    assertThat(withDeclaration(d, GoalRef.of(DECLARATION, 3)).validate().violations())
        .extracting(Violation::path, Violation::code, Violation::message).containsExactly(
            tuple("dataset.declarations[0].goals", ViolationCode.GOALS_COUNT_EXCEEDED,
                "'budapest-declaration-2024' is stated to have 1 goals but holds 2"),
            tuple("dataset.declarations[0].goals[1].number", ViolationCode.GOALS_COUNT_EXCEEDED,
                "'budapest-declaration-2024' is stated to have 1 goals but holds goal number 2"),
            tuple("dataset.meetings[0].advances[0].goal", ViolationCode.GOALS_COUNT_EXCEEDED,
                "'budapest-declaration-2024' is stated to have 1 goals, not a goal 3"));
    assertThat(onlyThrownBy(() -> partial().goalCount(0).build()).path())
        .isEqualTo("declaration.goalCount");
  }

  // ----- 4. sources as they come; 5. what was counted

  @Test
  void nOfficialsFromMCountriesAndKOrganisationsAreThreeFiguresOfOneSource() {
    // "N officials from M countries and K organisations": one meeting, one source, three kinds
    Source release = Source.builder().publisher("ICMPD").kind(SourceKind.PRESS_RELEASE)
        .dateline("Vienna").accessed(PartialDate.of(2025, 7, 1)).build();
    List<Figure> figures = List.of(
        figure(70, Counted.OFFICIALS, release), figure(25, Counted.COUNTRIES, release),
        figure(9, Counted.ORGANISATIONS, release));
    Meeting m = conference().addAllParticipation(figures).build();

    assertThat(m.participation()).extracting(f -> f.counts().first())
        .containsExactly(Counted.OFFICIALS, Counted.COUNTRIES, Counted.ORGANISATIONS);
    assertThat(release.title()).isEmpty();
    assertThat(release.kind()).hasValue(SourceKind.PRESS_RELEASE);
    assertThat(Figure.builder().value(BigDecimal.ONE)
        .addCounts(Counted.DELEGATES, Counted.OFFICIALS, Counted.EXPERTS).build().counts())
        .containsExactly(Counted.DELEGATES, Counted.OFFICIALS, Counted.EXPERTS);
  }

  private static Figure figure(int value, Counted counted, Source source) {
    return Figure.builder().value(BigDecimal.valueOf(value)).addCounts(counted).source(source)
        .build();
  }

  @Test
  void aFigureMayBeBackedBySeveralSourcesThatAgree() {
    Figure f = Figure.builder().value(new BigDecimal("13"))
        .addCounts(Counted.INTERNATIONAL_ORGANISATIONS).source(CONFERENCES)
        .addAgreeingSources(ICMPD).build();

    assertThat(f.source()).hasValue(CONFERENCES);
    assertThat(f.agreeingSources()).containsExactly(ICMPD);
    Violation v = onlyThrownBy(() -> Figure.builder().value(BigDecimal.ONE)
        .addCounts(Counted.STATES).addAgreeingSources(ICMPD).build());
    assertThat(v.path()).isEqualTo("figure.agreeingSources");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
  }

  // ----- 7. statements tied to positions by id

  private static Person raus() {
    return Person.builder().id(PersonId.of("marija-raus")).name("Marija Raus")
        .addPositions(
            Position.builder().id(PositionId.of("head-of-region")).title("Head of Region Silk Routes")
                .organisation(OrganisationId.of("icmpd")).build(),
            Position.builder().id(PositionId.of("head-of-secretariat"))
                .title("Head of the Budapest Process Secretariat")
                .organisation(OrganisationId.of("icmpd")).build())
        .addSources(ARTICLE).build();
  }

  @Test
  void aStatementNamesItsSpeakersPositionsByIdAndValidationChecksThem() {
    Statement s = Statement.builder().speaker(PersonId.of("marija-raus"))
        .kind(StatementKind.REMARKS)
        .addPositionIds(PositionId.of("head-of-region"), PositionId.of("head-of-secretariat"),
            PositionId.of("director-general"))
        .build();
    Dataset d = Dataset.builder().addPeople(raus())
        .addOrganisations(Organisation.builder().id(OrganisationId.of("icmpd")).name("ICMPD")
            .kind(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION).addSources(ARTICLE).build())
        .addDialogues(Dialogue.builder().id(BP).name("Budapest Process").addSources(ARTICLE)
            .build())
        .addMeetings(conference().addStatements(s).build()).build();

    assertThat(raus().position(PositionId.of("head-of-secretariat")).orElseThrow().title())
        .isEqualTo("Head of the Budapest Process Secretariat");
    assertThat(d.validate().violations()).extracting(Violation::path, Violation::code,
        Violation::message).containsExactly(tuple(
            "dataset.meetings[0].statements[0].positionIds[2]", ViolationCode.REFERENCE_DANGLING,
            "'marija-raus' holds no position with the id 'director-general'"));
  }

  @Test
  void positionIdsAreUniqueAmongOnePersonsPositions() {
    Violation v = onlyThrownBy(() -> raus().toBuilder().addPositions(Position.builder()
        .id(PositionId.of("head-of-region")).title("Another title").build()).build());

    assertThat(v.path()).isEqualTo("person.positions[2].id");
    assertThat(v.code()).isEqualTo(ViolationCode.COLLECTION_DUPLICATE);
  }
}
