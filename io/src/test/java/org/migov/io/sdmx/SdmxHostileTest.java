package org.migov.io.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.io.sdmx.SdmxException.Problem;

/**
 * A hostile corpus of SDMX-JSON messages: each fails, read and turned into remittance series, with
 * an {@link SdmxException} of the expected kind that names where, and nothing else escapes.
 */
class SdmxHostileTest {
  static final String OK = SdmxReaderTest.FISCAL;

  static Arguments doc(String name, String text, Problem problem) {
    return Arguments.of(name, text.replace('\'', '"'), problem);
  }

  static Arguments change(String name, String from, String to, Problem problem) {
    if (!OK.contains(from)) {
      throw new IllegalStateException(name + ": the message lacks " + from);
    }
    return doc(name, OK.replace(from, to), problem);
  }

  static Stream<Arguments> corpus() {
    List<Arguments> c = new ArrayList<>();
    c.add(doc("empty", "", Problem.EMPTY_INPUT));
    c.add(doc("blank", "\n\t ", Problem.EMPTY_INPUT));
    c.add(doc("xml", "<message:GenericData/>", Problem.MALFORMED_JSON));
    c.add(doc("array", "[]", Problem.WRONG_TYPE));
    c.add(doc("number", "1", Problem.WRONG_TYPE));
    c.add(doc("neither data nor structure", "{'meta':{}}", Problem.WRONG_TYPE));
    c.add(doc("truncated", OK.substring(0, OK.length() / 2), Problem.MALFORMED_JSON));
    c.add(doc("trailing", OK + "{}", Problem.TRAILING_CONTENT));
    c.add(doc("duplicate key", OK.replace("'id':'T1'", "'id':'T1','id':'T2'"),
        Problem.INVALID_VALUE));
    c.add(doc("deep", "{'data':" + "[".repeat(64) + "]".repeat(64) + "}",
        Problem.LIMIT_EXCEEDED));
    c.add(doc("long string", OK.replace("Workers remittances", "w".repeat(200_000)),
        Problem.LIMIT_EXCEEDED));
    c.add(doc("long number", OK.replace("7389.2", "7".repeat(500)), Problem.LIMIT_EXCEEDED));
    c.add(doc("structures missing", "{'data':{'dataSets':[]}}", Problem.WRONG_TYPE));
    c.add(change("data not object", "'data':{", "'data':[{", Problem.MALFORMED_JSON));
    c.add(change("dataSets not array", "'dataSets':[{", "'dataSets':{'x':{",
        Problem.MALFORMED_JSON));
    c.add(change("structure index out of range", "'structure':0", "'structure':3",
        Problem.INVALID_VALUE));
    c.add(change("structure index negative", "'structure':0", "'structure':-1",
        Problem.INVALID_VALUE));
    c.add(change("structure index text", "'structure':0", "'structure':'0'",
        Problem.INVALID_VALUE));
    c.add(change("dimensions missing", "'dimensions':{", "'dimensionz':{", Problem.WRONG_TYPE));
    c.add(change("no time dimension", "'id':'TIME_PERIOD'", "'id':'TIME'", Problem.UNSUPPORTED));
    c.add(change("component without id", "{'id':'FREQ','keyPosition':0,",
        "{'keyPosition':0,", Problem.WRONG_TYPE));
    c.add(change("component id number", "{'id':'FREQ'", "{'id':7", Problem.WRONG_TYPE));
    c.add(change("series dimensions not array", "'series':[{'id':'FREQ'",
        "'series':{'a':{'id':'FREQ'", Problem.MALFORMED_JSON));
    c.add(change("key too short", "'0:0:0'", "'0:0'", Problem.INVALID_VALUE));
    c.add(change("key too long", "'0:0:0'", "'0:0:0:0'", Problem.INVALID_VALUE));
    c.add(change("key not digits", "'0:0:0'", "'0:x:0'", Problem.INVALID_VALUE));
    c.add(change("key empty part", "'0:0:0'", "'0::0'", Problem.INVALID_VALUE));
    c.add(change("key out of range", "'0:0:1'", "'0:0:9'", Problem.INVALID_VALUE));
    c.add(change("key huge", "'0:0:1'", "'0:0:99999999999999999999'", Problem.INVALID_VALUE));
    c.add(change("observation key out of range", "'0':[7389.2,0]", "'5':[7389.2,0]",
        Problem.INVALID_VALUE));
    c.add(change("observation not array", "'0':[7389.2,0]", "'0':7389.2",
        Problem.WRONG_TYPE));
    c.add(change("value boolean", "7389.2,0", "true,0", Problem.WRONG_TYPE));
    c.add(change("value words", "7389.2,0", "'many',0", Problem.INVALID_VALUE));
    c.add(change("value huge exponent", "7389.2,0", "1e999999999,0", Problem.LIMIT_EXCEEDED));
    c.add(change("value string exponent", "'8500'", "'8e500'", Problem.LIMIT_EXCEEDED));
    c.add(change("attribute index out of range", "7389.2,0", "7389.2,7", Problem.INVALID_VALUE));
    c.add(change("attribute index text", "7389.2,0", "7389.2,'0'", Problem.INVALID_VALUE));
    c.add(change("series attributes not array", "'attributes':[0,0,0],'observations':{'0':[7",
        "'attributes':{},'observations':{'0':[7", Problem.WRONG_TYPE));
    c.add(change("series not object", "'0:0:0':{", "'0:0:0':[{", Problem.MALFORMED_JSON));
    c.add(change("delete action", "'structure':0,", "'structure':0,'action':'Delete',",
        Problem.UNSUPPORTED));
    c.add(change("daily period", "'2023-A1'", "'2023-07-01'", Problem.UNSUPPORTED));
    c.add(change("weekly period", "'2023-A1'", "'2023-W01'", Problem.UNSUPPORTED));
    c.add(change("period words", "'2023-A1'", "'FY23'", Problem.INVALID_VALUE));
    c.add(change("period A2", "'2023-A1'", "'2023-A2'", Problem.INVALID_VALUE));
    c.add(change("period odd duration", "'2023-A1'", "'2023-07-01/P3W'", Problem.UNSUPPORTED));
    c.add(change("period zero duration", "'2023-A1'", "'2023-07-01/P0M'", Problem.UNSUPPORTED));
    c.add(change("period bad start", "'2023-A1'", "'2023-02-30/P1M'", Problem.INVALID_VALUE));
    c.add(change("year start mid-month", "'--07-01'", "'--07-15'", Problem.UNSUPPORTED));
    c.add(change("year start words", "'--07-01'", "'July'", Problem.INVALID_VALUE));
    c.add(change("negative unit multiplier", "{'id':'6'}", "{'id':'-3'}", Problem.UNSUPPORTED));
    c.add(change("unit multiplier words", "{'id':'6'}", "{'id':'six'}", Problem.INVALID_VALUE));
    c.add(change("currency unknown", "{'id':'USD'}", "{'id':'ZZZ'}", Problem.UNSUPPORTED));
    c.add(change("area unknown", "{'id':'PK'}", "{'id':'Q9'}", Problem.UNSUPPORTED));
    c.add(change("status unknown", "{'id':'F'}", "{'id':'O'}", Problem.UNSUPPORTED));
    c.add(change("same period twice", "'1':[null]", "'0':[1.5]", Problem.INVALID_VALUE));
    c.add(change("two time values that are one period", "{'id':'2024-A1'}",
        "{'id':'2023-A1'}", Problem.MODEL_VIOLATION));
    return c.stream();
  }

