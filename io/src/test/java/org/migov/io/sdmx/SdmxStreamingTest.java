package org.migov.io.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.migov.io.sdmx.SdmxReaderTest.FISCAL;
import static org.migov.io.sdmx.SdmxReaderTest.RAW;
import static org.migov.io.sdmx.SdmxReaderTest.REMITTANCES;
import static org.migov.io.sdmx.SdmxReaderTest.utf8;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.io.ClosingRecorder;
import org.migov.io.sdmx.SdmxException.Problem;
import org.migov.model.Period;
import org.migov.model.RemittanceSeries;

/**
 * What reading SDMX-JSON as a stream of tokens promises: the parts of a message in any order, the
 * same series whichever way they are read, and errors found as a parser finds them.
 */
class SdmxStreamingTest {
  /** The structures of {@link SdmxReaderTest#FISCAL}, {@code 'structures':[...]}. */
  static final String STRUCTURES = FISCAL.substring(FISCAL.indexOf("'structures':"),
      FISCAL.indexOf(",'dataSets':"));
  /** Its datasets, {@code 'dataSets':[...]}. */
  static final String DATA_SETS = FISCAL.substring(FISCAL.indexOf(",'dataSets':") + 1,
      FISCAL.length() - 2);
  static final String META = FISCAL.substring(1, FISCAL.indexOf(",'data':"));
  /** The same message with its datasets before its structures. */
  static final String DATA_SETS_FIRST = "{" + META + ",'data':{" + DATA_SETS + "," + STRUCTURES
      + "}}";
  /** The one structure of the message, as SDMX-JSON 1.0 gives it. */
  static final String STRUCTURE = STRUCTURES.substring("'structures':[".length(),
      STRUCTURES.length() - 1);
  static final String V1 = "{'header':{'id':'T1'},'structure':" + STRUCTURE + "," + DATA_SETS
      + "}";
  static final String V1_DATA_SETS_FIRST = "{" + DATA_SETS + ",'header':{'id':'T1'},"
      + "'structure':" + STRUCTURE + "}";

  /** {@return the error of reading a message: as remittance series with REMITTANCES} */
  static SdmxException thrown(SdmxReader reader, String message) {
    return thrown(reader, utf8(message));
  }

  /** {@return the error of reading a message's bytes: as remittance series with REMITTANCES} */
  static SdmxException thrown(SdmxReader reader, byte[] message) {
    try {
      if (reader == REMITTANCES) {
        reader.readRemittanceSeries(message);
      } else {
        reader.read(message);
      }
    } catch (SdmxException e) {
      return e;
    }
    throw new AssertionError("no error: " + message);
  }

  @Test
  void theMessageIsAsGivenItself() {
    assertThat(FISCAL).isEqualTo("{" + META + ",'data':{" + STRUCTURES + "," + DATA_SETS + "}}");
    assertThat(V1_DATA_SETS_FIRST).isNotEqualTo(V1);
  }

  @Test
  void dataSetsBeforeTheStructureReadAsAfterIt() {
    assertThat(RAW.read(utf8(DATA_SETS_FIRST))).isEqualTo(RAW.read(utf8(FISCAL)));
    assertThat(REMITTANCES.readRemittanceSeries(utf8(DATA_SETS_FIRST)))
        .isEqualTo(REMITTANCES.readRemittanceSeries(utf8(FISCAL)));
    SdmxMessage v1 = RAW.read(utf8(V1));
    assertThat(v1.version()).isEqualTo("1.0");
    assertThat(v1.series()).hasSize(2);
    assertThat(v1.series().get(0).pointer()).isEqualTo("/dataSets/0/series/0:0:0");
    assertThat(RAW.read(utf8(V1_DATA_SETS_FIRST))).isEqualTo(v1);
    assertThat(REMITTANCES.readRemittanceSeries(utf8(V1_DATA_SETS_FIRST)))
        .isEqualTo(REMITTANCES.readRemittanceSeries(utf8(V1)));
  }

