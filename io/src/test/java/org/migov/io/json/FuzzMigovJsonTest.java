package org.migov.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.migov.model.CountryFigure;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.Dialogue;
import org.migov.model.Figure;
import org.migov.model.GoalLink;
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.Membership;
import org.migov.model.Observation;
import org.migov.model.Organisation;
import org.migov.model.Outcome;
import org.migov.model.Person;
import org.migov.model.Position;
import org.migov.model.PriorityGoal;
import org.migov.model.Region;
import org.migov.model.RegionListing;
import org.migov.model.RemittanceSeries;
import org.migov.model.RoleTerm;
import org.migov.model.Session;
import org.migov.model.SiteVisit;
import org.migov.model.Source;
import org.migov.model.SourcedDate;
import org.migov.model.Statement;
import org.migov.model.WorkingGroup;

/**
 * Fuzz tests of every public reading entry point of {@link MigovJson}.
 *
 * <p>The property: reading arbitrary bytes either fails with a {@link MigovJsonException} (nothing
 * else may escape: no NullPointerException, ClassCastException, ArithmeticException,
 * NumberFormatException, StackOverflowError, OutOfMemoryError), or gives a value that round-trips
 * ({@code read(write(x)).equals(x)}, and writing is deterministic).
 *
 * <p>Without {@code JAZZER_FUZZ} (as in CI), each {@code @FuzzTest} replays its regression inputs
 * from {@code src/test/resources/org/migov/io/json/FuzzMigovJsonTestInputs/<method>/} as ordinary
 * tests. To fuzz one target for a given time (on a 2-core machine run one at a time):
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=5m mvn -B -pl io -am test \
 *     -Dtest=FuzzMigovJsonTest#readAnyType -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>A finding is written as {@code crash-*} into that inputs directory; commit it with the fix.
 * The working corpus goes to {@code .cifuzz-corpus/} (ignored by git).
 */
class FuzzMigovJsonTest {
  /** Every model type that can be a top-level document, in a fixed order (the first input byte picks one). */
  static final List<Class<?>> TYPES = List.of(Dataset.class, Dialogue.class, Declaration.class,
      Meeting.class, Organisation.class, Person.class, RemittanceSeries.class,
      CountryFigure.class, Observation.class, Source.class, SourcedDate.class, Figure.class,
      Position.class, RoleTerm.class, Membership.class, RegionListing.class, Region.class,
      WorkingGroup.class, GoalLink.class, PriorityGoal.class, GoalRef.class, Statement.class,
      SiteVisit.class, Session.class, Outcome.class);

  static final MigovJson STRICT = MigovJson.defaults();
  static final MigovJson LENIENT = MigovJson.builder().ignoreUnknownProperties().build();