  static final SdmxReader READER = SdmxReaderTest.REMITTANCES;

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void hostileMessageFailsWithItsProblemAndALocation(String name, String text, Problem problem) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> READER.readRemittanceSeries(bytes))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
          assertThat(e.getMessage()).contains(e.detail());
          if (e.line() < 0) {
            assertThat(e.pointer()).as(e.getMessage()).matches("|/.*");
          }
        });
  }

  /** Dimension-group keys of 65 different sets of fixed dimensions: beyond the limit of 64. */
  @Test
  void tooManyKindsOfDimensionGroupKeysAreALimit() {
    StringBuilder dims = new StringBuilder();
    for (int d = 0; d < 7; d++) {
      dims.append("{'id':'D").append(d).append("','values':[{'id':'X'}]},");
    }
    StringBuilder groups = new StringBuilder();
    for (int m = 1; m <= 65; m++) {
      StringBuilder key = new StringBuilder();
      for (int d = 0; d < 8; d++) {
        key.append(d > 0 ? ":" : "").append((m >> d & 1) == 1 ? "0" : "");
      }
      groups.append(m > 1 ? "," : "").append('\'').append(key).append("':['g']");
    }
    String message = "{'data':{'structures':[{'dimensions':{'series':["
        + dims.substring(0, dims.length() - 1) + "],'observation':[{'id':'TIME_PERIOD',"
        + "'values':[{'id':'2020'}]}]},'attributes':{'dimensionGroup':[{'id':'G'}]}}],"
        + "'dataSets':[{'dimensionGroupAttributes':{" + groups + "},'series':{}}]}}";
    assertThatThrownBy(() -> SdmxReaderTest.RAW.read(message.replace('\'', '"')
        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(SdmxException.class, e -> {
          assertThat(e.problem()).as(e.getMessage()).isEqualTo(Problem.LIMIT_EXCEEDED);
          assertThat(e.pointer()).startsWith("/data/dataSets/0/dimensionGroupAttributes/");
        });
    // with the last key removed, 64 kinds remain: the message reads (it has no series)
    String fewer = message.replaceFirst(",'[0:]*':\\['g'\\]\\}", "}");
    assertThat(SdmxReaderTest.RAW.read(fewer.replace('\'', '"')
        .getBytes(StandardCharsets.UTF_8)).series()).isEmpty();
  }

  @Test
  void theCorpusHoldsAtLeastFortyDocuments() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
  }
}
