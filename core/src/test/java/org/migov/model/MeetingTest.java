package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class MeetingTest {
  private static final Party PAKISTAN = Party.country(CountryCode.of("PAK"));
  private static final GoalRef GOAL_2 =
      GoalRef.of(DeclarationId.of("budapest-declaration-2024"), 2);

  private static Meeting.Builder valid() {
    return Meeting.builder().id(MeetingId.of("islamabad-legal-pathways-2025"))
        .dialogue(DialogueId.of("budapest-process")).kind(MeetingKind.THEMATIC_MEETING)
        .title("Budapest Process Thematic Meeting on Legal Pathways for Migration");
  }

  @Test
  void missingIdDialogueKindAndTitleAreAllReportedAtOnce() {
    assertThat(thrownBy(() -> Meeting.builder().city("Islamabad").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("meeting.id", ViolationCode.REQUIRED),
            at("meeting.dialogue", ViolationCode.REQUIRED),
            at("meeting.kind", ViolationCode.REQUIRED),
            at("meeting.title", ViolationCode.REQUIRED));
  }

  @Test
  void missingTitleIsReportedWithPathCodeAndMessage() {
    Violation v = onlyThrownBy(() -> valid().title(null).build());

    assertThat(v.path()).isEqualTo("meeting.title");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
    assertThat(v.message()).isEqualTo("'title' is required but was not set");
  }

  @Test
  void blankTextsAreReportedAtTheirPaths() {
    assertThat(thrownBy(() -> valid().title(" ").city("").addAims("to promote", " ")
        .addHighlights("\n").addNotes("a note", "", "another").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("meeting.title", ViolationCode.TEXT_BLANK),
            at("meeting.city", ViolationCode.TEXT_BLANK),
            at("meeting.aims[1]", ViolationCode.TEXT_BLANK),
            at("meeting.highlights[0]", ViolationCode.TEXT_BLANK),
            at("meeting.notes[1]", ViolationCode.TEXT_BLANK));
  }

  @Test
  void ordinalAndDurationBelowOneAreOutOfRange() {
    assertThat(thrownBy(() -> valid().ordinal(0).durationDays(-1).build()))
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("meeting.ordinal",
                ViolationCode.VALUE_OUT_OF_RANGE, "'ordinal' is 0 but must be at least 1"),
            tuple("meeting.durationDays",
                ViolationCode.VALUE_OUT_OF_RANGE, "'durationDays' is -1 but must be at least 1"));
  }

  @Test
  void endBeforeStartIsReversedAndNoDurationMismatchIsAddedToIt() {
    Violation v = onlyThrownBy(() -> valid().start(PartialDate.of(2024, 11, 12))
        .end(PartialDate.of(2024, 11, 11)).durationDays(2).build());

    assertThat(v.path()).isEqualTo("meeting.end");
    assertThat(v.code()).isEqualTo(ViolationCode.DATE_RANGE_REVERSED);
    assertThat(v.message()).isEqualTo("'end' (2024-11-11) lies before the start (2024-11-12)");
  }

  @Test
  void durationThatDisagreesWithExactDatesIsAMismatch() {
    Violation v = onlyThrownBy(() -> valid().start(PartialDate.of(2024, 11, 11))
        .end(PartialDate.of(2024, 11, 12)).durationDays(3).build());

    assertThat(v.path()).isEqualTo("meeting.durationDays");
    assertThat(v.code()).isEqualTo(ViolationCode.DURATION_MISMATCH);
    assertThat(v.message()).isEqualTo(
        "a duration of 3 days does not fit between 2024-11-11 and 2024-11-12 (2 to 2 days)");
  }

  @ParameterizedTest(name = "{0} to {1} in {2} days")
  @CsvSource({
      "2024-11-11, 2024-11-12, 2",
      "2024-11-12, 2024-11-12, 1",
      "2024-11, 2024-11, 1",
      "2024-11, 2024-11, 30",
      "2025-06, 2025-06-21, 2",
      "2024, 2025, 730"})
  void durationThatFitsBetweenPossiblyPartialDatesIsAccepted(String start, String end, int days) {
    Meeting m = valid().start(PartialDate.parse(start)).end(PartialDate.parse(end))
        .durationDays(days).build();

    assertThat(m.durationDays()).hasValue(days);
  }

  @ParameterizedTest(name = "{0} to {1} in {2} days")
  @CsvSource({
      "2024-11, 2024-11, 31, 1, 30",
      "2024-11-30, 2024-12, 1, 2, 32",
      "2024-11-30, 2024-12, 33, 2, 32",
      "2024-11-11, 2024-11-12, 1, 2, 2"})
  void durationThatCannotFitBetweenPartialDatesIsAMismatch(String start, String end, int days,
      int least, int most) {
    Violation v = onlyThrownBy(() -> valid().start(PartialDate.parse(start))
        .end(PartialDate.parse(end)).durationDays(days).build());

    assertThat(v.code()).isEqualTo(ViolationCode.DURATION_MISMATCH);
    assertThat(v.message()).endsWith("(" + least + " to " + most + " days)");
  }

  @Test
  void durationWithoutDatesIsAccepted() {
    Meeting m = valid().durationDays(2).build();

    assertThat(m.start()).isEmpty();
    assertThat(m.end()).isEmpty();
    assertThat(m.durationDays()).hasValue(2);
  }

  @Test
  void duplicateConvenersParticipantsAndAdvancedGoalsAreReported() {
    assertThat(thrownBy(() -> valid()
        .addConveners(PAKISTAN, PAKISTAN)
        .addParticipants(PAKISTAN, Party.country(CountryCode.of("HUN")), PAKISTAN)
        .addAdvances(GOAL_2, GoalRef.of(DeclarationId.of("budapest-declaration-2024"), 2))
        .build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("meeting.conveners[1]", ViolationCode.COLLECTION_DUPLICATE),
            at("meeting.participants[2]", ViolationCode.COLLECTION_DUPLICATE),
            at("meeting.advances[1]", ViolationCode.COLLECTION_DUPLICATE));
  }

  /**
   * Lists are checked for duplicates by comparing hashes (up to 64 elements) or with a set: each
   * way reports each later duplicate once, at its index, with the same message.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3, 15, 16, 17, 18, 63, 64, 65, 66, 200})
  void duplicateParticipantsAreFoundInListsOfEverySize(int size) {
    java.util.List<Party> parties = new java.util.ArrayList<>();
    for (int i = 0; i < size - 1; i++) {
      parties.add(Party.organisation(OrganisationId.of("org-" + i)));
    }
    // the last element repeats the first, built anew: equal, not the same object
    parties.add(Party.organisation(OrganisationId.of("org-0")));
    Violation v = onlyThrownBy(() -> valid().addAllParticipants(parties).build());

    assertThat(v.path()).isEqualTo("meeting.participants[" + (size - 1) + "]");
    assertThat(v.code()).isEqualTo(ViolationCode.COLLECTION_DUPLICATE);
    assertThat(v.message()).isEqualTo("'participants' holds organisation:org-0 more than once");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {2, 16, 17, 64, 65})
  void distinctParticipantsAreAcceptedInListsOfEverySize(int size) {
    java.util.List<Party> parties = new java.util.ArrayList<>();
    for (int i = 0; i < size; i++) {
      parties.add(Party.organisation(OrganisationId.of("org-" + i)));
    }
    assertThat(valid().addAllParticipants(parties).build().participants())
        .containsExactlyElementsOf(parties);
  }

  @Test
  void nullElementsOfListsAreReportedAsRequired() {
    assertThat(thrownBy(() -> valid()
        .addAims((String) null)
        .addConveners((Party) null)
        .addOpenedBy((PersonId) null)
        .addParticipation((Figure) null)
        .addParticipants((Party) null)
        .addStatements((Statement) null)
        .addSessions((Session) null)
        .addSiteVisits((SiteVisit) null)
        .addOutcomes((Outcome) null)
        .addAdvances((GoalRef) null)
        .addSources((Source) null)
        .build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("meeting.aims[0]", ViolationCode.REQUIRED),
            at("meeting.conveners[0]", ViolationCode.REQUIRED),
            at("meeting.openedBy[0]", ViolationCode.REQUIRED),
            at("meeting.participation[0]", ViolationCode.REQUIRED),
            at("meeting.participants[0]", ViolationCode.REQUIRED),
            at("meeting.statements[0]", ViolationCode.REQUIRED),
            at("meeting.sessions[0]", ViolationCode.REQUIRED),
            at("meeting.siteVisits[0]", ViolationCode.REQUIRED),
            at("meeting.outcomes[0]", ViolationCode.REQUIRED),
            at("meeting.advances[0]", ViolationCode.REQUIRED),
            at("meeting.sources[0]", ViolationCode.REQUIRED));
  }

  @Test
  void severalProblemsOfDifferentKindsAreAllReportedAtOnce() {
    assertThat(thrownBy(() -> Meeting.builder().dialogue(DialogueId.of("budapest-process"))
        .kind(MeetingKind.MINISTERIAL_CONFERENCE).title("").ordinal(0)
        .start(PartialDate.ofYear(2025)).end(PartialDate.ofYear(2024))
        .addConveners(PAKISTAN, PAKISTAN).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("meeting.id", ViolationCode.REQUIRED),
            at("meeting.title", ViolationCode.TEXT_BLANK),
            at("meeting.ordinal", ViolationCode.VALUE_OUT_OF_RANGE),
            at("meeting.end", ViolationCode.DATE_RANGE_REVERSED),
            at("meeting.conveners[1]", ViolationCode.COLLECTION_DUPLICATE));
  }

  @Test
  void optionalAttributesAreEmptyUnlessSet() {
    Meeting m = valid().build();

    assertThat(m.ordinal()).isEmpty();
    assertThat(m.hostCountry()).isEmpty();
    assertThat(m.city()).isEmpty();
    assertThat(m.start()).isEmpty();
    assertThat(m.end()).isEmpty();
    assertThat(m.durationDays()).isEmpty();
    assertThat(m.convenedBy()).isEmpty();
    assertThat(m.conveners()).isEmpty();
    assertThat(m.openedBy()).isEmpty();
    assertThat(m.aims()).isEmpty();
    assertThat(m.participation()).isEmpty();
    assertThat(m.participants()).isEmpty();
    assertThat(m.statements()).isEmpty();
    assertThat(m.sessions()).isEmpty();
    assertThat(m.siteVisits()).isEmpty();
    assertThat(m.outcomes()).isEmpty();
    assertThat(m.advances()).isEmpty();
    assertThat(m.highlights()).isEmpty();
    assertThat(m.notes()).isEmpty();
    assertThat(m.sources()).isEmpty();
  }

  @Test
  void listsOfABuiltMeetingCannotBeChanged() {
    Meeting m = valid().addAims("to promote").build();

    assertThat(m.aims()).isUnmodifiable();
    assertThat(m.statements()).isUnmodifiable();
  }
}
