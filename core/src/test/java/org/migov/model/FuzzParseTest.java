package org.migov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * Fuzz tests of the model's text parsers: {@link Period#parse}, {@link PartialDate#parse}, {@link
 * Frequency#parse}, {@link CountryCode#of} and every id's {@code of}.
 *
 * <p>The property: each either throws {@link ValidationException} with the parser's documented
 * codes (nothing else may escape), or returns a value whose text is exactly the input (the text
 * forms are canonical: {@code parse(text).toString().equals(text)}).
 *
 * <p>Without {@code JAZZER_FUZZ} (as in CI), each target replays its regression inputs from
 * {@code src/test/resources/org/migov/model/FuzzParseTestInputs/<method>/}. To fuzz one target:
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=5m mvn -B -pl core test \
 *     -Dtest=FuzzParseTest#periodParse -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class FuzzParseTest {
  @FuzzTest(maxDuration = "5m")
  void periodParse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    check(text, Period::parse, Period::toString,
        Set.of(ViolationCode.PERIOD_INVALID, ViolationCode.DATE_RANGE_REVERSED));
  }

  @FuzzTest(maxDuration = "5m")
  void partialDateParse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    check(text, PartialDate::parse, PartialDate::toString, Set.of(ViolationCode.DATE_INVALID));
  }

  @FuzzTest(maxDuration = "5m")
  void frequencyParse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    check(text, Frequency::parse, Frequency::toString, Set.of(ViolationCode.FREQUENCY_INVALID));
  }

  @FuzzTest(maxDuration = "5m")
  void countryCodeOf(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    CountryCode code = check(text, CountryCode::of, CountryCode::code,
        Set.of(ViolationCode.COUNTRY_UNKNOWN));
    assertEquals(code != null, CountryCode.isKnown(text));
    if (code != null) {
      assertSame(code, CountryCode.of(text), "codes are cached");
    }
  }

  static final List<Function<String, EntityId>> IDS = List.of(DialogueId::of,
      DeclarationId::of, MeetingId::of, OrganisationId::of, PersonId::of, SeriesId::of,
      WorkingGroupId::of, RegionId::of);

  @FuzzTest(maxDuration = "5m")
  void idOf(FuzzedDataProvider data) {
    Function<String, EntityId> of = IDS.get(data.consumeInt(0, IDS.size() - 1));
    String text = data.consumeRemainingAsString();
    EntityId id = check(text, of, EntityId::value, Set.of(ViolationCode.ID_INVALID));
    assertEquals(id != null, EntityId.isSlug(text));
    if (id != null) {
      assertEquals(text, id.toString());
      assertEquals(id, of.apply(text));
      assertEquals(id.hashCode(), of.apply(text).hashCode());
    }
  }

  /** Returns the parsed value, or null if the text was rejected as documented. */
  static <T> T check(String text, Function<String, T> parse, Function<T, String> format,
      Set<ViolationCode> codes) {
    T value;
    try {
      value = parse.apply(text);
    } catch (ValidationException e) {
      assertFalse(e.violations().isEmpty());
      for (Violation v : e.violations()) {
        assertTrue(codes.contains(v.code()), () -> "unexpected code " + v + " for '" + text + "'");
        assertFalse(v.path().isEmpty());
        assertFalse(v.message().isBlank());
      }
      return null;
    }
    assertEquals(text, format.apply(value), "the text form is canonical");
    T again = parse.apply(format.apply(value));
    assertEquals(value, again);
    assertEquals(value.hashCode(), again.hashCode());
    return value;
  }
}
