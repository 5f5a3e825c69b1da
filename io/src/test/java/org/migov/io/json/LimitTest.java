package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.migov.io.json.Failures.assertFailure;
import static org.migov.io.json.Failures.failure;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.io.json.Failures.At;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Dataset;
import org.migov.model.Figure;
import org.migov.model.Observation;
import org.migov.model.PriorityGoal;
import org.migov.model.Source;

/**
 * The limits on untrusted input: number length and exponent, nesting depth, string and name
 * length, document size; their defaults and configured values.
 */
class LimitTest {
  private static final String V = "{\"format_version\":\"1.0\",";
  private static final String OBSERVATION = V + "\"period\":\"2025\",\"value\":";
  private static final String EXPONENT =
      "the number's exponent is beyond the limit of %d digits either side of the point";

  private static String observation(String number) {
    return OBSERVATION + number + "}";
  }

  // ----- numbers

  @ParameterizedTest
  @ValueSource(strings = {"1e1000000000", "-1e-1000000000", "1E+999999999", "1e99999999999",
      "-1e-99999999999", "1e2147483648", "0.5e-2147483648", "1e101", "1e-101", "12.5e-100"})
  void hugeExponentsAreRefusedWithoutExpandingTheNumber(String number) {
    String json = observation(number);

    assertFailure(failure(json, Observation.class), Problem.LIMIT_EXCEEDED, "/value",
        new At(1, OBSERVATION.length() + 1), String.format(EXPONENT, 100));
  }

  @Test
  void hugeExponentsAreRefusedInEveryDecimal() {
    String figure = V + "\"counts\":[\"states\"],\"value\":1e1000000000}";

    assertFailure(failure(figure, Figure.class), Problem.LIMIT_EXCEEDED, "/value",
        At.of(figure, "1e"), String.format(EXPONENT, 100));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e100", "1E-100", "-1e+100", "12.5e-99", "0e100"})
  void exponentsUpToTheLimitAreRead(String number) {
    assertThat(MigovJson.defaults().read(observation(number), Observation.class).value())
        .isEqualTo(new BigDecimal(number));
  }

  @Test
  void aThousandDigitNumberIsRefused() {
    String digits = "9".repeat(1000);
    String json = observation(digits);

    MigovJsonException e = failure(json, Observation.class);

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/value");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isGreaterThan(OBSERVATION.length());
    assertThat(e.detail()).isEqualTo("Number value length (1000) exceeds the maximum allowed "
        + "(100, from `StreamReadConstraints.getMaxNumberLength()`)");
  }

  @Test
  void longNumbersAreRefusedAsFractionsAndAsIntegers() {
    String fraction = observation("0." + "0".repeat(998) + "1");
    String integer = V + "\"text\":\"t\",\"number\":" + "1".repeat(1000) + "}";

    assertThat(failure(fraction, Observation.class))
        .extracting(MigovJsonException::problem, MigovJsonException::pointer)
        .containsExactly(Problem.LIMIT_EXCEEDED, "/value");
    assertThat(failure(integer, PriorityGoal.class))
        .extracting(MigovJsonException::problem, MigovJsonException::pointer)
        .containsExactly(Problem.LIMIT_EXCEEDED, "/number");
  }

  @Test
  void numbersOfUpToAHundredCharactersAreReadExactly() {
    // a hundred characters, ninety digits: the most the model holds (Checks.MAX_DECIMAL_DIGITS)
    String hundred = "0." + "0".repeat(8) + "9".repeat(90);
    String hundredOne = "9".repeat(101);

    assertThat(hundred).hasSize(100);
    assertThat(MigovJson.defaults().read(observation(hundred), Observation.class).value())
        .isEqualTo(new BigDecimal(hundred));
    // a hundred digits are read, then refused by the model
    assertThat(failure(observation("9".repeat(100)), Observation.class))
        .extracting(MigovJsonException::problem, MigovJsonException::pointer)
        .containsExactly(Problem.MODEL_VIOLATION, "/value");
    assertThat(failure(observation(hundredOne), Observation.class).detail())
        .startsWith("Number value length (101) exceeds the maximum allowed (100");
  }

  // ----- nesting

  private static String nested(int arrays) {
    return V + "\"title\":\"t\",\"x\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
  }

  @Test
  void deepNestingIsRefusedEvenInPropertiesThatAreSkipped() {
    MigovJson lenient = MigovJson.builder().ignoreUnknownProperties().build();
    String json = nested(32);

    MigovJsonException e = failure(lenient, json, Source.class);

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/x" + "/0".repeat(31));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();
    assertThat(e.detail()).isEqualTo("Document nesting depth (33) exceeds the maximum allowed "
        + "(32, from `StreamReadConstraints.getMaxNestingDepth()`)");
    assertThat(lenient.read(nested(31), Source.class).title().orElseThrow()).isEqualTo("t");
  }

  @Test
  void veryDeepNestingFailsWithoutOverflowingTheStack() {
    MigovJson lenient = MigovJson.builder().ignoreUnknownProperties().build();
    String objects = V + "\"x\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001);
    String arrays = "[".repeat(100_000) + "]".repeat(100_000);

    assertThat(failure(lenient, objects, Source.class).problem())
        .isEqualTo(Problem.LIMIT_EXCEEDED);
    assertFailure(failure(arrays, Dataset.class), Problem.WRONG_TYPE, "", new At(1, 1),
        "expected an object but found an array");
  }

  @Test
  void deepNestingIsAnUnknownPropertyFirstWhenUnknownPropertiesAreRefused() {
    String json = nested(1000);

    assertFailure(failure(json, Source.class), Problem.UNKNOWN_PROPERTY, "/x",
        At.of(json, "["), "'x' is not a property of source");
  }

  // ----- strings, names and documents

  @Test
  void aHugeStringIsRefused() {
    String json = V + "\"title\":\"" + "a".repeat(5_000_000) + "\"}";

    MigovJsonException e = failure(json, Source.class);

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.detail()).matches("String value length \\(\\d+\\) exceeds the maximum allowed "
        + "\\(100000, from `StreamReadConstraints.getMaxStringLength\\(\\)`\\)");
  }