  /** {@link SdmxReaderTest#FISCAL} with each series' attributes after its observations. */
  static final String ATTRIBUTES_LAST = FISCAL
      .replace("{'attributes':[0,0,0],'observations':{'0':[7389.2,0],'1':['8500',1]}}",
          "{'observations':{'0':[7389.2,0],'1':['8500',1]},'attributes':[0,0,0]}")
      .replace("{'attributes':[0,0,0],'observations':{'0':[30251.3],'1':[null]}}",
          "{'observations':{'0':[30251.3],'1':[null]},'attributes':[0,0,0]}");

  @Test
  void aSeriesIsTheSameWhetherItsAttributesComeBeforeItsObservationsOrAfter() {
    assertThat(ATTRIBUTES_LAST).isNotEqualTo(FISCAL).contains("'1':[null]},'attributes'")
        .contains("'1':['8500',1]},'attributes'");
    // before: converted as read; after: held, then converted; read whole: converted from it
    List<RemittanceSeries> early = REMITTANCES.readRemittanceSeries(utf8(FISCAL));
    assertThat(early).hasSize(2);
    assertThat(REMITTANCES.readRemittanceSeries(utf8(ATTRIBUTES_LAST))).isEqualTo(early);
    assertThat(REMITTANCES.toRemittanceSeries(REMITTANCES.read(utf8(ATTRIBUTES_LAST))))
        .isEqualTo(early);
    assertThat(REMITTANCES.read(utf8(ATTRIBUTES_LAST))).isEqualTo(REMITTANCES.read(utf8(FISCAL)));
  }

  @Test
  void anObservationThatCannotBeOneOfTheModelIsNamedWhetherConvertedAsReadOrAfter() {
    for (String message : List.of(FISCAL, ATTRIBUTES_LAST)) {
      SdmxException e = thrown(REMITTANCES, message.replace("{'id':'2024-A1'}",
          "{'id':'2024-W01'}"));
      assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
      assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/1");
      assertThat(e.detail()).isEqualTo(
          "TIME_PERIOD 2024-W01 is a reporting week: migov's periods are whole months");
    }
  }

  /**
   * A series of {@code months} monthly observations from January 2000, keyed by {@code key} of
   * each index, in the order of {@code order}.
   */
  static String monthly(int months, IntFunction<String> key, int[] order) {
    StringBuilder b = new StringBuilder("{'data':{'structures':[{'dimensions':{'series':["
        + "{'id':'REF_AREA','values':[{'id':'PK'}]}],'observation':[{'id':'TIME_PERIOD',"
        + "'values':[");
    for (int m = 0; m < months; m++) {
      b.append(m > 0 ? "," : "").append(String.format(Locale.ROOT,
          "{'id':'%d-%02d'}", 2000 + m / 12, m % 12 + 1));
    }
    b.append("]}]},'attributes':{'series':[{'id':'UNIT_MEASURE','values':[{'id':'USD'}]}]}}],"
        + "'dataSets':[{'structure':0,'series':{'0':{'attributes':[0],'observations':{");
    for (int i = 0; i < order.length; i++) {
      b.append(i > 0 ? "," : "").append('\'').append(key.apply(order[i])).append("':[")
          .append(order[i]).append(".5]");
    }
    return b.append("}}}}]}}").toString();
  }