  /** Any top-level type, from bytes, a stream and (for valid UTF-8) a string. */
  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "/org/migov/io/json/migov.dict")
  void readAnyType(FuzzedDataProvider data) {
    Class<?> type = TYPES.get(data.consumeInt(0, TYPES.size() - 1));
    MigovJson json = data.consumeBoolean() ? LENIENT : STRICT;
    checkAllEntryPoints(json, data.consumeRemainingAsBytes(), type);
  }

  /** The largest document type, alone, so that the fuzzer spends its time on it. */
  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "/org/migov/io/json/migov.dict")
  void readDataset(byte[] bytes) {
    checkAllEntryPoints(STRICT, bytes, Dataset.class);
    // a dataset read from hostile input can be validated: a report, never an exception
    Result<Dataset> read = read(() -> STRICT.read(bytes, Dataset.class));
    if (read.value() != null) {
      org.migov.validation.ValidationReport report = read.value().validate();
      assertNotNull(report);
      assertEquals(report, read.value().validate(), "validation is deterministic");
    }
  }

  /** The compactly stored series, whose values and periods are packed into arrays. */
  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "/org/migov/io/json/migov.dict")
  void readRemittanceSeries(byte[] bytes) {
    checkAllEntryPoints(STRICT, bytes, RemittanceSeries.class);
  }

  /** The type with the most properties and the richest invariants. */
  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "/org/migov/io/json/migov.dict")
  void readMeeting(byte[] bytes) {
    checkAllEntryPoints(STRICT, bytes, Meeting.class);
  }

  /**
   * JSON Lines, both ways of reading: {@code readLines} stops at the first bad line with its line
   * number; {@code readLinesSkippingErrors} reports each bad line and keeps every good one, which
   * must include what {@code readLines} read before failing.
   */
  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "/org/migov/io/json/migov.dict")
  void readLines(FuzzedDataProvider data) {
    Class<?> type = TYPES.get(data.consumeInt(0, TYPES.size() - 1));
    byte[] bytes = data.consumeRemainingAsBytes();
    checkLines(STRICT, bytes, type);
  }

  // ----- the properties, shared with the hostile corpus test

  static <T> void checkAllEntryPoints(MigovJson json, byte[] bytes, Class<T> type) {
    Result<T> fromBytes = read(() -> json.read(bytes, type));
    Result<T> fromStream = read(() -> json.read(new ByteArrayInputStream(bytes), type));
    assertEquals(fromBytes.summary(), fromStream.summary(), "bytes and stream disagree");
    fromBytes.check(json, type);
    String text = utf8(bytes);
    if (text != null) {
      read(() -> json.read(text, type)).check(json, type);
    }
  }

  static <T> void checkLines(MigovJson json, byte[] bytes, Class<T> type) {
    List<T> strict = new ArrayList<>();
    MigovJsonException failure = null;
    try (Stream<T> lines = json.readLines(new ByteArrayInputStream(bytes), type)) {
      lines.forEach(strict::add);
    } catch (MigovJsonException e) {
      checkException(e);
      assertTrue(e.lineNumber() >= 1, "a JSON Lines error names its line: " + e);
      failure = e;
    }
    List<T> good = new ArrayList<>();
    List<MigovJsonException> errors = new ArrayList<>();
    try (Stream<T> lines = json.readLinesSkippingErrors(new ByteArrayInputStream(bytes), type,
        errors::add)) {
      lines.forEach(good::add);
    }
    if (failure == null) {
      assertTrue(errors.isEmpty(), "readLines succeeded but readLinesSkippingErrors did not");
      assertEquals(strict, good);
    } else {
      assertFalse(errors.isEmpty(), "readLines failed but readLinesSkippingErrors did not");
      assertEquals(failure.lineNumber(), errors.get(0).lineNumber());
      assertEquals(failure.problem(), errors.get(0).problem());
      assertEquals(strict, good.subList(0, Math.min(strict.size(), good.size())));
    }
    long previous = 0;
    for (MigovJsonException e : errors) {
      checkException(e);
      assertTrue(e.lineNumber() > previous, "line numbers increase: " + errors);
      previous = e.lineNumber();
    }
    for (T value : good) {
      roundTrip(json, value, type);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeLines(good, out);
    try (Stream<T> back = json.readLines(new ByteArrayInputStream(out.toByteArray()), type)) {
      assertEquals(good, back.toList(), "JSON Lines round trip");
    }
  }

  static void checkException(MigovJsonException e) {
    assertNotNull(e.problem());
    assertNotNull(e.detail());
    assertNotNull(e.getMessage());
    assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), "a JSON Pointer: " + e);
    if (e.problem() == MigovJsonException.Problem.MODEL_VIOLATION) {
      assertFalse(e.violations().isEmpty(), "a model violation lists its violations: " + e);
    }
    // input repeated in an error never forges or reorders a line of a log
    for (String text : List.of(e.getMessage(), e.detail(), e.pointer())) {
      assertFalse(UNPRINTABLE.matcher(text).find(), "escaped: " + text);
    }
    for (org.migov.validation.Violation v : e.violations()) {
      assertFalse(UNPRINTABLE.matcher(v.toString()).find(), "escaped: " + v);
    }
    assertTrue(e.violations().size() <= org.migov.validation.ValidationException.MAX_LISTED,
        "at most the first violations are listed");
    assertTrue(e.violationCount() >= e.violations().size(), "the count covers those listed");
  }

  /** Control characters, line separators, bidi controls and lone surrogates, unescaped. */
  static final java.util.regex.Pattern UNPRINTABLE = java.util.regex.Pattern.compile(
      "[\\p{Cc}\\u2028\\u2029\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]"
          + "|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]");

  static <T> void roundTrip(MigovJson json, T value, Class<T> type) {
    roundTripOnce(json, value, type);
    if (value instanceof RemittanceSeries s) {
      // what the model's own arithmetic makes of what was read is written and read back too
      roundTripOnce(json, s.actuals(), RemittanceSeries.class);
      roundTripOnce(json, s.forecasts(), RemittanceSeries.class);
      for (org.migov.model.Frequency target : List.of(org.migov.model.Frequency.QUARTERLY,
          org.migov.model.Frequency.ANNUAL)) {
        RemittanceSeries aggregate;
        try {
          aggregate = s.aggregate(target, true);
        } catch (IllegalArgumentException | ArithmeticException e) {
          continue; // irregular or not nesting; or a sum beyond what an observation holds
        }
        roundTripOnce(json, aggregate, RemittanceSeries.class);
      }
    }
  }

  private static <T> void roundTripOnce(MigovJson json, T value, Class<T> type) {
    String written = json.write(value);
    T back;
    try {
      back = json.read(written, type);
    } catch (MigovJsonException e) {
      throw new AssertionError("what was read cannot be read back after writing: " + written, e);
    }
    assertEquals(value, back, "round trip of " + written);
    assertEquals(written, json.write(back), "writing is deterministic");
    assertEquals(written, json.write(STRICT.read(json.pretty().write(value), type)),
        "pretty and compact agree");
  }

  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** What one read gave: a value or a {@link MigovJsonException}; anything else propagates. */
  record Result<T>(T value, MigovJsonException error) {
    String summary() {
      return error != null ? error.problem() + " at '" + error.pointer() + "'" : "value " + value;
    }

    void check(MigovJson json, Class<T> type) {
      if (error != null) {
        checkException(error);
      } else {
        roundTrip(json, value, type);
      }
    }
  }

  interface Read<T> {
    T read();
  }

  static <T> Result<T> read(Read<T> read) {
    try {
      return new Result<>(read.read(), null);
    } catch (MigovJsonException e) {
      return new Result<>(null, e);
    }
  }
}
