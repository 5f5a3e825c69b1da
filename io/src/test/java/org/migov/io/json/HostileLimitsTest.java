package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.Source;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configurable limits take effect exactly at their values, the builder refuses limits that
 * are not positive, and the errors say precisely what went wrong (the right violations, no more,
 * abbreviated input, no source text).
 */
class HostileLimitsTest {
  static final String V = "{\"format_version\":\"1.0\",";

  static MigovJsonException refused(MigovJson json, String doc, Class<?> type) {
    try {
      json.read(doc, type);
    } catch (MigovJsonException e) {
      return e;
    }
    throw new AssertionError("accepted: " + doc);
  }

  @Test
  void theBuilderRefusesLimitsThatAreNotPositive() {
    assertThatThrownBy(() -> MigovJson.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> MigovJson.builder().maxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MigovJson.builder().maxNameLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MigovJson.builder().maxNumberLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MigovJson.builder().maxExponent(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MigovJson.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MigovJson.builder().maxDepth(1).maxStringLength(Integer.MAX_VALUE)
        .maxDocumentBytes(1).build()).isNotNull();
  }

  @Test
  void theLimitsOnElementsAndPropertiesHoldExactlyAtTheirValues() {
    assertThatThrownBy(() -> MigovJson.builder().maxArrayElements(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxArrayElements");
    assertThatThrownBy(() -> MigovJson.builder().maxObjectProperties(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxObjectProperties");
    MigovJson json = MigovJson.builder().maxArrayElements(2).maxObjectProperties(6)
        .ignoreUnknownProperties().build();
    String meeting = V + "\"id\":\"m-1\",\"dialogue\":\"bp\",\"kind\":\"ministerial_conference\","
        + "\"title\":\"T\",";

    assertThat(json.read(meeting + "\"aims\":[\"a\",\"b\"]}", Meeting.class).aims())
        .containsExactly("a", "b");
    MigovJsonException wide = refused(json, meeting + "\"aims\":[\"a\",\"b\",\"c\"]}",
        Meeting.class);
    assertThat(wide.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(wide.pointer()).isEqualTo("/aims/2");
    assertThat(wide.detail()).isEqualTo("the array has more than 2 elements, the limit");
    // skipped arrays count too
    assertThat(refused(json, meeting + "\"x\":[[1,2,3]]}", Meeting.class).pointer())
        .isEqualTo("/x/0/2");
    // format_version, four known properties and one unknown: six
    assertThat(json.read(meeting + "\"x\":1}", Meeting.class).title()).isEqualTo("T");
    MigovJsonException many = refused(json, meeting + "\"x\":1,\"y\":2}", Meeting.class);
    assertThat(many.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(many.pointer()).isEqualTo("/y");
    assertThat(many.detail()).isEqualTo("the object has more than 6 properties, the limit");
    // skipped objects and parties count too
    assertThat(refused(json, meeting + "\"x\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,"
        + "\"f\":6,\"g\":7}}", Meeting.class).pointer()).isEqualTo("/x/g");
  }

  @Test
  void eachLimitHoldsExactlyAtItsValue() {
    MigovJson strings = MigovJson.builder().maxStringLength(5).build();
    assertThat(strings.read(V + "\"title\":\"12345\"}", Source.class).title().orElseThrow())
        .isEqualTo("12345");
    assertThat(refused(strings, V + "\"title\":\"123456\"}", Source.class).problem())
        .isEqualTo(Problem.LIMIT_EXCEEDED);
    MigovJson names = MigovJson.builder().maxNameLength(14).build();
    assertThat(names.read(V + "\"title\":\"t\"}", Source.class).title().orElseThrow()).isEqualTo("t");
    assertThat(refused(MigovJson.builder().maxNameLength(13).build(), V + "\"title\":\"t\"}",
        Source.class).problem()).isEqualTo(Problem.LIMIT_EXCEEDED); // format_version: 14
    MigovJson tight = MigovJson.builder().maxNumberLength(4).maxExponent(2).maxDepth(2).build();
    String figure = V + "\"counts\":[\"delegates\"],\"value\":";
    assertThat(tight.read(figure + "1e2}", org.migov.model.Figure.class).value())
        .isEqualByComparingTo("100");
    assertThat(tight.read(figure + "1e-2}", org.migov.model.Figure.class).value())
        .isEqualByComparingTo("0.01");
    assertThat(refused(tight, figure + "1e3}", org.migov.model.Figure.class).problem())
        .isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(refused(tight, figure + "1e-3}", org.migov.model.Figure.class).problem())
        .isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(tight.read(figure + "1234}", org.migov.model.Figure.class).value())
        .isEqualByComparingTo("1234");
    assertThat(refused(tight, figure + "12345}", org.migov.model.Figure.class).problem())
        .isEqualTo(Problem.LIMIT_EXCEEDED);
    // depth 2: the document and one nested object or array
    MigovJson shallow = MigovJson.builder().maxDepth(2).ignoreUnknownProperties().build();
    assertThat(shallow.read(V + "\"title\":\"a\",\"x\":[]}", Source.class).title().orElseThrow())
        .isEqualTo("a");
    assertThat(refused(shallow, V + "\"title\":\"a\",\"x\":[[]]}", Source.class).problem())
        .isEqualTo(Problem.LIMIT_EXCEEDED);
    MigovJson small = MigovJson.builder().maxDocumentBytes(39).build();
    String fits = V + "\"title\":\"abcd\"}";
    assertThat(fits.length()).isEqualTo(39);
    assertThat(small.read(fits.getBytes(StandardCharsets.UTF_8), Source.class).title().orElseThrow())
        .isEqualTo("abcd");
    assertThat(refused(small, V + "\"title\":\"abcde\"}", Source.class).problem())
        .isEqualTo(Problem.LIMIT_EXCEEDED);
  }

  @Test
  void aJsonLineMayBeExactlyAsLongAsTheLimitNotCountingItsLineEnd() {
    String line = V + "\"title\":\"abcd\"}"; // 39 bytes
    MigovJson json = MigovJson.builder().maxDocumentBytes(39).build();
    for (String eol : List.of("\n", "\r\n")) {
      String ok = line + eol + line + eol + line;
      try (Stream<Source> s = json.readLines(
          new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)), Source.class)) {
        assertThat(s.toList()).hasSize(3);
      }
      String tooLong = line + eol + V + "\"title\":\"abcde\"}" + eol + line;
      List<MigovJsonException> errors = new ArrayList<>();
      try (Stream<Source> s = json.readLinesSkippingErrors(
          new ByteArrayInputStream(tooLong.getBytes(StandardCharsets.UTF_8)), Source.class,
          errors::add)) {
        assertThat(s.toList()).hasSize(2);
      }
      assertThat(errors).singleElement().satisfies(e -> {
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.lineNumber()).isEqualTo(2);
        assertThat(e.detail()).contains("39 bytes");
        assertThat(e.getMessage()).startsWith("JSON Lines line 2: limit exceeded");
      });
    }
  }

  @Test
  void longLinesAcrossManyReadChunksAreReadWhole(@TempDir Path dir) throws IOException {
    List<String> aims = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      aims.add("aim number " + i + " of a long meeting");
    }
    Meeting m = Meeting.builder().id(org.migov.model.MeetingId.of("m"))
        .dialogue(org.migov.model.DialogueId.of("d")).kind(org.migov.model.MeetingKind.OTHER)
        .title("t").addAllAims(aims).build();
    MigovJson json = MigovJson.defaults();
    Path file = dir.resolve("meetings.jsonl");
    json.writeLines(List.of(m, m, m), file);
    assertThat(Files.size(file)).isGreaterThan(3 * 2 * 64 * 1024L); // lines span read chunks
    try (Stream<Meeting> s = json.readLines(file, Meeting.class)) {
      assertThat(s.toList()).containsExactly(m, m, m);
    }
    assertThatThrownBy(() -> json.readLines(dir.resolve("missing.jsonl"), Meeting.class))
        .isInstanceOfSatisfying(MigovJsonException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.IO_ERROR));
  }

  @Test
  void aMissingIntegerIsReportedAsRequiredOnlyNotAsTheZeroItWouldReadAs() {
    MigovJsonException e = refused(MigovJson.defaults(),
        V + "\"declaration\":\"istanbul-declaration-2019\"}", GoalRef.class);
    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/goal", ViolationCode.REQUIRED));
    assertThat(e.detail()).contains("[required]").doesNotContain("violations");
    MigovJsonException zero = refused(MigovJson.defaults(),
        V + "\"declaration\":\"istanbul-declaration-2019\",\"goal\":0}", GoalRef.class);
    assertThat(zero.violations()).extracting(Violation::code)
        .containsExactly(ViolationCode.VALUE_OUT_OF_RANGE);
    MigovJsonException both = refused(MigovJson.defaults(), V + "\"goal\":null}", GoalRef.class);
    assertThat(both.problem()).isEqualTo(Problem.WRONG_TYPE);
    MigovJsonException two = refused(MigovJson.defaults(), "{\"format_version\":\"1.0\"}",
        GoalRef.class);
    assertThat(two.violations()).extracting(Violation::path, Violation::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/goal", ViolationCode.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("/declaration", ViolationCode.REQUIRED));
    assertThat(two.detail()).startsWith("2 violations, first: ");
  }

  @Test
  void errorsAbbreviateTheInputAndNameTheTypeFound() {
    String longKind = "k".repeat(60);
    MigovJsonException e = refused(MigovJson.defaults(), V + "\"id\":\"m\",\"dialogue\":\"d\","
        + "\"title\":\"t\",\"kind\":\"" + longKind + "\"}", Meeting.class);
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.detail()).contains("k".repeat(40) + "…").doesNotContain("k".repeat(41));
    String forty = "k".repeat(40);
    assertThat(refused(MigovJson.defaults(), V + "\"id\":\"m\",\"dialogue\":\"d\","
        + "\"title\":\"t\",\"kind\":\"" + forty + "\"}", Meeting.class).detail())
        .contains("'" + forty + "'");
    for (String[] c : new String[][] {{"{}", "an object"}, {"[]", "an array"},
        {"1", "a number"}, {"1.5", "a number"}, {"true", "a boolean"}, {"false", "a boolean"}}) {
      assertThat(refused(MigovJson.defaults(), V + "\"title\":" + c[0] + "}", Source.class)
          .detail()).isEqualTo("expected a string but found " + c[1]);
    }
    assertThat(refused(MigovJson.defaults(), V + "\"title\":null}",
        org.migov.model.Position.class).detail())
        .contains("required and must not be null");
  }

  @Test
  void messagesCarryTheLocationApartAndNoSourceText() {
    MigovJsonException e = refused(MigovJson.defaults(), "{\"format_version\":\"1.0\",\n"
        + "  \"title\": tru}", Source.class);
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("malformed json at '/title' (line 2, column ");
    assertThat(e.detail()).doesNotContain("[Source").doesNotContain("line: ")
        .doesNotContain("\n").startsWith("Unrecognized token 'tru'");
    MigovJsonException empty = refused(MigovJson.defaults(), "", Source.class);
    assertThat(empty.getMessage()).isEqualTo(
        "empty input at '' (line 1, column 1): the input holds no JSON document");
    java.nio.file.Path missing = java.nio.file.Path.of("target", "no-such-document.json");
    MigovJsonException unlocated = org.assertj.core.api.Assertions.catchThrowableOfType(
        MigovJsonException.class, () -> MigovJson.defaults().read(missing, Source.class));
    String gone = "reading failed: " + missing;
    assertThat(unlocated.problem()).isEqualTo(Problem.IO_ERROR);
    assertThat(unlocated.getMessage()).isEqualTo("io error at '': " + gone);
    assertThat(unlocated.atLine(7).getMessage())
        .isEqualTo("JSON Lines line 7: io error at '': " + gone);
    assertThat(unlocated.atLine(7).lineNumber()).isEqualTo(7);
    assertThat(unlocated.lineNumber()).isEqualTo(-1);
  }

  @Test
  void aUserMapperWithTheModuleButWithoutJacksonsDuplicateDetectionStillRefusesDuplicates() {
    JsonMapper plain = JsonMapper.builder().addModule(new MigovModule()).build();
    for (String name : List.of("title", "publisher", "url", "published")) {
      String value = name.equals("url") ? "\"https://example.org/\""
          : name.equals("published") ? "\"2025\"" : "\"x\"";
      String doc = V + "\"title\":\"t\",\"" + name + "\":" + value + ",\"" + name + "\":" + value
          + "}";
      if (name.equals("title")) {
        doc = V + "\"title\":\"t\",\"title\":\"u\"}";
      }
      String d = doc;
      assertThatThrownBy(() -> plain.readValue(d, Source.class)).satisfies(t -> {
        Throwable c = t;
        while (c != null && !(c instanceof MigovJsonException)) {
          c = c.getCause();
        }
        assertThat(c).as(d).isInstanceOfSatisfying(MigovJsonException.class,
            m -> assertThat(m.problem()).isEqualTo(Problem.DUPLICATE_PROPERTY));
      });
    }
    assertThat(plain.readValue(V + "\"title\":\"t\",\"publisher\":\"p\"}", Source.class)
        .publisher()).contains("p");
  }
}