  @Test
  void aStringOfTheLongestTextTheModelAcceptsIsRead() {
    String text = "é".repeat(100_000);

    assertThat(MigovJson.defaults().read(V + "\"title\":\"" + text + "\"}", Source.class).title().orElseThrow())
        .isEqualTo(text);
    assertThat(failure(V + "\"title\":\"" + text + "é\"}", Source.class).problem())
        .isEqualTo(Problem.LIMIT_EXCEEDED);
  }

  @Test
  void aLongPropertyNameIsRefused() {
    String json = V + "\"" + "n".repeat(201) + "\":1}";

    MigovJsonException e = failure(json, Source.class);

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    // the name is not read yet: the pointer is that of the property before it
    assertThat(e.pointer()).isEqualTo("/format_version");
    assertThat(e.detail()).isEqualTo("Name length (201) exceeds the maximum allowed (200, from "
        + "`StreamReadConstraints.getMaxNameLength()`)");
  }

  // ----- configured limits

  static Stream<Arguments> configuredLimits() {
    String declaration = V + "\"id\":\"d\",\"title\":\"T\",\"dialogue\":\"bp\",\"kind\":\"other\"";
    String dataset = "{\"format_version\":\"1.0\",\"meetings\":[{\"id\":\"m\",\"dialogue\":\"d\","
        + "\"kind\":\"other\",\"title\":\"T\"";
    return Stream.of(
        Arguments.of("maxStringLength(10)", (Consumer<MigovJson.Builder>) b -> b.maxStringLength(10),
            Source.class, V + "\"title\":\"0123456789\"}", V + "\"title\":\"0123456789A\"}",
            "/title", "String value length (11) exceeds the maximum allowed (10, from "
                + "`StreamReadConstraints.getMaxStringLength()`)"),
        Arguments.of("maxNameLength(14)", (Consumer<MigovJson.Builder>) b -> b.maxNameLength(14),
            org.migov.model.Declaration.class, declaration + ",\"adopted_at\":\"m\"}",
            declaration + ",\"implementation_end\":\"2030\"}", "/kind",
            "Name length (18) exceeds the maximum allowed (14, from "
                + "`StreamReadConstraints.getMaxNameLength()`)"),
        Arguments.of("maxNumberLength(5)", (Consumer<MigovJson.Builder>) b -> b.maxNumberLength(5),
            Observation.class, observation("-1234"), observation("123456"), "/value",
            "Number value length (6) exceeds the maximum allowed (5, from "
                + "`StreamReadConstraints.getMaxNumberLength()`)"),
        Arguments.of("maxExponent(10)", (Consumer<MigovJson.Builder>) b -> b.maxExponent(10),
            Observation.class, observation("1e10"), observation("1e11"), "/value",
            String.format(EXPONENT, 10)),
        Arguments.of("maxExponent(10), negative",
            (Consumer<MigovJson.Builder>) b -> b.maxExponent(10), Observation.class,
            observation("0.0000000001"), observation("0.00000000001"), "/value",
            String.format(EXPONENT, 10)),
        Arguments.of("maxDepth(3)", (Consumer<MigovJson.Builder>) b -> b.maxDepth(3),
            Dataset.class, dataset + "}]}", dataset + ",\"aims\":[\"a\"]}]}", "/meetings/0/aims",
            "Document nesting depth (4) exceeds the maximum allowed (3, from "
                + "`StreamReadConstraints.getMaxNestingDepth()`)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configuredLimits")
  void configuredLimitsAreApplied(String label, Consumer<MigovJson.Builder> limit, Class<?> type,
      String within, String beyond, String pointer, String detail) {
    MigovJson.Builder builder = MigovJson.builder();
    limit.accept(builder);
    MigovJson limited = builder.build();

    assertThat(limited.read(within, type)).isNotNull();
    MigovJsonException e = failure(limited, beyond, type);
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.detail()).isEqualTo(detail);
    assertThat(e.getMessage()).startsWith("limit exceeded at '" + pointer + "' (line 1, column ")
        .endsWith("): " + detail);
    assertThat(MigovJson.defaults().read(beyond, type)).as("the defaults are not changed")
        .isNotNull();
    assertThat(limited.pretty().read(within, type)).as("the pretty instance keeps the limits")
        .isNotNull();
    assertThat(failure(limited.pretty(), beyond, type).detail()).isEqualTo(detail);
  }

  @Test
  void theDocumentSizeLimitAppliesToBytesStreamsFilesAndText(@TempDir Path dir) throws Exception {
    MigovJson limited = MigovJson.builder().maxDocumentBytes(100).build();
    String small = V + "\"title\":\"" + "a".repeat(60) + "\"}";
    String large = V + "\"title\":\"" + "a".repeat(200) + "\"}";
    byte[] bytes = large.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("large.json"), bytes);
    String detail = "Document length (235) exceeds the maximum allowed (100, from "
        + "`StreamReadConstraints.getMaxDocumentLength()`)";

    assertThat(limited.read(small, Source.class).title().orElseThrow()).hasSize(60);
    for (MigovJsonException e : new MigovJsonException[] {
        failure(limited, large, Source.class),
        catchThrowableOfType(MigovJsonException.class, () -> limited.read(bytes, Source.class)),
        catchThrowableOfType(MigovJsonException.class,
            () -> limited.read(new ByteArrayInputStream(bytes), Source.class)),
        catchThrowableOfType(MigovJsonException.class, () -> limited.read(file, Source.class))}) {
      assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.detail()).isEqualTo(detail);
    }
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> MigovJson.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be positive");
    assertThatThrownBy(() -> MigovJson.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be 1 to 2147483647");
    assertThatThrownBy(() -> MigovJson.builder().maxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be 1 to 2147483647");
    assertThatThrownBy(() -> MigovJson.builder().maxNameLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNameLength must be 1 to 2147483647");
    assertThatThrownBy(() -> MigovJson.builder().maxNumberLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNumberLength must be 1 to 2147483647");
    assertThatThrownBy(() -> MigovJson.builder().maxExponent(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxExponent must be 1 to 2147483647");
  }

  @Test
  void aBuilderCanBeReusedWithoutChangingWhatItBuilt() {
    MigovJson.Builder builder = MigovJson.builder().maxStringLength(10);
    MigovJson first = builder.build();
    builder.maxStringLength(1000);
    String json = V + "\"title\":\"" + "a".repeat(20) + "\"}";

    assertThat(failure(first, json, Source.class).problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(builder.build().read(json, Source.class).title().orElseThrow()).hasSize(20);
  }
}
