package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.migov.testing.ValidationAssertions.assertViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.validation.ValidationException;
import org.migov.validation.ViolationCode;

class EntityIdTest {
  /** Every kind of id: its factory and the path its violations use. */
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("dialogueId", (Function<String, EntityId>) DialogueId::of),
        Arguments.of("declarationId", (Function<String, EntityId>) DeclarationId::of),
        Arguments.of("meetingId", (Function<String, EntityId>) MeetingId::of),
        Arguments.of("organisationId", (Function<String, EntityId>) OrganisationId::of),
        Arguments.of("personId", (Function<String, EntityId>) PersonId::of),
        Arguments.of("seriesId", (Function<String, EntityId>) SeriesId::of),
        Arguments.of("workingGroupId", (Function<String, EntityId>) WorkingGroupId::of),
        Arguments.of("regionId", (Function<String, EntityId>) RegionId::of));
  }

  private static final List<String> VALID = List.of(
      "a", "7", "budapest-process", "7th-ministerial-conference-2024", "a-b-c-d", "0-0",
      "x".repeat(100), "a" + "-b".repeat(49) + "c");

  private static final List<String> INVALID = List.of(
      "", "Budapest-process", "BUDAPEST", "budapest-Process", "-budapest", "budapest-",
      "budapest--process", "-", "--", "x".repeat(101), "budapest process", "budapest_process",
      "büdapest", "a.b", "a/b", " a", "a ", "ａ", "a\n");

  private static String rejection(String text) {
    return "'" + text + "' is not a valid id: use 1 to 100 lower-case letters, digits and single "
        + "hyphens, starting and ending with a letter or digit";
  }

  static Stream<Arguments> validSlugsOfEveryKind() {
    return kinds().flatMap(k -> VALID.stream().map(v -> Arguments.of(k.get()[0], k.get()[1], v)));
  }

  static Stream<Arguments> invalidSlugsOfEveryKind() {
    return kinds().flatMap(k -> INVALID.stream().map(v -> Arguments.of(k.get()[0], k.get()[1], v)));
  }

  @ParameterizedTest(name = "{0} accepts \"{2}\"")
  @MethodSource("validSlugsOfEveryKind")
  void acceptsLowerCaseSlugsAndKeepsTheirText(String kind, Function<String, EntityId> of,
      String slug) {
    EntityId id = of.apply(slug);
    assertThat(id.value()).isEqualTo(slug);
    assertThat(id.toString()).isEqualTo(slug);
    assertThat(EntityId.isSlug(slug)).isTrue();
  }

  @ParameterizedTest(name = "{0} rejects \"{2}\"")
  @MethodSource("invalidSlugsOfEveryKind")
  void rejectsTextThatIsNotASlugWithIdInvalidAtThePathOfItsKind(String kind,
      Function<String, EntityId> of, String text) {
    String shown = text.length() <= 40 ? text : text.substring(0, 40) + "…";
    assertViolation(() -> of.apply(text), kind, ViolationCode.ID_INVALID, rejection(shown));
    assertThat(EntityId.isSlug(text)).isFalse();
  }

  @ParameterizedTest(name = "{0} rejects null")
  @MethodSource("kinds")
  void rejectsNullAsRequired(String kind, Function<String, EntityId> of) {
    assertViolation(() -> of.apply(null), kind, ViolationCode.REQUIRED,
        "an id is required but was null");
    assertThat(EntityId.isSlug(null)).isFalse();
  }

  @Test
  void aHundredCharactersIsTheLongestSlug() {
    assertThat(EntityId.MAX_LENGTH).isEqualTo(100);
    assertThat(DialogueId.of("a".repeat(100)).value()).hasSize(100);
    assertViolation(() -> DialogueId.of("a".repeat(101)), "dialogueId", ViolationCode.ID_INVALID,
        rejection("a".repeat(40) + "…"));
  }

  @Test
  void anAbbreviatedTextInAMessageNeverEndsInHalfACharacter() {
    String text = "a".repeat(39) + "🌍" + "b"; // the emoji takes the 40th and 41st chars
    assertViolation(() -> DialogueId.of(text), "dialogueId", ViolationCode.ID_INVALID,
        rejection("a".repeat(39) + "…"));
    assertViolation(() -> Period.parse(text), "period", ViolationCode.PERIOD_INVALID,
        "'" + "a".repeat(39) + "…' is not a period: use 2025-05, 2025-Q1, 2025, FY2025, "
            + "FY2025@04 or 2024-07/2025-05");
    String fits = "a".repeat(38) + "🌍" + "b"; // the emoji is the 39th and 40th chars
    assertViolation(() -> DialogueId.of(fits), "dialogueId", ViolationCode.ID_INVALID,
        rejection("a".repeat(38) + "🌍…"));
  }

  @Test
  void theExceptionMessageListsTheViolation() {
    Throwable thrown = catchThrowable(() -> MeetingId.of("Islamabad"));
    assertThat(thrown).isInstanceOf(ValidationException.class)
        .hasMessage("1 violation: meetingId: [id.invalid] " + rejection("Islamabad"));
  }

  @Test
  void idsOfTheSameKindAndTextAreEqualWithEqualHashCodes() {
    assertThat(DialogueId.of("budapest-process")).isEqualTo(DialogueId.of("budapest-process"))
        .hasSameHashCodeAs(DialogueId.of("budapest-process"));
    assertThat(DialogueId.of("budapest-process")).isNotEqualTo(DialogueId.of("rabat-process"));
  }

  @Test
  void idsOfDifferentKindsAreNeverEqualEvenWithTheSameText() {
    List<EntityId> ids = new ArrayList<>();
    kinds().forEach(k -> {
      @SuppressWarnings("unchecked")
      Function<String, EntityId> of = (Function<String, EntityId>) k.get()[1];
      ids.add(of.apply("icmpd"));
    });
    assertThat(ids).hasSize(8);
    for (int i = 0; i < ids.size(); i++) {
      for (int j = 0; j < ids.size(); j++) {
        if (i != j) {
          assertThat(ids.get(i)).as("%s vs %s", ids.get(i).getClass(), ids.get(j).getClass())
              .isNotEqualTo(ids.get(j));
        }
      }
    }
    assertThat(ids).extracting(EntityId::value).containsOnly("icmpd");
    assertThat(ids.get(0)).isNotEqualTo("icmpd");
  }

  @Test
  void idsAreOrderedByTheirSlugs() {
    List<PersonId> ids = new ArrayList<>(List.of(PersonId.of("zoltan"), PersonId.of("a-1"),
        PersonId.of("a"), PersonId.of("a-0"), PersonId.of("9")));
    ids.sort(null);
    assertThat(ids).extracting(PersonId::value).containsExactly("9", "a", "a-0", "a-1", "zoltan");
    assertThat(SeriesId.of("b").compareTo(SeriesId.of("b"))).isZero();
  }

  @Test
  void aSlugHoldsOnlyLowerCaseLettersDigitsAndSingleHyphensAmongThem() {
    // every character of the Basic Multilingual Plane, between letters, after one, before one
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      boolean alnum = allowed && c != '-';
      assertThat(EntityId.isSlug("a" + c + "b")).as("U+%04X between", (int) c).isEqualTo(allowed);
      assertThat(EntityId.isSlug("a" + c)).as("U+%04X last", (int) c).isEqualTo(alnum);
      assertThat(EntityId.isSlug(c + "a")).as("U+%04X first", (int) c).isEqualTo(alnum);
      assertThat(EntityId.isSlug(String.valueOf(c))).as("U+%04X alone", (int) c)
          .isEqualTo(alnum);
    }
    assertThat(EntityId.isSlug("a-b-c")).isTrue();
    assertThat(EntityId.isSlug("a--b")).isFalse();
    assertThat(EntityId.isSlug("-")).isFalse();
    assertThat(EntityId.isSlug("a\uD83D\uDE00")).isFalse();
  }
}
