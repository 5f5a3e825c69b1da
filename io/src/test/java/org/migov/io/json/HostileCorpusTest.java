package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Source;

/**
 * The hostile corpus: more than 150 malformed or hostile documents under {@code
 * src/test/resources/hostile/<kind>/}, each with its expected outcome in {@code
 * hostile/expected.tsv}. Every one must be refused with a {@link MigovJsonException} of the
 * expected problem at the expected JSON Pointer; nothing else may escape (an Error such as
 * StackOverflowError or OutOfMemoryError included), and no document may take more than 100 ms to
 * refuse once the reader is warm (a guard against pathological slowness, not a performance claim:
 * the best of three timed runs counts, so that a garbage collection or a busy machine does not
 * fail the build).
 *
 * <p><b>Lone surrogates are refused.</b> A {@code \ud800} escape without its pair (or a low
 * surrogate alone, or a pair in the wrong order) is read as {@link Problem#INVALID_VALUE} at the
 * string, whatever property holds it. Reasons: such a string is not Unicode text and cannot be
 * encoded in UTF-8; the same character written as raw bytes ({@code ED A0 80}) is already refused as
 * invalid UTF-8, and both spellings should behave alike; RFC 7493 (I-JSON) forbids it; and the
 * JSON Lines this library writes are read by tools (Spark, DuckDB, BigQuery) that would replace it
 * with U+FFFD or fail, so accepting it would let one document mean different things to different
 * readers. Valid pairs (such as {@code \ud83d\ude00}) are accepted; see {@link
 * #aValidSurrogatePairIsText()}. Strings inside properties that are skipped unread (with {@link
 * MigovJson.Builder#ignoreUnknownProperties()}) are not inspected.
 *
 * <p>Other decisions the corpus pins down: a UTF-8 byte-order mark before a document is accepted
 * (RFC 8259 lets a parser ignore it) but one anywhere else, or twice, is malformed JSON, and so is
 * a byte-order mark alone; UTF-16 and UTF-32 input with a matching byte-order mark is accepted;
 * for syntax errors Jackson reports the pointer of the last value read before the error.
 */
class HostileCorpusTest {
  static final Path ROOT = root();
  static final MigovJson STRICT = MigovJson.defaults();
  static final MigovJson LENIENT = MigovJson.builder().ignoreUnknownProperties().build();
  static final long LIMIT_NANOS = 100_000_000L;
  /** Off under mutation testing (-Dmigov.hostile.timing=false, PIT config): a slow mutant is no bug. */
  static final boolean TIMED = Boolean.parseBoolean(
      System.getProperty("migov.hostile.timing", "true"));

