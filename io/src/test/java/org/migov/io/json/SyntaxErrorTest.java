package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.migov.io.json.Failures.assertFailure;
import static org.migov.io.json.Failures.failure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.io.json.Failures.At;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.CountryFigure;
import org.migov.model.Dataset;
import org.migov.model.Meeting;
import org.migov.model.Source;

/**
 * Input that is not one well-formed JSON document of the format: malformed and truncated text,
 * trailing content, empty input, duplicate properties, and a missing or unknown format version.
 */
class SyntaxErrorTest {
  private static final String MEETING = "{\"format_version\":\"1.0\",\"id\":\"m\",\"dialogue\":"
      + "\"budapest-process\",\"kind\":\"other\",\"title\":\"T\"";

  // ----- malformed and truncated

  @Test
  void malformedJsonNamesWhereItBreaks() {
    String json = "{\"format_version\":\"1.0\",,\"title\":\"t\"}";

    assertFailure(failure(json, Source.class), Problem.MALFORMED_JSON, "/format_version",
        At.of(json, ",,", 1),
        "Unexpected character (',' (code 44)): was expecting double-quote to start property name");
  }

  @Test
  void malformedJsonOnALaterLineNamesLineAndColumn() {
    String json = "{\n  \"format_version\": \"1.0\",\n  \"title\": \"t\"\n  \"publisher\": \"TW\"\n}";

    assertFailure(failure(json, Source.class), Problem.MALFORMED_JSON, "/title",
        At.of(json, "\"publisher\""),
        "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
  }

  static Stream<Arguments> notJson() {
    return Stream.of(
        Arguments.of("a comment", "{\"format_version\":\"1.0\",/* c */\"title\":\"t\"}",
            "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not "
                + "recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"),
        Arguments.of("single quotes", "{'format_version':\"1.0\",\"title\":\"t\"}",
            "Unexpected character (''' (code 39)): was expecting double-quote to start property "
                + "name"),
        Arguments.of("NaN", "{\"format_version\":\"1.0\",\"period\":\"2025\",\"value\":NaN}",
            "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"),
        Arguments.of("a leading zero", "{\"format_version\":\"1.0\",\"period\":\"2025\",\"value\":012}",
            "Invalid numeric value: Leading zeroes not allowed"),
        Arguments.of("a raw control character", "{\"format_version\":\"1.0\",\"title\":\"a\u0001\"}",
            "Illegal unquoted character ((CTRL-CHAR, code 1)): has to be escaped using backslash "
                + "to be included in string value"),
        Arguments.of("an unquoted name", "{format_version:\"1.0\"}",
            "Unexpected character ('f' (code 102)): was expecting double-quote to start property "
                + "name"),
        Arguments.of("a trailing comma", "{\"format_version\":\"1.0\",\"title\":\"t\",}",
            "Unexpected character ('}' (code 125)): was expecting double-quote to start property "
                + "name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notJson")
  void nonStandardJsonIsMalformed(String label, String json, String detail) {
    MigovJsonException e = failure(json, label.equals("NaN") || label.contains("zero")
        ? org.migov.model.Observation.class : Source.class);

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.detail()).isEqualTo(detail);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();
    assertThat(e.getMessage()).startsWith("malformed json at '").endsWith("): " + detail);
  }

  @Test
  void truncatedInputIsMalformed() {
    assertFailure(failure(MEETING, Meeting.class), Problem.MALFORMED_JSON, "/title",
        new At(1, MEETING.length() + 1), "Unexpected end-of-input: expected close marker for Object");
    String inArray = MEETING + ",\"aims\":[\"a\"";
    assertFailure(failure(inArray, Meeting.class), Problem.MALFORMED_JSON, "/aims/0",
        new At(1, inArray.length() + 1), "Unexpected end-of-input: expected close marker for Array");
    String inString = MEETING + ",\"city\":\"Islam";
    assertFailure(failure(inString, Meeting.class), Problem.MALFORMED_JSON, "/city",
        new At(1, inString.length() + 1),
        "Unexpected end-of-input: was expecting closing quote for a string value");
  }

  @Test
  void everyTruncationOfADocumentIsReportedAsMalformed() {
    String json = MigovJson.defaults().write(Samples.fullDataset());
    for (int n = 1; n < json.length(); n++) {
      String prefix = json.substring(0, n);
      Throwable t = catchThrowable(() -> MigovJson.defaults().read(prefix, Dataset.class));

      assertThat(t).as("prefix of %d characters", n).isInstanceOf(MigovJsonException.class);
      assertThat(((MigovJsonException) t).problem()).as("prefix of %d characters: %s", n, t)
          .isEqualTo(Problem.MALFORMED_JSON);
    }
  }

  @Test
  void everyTruncationOfAPrettyDocumentInBytesIsReportedAsMalformed() {
    byte[] json = MigovJson.defaults().pretty().write(Samples.fullMeeting())
        .getBytes(StandardCharsets.UTF_8);
    assertThat(json[json.length - 1]).isEqualTo((byte) '\n');
    for (int n = 1; n < json.length - 1; n++) { // all but the whole document and its line end
      byte[] prefix = java.util.Arrays.copyOf(json, n);
      Throwable t = catchThrowable(() -> MigovJson.defaults().read(prefix, Meeting.class));

      assertThat(t).as("prefix of %d bytes", n).isInstanceOf(MigovJsonException.class);
      assertThat(((MigovJsonException) t).problem()).as("prefix of %d bytes", n)
          .isIn(Problem.MALFORMED_JSON, Problem.EMPTY_INPUT);
    }
  }

  @Test
  void invalidUtf8IsMalformed() {
    byte[] json = "{\"format_version\":\"1.0\",\"title\":\"T\u00fcrkiye\"}"
        .getBytes(StandardCharsets.UTF_8);
    int at = indexOf(json, (byte) 0xC3);
    json[at + 1] = '('; // no longer a continuation byte

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(json, Source.class));

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.detail()).isEqualTo("Invalid UTF-8 middle byte 0x28");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  // ----- trailing content

  @Test
  void aSecondDocumentIsTrailingContent() {
    String json = MEETING + "}  {}";

    assertFailure(failure(json, Meeting.class), Problem.TRAILING_CONTENT, "",
        At.of(json, "{}"), "more content follows the document");
  }

  @ParameterizedTest
  @ValueSource(strings = {"]", "x", "}", ",", "\"more\"", "1", "null"})
  void anyTokenAfterTheDocumentIsTrailingContent(String trailing) {
    String json = MEETING + "}\n" + trailing;

    MigovJsonException e = failure(json, Meeting.class);

    assertThat(e.problem()).isEqualTo(Problem.TRAILING_CONTENT);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.detail()).isEqualTo("more content follows the document");
    // a token names its own position; what is not a token, the end of the document
    assertThat(new At(e.line(), e.column())).isIn(new At(2, 1), new At(1, MEETING.length() + 2));
  }

