package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.migov.testing.SeedArticle;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class DatasetTest {
  private static final Dataset SEED = SeedArticle.dataset();

  /** A violation's path and code, as {@code extracting(Violation::path, Violation::code)} gives. */
  private static Tuple at(String path, ViolationCode code) {
    return tuple(path, code);
  }

  @Test
  void entitiesAreFoundByTheirIds() {
    assertThat(SEED.dialogue(DialogueId.of("budapest-process")))
        .hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("Budapest Process"));
    assertThat(SEED.organisation(OrganisationId.of("nutech")))
        .hasValueSatisfying(o -> assertThat(o.acronym()).hasValue("NUTECH"));
    assertThat(SEED.person(PersonId.of("marija-raus")))
        .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Marija Raus"));
    assertThat(SEED.declaration(DeclarationId.of("budapest-declaration-2024"))).isPresent();
    assertThat(SEED.meeting(MeetingId.of("islamabad-legal-pathways-2025"))).isPresent();
    assertThat(SEED.series(SeriesId.of("pak-remittances-inflow"))).isPresent();
  }

  @Test
  void missingIdsAreEmpty() {
    assertThat(SEED.dialogue(DialogueId.of("rabat-process"))).isEmpty();
    assertThat(SEED.organisation(OrganisationId.of("iom"))).isEmpty();
    assertThat(SEED.person(PersonId.of("nobody"))).isEmpty();
    assertThat(SEED.declaration(DeclarationId.of("istanbul-commitments"))).isEmpty();
    assertThat(SEED.meeting(MeetingId.of("stockholm-som-2024"))).isEmpty();
    assertThat(SEED.series(SeriesId.of("ind-remittances"))).isEmpty();
  }

  @Test
  void idsOfDifferentKindsWithTheSameSlugFindTheirOwnEntity() {
    Organisation sameSlug = Organisation.builder().id(OrganisationId.of("budapest-process"))
        .name("Budapest Process Secretariat").kind(OrganisationKind.OTHER).build();
    Dataset data = SEED.toBuilder().addOrganisations(sameSlug).build();

    assertThat(data.organisation(OrganisationId.of("budapest-process"))).hasValue(sameSlug);
    assertThat(data.dialogue(DialogueId.of("budapest-process")))
        .hasValue(SeedArticle.budapestProcess());
  }

  @Test
  void lookUpReturnsTheFirstEntityWhenAnIdIsDuplicated() {
    Organisation second = Organisation.builder().id(OrganisationId.of("icmpd"))
        .name("Another ICMPD").kind(OrganisationKind.OTHER).build();
    Dataset data = SEED.toBuilder().addOrganisations(second).build();

    assertThat(data.organisation(OrganisationId.of("icmpd")))
        .hasValueSatisfying(o -> assertThat(o.acronym()).hasValue("ICMPD"));
  }

  @Test
  void goalIsEmptyWhenTheDeclarationOrTheGoalIsMissing() {
    assertThat(SEED.goal(GoalRef.of(DeclarationId.of("budapest-declaration-2024"), 6)))
        .hasValueSatisfying(g -> assertThat(g.text().orElseThrow()).startsWith("Support the integration"));
    assertThat(SEED.goal(GoalRef.of(DeclarationId.of("budapest-declaration-2024"), 7))).isEmpty();
    assertThat(SEED.goal(GoalRef.of(DeclarationId.of("rabat-declaration"), 1))).isEmpty();
  }

  @Test
  void meetingsOfADialogueAreListedInTheOrderGiven() {
    assertThat(SEED.meetingsOf(DialogueId.of("budapest-process"))).extracting(m -> m.id().value())
        .containsExactly("budapest-ministerial-conference-2024", "islamabad-legal-pathways-2025");
    assertThat(SEED.meetingsOf(DialogueId.of("prague-process"))).isEmpty();
  }

  @Test
  void buildingADatasetWithDanglingReferencesSucceedsAndOnlyValidationReportsThem() {
    Dataset data = Dataset.builder().addMeetings(SeedArticle.islamabadMeeting()).build();

    assertThat(data.meetings()).hasSize(1);
    assertThat(data.validate().errors()).isNotEmpty()
        .allSatisfy(v -> assertThat(v.code()).isEqualTo(ViolationCode.REFERENCE_DANGLING));
  }

  @Test
  void nullEntitiesAreReportedAsRequiredWhenBuilt() {
    assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> Dataset.builder()
        .addDialogues((Dialogue) null)
        .addOrganisations(SeedArticle.organisations().get(0), null)
        .addPeople((Person) null)
        .addDeclarations((Declaration) null)
        .addMeetings((Meeting) null)
        .addRemittanceSeries((RemittanceSeries) null)
        .addCountryFigures((CountryFigure) null)
        .build())
        .withMessageStartingWith("7 violations: ")
        .extracting(ValidationException::violations, list(Violation.class))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("dataset.dialogues[0]", ViolationCode.REQUIRED),
            at("dataset.organisations[1]", ViolationCode.REQUIRED),
            at("dataset.people[0]", ViolationCode.REQUIRED),
            at("dataset.declarations[0]", ViolationCode.REQUIRED),
            at("dataset.meetings[0]", ViolationCode.REQUIRED),
            at("dataset.remittanceSeries[0]", ViolationCode.REQUIRED),
            at("dataset.countryFigures[0]", ViolationCode.REQUIRED));
  }

  @Test
  void listsOfADatasetCannotBeChanged() {
    assertThat(SEED.organisations()).isUnmodifiable();
    assertThat(SEED.meetings()).isUnmodifiable();
    assertThat(SEED.meetingsOf(SeedArticle.BUDAPEST_PROCESS)).isUnmodifiable();
  }

  @Test
  void toBuilderRoundTripsEveryEntity() {
    assertThat(SEED.toBuilder().build()).isEqualTo(SEED).hasSameHashCodeAs(SEED);
    assertThat(SEED.toBuilder().countryFigures(List.of()).build()).isNotEqualTo(SEED);
  }
}