  record Case(String file, String reader, Class<?> type, Problem problem, String pointer,
      long line, long good) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Path root() {
    try {
      return Path.of(HostileCorpusTest.class.getResource("/hostile/expected.tsv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> cases() {
    try (Stream<String> lines = Files.lines(ROOT.resolve("expected.tsv"))) {
      return lines.filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> {
        String[] c = l.split("\t", -1);
        try {
          return new Case(c[0], c[1], Class.forName("org.migov.model." + c[2]),
              Problem.valueOf(c[3]), c[4], c[5].equals("-") ? -1 : Long.parseLong(c[5]),
              c[6].equals("-") ? -1 : Long.parseLong(c[6]));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(l, e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Case c) {
    try {
      return Files.readAllBytes(ROOT.resolve(c.file()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What reading one document gave: the exception, and for JSON Lines the good lines read. */
  record Outcome(MigovJsonException error, long good) {}

  static Outcome run(Case c, byte[] bytes) {
    try {
      switch (c.reader()) {
        case "strict" -> STRICT.read(bytes, c.type());
        case "lenient" -> LENIENT.read(bytes, c.type());
        case "lines" -> {
          List<MigovJsonException> errors = new ArrayList<>();
          long good;
          try (Stream<?> s = STRICT.readLinesSkippingErrors(new ByteArrayInputStream(bytes),
              c.type(), errors::add)) {
            good = s.count();
          }
          try (Stream<?> s = STRICT.readLines(new ByteArrayInputStream(bytes), c.type())) {
            s.forEach(x -> { });
          } catch (MigovJsonException e) {
            assertThat(errors).as("readLinesSkippingErrors reports the same first error")
                .first().extracting(MigovJsonException::lineNumber).isEqualTo(e.lineNumber());
            return new Outcome(e, good);
          }
          return new Outcome(null, good);
        }
        default -> throw new IllegalStateException("unknown reader " + c.reader());
      }
      return new Outcome(null, -1);
    } catch (MigovJsonException e) {
      return new Outcome(e, -1);
    } catch (Throwable t) { // Errors included: nothing but MigovJsonException may escape
      throw new AssertionError(c.file() + " let " + t.getClass().getName() + " escape", t);
    }
  }

  @BeforeAll
  static void warmUp() {
    if (!TIMED) {
      return;
    }
    for (Case c : cases()) {
      byte[] b = bytes(c);
      for (int i = 0; i < 3; i++) {
        run(c, b);
      }
    }
  }

  @Test
  void theCorpusHasAtLeast150DocumentsOfEveryKindAndEachIsListedOnce() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    Set<String> listed = new HashSet<>();
    for (Case c : cases) {
      assertThat(listed.add(c.file())).as("listed once: " + c.file()).isTrue();
    }
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(ROOT)) {
      onDisk = files.filter(Files::isRegularFile).map(p -> ROOT.relativize(p).toString())
          .filter(f -> !f.equals("expected.tsv") && !f.startsWith("valid/"))
          .collect(Collectors.toSet());
    }
    assertThat(listed).isEqualTo(onDisk);
    assertThat(cases.stream().map(c -> c.file().substring(0, c.file().indexOf('/'))))
        .contains("syntax", "truncated", "wrong-type", "missing-unknown", "invalid-values",
            "reversed-ranges", "duplicate-keys", "trailing", "deep", "huge", "unicode", "empty",
            "lines");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedWithTheExpectedProblemAndPointerQuickly(Case c) {
    byte[] bytes = bytes(c);
    Outcome outcome = run(c, bytes);
    MigovJsonException e = outcome.error();
    if (e == null) {
      fail(c.file() + " was accepted");
    }
    assertThat(e.problem()).as(c.file() + ": " + e.getMessage()).isEqualTo(c.problem());
    assertThat(e.pointer()).as(c.file() + ": " + e.getMessage()).isEqualTo(c.pointer());
    assertThat(e.getMessage()).contains(e.pointer()).contains(e.detail());
    if (e.problem() != Problem.IO_ERROR) {
      assertThat(e.line()).as("line of " + c.file()).isPositive();
      assertThat(e.column()).as("column of " + c.file()).isPositive();
    }
    if (e.problem() == Problem.MODEL_VIOLATION) {
      assertThat(e.violations()).isNotEmpty();
      assertThat(e.violations().get(0).path()).isEqualTo(e.pointer());
    }
    assertThat(e.lineNumber()).isEqualTo(c.line());
    assertThat(outcome.good()).as("good lines").isEqualTo(c.good());
    if (!c.reader().equals("lines")) { // the same outcome through a stream and a file
      MigovJson json = c.reader().equals("lenient") ? LENIENT : STRICT;
      for (Runnable read : List.<Runnable>of(
          () -> json.read(new ByteArrayInputStream(bytes), c.type()),
          () -> json.read(ROOT.resolve(c.file()), c.type()))) {
        MigovJsonException again = org.junit.jupiter.api.Assertions.assertThrows(
            MigovJsonException.class, read::run, c.file());
        assertThat(again.problem()).isEqualTo(e.problem());
        assertThat(again.pointer()).isEqualTo(e.pointer());
      }
    }

    if (!TIMED) {
      return;
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3 && best > LIMIT_NANOS; i++) {
      long start = System.nanoTime();
      run(c, bytes);
      best = Math.min(best, System.nanoTime() - start);
    }
    assertThat(best / 1_000_000.0).as("milliseconds to refuse " + c.file())
        .isLessThanOrEqualTo(LIMIT_NANOS / 1_000_000.0);
  }

  @Test
  void aValidSurrogatePairIsText() {
    Source s = STRICT.read("{\"format_version\":\"1.0\",\"title\":\"a \\ud83d\\ude00\"}",
        Source.class);
    assertThat(s.title().orElseThrow()).isEqualTo("a \uD83D\uDE00");
    assertThat(STRICT.read(STRICT.write(s), Source.class)).isEqualTo(s);
  }

  @Test
  void aLoneSurrogateIsRefusedAsAnInvalidValueNamingIt() {
    MigovJsonException e = org.junit.jupiter.api.Assertions.assertThrows(
        MigovJsonException.class, () -> STRICT.read(
            "{\"format_version\":\"1.0\",\"title\":\"ab\\ud800\"}", Source.class));
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.detail()).contains("lone surrogate").contains("\\ud800").contains("index 2");
  }

  /**
   * Ids are read without looking for lone surrogates (a slug holds none); one there is still
   * reported as a lone surrogate, through the generated readers and through the fields alike,
   * never quoted in the message of an invalid id.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "{\"format_version\":\"1.0\",\"id\":\"pak\\ud800\",\"name\":\"n\"}",
      "{\"format_version\":\"1.0\",\"id\":\"p\",\"name\":\"n\",\"parent\":\"pak\\udc00\"}"})
  void aLoneSurrogateInAnIdIsRefusedAsALoneSurrogate(String json) {
    MigovJsonException e = org.junit.jupiter.api.Assertions.assertThrows(
        MigovJsonException.class, () -> STRICT.read(json, org.migov.model.Organisation.class));
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isIn("/id", "/parent");
    assertThat(e.detail()).contains("lone surrogate").contains("index 3")
        .doesNotContain("valid id");
    assertThat(e.getMessage().codePoints()).noneMatch(
        c -> Character.getType(c) == Character.SURROGATE);
  }

  /**
   * Characters that are no surrogates but lie at or above U+D800 together (U+8000 and U+5800
   * or-ed make U+D800), or alone (private use, full-width forms), are text like any other; a
   * lone surrogate among them is found at its index.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"\u8000\u5800", "\ue000 x",
      "\uff46\uff55\uff4c\uff4c", "\uffff", "a \ud83d\ude00 \u8000\u5800"})
  void charactersAboveTheSurrogatesAreTextAndALoneSurrogateAmongThemIsFound(String text) {
    String json = "{\"format_version\":\"1.0\",\"title\":\"" + text + "\"}";
    assertThat(STRICT.read(json, Source.class).title().orElseThrow()).isEqualTo(text);
    MigovJsonException e = org.junit.jupiter.api.Assertions.assertThrows(
        MigovJsonException.class, () -> STRICT.read(
            "{\"format_version\":\"1.0\",\"title\":\"" + text + "\\udc00\"}", Source.class));
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.detail()).contains("lone surrogate").contains("\\udc00")
        .contains("index " + text.length());
  }

  @Test
  void aByteOrderMarkBeforeTheDocumentAndUtf16AreAccepted() {
    String doc = "{\"format_version\":\"1.0\",\"title\":\"Article\"}";
    byte[] utf8 = doc.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    Source expected = Source.builder().title("Article").build();
    assertThat(STRICT.read(withBom, Source.class)).isEqualTo(expected);
    assertThat(STRICT.read(doc.getBytes(StandardCharsets.UTF_16), Source.class))
        .isEqualTo(expected);
    InputStream in = new ByteArrayInputStream(withBom);
    assertThat(STRICT.read(in, Source.class)).isEqualTo(expected);
  }
}