  @Test
  void observationKeysWrittenAsIndicesReadAsThoseWrittenOtherwise() {
    // keys matched by the parser ("0" to "1023") or parsed ("1024" to "1199"), and the same
    // indices written with zeros before them, all parsed: the same observations, in any order
    int months = 1200;
    int[] order = new int[months];
    for (int i = 0; i < months; i++) {
      order[i] = i * 7 % months;
    }
    String plain = monthly(months, Integer::toString, order);
    String padded = monthly(months, i -> String.format(Locale.ROOT, "%04d", i), order);
    assertThat(plain).contains("'7':[7.5]").contains("'1199':[1199.5]").doesNotContain("'0007'");
    assertThat(padded).contains("'0007':[7.5]");
    List<RemittanceSeries> read = REMITTANCES.readRemittanceSeries(utf8(plain));
    assertThat(read).hasSize(1);
    RemittanceSeries s = read.get(0);
    assertThat(s.observations()).hasSize(months);
    for (int m = 0; m < months; m++) {
      assertThat(s.observations().get(m).period())
          .isEqualTo(Period.ofMonth(2000 + m / 12, m % 12 + 1));
      assertThat(s.observations().get(m).value()).isEqualTo(new BigDecimal(m + ".5"));
    }
    assertThat(REMITTANCES.readRemittanceSeries(utf8(padded))).isEqualTo(read);
    assertThat(RAW.read(utf8(padded)).series().get(0).observations())
        .extracting(SdmxObservation::timePeriod)
        .isEqualTo(RAW.read(utf8(plain)).series().get(0).observations().stream()
            .map(SdmxObservation::timePeriod).toList());
  }

  @Test
  void aTimeDimensionOfMoreValuesThanAParserTableHoldsIsRead() {
    // 40,000 values, more than the 32,767 names a matcher of Jackson's holds; two of them used
    int values = 40_000;
    StringBuilder b = new StringBuilder("{'data':{'structures':[{'dimensions':{'series':["
        + "{'id':'REF_AREA','values':[{'id':'PK'}]}],'observation':[{'id':'TIME_PERIOD',"
        + "'values':[{'id':'2000-01'}");
    for (int i = 1; i < values - 1; i++) {
      b.append(",{'id':'v").append(i).append("'}");
    }
    b.append(",{'id':'2000-02'}]}]},'attributes':{'series':[{'id':'UNIT_MEASURE','values':["
        + "{'id':'USD'}]}]}}],'dataSets':[{'structure':0,'series':{'0':{'attributes':[0],"
        + "'observations':{'39999':[2],'0':[1]}}}}]}}");
    String message = b.toString();
    RemittanceSeries s = REMITTANCES.readRemittanceSeries(utf8(message)).get(0);
    assertThat(s.observations()).extracting(o -> o.period().toString(), o -> o.value())
        .containsExactly(tuple("2000-01", BigDecimal.ONE),
            tuple("2000-02", BigDecimal.valueOf(2)));
    SdmxException e = thrown(RAW, message.replace("'39999':[2]", "'40000':[2]"));
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0/observations/40000");
    assertThat(e.detail()).isEqualTo(
        "the key '40000' names value 40000 of TIME_PERIOD, which has 40000");
  }