  @Test
  void whiteSpaceAfterTheDocumentIsAccepted() {
    assertThat(MigovJson.defaults().read(MEETING + "}\n\r\n\t  ", Meeting.class).title())
        .isEqualTo("T");
  }

  // ----- empty input

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "\r\n\t  \n"})
  void emptyAndWhiteSpaceOnlyInputIsEmpty(String json) {
    MigovJson reader = MigovJson.defaults();

    assertFailure(failure(json, Dataset.class), Problem.EMPTY_INPUT, "", new At(1, 1),
        "the input holds no JSON document");
    MigovJsonException fromBytes = catchThrowableOfType(MigovJsonException.class,
        () -> reader.read(json.getBytes(StandardCharsets.UTF_8), Dataset.class));
    assertThat(fromBytes.problem()).isEqualTo(Problem.EMPTY_INPUT);
    MigovJsonException fromStream = catchThrowableOfType(MigovJsonException.class,
        () -> reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            Dataset.class));
    assertThat(fromStream.problem()).isEqualTo(Problem.EMPTY_INPUT);
    assertThat(fromStream.getMessage())
        .isEqualTo("empty input at '' (line 1, column 1): the input holds no JSON document");
  }

  @Test
  void anEmptyFileIsEmptyAndAMissingFileIsAnIoError(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.json"));
    Path missing = dir.resolve("missing.json");

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(empty, Dataset.class));
    MigovJsonException io = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(missing, Dataset.class));

    assertThat(e.problem()).isEqualTo(Problem.EMPTY_INPUT);
    assertThat(io.problem()).isEqualTo(Problem.IO_ERROR);
    assertThat(io.pointer()).isEmpty();
    assertThat(io.line()).isEqualTo(-1);
    assertThat(io.detail()).startsWith("reading failed: ").contains("missing.json");
    assertThat(io).hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  // ----- duplicate properties

  @Test
  void aDuplicatePropertyIsRejected() {
    String json = MEETING + ",\"title\":\"U\"}";

    assertFailure(failure(json, Meeting.class), Problem.DUPLICATE_PROPERTY, "/title",
        At.of(json, "\"title\":\"U\"", 7), "Duplicate Object property \"title\"");
  }

  @Test
  void duplicatePropertiesAreRejectedEverywhere() {
    String nested = "{\"format_version\":\"1.0\",\"country\":\"PAK\",\"figure\":{\"value\":1,"
        + "\"counts\":[\"states\"],\"value\":2}}";
    String party = "{\"format_version\":\"1.0\",\"party\":{\"country\":\"PAK\",\"country\":\"HUN\"}}";
    String version = MEETING + ",\"format_version\":\"1.0\"}";
    String unknown = MEETING + ",\"x\":1,\"x\":2}";

    assertThat(failure(nested, CountryFigure.class))
        .extracting(MigovJsonException::problem, MigovJsonException::pointer,
            MigovJsonException::detail)
        .containsExactly(Problem.DUPLICATE_PROPERTY, "/figure/value",
            "Duplicate Object property \"value\"");
    assertThat(failure(party, org.migov.model.Membership.class))
        .extracting(MigovJsonException::problem, MigovJsonException::pointer,
            MigovJsonException::detail)
        .containsExactly(Problem.DUPLICATE_PROPERTY, "/party/country",
            "Duplicate Object property \"country\"");
    String organisations = "{\"format_version\":\"1.0\",\"party\":{\"organisation\":\"a\","
        + "\"organisation\":\"b\"}}";
    assertThat(failure(organisations, org.migov.model.Membership.class))
        .extracting(MigovJsonException::problem, MigovJsonException::pointer,
            MigovJsonException::detail)
        .containsExactly(Problem.DUPLICATE_PROPERTY, "/party/organisation",
            "Duplicate Object property \"organisation\"");
    assertThat(failure(version, Meeting.class))
        .extracting(MigovJsonException::problem, MigovJsonException::pointer)
        .containsExactly(Problem.DUPLICATE_PROPERTY, "/format_version");
    assertThat(failure(MigovJson.builder().ignoreUnknownProperties().build(), unknown,
        Meeting.class))
        .extracting(MigovJsonException::problem, MigovJsonException::pointer)
        .as("even properties that are ignored").containsExactly(Problem.DUPLICATE_PROPERTY, "/x");
  }

  // ----- format version

  @Test
  void aTopLevelDocumentWithoutFormatVersionIsRejected() {
    String json = "\n\n  {\"id\":\"m\",\"dialogue\":\"d\",\"kind\":\"other\",\"title\":\"T\"}";

    assertFailure(failure(json, Meeting.class), Problem.UNSUPPORTED_VERSION, "", new At(3, 3),
        "a top-level document needs \"format_version\": \"1.1\"");
  }

  @Test
  void anEmptyObjectLacksTheFormatVersion() {
    assertFailure(failure("{}", Dataset.class), Problem.UNSUPPORTED_VERSION, "", new At(1, 1),
        "a top-level document needs \"format_version\": \"1.1\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "1", "10.0", "1.0.0", "", "v1.0", "1.x", "0.9", "1.00000"})
  void versionsOtherThan1xAreRejected(String version) {
    String json = "{\"format_version\":\"" + version + "\",\"title\":\"t\"}";

    assertFailure(failure(json, Source.class), Problem.UNSUPPORTED_VERSION, "/format_version",
        At.of(json, "\"" + version + "\""), "format version '" + version
            + "' cannot be read; this library reads 1.x (it writes 1.1)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.1", "1.10", "1.9999"})
  void versions1xAreRead(String version) {
    String json = "{\"title\":\"t\",\"format_version\":\"" + version + "\"}";

    assertThat(MigovJson.defaults().read(json, Source.class).title().orElseThrow()).isEqualTo("t");
  }

  @Test
  void aFormatVersionOfTheWrongTypeIsRejected() {
    String number = "{\"format_version\":1.0,\"title\":\"t\"}";
    String nul = "{\"format_version\":null,\"title\":\"t\"}";

    assertFailure(failure(number, Source.class), Problem.WRONG_TYPE, "/format_version",
        At.of(number, "1.0"), "expected a string but found a number");
    assertFailure(failure(nul, Source.class), Problem.WRONG_TYPE, "/format_version",
        At.of(nul, "null"), "expected a string but found null");
  }

  @Test
  void nestedObjectsNeedNoFormatVersionButMayNotHaveAWrongOne() {
    String without = "{\"format_version\":\"1.0\",\"country\":\"PAK\",\"figure\":{\"value\":1,"
        + "\"counts\":[\"states\"]}}";
    String wrong = "{\"format_version\":\"1.0\",\"country\":\"PAK\",\"figure\":{"
        + "\"format_version\":\"2.0\",\"value\":1,\"counts\":[\"states\"]}}";

    assertThat(MigovJson.defaults().read(without, CountryFigure.class).figure().value())
        .isEqualByComparingTo("1");
    assertFailure(failure(wrong, CountryFigure.class), Problem.UNSUPPORTED_VERSION,
        "/figure/format_version", At.of(wrong, "\"2.0\""),
        "format version '2.0' cannot be read; this library reads 1.x (it writes 1.1)");
  }
}
