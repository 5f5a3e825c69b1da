package org.migov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJson;
import org.migov.model.Claim;
import org.migov.model.CountryCode;
import org.migov.model.Counted;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.DialogueRole;
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.MeetingKind;
import org.migov.model.MeetingRoleKind;
import org.migov.model.PartialDate;
import org.migov.model.Party;
import org.migov.model.Source;
import org.migov.model.SourcedDate;

/**
 * The reference dataset of the Budapest Process: the committed file is what {@link
 * BudapestProcessData} writes, it validates clean, and it holds the facts of REFERENCE-FACTS.md
 * with both sides of each disagreement.
 *
 * <p>After an intended change, regenerate the file with {@code mvn -B -o -q -pl examples -am test
 * -Dtest=BudapestProcessDataTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmigov.data.update=true} and review the diff.
 */
class BudapestProcessDataTest {
  private static final MigovJson JSON = MigovJson.defaults();

  private static Dataset read() {
    return JSON.read(BudapestProcessData.FILE, Dataset.class);
  }

  @Test
  void theCommittedFileIsWhatTheProgramWrites() throws IOException {
    String written = JSON.pretty().write(BudapestProcessData.dataset());
    if (Boolean.getBoolean("migov.data.update")) {
      Files.writeString(BudapestProcessData.FILE, written, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(BudapestProcessData.FILE, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it (see this test's Javadoc)", BudapestProcessData.FILE)
        .isEqualTo(written);
    assertThat(written).startsWith("{\n  \"format_version\": \"1.1\",\n");
    assertThat(read()).isEqualTo(BudapestProcessData.dataset());
  }

  @Test
  void theDatasetValidatesWithNoErrorsAndNoWarnings() {
    assertThat(read().validate().violations()).isEmpty();
  }

  @Test
  void everyEntityAndEveryFigureNamesItsSource() {
    Dataset d = read();
    assertThat(d.dialogues()).allSatisfy(x -> assertThat(x.sources()).isNotEmpty());
    assertThat(d.organisations()).allSatisfy(x -> assertThat(x.sources()).isNotEmpty());
    assertThat(d.people()).allSatisfy(x -> assertThat(x.sources()).isNotEmpty());
    assertThat(d.declarations()).allSatisfy(x -> assertThat(x.sources()).isNotEmpty());
    assertThat(d.meetings()).allSatisfy(m -> {
      assertThat(m.sources()).isNotEmpty();
      assertThat(m.participation()).allSatisfy(f -> assertThat(f.source()).isPresent());
      assertThat(m.roles()).allSatisfy(r -> assertThat(r.sources()).isNotEmpty());
    });
    d.dialogues().forEach(x -> {
      assertThat(x.terms()).allSatisfy(t -> assertThat(t.sources()).isNotEmpty());
      assertThat(x.established()).allSatisfy(e -> assertThat(e.source()).isPresent());
      assertThat(x.regions()).allSatisfy(r -> assertThat(r.listings())
          .allSatisfy(l -> assertThat(l.source()).isPresent()));
    });
  }

  @Test
  void theInceptionIsKeptAsEachSourceGivesIt() {
    List<SourcedDate> established = read().dialogues().get(0).established();

    assertThat(established).extracting(SourcedDate::date).containsExactly(
        PartialDate.ofYear(1993), PartialDate.ofYear(1993), PartialDate.ofYear(1991));
    assertThat(established).extracting(e -> e.source().orElseThrow().publisher().orElseThrow())
        .containsExactly("European Commission, Migration and Home Affairs", "ICMPD", "IOM");
  }

  @Test
  void theSeventhConferenceKeepsBothAccountsOfItsDays() {
    Meeting m = read().meeting(BudapestProcessData.SEVENTH_CONFERENCE).orElseThrow();

    assertThat(m.ordinal()).hasValue(7);
    assertThat(m.start()).hasValue(PartialDate.of(2024, 11, 12));
    assertThat(m.startClaims()).extracting(Claim::value).containsExactly(
        PartialDate.of(2024, 11, 12), PartialDate.of(2024, 11, 11), PartialDate.ofMonth(2024, 11));
    assertThat(m.startClaims().get(0).sources()).containsExactly(BudapestProcessData.CONFERENCES);
    assertThat(m.startClaims().get(1).sources()).containsExactly(BudapestProcessData.ICMPD);
    assertThat(m.endClaims().get(0).sources())
        .containsExactly(BudapestProcessData.CONFERENCES, BudapestProcessData.ICMPD);
    assertThat(m.disputed()).containsExactly("start", "end");
    assertThat(m.roles()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(MeetingRoleKind.HOST);
      assertThat(r.party()).hasValue(Party.country(CountryCode.of("HUN")));
    });
    assertThat(m.participation()).extracting(f -> f.value().intValue(), f -> f.counts().first())
        .containsExactly(org.assertj.core.api.Assertions.tuple(20, Counted.MINISTERS),
            org.assertj.core.api.Assertions.tuple(13, Counted.INTERNATIONAL_ORGANISATIONS));
  }

  @Test
  void theDeclarationOf2024HasSixGoalsWithTextAndBothTitles() {
    Dataset d = read();
    Declaration decl = d.declaration(BudapestProcessData.DECLARATION_2024).orElseThrow();

    assertThat(decl.goalCount()).hasValue(6);
    assertThat(decl.goals()).hasSize(6).allSatisfy(g -> assertThat(g.text()).isPresent());
    assertThat(decl.goal(2).orElseThrow().text()).hasValue("Strengthen pathways for legal "
        + "migration and mobility, enhancing existing policies and cooperation on labour mobility.");
    assertThat(decl.titleClaims()).extracting(Claim::value).containsExactly(
        "Budapest Process Ministerial Declaration and Call for Action 2025-2030",
        "Ministerial Declaration and Call for Action (2025–2030)");
    assertThat(decl.disputed()).containsExactly("title");
    assertThat(d.declarations()).extracting(Declaration::title).contains(
        "Istanbul Commitments on the Silk Routes Partnership for Migration",
        "A Call for Action – a five year plan");
  }

  @Test
  void theMeetingsOfTheDialogueAreTheSevenConferencesTwoSeniorOfficialsMeetingsAndIslamabad() {
    Dataset d = read();
    List<Meeting> meetings = d.meetingsOf(BudapestProcessData.BUDAPEST_PROCESS);

    assertThat(meetings.stream().filter(m -> m.kind() == MeetingKind.MINISTERIAL_CONFERENCE))
        .extracting(m -> m.city().orElseThrow()).containsExactly("Berlin", "Budapest", "Prague",
            "Rhodes", "Istanbul", "Istanbul", "Budapest");
    assertThat(d.meeting(BudapestProcessData.SOM_34).orElseThrow().start())
        .hasValue(PartialDate.of(2024, 6, 26));
    assertThat(d.meetingsAdvancing(GoalRef.of(BudapestProcessData.DECLARATION_2024, 2)))
        .extracting(m -> m.id().value()).containsExactly("islamabad-legal-pathways-2025");
  }

  @Test
  void statementsNameTheirSpeakersPositionsById() {
    Dataset d = read();
    Meeting islamabad = d.meeting(org.migov.model.MeetingId.of("islamabad-legal-pathways-2025"))
        .orElseThrow();
    org.migov.model.Statement raus = islamabad.statements().stream()
        .filter(s -> s.speaker().value().equals("marija-raus")).findFirst().orElseThrow();

    assertThat(raus.positionIds()).extracting(Object::toString).containsExactly(
        "head-of-region-silk-routes", "head-of-the-budapest-process-secretariat");
    assertThat(d.person(raus.speaker()).orElseThrow().position(raus.positionIds().get(1))
        .orElseThrow().title()).isEqualTo("Head of the Budapest Process Secretariat");
    assertThat(islamabad.statements()).allSatisfy(s -> assertThat(s.positionIds())
        .hasSameSizeAs(s.positions()));
  }

  @Test
  void chairsSecretariatAndSilkRoutesListingsAreKept() {
    var dialogue = read().dialogues().get(0);

    assertThat(dialogue.terms()).extracting(t -> t.holder().toString(), t -> t.role())
        .contains(org.assertj.core.api.Assertions.tuple("country:HUN", DialogueRole.CHAIR),
            org.assertj.core.api.Assertions.tuple("country:HUN", DialogueRole.CO_CHAIR),
            org.assertj.core.api.Assertions.tuple("country:TUR", DialogueRole.CHAIR),
            org.assertj.core.api.Assertions.tuple("organisation:icmpd",
                DialogueRole.SECRETARIAT));
    assertThat(dialogue.regions().get(0).listings()).hasSize(2);
    assertThat(dialogue.regions().get(0).listings().get(0).countries())
        .extracting(CountryCode::toString).containsExactly("AFG", "BGD", "CHN", "IRN", "IRQ", "PAK");
    assertThat(dialogue.regions().get(0).listings().get(1).countries())
        .extracting(CountryCode::toString)
        .containsExactlyInAnyOrder("AFG", "BGD", "IND", "IRN", "IRQ", "PAK", "LKA");
    Source governance = BudapestProcessData.GOVERNANCE;
    assertThat(dialogue.workingGroups()).anySatisfy(w -> {
      assertThat(w.name()).isEqualTo("Reference Group");
      assertThat(w.terms().get(0).sources()).containsExactly(governance);
    });
  }
}