  @Test
  void bytesThatAreNoTextInTheirEncodingAreNamedAlikeFromBytesAndFromAStream() {
    // UTF-32 (little-endian, detected by its zero bytes) cut in the middle of its second
    // character: Jackson names the byte where the input ends, the 7th (found by the fuzz test)
    byte[] cut = {(byte) 0xff, 0, 0, 0, 0, 0, (byte) 0x9b};
    for (SdmxReader reader : List.of(RAW, REMITTANCES)) {
      SdmxException fromBytes = thrown(reader, cut);
      assertThat(fromBytes.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(fromBytes.detail()).isEqualTo("Unexpected EOF in the middle of a 4-byte UTF-32 "
          + "char: got 3, needed 4, at char #1, byte #7)");
      assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(cut)))
          .hasMessage(fromBytes.getMessage());
    }
  }

  @Test
  void theCallersStreamIsReadToItsEndAndNotClosed() {
    ClosingRecorder raw = new ClosingRecorder(utf8(FISCAL));
    ClosingRecorder remittances = new ClosingRecorder(utf8(DATA_SETS_FIRST));
    assertThat(RAW.read(raw).series()).hasSize(2);
    assertThat(REMITTANCES.readRemittanceSeries(remittances)).hasSize(2);
    for (ClosingRecorder r : List.of(raw, remittances)) {
      assertThat(r.closed()).as("closed").isFalse();
      assertThat(r.available()).as("bytes left").isZero();
    }
  }

  @Test
  void aNumberWhoseExponentNoDecimalHoldsIsRefused() {
    for (SdmxReader reader : List.of(RAW, REMITTANCES)) {
      for (String message : List.of(FISCAL, DATA_SETS_FIRST)) {
        SdmxException e = thrown(reader, message.replace("[7389.2,0]", "[4E954806619995,0]"));
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.pointer()).endsWith("/observations/0/0");
        assertThat(e.detail()).isEqualTo("the number's exponent is beyond 100 either way");
      }
    }
  }

  @Test
  void aNumberWhoseExponentNoDecimalHoldsIsRefusedInAnyPartReadWhole() {
    // the series' attributes are read as a tree (found by the fuzz test: an exception of the
    // number's parsing escaped)
    for (SdmxReader reader : List.of(RAW, REMITTANCES)) {
      for (String message : List.of(FISCAL, DATA_SETS_FIRST, ATTRIBUTES_LAST)) {
        String huge = message.replaceFirst("'attributes':\\[0,0,0\\]",
            "'attributes':[0,4E954806619995,0]");
        assertThat(huge).isNotEqualTo(message);
        SdmxException e = thrown(reader, huge);
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/attributes/1");
        assertThat(e.detail()).isEqualTo("the number's exponent is beyond 100 either way");
      }
      // the header and the structures are read as trees too
      SdmxException meta = thrown(reader, FISCAL.replace("'prepared':",
          "'x':[1,{'y':4E954806619995}],'prepared':"));
      assertThat(meta.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(meta.pointer()).isEqualTo("/meta/x/1/y");
      SdmxException structure = thrown(reader, FISCAL.replace("'keyPosition':0,",
          "'keyPosition':4E954806619995,"));
      assertThat(structure.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(structure.pointer())
          .isEqualTo("/data/structures/0/dimensions/series/0/keyPosition");
    }
  }

  @Test
  void remittanceSeriesAreTheSameReadAnyWay() {
    List<RemittanceSeries> fromBytes = REMITTANCES.readRemittanceSeries(utf8(FISCAL));
    assertThat(fromBytes).hasSize(2);
    assertThat(REMITTANCES.readRemittanceSeries(new ByteArrayInputStream(utf8(FISCAL))))
        .isEqualTo(fromBytes);
    assertThat(REMITTANCES.toRemittanceSeries(RAW.read(utf8(FISCAL)))).isEqualTo(fromBytes);
  }

  @Test
  void seriesAttributesAfterTheObservationsApply() {
    String late = FISCAL.replace("'attributes':[0,0,0],'observations':{'0':[7389.2,0],"
        + "'1':['8500',1]}", "'observations':{'0':[7389.2,0],'1':['8500',1]},"
        + "'attributes':[0,0,0]");
    assertThat(late).isNotEqualTo(FISCAL);
    assertThat(RAW.read(utf8(late))).isEqualTo(RAW.read(utf8(FISCAL)));
  }

  @Test
  void datasetAttributesAfterTheSeriesAreRefusedByName() {
    String late = FISCAL.replace("}}}}]}}", "}}},'attributes':[0]}]}}");
    assertThat(late).isNotEqualTo(FISCAL);
    SdmxException e = thrown(RAW, late);
    assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
    assertThat(e.pointer()).isEqualTo("/data/dataSets/0/attributes");
    assertThat(e.detail()).startsWith("'attributes' of a dataset after its series");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(utf8(late).length - 6);
    // null after the series says nothing: read
    assertThat(RAW.read(utf8(FISCAL.replace("}}}}]}}", "}}},'attributes':null}]}}"))))
        .isEqualTo(RAW.read(utf8(FISCAL)));
    String structure = FISCAL.replace("'structure':0,'series'", "'series'")
        .replace("}}}}]}}", "}}},'structure':0}]}}");
    assertThat(RAW.read(utf8(structure))).isEqualTo(RAW.read(utf8(FISCAL)));
    String groups = FISCAL.replace("}}}}]}}", "}}},'dimensionGroupAttributes':{}}]}}");
    assertThat(thrown(RAW, groups).pointer())
        .isEqualTo("/data/dataSets/0/dimensionGroupAttributes");
  }

  @Test
  void aDatasetHoldsSeriesOrObservationsNotBoth() {
    SdmxException e = thrown(RAW, FISCAL.replace("}}}}]}}", "}}},'observations':{}}]}}"));
    assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
    assertThat(e.pointer()).isEqualTo("/data/dataSets/0/observations");
    assertThat(e.detail()).contains("not in both");
    assertThat(RAW.read(utf8(FISCAL.replace("}}}}]}}", "}}},'observations':null}]}}"))))
        .isEqualTo(RAW.read(utf8(FISCAL)));
  }

  @Test
  void dataAfterTheDatasetsOfVersion10IsRefused() {
    SdmxException e = thrown(RAW, V1.substring(0, V1.length() - 1) + ",'data':{}}");
    assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(e.pointer()).isEqualTo("/data");
    assertThat(e.detail()).endsWith("not both");
    // data before them: read as 2.x, the top-level datasets ignored
    SdmxMessage m = RAW.read(utf8("{" + FISCAL.substring(1, FISCAL.length() - 1) + ","
        + DATA_SETS.replace("'structure':0", "'structure':7") + "}"));
    assertThat(m).isEqualTo(RAW.read(utf8(FISCAL)));
  }

  @Test
  void errorsFoundInTheStreamHaveTheirLineAndColumn() {
    String text = FISCAL.replace("'0:0:1'", "'0:0:9'");
    SdmxException e = thrown(RAW, text);
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:9");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(text.indexOf("'0:0:9'") + 1);
    // in datasets read before their structure, there is only the pointer
    SdmxException buffered = thrown(RAW, DATA_SETS_FIRST.replace("'0:0:1'", "'0:0:9'"));
    assertThat(buffered.pointer()).isEqualTo("/data/dataSets/0/series/0:0:9");
    assertThat(buffered.line()).isEqualTo(-1);
    assertThat(buffered.detail()).isEqualTo(e.detail());
  }

  @Test
  void brokenJsonAfterAnErrorOfContentIsReportedFirst() {
    String wrong = FISCAL.replace("'0:0:1'", "'0:0:9'");
    assertThat(thrown(RAW, wrong.substring(0, wrong.length() - 2)).problem())
        .isEqualTo(Problem.MALFORMED_JSON);
    assertThat(thrown(RAW, wrong + "[]").problem()).isEqualTo(Problem.TRAILING_CONTENT);
    SdmxException later = thrown(RAW, wrong.replace("'1':[null]", "'1':[{'a':1,'a':2}]"));
    assertThat(later.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(later.pointer()).isEqualTo("/data/dataSets/0/series/0:0:9/observations/1/0/a");
    assertThat(later.detail()).isEqualTo("Duplicate Object property \"a\"");
    assertThat(thrown(RAW, "[1,2]").problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(thrown(RAW, "[1,2").problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(thrown(RAW, "[1,2] 3").problem()).isEqualTo(Problem.TRAILING_CONTENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"'links':[{'a':1,'a':2}]", "'structure':0",
      "'x':{'y':[{},{'a':[],'a':0}]}"})
  void duplicatePropertiesAreFoundWhereverTheyAre(String extra) {
    for (String message : List.of(FISCAL, DATA_SETS_FIRST)) {
      SdmxException e = thrown(RAW, message.replace("'structure':0,", "'structure':0," + extra
          + ","));
      assertThat(e.problem()).as(e.getMessage()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.detail()).startsWith("Duplicate Object property \"");
      assertThat(e.pointer()).startsWith("/data/dataSets/0/");
    }
  }

  @Test
  void duplicateKeysOfSeriesAndObservationsAreFound() {
    SdmxException obs = thrown(RAW, FISCAL.replace("'1':[null]", "'1':[null],'1':[2]"));
    assertThat(obs.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(obs.pointer()).isEqualTo("/data/dataSets/0/series/0:0:1/observations/1");
    assertThat(obs.detail()).isEqualTo("Duplicate Object property \"1\"");
    assertThat(obs.line()).isEqualTo(1);
    SdmxException written = thrown(RAW, FISCAL.replace("'1':[null]", "'01':[null],'01':[2]"));
    assertThat(written.pointer()).isEqualTo("/data/dataSets/0/series/0:0:1/observations/01");
    SdmxException series = thrown(RAW, FISCAL.replace("'0:0:1':{", "'0:0:0':{"));
    assertThat(series.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0");
    assertThat(series.detail()).isEqualTo("Duplicate Object property \"0:0:0\"");
    // keys that differ as text are different keys, even where they name the same period
    SdmxMessage two = RAW.read(utf8(FISCAL.replace("'1':[null]", "'1':[null],'01':[2]")));
    assertThat(two.series().get(1).observations()).extracting(SdmxObservation::pointer)
        .containsExactly("/data/dataSets/0/series/0:0:1/observations/0",
            "/data/dataSets/0/series/0:0:1/observations/1",
            "/data/dataSets/0/series/0:0:1/observations/01");
    SdmxException same = thrown(REMITTANCES, FISCAL.replace("'1':[null]", "'01':[3],"
        + "'1':[2]"));
    assertThat(same.problem()).isEqualTo(Problem.MODEL_VIOLATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "7", "-7", "0.5", "-0.50", "123456789012345678",
      "1234567890123456789", "12345678901234567.8", "1.5e3", "1E-2", "-0.0",
      "99999999999999999999999999"})
  void numbersAreReadExactly(String number) {
    SdmxMessage m = RAW.read(utf8(FISCAL.replace("7389.2", number)));
    Optional<BigDecimal> value = m.series().get(0).observations().get(0).value();
    assertThat(value).contains(new BigDecimal(number));
    assertThat(value.orElseThrow().scale()).isEqualTo(new BigDecimal(number).scale());
  }

  @Test
  void aDatasetNeedsAStructure() {
    SdmxException e = thrown(RAW, "{'data':{'structures':[],'dataSets':[{'series':{}}]}}");
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/data/dataSets/0/structure");
    assertThat(e.detail()).isEqualTo("'structure' is the index of one of the 0 structures");
    SdmxException late = thrown(RAW, FISCAL.replace("'structure':0,'series'", "'series'")
        .replace("}}}}]}}", "}}},'structure':1}]}}"));
    assertThat(late.problem()).isEqualTo(Problem.INVALID_VALUE);
  }

  @Test
  void observationsWrittenWithLeadingZerosKeepTheirKeyInPointers() {
    SdmxException e = thrown(REMITTANCES, FISCAL.replace("'1':['8500',1]", "'01':['8500',1]")
        .replace("{'id':'F'}", "{'id':'X'}"));
    assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
    assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/01");
    assertThat(e.line()).isEqualTo(-1);
  }

  @Test
  void theLimitOnObservationsHoldsInBothLayouts() {
    SdmxReader two = SdmxReader.builder().maxObservations(3).build();
    assertThat(two.read(utf8(FISCAL.replace(",'1':[null]", ""))).series()).hasSize(2);
    SdmxException e = thrown(two, FISCAL);
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:1/observations/1");
    String flat = new String(SdmxReaderTest.resource("v2.1.0-exr-flat.json"),
        StandardCharsets.UTF_8);
    int count = RAW.read(flat.getBytes(StandardCharsets.UTF_8)).series().stream()
        .mapToInt(s -> s.observations().size()).sum();
    SdmxReader fewer = SdmxReader.builder().maxObservations(count - 1).build();
    assertThatThrownBy(() -> fewer.read(flat.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(SdmxException.class, x -> {
          assertThat(x.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
          assertThat(x.pointer()).startsWith("/data/dataSets/0/observations/");
        });
  }
}
