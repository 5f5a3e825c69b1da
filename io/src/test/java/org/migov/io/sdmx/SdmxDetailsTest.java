package org.migov.io.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migov.io.sdmx.SdmxReaderTest.FISCAL;
import static org.migov.io.sdmx.SdmxReaderTest.RAW;
import static org.migov.io.sdmx.SdmxReaderTest.REMITTANCES;
import static org.migov.io.sdmx.SdmxReaderTest.utf8;
import static org.migov.io.sdmx.SdmxStreamingTest.thrown;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.io.sdmx.SdmxException.Problem;
import org.migov.model.CountryCode;
import org.migov.model.Frequency;
import org.migov.model.Period;
import org.migov.model.RemittanceSeries;

/**
 * The details of reading SDMX-JSON: each wrong part of a message named by its kind and pointer,
 * attributes from every level, keys at their limits, periods at their bounds.
 */
class SdmxDetailsTest {
  static void fails(String message, Problem problem, String pointer, String detail) {
    SdmxException e = thrown(RAW, message);
    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    assertThat(e.detail()).as(e.getMessage()).contains(detail);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "'dataSets':[{|'dataSets':[1,{|WRONG_TYPE|/data/dataSets/0|not NUMBER",
      "'series':{'0:0:0'|'series':[],'x':{'0:0:0'|WRONG_TYPE|/data/dataSets/0/series|not ARRAY",
      "'0:0:0':{|'0:0:0':'s','y':{|WRONG_TYPE|/data/dataSets/0/series/0:0:0|not STRING",
      "'observations':{'0':[7|'observations':true,'z':{'0':[7|WRONG_TYPE"
          + "|/data/dataSets/0/series/0:0:0/observations|not BOOLEAN",
      "'0':[7389.2,0]|'0':[[7389.2],0]|WRONG_TYPE|/data/dataSets/0/series/0:0:0/observations/0/0"
          + "|not ARRAY",
      "'0':[7389.2,0]|'0':[{},0]|WRONG_TYPE|/data/dataSets/0/series/0:0:0/observations/0/0"
          + "|not OBJECT",
      "'0':[7389.2,0]|'0':[false,0]|WRONG_TYPE|/data/dataSets/0/series/0:0:0/observations/0/0"
          + "|not BOOLEAN",
      "'0':[7389.2,0]|'0':[7389.2,[0]]|INVALID_VALUE"
          + "|/data/dataSets/0/series/0:0:0/observations/0/1|not [0]",
      "'0':[7389.2,0]|'0':[7389.2,2]|INVALID_VALUE"
          + "|/data/dataSets/0/series/0:0:0/observations/0/1|of its 2 values, not 2",
      "'0':[7389.2,0]|'0':[7389.2,-1]|INVALID_VALUE"
          + "|/data/dataSets/0/series/0:0:0/observations/0/1|not -1",
      "'0':[7389.2,0]|'0':[7389.2,3000000000]|INVALID_VALUE"
          + "|/data/dataSets/0/series/0:0:0/observations/0/1|not 3000000000",
      "'0:0:1'|'0:0:x/y~'|INVALID_VALUE|/data/dataSets/0/series/0:0:x~1y~0|holds 'x/y~'",
      "'0:0:1'|'0:0:0000000001'|INVALID_VALUE|/data/dataSets/0/series/0:0:0000000001"
          + "|holds '0000000001', not an index",
      "'0:0:1'|'0:0:2'|INVALID_VALUE|/data/dataSets/0/series/0:0:2"
          + "|names value 2 of COUNTERPART_AREA, which has 2",
      "'0:0:1'|'0:0:1:'|INVALID_VALUE|/data/dataSets/0/series/0:0:1:|each of the 3 dimensions",
      "'0:0:1'|'~0:0:1'|INVALID_VALUE|/data/dataSets/0/series/~00:0:1|holds '~0', not an index",
      "'0:0:1'|'/0:0:1'|INVALID_VALUE|/data/dataSets/0/series/~10:0:1|holds '/0', not an index",
      "'0:0:1'|'000000000:000000000:00000000000000000001'|INVALID_VALUE"
          + "|/data/dataSets/0/series/000000000:000000000:00000000000000000001"
          + "|holds '00000000000000000001', not an index",
      "'0':[7389.2,0]|'2':[7389.2,0]|INVALID_VALUE|/data/dataSets/0/series/0:0:0/observations/2"
          + "|the key '2' names value 2 of TIME_PERIOD, which has 2",
      "'0':[7389.2,0]|'0:0':[7389.2,0]|INVALID_VALUE"
          + "|/data/dataSets/0/series/0:0:0/observations/0:0|each of the 1 dimensions",
      "'0':[7389.2,0]|'-0':[7389.2,0]|INVALID_VALUE"
          + "|/data/dataSets/0/series/0:0:0/observations/-0|holds '-0', not an index",
      "'0':[7389.2,0]|'':[7389.2,0]|INVALID_VALUE"
          + "|/data/dataSets/0/series/0:0:0/observations/|holds '', not an index",
      "'0':[7389.2,0],'1'|'0':[7389.2,0],'0'|INVALID_VALUE"
          + "|/data/dataSets/0/series/0:0:0/observations/0|Duplicate Object property \"0\"",
      "'0':[7389.2,0],'1'|'01':[7389.2,0],'01'|INVALID_VALUE"
          + "|/data/dataSets/0/series/0:0:0/observations/01|Duplicate Object property \"01\"",
      "'attributes':[0,0,0],'observations':{'0':[7|'attributes':[0,0,1],'observations':{'0':[7"
          + "|INVALID_VALUE|/data/dataSets/0/series/0:0:0/attributes/2|of its 1 values, not 1",
      "'attributes':[0,0,0],'observations':{'0':[7|'attributes':[0,0,-1],'observations':{'0':[7"
          + "|INVALID_VALUE|/data/dataSets/0/series/0:0:0/attributes/2|of its 1 values, not -1",
      "'structure':0,|'structure':0,'structure':0,|INVALID_VALUE|/data/dataSets/0/structure"
          + "|Duplicate Object property \"structure\"",
      "'attributes':[0,0,0],'observations':{'0':[7|'attributes':[0,0,0],'attributes':[0,0,0],"
          + "'observations':{'0':[7|INVALID_VALUE|/data/dataSets/0/series/0:0:0/attributes"
          + "|Duplicate Object property \"attributes\"",
      "'data':{|'data':{'x':1,'x':2,|INVALID_VALUE|/data/x|Duplicate Object property \"x\"",
      "{'meta':|{'x':1,'x':[],'meta':|INVALID_VALUE|/x|Duplicate Object property \"x\"",
      "'values':[{'id':'A'}]}|'values':[{'id':'A','id':'B'}]}|INVALID_VALUE"
          + "|/data/structures/0/dimensions/series/0/values/0/id|Duplicate Object property \"id\"",
      "'dataSets':[{'structure':0,|'dataSets':[{'structure':0},{'structure':1,|INVALID_VALUE"
          + "|/data/dataSets/1/structure|one of the 1 structures",
  })
  void eachWrongPartIsNamed(String from, String to, Problem problem, String pointer,
      String detail) {
    assertThat(FISCAL).contains(from);
    fails(FISCAL.replace(from, to), problem, pointer, detail);
  }

  @Test
  void aSeriesLayoutWithASecondObservationDimensionIsRefusedByName() {
    String two = FISCAL.replace("{'id':'2024-A1'}]}]}", "{'id':'2024-A1'}]},"
        + "{'id':'SECTOR','values':[{'id':'HH'}]}]}");
    assertThat(two).isNotEqualTo(FISCAL);
    // its keys have two indices: one (a key of the time dimension alone) is not enough
    fails(two, Problem.INVALID_VALUE, "/data/dataSets/0/series/0:0:0/observations/0",
        "the key '0' does not have one index for each of the 2 dimensions");
    String keyed = two.replace("'0':[7389.2,0],'1':['8500',1]", "'0:0':[7389.2,0]");
    assertThat(keyed).isNotEqualTo(two);
    for (SdmxReader reader : List.of(RAW, REMITTANCES)) {
      SdmxException e = thrown(reader, keyed);
      assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED);
      assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/0:0");
      assertThat(e.detail()).isEqualTo(
          "a series layout with observation-level dimensions other than time");
    }
  }

  @Test
  void unknownPartsAreSkippedWhole() {
    SdmxMessage plain = RAW.read(utf8(FISCAL));
    for (String changed : List.of(
        FISCAL.replace("{'meta':", "{'x':{'data':1,'dataSets':[2]},'meta':"),
        FISCAL.replace("'data':{", "'data':{'x':{'dataSets':{'a':1}},"),
        FISCAL.replace("'structure':0,", "'structure':0,'links':[{'series':{'9':1}}],"),
        FISCAL.replace("'0':[7389.2,0]", "'0':[7389.2,0,{'a':[1,{}]},[2]]"),
        FISCAL.replace("'attributes':[0,0,0],'observations':{'0':[7",
            "'annotations':[{'observations':1}],'attributes':[0,0,0],'observations':{'0':[7"))) {
      assertThat(RAW.read(utf8(changed))).as(changed).isEqualTo(plain);
    }
  }

  @Test
  void aSecondDatasetAndASecondStructure() {
    String second = FISCAL.substring(FISCAL.indexOf("{'name':'Workers"),
        FISCAL.indexOf("],'dataSets'")).replace("2023-A1", "2021-A1")
        .replace("'Workers remittances'", "'Other'");
    String two = FISCAL.replace("],'dataSets'", "," + second + "],'dataSets'")
        .replace("}}}}]}}", "}}}},{'structure':1,'series':{'0:0:0':{'observations':{"
            + "'0':[5]}}}}]}}");
    SdmxMessage m = RAW.read(utf8(two));
    assertThat(m.name()).contains("Workers remittances");
    assertThat(m.series()).hasSize(3);
    SdmxSeries last = m.series().get(2);
    assertThat(last.pointer()).isEqualTo("/data/dataSets/1/series/0:0:0");
    assertThat(last.observations().get(0).timePeriod()).isEqualTo("2021-A1");
    assertThat(last.observations().get(0).pointer())
        .isEqualTo("/data/dataSets/1/series/0:0:0/observations/0");
    // a structure named after the series, when it differs, is refused
    fails(two.replace("'structure':1,'series'", "'series'").replace("'0':[5]}}}}]}}",
        "'0':[5]}}},'structure':1}]}}"), Problem.UNSUPPORTED, "/data/dataSets/1/structure",
        "after its series");
    // buffered datasets that are no array
    fails("{'data':{'dataSets':5,'structures':[]}}", Problem.WRONG_TYPE, "/data/dataSets",
        "'dataSets' is an array");
    fails("{'dataSets':{},'structure':{}}", Problem.WRONG_TYPE, "/structure/dimensions",
        "not nothing");
  }

  static final String GROUPS = FISCAL.replace("'observation':[{'id':'OBS_STATUS'",
      "'dimensionGroup':[{'id':'NOTE'},{'id':'OTHER'}],'observation':[{'id':'OBS_STATUS'")
      .replace("'structure':0,", "'structure':0,'dimensionGroupAttributes':{'::1:':['n1',null],"
          + "'::01:':[null,'o1'],':::1':['t1',null],'0:0:0:0':[null,'both']},");

  @Test
  void dimensionGroupAttributesApplyToTheSeriesAndObservationsTheyMatch() {
    SdmxMessage m = RAW.read(utf8(GROUPS));
    SdmxSeries sa = m.series().get(0);
    SdmxSeries w0 = m.series().get(1);
    assertThat(sa.attributes()).doesNotContainKeys("NOTE", "OTHER");
    assertThat(w0.attributes()).containsEntry("NOTE", "n1").containsEntry("OTHER", "o1");
    assertThat(sa.observations().get(0).attributes())
        .isEqualTo(Map.of("OBS_STATUS", "A", "OTHER", "both"));
    assertThat(sa.observations().get(1).attributes())
        .isEqualTo(Map.of("OBS_STATUS", "F", "NOTE", "t1"));
    assertThat(w0.observations().get(0).attributes()).isEmpty();
    assertThat(w0.observations().get(1).attributes()).isEqualTo(Map.of("NOTE", "t1"));
    // the same read as remittance series: the observations keep their statuses
    assertThat(REMITTANCES.readRemittanceSeries(utf8(GROUPS)))
        .isEqualTo(REMITTANCES.readRemittanceSeries(utf8(FISCAL)));
    SdmxException e = thrown(RAW, GROUPS.replace("'::1:'", "'::0000000001:'"));
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.detail()).contains("not an index of COUNTERPART_AREA");
    assertThat(thrown(RAW, GROUPS.replace("'::1:'", "'::2:'")).problem())
        .isEqualTo(Problem.INVALID_VALUE);
  }

  /** Observation attributes of many kinds: every combination keeps its own values. */
  @Test
  void observationAttributesOfManyCombinationsStayApart() {
    StringBuilder attrs = new StringBuilder();
    StringBuilder obs = new StringBuilder();
    StringBuilder times = new StringBuilder();
    int kinds = 21; // 12^21 combinations: more than a long counts
    for (int a = 0; a < kinds; a++) {
      attrs.append(a > 0 ? "," : "").append("{'id':'A").append(a).append("','values':[");
      for (int v = 0; v < 10; v++) {
        attrs.append(v > 0 ? "," : "").append("{'id':'v").append(v).append("'}");
      }
      attrs.append("]}");
    }
    for (int t = 0; t < 40; t++) {
      times.append(t > 0 ? "," : "").append("{'id':'").append(2000 + t).append("'}");
      obs.append(t > 0 ? "," : "").append("'").append(t).append("':[").append(t);
      for (int a = 0; a < kinds; a++) {
        obs.append(',').append((t + a) % 11 == 10 ? "null" : String.valueOf((t + a) % 11));
      }
      obs.append(']');
    }
    for (int shown : new int[] {2, kinds}) {
      String message = "{'data':{'structures':[{'dimensions':{'series':[{'id':'REF_AREA',"
          + "'values':[{'id':'PK'}]}],'observation':[{'id':'TIME_PERIOD','values':[" + times
          + "]}]},'attributes':{'observation':[" + attrs + "]}}],'dataSets':[{'series':{'0':{"
          + "'observations':{" + obs + "}}}}]}}";
      if (shown == 2) {
        // two attributes with ten values each: a number names each combination
        message = message.replace("{'id':'A2'", "{'id':'B2'");
      }
      SdmxSeries s = RAW.read(utf8(message)).series().get(0);
      assertThat(s.observations()).hasSize(40);
      for (int t = 0; t < 40; t++) {
        Map<String, String> a = s.observations().get(t).attributes();
        for (int k = 0; k < kinds; k++) {
          int v = (t + k) % 11;
          String id = (shown == 2 && k == 2 ? "B" : "A") + k;
          if (v == 10) {
            assertThat(a).doesNotContainKey(id);
          } else {
            assertThat(a).containsEntry(id, "v" + v);
          }
        }
      }
    }
  }

  /** A flat message with time first and many series dimensions. */
  @ParameterizedTest
  @ValueSource(ints = {1, 19})
  void flatObservationsGroupIntoTheirSeries(int extra) {
    StringBuilder dims = new StringBuilder("{'id':'TIME_PERIOD','values':[{'id':'2020'},"
        + "{'id':'2021'}]},{'id':'REF_AREA','values':[{'id':'PK'},{'id':'IN'}]}");
    StringBuilder zeros = new StringBuilder();
    for (int d = 0; d < extra; d++) {
      dims.append(",{'id':'D").append(d).append("','values':[");
      for (int v = 0; v < 10; v++) {
        dims.append(v > 0 ? "," : "").append("{'id':'x").append(v).append("'}");
      }
      dims.append("]}");
      zeros.append(":").append(d == 0 ? "9" : "0");
    }
    String message = "{'meta':{'prepared':'2025-06'},'data':{'structures':[{'dimensions':{"
        + "'observation':[" + dims + "]},'attributes':{'dataSet':[{'id':'UNIT_MEASURE',"
        + "'values':[{'id':'USD'}]}],'observation':[{'id':'OBS_STATUS','values':[{'id':'A'},"
        + "{'id':'X'}]}]}}],'dataSets':[{'attributes':[0],'observations':{"
        + "'0:0" + zeros + "':[1,0],'1:1" + zeros + "':[2,0],'1:0" + zeros + "':[3,0],"
        + "'0:01" + zeros + "':[4]}}]}}";
    List<SdmxSeries> series = RAW.read(utf8(message)).series();
    assertThat(series).extracting(s -> s.key().get("REF_AREA")).containsExactly("PK", "IN");
    assertThat(series.get(0).key()).containsEntry("D0", "x9");
    assertThat(series.get(0).observations()).extracting(SdmxObservation::timePeriod)
        .containsExactly("2020", "2021");
    assertThat(series.get(1).observations()).extracting(SdmxObservation::pointer)
        .containsExactly("/data/dataSets/0/observations/1:1" + zeros,
            "/data/dataSets/0/observations/0:01" + zeros);
    List<RemittanceSeries> rs = REMITTANCES.readRemittanceSeries(utf8(message));
    assertThat(rs).extracting(RemittanceSeries::reporter)
        .containsExactly(CountryCode.of("PAK"), CountryCode.of("IND"));
    assertThat(rs.get(1).observations()).extracting(o -> o.value())
        .containsExactly(new BigDecimal("4"), new BigDecimal("2"));
    assertThat(rs.get(0).sources().get(0).published()).isEmpty();
    assertThat(rs.get(0).sources().get(0).title()).contains("SDMX data message");
    SdmxException e = thrown(REMITTANCES, message.replace("'1:1" + zeros + "':[2,0]",
        "'1:1" + zeros + "':[2,1]"));
    assertThat(e.pointer()).isEqualTo("/data/dataSets/0/observations/1:1" + zeros);
    assertThat(thrown(REMITTANCES, message.replace("'0:01" + zeros + "':[4]",
        "'0:01" + zeros + "':[4,1]")).pointer())
        .isEqualTo("/data/dataSets/0/observations/0:01" + zeros);
    SdmxException twice = thrown(RAW, message.replace("'1:0" + zeros + "'", "'1:1" + zeros
        + "'"));
    assertThat(twice.detail()).startsWith("Duplicate Object property");
    assertThat(thrown(RAW, message.replace("'observations':{", "'observations':[{")).problem())
        .isEqualTo(Problem.MALFORMED_JSON);
    assertThat(thrown(RAW, message.replace("'observations':{'0:0" + zeros + "':[1,0],",
        "'observations':7,'x':{")).pointer()).isEqualTo("/data/dataSets/0/observations");
  }

  @Test
  void manyObservationsWithKeysWrittenOtherwise() {
    StringBuilder times = new StringBuilder();
    StringBuilder obs = new StringBuilder();
    for (int t = 0; t < 40; t++) {
      times.append(t > 0 ? "," : "").append("{'id':'").append(2000 + t).append("'}");
      obs.append(t > 0 ? "," : "").append(t == 35 ? "'035'" : "'" + t + "'").append(":[")
          .append(t).append(']');
    }
    String message = "{'data':{'structures':[{'dimensions':{'series':[{'id':'REF_AREA',"
        + "'values':[{'id':'PK'}]}],'observation':[{'id':'TIME_PERIOD','values':[" + times
        + "]}]}}],'dataSets':[{'series':{'0':{'observations':{" + obs + "}}}}]}}";
    SdmxSeries s = RAW.read(utf8(message)).series().get(0);
    assertThat(s.observations()).hasSize(40);
    assertThat(s.observations().get(35).pointer())
        .isEqualTo("/data/dataSets/0/series/0/observations/035");
    assertThat(s.observations().get(36).pointer())
        .isEqualTo("/data/dataSets/0/series/0/observations/36");
  }

  @Test
  void theSourceSaysWhatTheMessageSaysOfItself() {
    String noName = FISCAL.replace("'name':'Workers remittances',", "");
    RemittanceSeries s = REMITTANCES.readRemittanceSeries(utf8(noName)).get(0);
    assertThat(s.sources().get(0).title()).contains("SDMX data message T1");
    assertThat(s.sources().get(0).publisher()).contains("State Bank of Pakistan");
    assertThat(s.sources().get(0).published()).isPresent();
    RemittanceSeries localized = REMITTANCES.readRemittanceSeries(utf8(noName
        .replace("'id':'T1'", "'id':' '").replace("'name':'State Bank of Pakistan'",
            "'name':{'fr':'Banque','en':'State Bank'}"))).get(0);
    assertThat(localized.sources().get(0).title()).contains("SDMX data message");
    assertThat(localized.sources().get(0).publisher()).contains("State Bank");
    RemittanceSeries short9 = REMITTANCES.readRemittanceSeries(utf8(FISCAL.replace(
        "'2025-06-21T00:00:00Z'", "'2025-06-2'"))).get(0);
    assertThat(short9.sources().get(0).published()).isEmpty();
    RemittanceSeries ten = REMITTANCES.readRemittanceSeries(utf8(FISCAL.replace(
        "'2025-06-21T00:00:00Z'", "'2025-06-21'"))).get(0);
    assertThat(ten.sources().get(0).published()).isPresent();
    RemittanceSeries senderId = REMITTANCES.readRemittanceSeries(utf8(FISCAL.replace(
        "'name':'State Bank of Pakistan'", "'name':7"))).get(0);
    assertThat(senderId.sources().get(0).publisher()).contains("SBP");
  }

  @Test
  void aMessageReadBeforeTurnsIntoTheSameSeries() {
    SdmxMessage m = RAW.read(utf8(FISCAL.replace("{'id':'PK'}", "{'id':'Q9'}")));
    assertThatThrownBy(() -> REMITTANCES.toRemittanceSeries(m))
        .isInstanceOfSatisfying(SdmxException.class, e ->
            assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0"));
    SdmxMessage status = RAW.read(utf8(FISCAL.replace("{'id':'F'}", "{'id':'X'}")));
    assertThatThrownBy(() -> REMITTANCES.toRemittanceSeries(status))
        .isInstanceOfSatisfying(SdmxException.class, e ->
            assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/1"));
  }

  @Test
  void observationsMayHaveTheirOwnReportingYearAndMultiplier() {
    String own = FISCAL.replace("'observation':[{'id':'OBS_STATUS','values':[{'id':'A'},"
        + "{'id':'F'}]}]", "'observation':[{'id':'OBS_STATUS','values':[{'id':'A'},"
        + "{'id':'F'}]},{'id':'REPORTING_YEAR_START_DAY','values':[{'id':'--04-01'},"
        + "{'id':'--04-15'}]},{'id':'UNIT_MULT','values':[{'id':'6'},{'id':'3'}]}]");
    RemittanceSeries s = REMITTANCES.readRemittanceSeries(utf8(own.replace("'0':[7389.2,0]",
        "'0':[7389.2,0,0,0]"))).get(0);
    assertThat(s.frequency()).isEqualTo(Frequency.IRREGULAR);
    assertThat(s.observations().get(0).period()).isEqualTo(Period.ofFiscalYear(2024,
        Month.APRIL));
    SdmxException mid = thrown(REMITTANCES, own.replace("'0':[7389.2,0]", "'0':[7389.2,0,1]"));
    assertThat(mid.problem()).isEqualTo(Problem.UNSUPPORTED);
    assertThat(mid.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/0");
    SdmxException mult = thrown(REMITTANCES, own.replace("'0':[7389.2,0]",
        "'0':[7389.2,0,null,1]"));
    assertThat(mult.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/0");
    assertThat(mult.detail()).contains("differs from the series' 6");
    // the same multiplier is no difference
    assertThat(REMITTANCES.readRemittanceSeries(utf8(own.replace("'0':[7389.2,0]",
        "'0':[7389.2,0,null,0]")))).isEqualTo(REMITTANCES.readRemittanceSeries(utf8(FISCAL)));
  }

  @ParameterizedTest
  @CsvSource({"A,7,fiscal", "A,1,A", "Q,7,I", "Q,1,Q", "M,1,M", "D,1,I"})
  void seriesWithoutObservationsTakeTheirFrequencyFromFreq(String freq, int month,
      String expected) {
    String message = FISCAL.replace("{'id':'A'}]}", "{'id':'" + freq + "'}]}")
        .replace("'--07-01'", String.format("'--%02d-01'", month))
        .replace("'0':[30251.3],'1':[null]", "'0':[null]");
    Frequency f = REMITTANCES.readRemittanceSeries(utf8(message)).get(1).frequency();
    assertThat(f).isEqualTo(switch (expected) {
      case "fiscal" -> Frequency.fiscalYear(Month.JULY);
      case "A" -> Frequency.ANNUAL;
      case "Q" -> Frequency.QUARTERLY;
      case "M" -> Frequency.MONTHLY;
      default -> Frequency.IRREGULAR;
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'id':'PK'}|{'id':'XK'}|", "{'id':'PK'}|{'id':'pk'}|UNSUPPORTED",
      "{'id':'PK'}|{'id':'P'}|UNSUPPORTED", "{'id':'PK'}|{'id':'QQ'}|UNSUPPORTED",
      "{'id':'USD'}|{'id':'usd'}|UNSUPPORTED", "{'id':'USD'}|{'id':'US'}|UNSUPPORTED",
      "{'id':'USD'}|{'id':'EUR'}|", "{'id':'6'}|{'id':'18'}|", "{'id':'6'}|{'id':'0'}|",
      "{'id':'6'}|{'id':'19'}|UNSUPPORTED", "{'id':'6'}|{'id':'-1'}|UNSUPPORTED",
      "{'id':'6'}|{'id':'1234'}|INVALID_VALUE",
      "'--07-01'|'--12-01'|", "'--07-01'|'--13-01'|INVALID_VALUE",
      "'--07-01'|'--00-01'|INVALID_VALUE", "'--07-01'|'--07-00'|INVALID_VALUE",
      "'--07-01'|'--07-32'|INVALID_VALUE", "'--07-01'|'--07-31'|UNSUPPORTED",
      "'--07-01'|'--1-01'|INVALID_VALUE", "'--07-01'|'-- 7-01'|INVALID_VALUE",
  })
  void codesAtTheirLimits(String from, String to, String problem) {
    String message = FISCAL.replace(from, to);
    if (problem == null) {
      assertThat(REMITTANCES.readRemittanceSeries(utf8(message))).hasSize(2);
    } else {
      SdmxException e = thrown(REMITTANCES, message);
      assertThat(e.problem()).as(e.getMessage()).isEqualTo(Problem.valueOf(problem));
      assertThat(e.pointer()).startsWith("/data/dataSets/0/series/0:0:0");
    }
  }

  @Test
  void attributeSlotsBeyondTheComponentsAndMeasuresBeforeThem() {
    SdmxMessage plain = RAW.read(utf8(FISCAL));
    assertThat(RAW.read(utf8(FISCAL.replace("'attributes':[0,0,0],'observations':{'0':[7",
        "'attributes':[0,0,0,'more',9],'observations':{'0':[7")))).isEqualTo(plain);
    SdmxSeries fewer = RAW.read(utf8(FISCAL.replace("'attributes':[0,0,0],'observations':"
        + "{'0':[7", "'attributes':[0],'observations':{'0':[7"))).series().get(0);
    assertThat(fewer.attributes()).containsOnlyKeys("UNIT_MULT");
    assertThat(RAW.read(utf8(FISCAL.replace("'attributes':[0,0,0],'observations':{'0':[7",
        "'attributes':null,'observations':{'0':[7")))).isNotEqualTo(plain);
    String two = FISCAL.replace("'attributes':{'series'", "'measures':{'observation':[{'id':"
        + "'OBS_VALUE'},{'id':'OTHER'}]},'attributes':{'series'")
        .replace("'0':[7389.2,0]", "'0':[7389.2,99,1]");
    SdmxObservation first = RAW.read(utf8(two)).series().get(0).observations().get(0);
    assertThat(first.value()).contains(new BigDecimal("7389.2"));
    assertThat(first.attributes()).isEqualTo(Map.of("OBS_STATUS", "F"));
    for (String other : List.of("'measures':{'observation':{}}", "'measures':[]")) {
      String one = FISCAL.replace("'attributes':{'series'", other + ",'attributes':{'series'");
      assertThat(RAW.read(utf8(one))).as(other).isEqualTo(plain);
    }
    String none = FISCAL.replace("'attributes':{'series'", "'measures':{'observation':[]},"
        + "'attributes':{'series'").replace("'0':[7389.2,0],'1':['8500',1]", "'0':[1],'1':[0]")
        .replace("'0':[30251.3],'1':[null]", "'0':[null]");
    SdmxObservation noValue = RAW.read(utf8(none)).series().get(0).observations().get(0);
    assertThat(noValue.value()).isEmpty();
    assertThat(noValue.attributes()).isEqualTo(Map.of("OBS_STATUS", "F"));
    SdmxSeries nine = RAW.read(utf8(FISCAL.replace("'0:0:1'", "'0:0:000000001'"))).series()
        .get(1);
    assertThat(nine.pointer()).isEqualTo("/data/dataSets/0/series/0:0:000000001");
    assertThat(nine.key()).containsEntry("COUNTERPART_AREA", "W0");
  }

  @Test
  void kosovoAndCurrenciesInTheKey() {
    assertThat(REMITTANCES.readRemittanceSeries(utf8(FISCAL.replace("{'id':'PK'}",
        "{'id':'XK'}"))).get(0).reporter()).isEqualTo(CountryCode.of("XKX"));
    String inKey = FISCAL.replace("{'id':'UNIT_MEASURE','values':[{'id':'USD'}]},", "")
        .replace("'attributes':[0,0,0]", "'attributes':[0,0]")
        .replace("{'id':'FREQ','keyPosition':0,'values':[{'id':'A'}]}",
            "{'id':'FREQ','keyPosition':0,'values':[{'id':'A'}]},{'id':'CURRENCY',"
                + "'values':[{'id':'EUR'}]}")
        .replace("'0:0:0'", "'0:0:0:0'").replace("'0:0:1'", "'0:0:0:1'");
    RemittanceSeries s = REMITTANCES.readRemittanceSeries(utf8(inKey)).get(0);
    assertThat(s.currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(s.id().value()).isEqualTo("sdmx-a-eur-pk-sa");
  }

  @ParameterizedTest
  @CsvSource({"2019-S2,2019-07..2019-12", "2019-T3,2019-09..2019-12", "2019-Q4,2019-10..2019-12",
      "2019-M12,2019-12..2019-12", "2019-M01,2019-01..2019-01", "2024-07/P1Y,2024-07..2025-06",
      "2024-12-01/P1M,2024-12..2024-12", "2024-02-29/P1M,",
      "2019-S3,", "2019-T4,", "2019-Q5,", "2019-M13,", "2019-M00,", "2019-A0,", "2019-A2,",
      "0000-01/P1M,", "2024-13/P1M,", "2023-02-29/P1M,", "2024-00-01/P1M,", "2024-01-00/P1M,",
      "2024-01-32/P1M,", "2024-01/P9999Y,", "2024-01/P0Y0M,", "2024-01/P1D,"})
  void periodsAtTheirBounds(String id, String months) {
    if (months == null) {
      assertThatThrownBy(() -> SdmxReader.period(id, Month.JANUARY, "/x"))
          .isInstanceOfSatisfying(SdmxException.class, e ->
              assertThat(e.pointer()).isEqualTo("/x"));
    } else {
      Period p = SdmxReader.period(id, Month.JANUARY, "/x");
      String[] ends = months.split("\\.\\.");
      assertThat(p.start().toString()).startsWith(ends[0]);
      assertThat(p.end().toString()).startsWith(ends[1]);
    }
  }

  @Test
  void abbreviationsKeepFortyCharacters() {
    assertThat(org.migov.io.internal.Tokens.abbreviate("x".repeat(40))).isEqualTo("x".repeat(40));
    assertThat(org.migov.io.internal.Tokens.abbreviate("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
    String pair = "x".repeat(39) + "\uD83D\uDE00" + "y";
    assertThat(org.migov.io.internal.Tokens.abbreviate(pair)).isEqualTo("x".repeat(39) + "…");
  }

  @Test
  void messagesSayTheLineWhereKnown() {
    SdmxException streamed = thrown(RAW, FISCAL.replace("'0:0:1'", "'0:0:9'"));
    assertThat(streamed.getMessage()).contains("(line 1, column ");
    SdmxException after = thrown(RAW, FISCAL.replace("{'id':'PK'}", "[]"));
    assertThat(after.line()).isEqualTo(-1);
    assertThat(after.getMessage()).doesNotContain("(line");
    SdmxException broken = thrown(RAW, FISCAL.replace(",'data':", ",\n'data':").replace(
        "'0:0:1':{", "'0:0:1'{"));
    assertThat(broken.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(broken.line()).isEqualTo(2);
    assertThat(broken.column()).isPositive();
    assertThat(broken.pointer()).isEqualTo("/data/dataSets/0/series/0:0:1");
    assertThat(broken.detail()).doesNotContain("\n").doesNotContain("[Source");
    assertThat(thrown(RAW, "1 2").problem()).isEqualTo(Problem.TRAILING_CONTENT);
    assertThat(thrown(RAW, "{} {}").problem()).isEqualTo(Problem.TRAILING_CONTENT);
    assertThat(thrown(RAW, "{}").problem()).isEqualTo(Problem.WRONG_TYPE);
    SdmxException tree = thrown(RAW, FISCAL.replace("{'meta':{'id':'T1',",
        "{'meta':{'id':'T1','id':'T2',"));
    assertThat(tree.detail()).isEqualTo("Duplicate Object property \"id\"");
    assertThat(tree.pointer()).isEqualTo("/meta/id");
  }

  @Test
  void valuesOfComponentsInTheirOtherForms() {
    String forms = FISCAL.replace("'values':[{'id':'2023-A1'},{'id':'2024-A1'}]",
        "'values':['2023-A1',{'name':{'en':'2024-A1'}}]")
        .replace("'values':[{'id':'PK'}]", "'values':[{'value':'PK'}]")
        .replace("'observation':[{'id':'OBS_STATUS','values':[{'id':'A'},{'id':'F'}]}]",
            "'observation':[{'id':'OBS_STATUS','values':[{'id':'A'},{'id':'F'}]},"
                + "{'id':'NOTE'}]")
        .replace("'0':[7389.2,0]", "'0':[7389.2,0,{'de':'x','fr':'y'}]")
        .replace("'1':['8500',1]", "'1':['8500',1,[1,true,'z',{'en':'e'}]]");
    SdmxSeries s = RAW.read(utf8(forms)).series().get(0);
    assertThat(s.key()).containsEntry("REF_AREA", "PK");
    assertThat(s.observations()).extracting(SdmxObservation::timePeriod)
        .containsExactly("2023-A1", "2024-A1");
    assertThat(s.observations().get(0).attributes()).containsEntry("NOTE", "x");
    assertThat(s.observations().get(1).attributes()).containsEntry("NOTE", "1; true; z; e");
    fails(forms.replace("{'value':'PK'}", "{'x':'PK'}"), Problem.WRONG_TYPE,
        "/data/structures/0/dimensions/series/1/values/0", "has an 'id'");
    fails(forms.replace("{'value':'PK'}", "true"), Problem.WRONG_TYPE,
        "/data/structures/0/dimensions/series/1/values/0", "an object with an 'id'");
    assertThat(RAW.read(utf8(forms.replace("{'value':'PK'}", "5"))).series().get(0).key())
        .containsEntry("REF_AREA", "5");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a plain decimal is read from its digits; others by Jackson; strings as decimals
      "7389.25|true", "7389.253|false", "-0.001|false", "-0.01|true", "7e2|true", "7e-3|false",
      "7E+300|false", "'7389.253'|false", "'7389.25'|true", "12345678901234567.5|true",
      "1234567890123456789.123|false"})
  void aValueWhoseExponentIsBeyondTheLimitIsRefusedByItsPointer(String value, boolean read) {
    SdmxReader two = SdmxReader.builder().maxExponent(2)
        .measure(org.migov.model.RemittanceMeasure.WORKERS_REMITTANCES)
        .direction(org.migov.model.FlowDirection.INFLOW).build();
    String message = FISCAL.replace("'0':[7389.2,0]", "'0':[" + value + ",0]");
    assertThat(message).isNotEqualTo(FISCAL);
    if (read) {
      List<RemittanceSeries> series = two.readRemittanceSeries(utf8(message));
      assertThat(series.get(0).observations().get(0).value())
          .isEqualTo(new BigDecimal(value.replace("'", "")));
      assertThat(two.read(utf8(message)).series().get(0).observations().get(0).value())
          .contains(new BigDecimal(value.replace("'", "")));
    } else {
      for (boolean remittances : new boolean[] {true, false}) {
        SdmxException e = org.assertj.core.api.Assertions.catchThrowableOfType(
            SdmxException.class, () -> {
              if (remittances) {
                two.readRemittanceSeries(utf8(message));
              } else {
                two.read(utf8(message));
              }
            });
        assertThat(e).as(value).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/0/0");
        assertThat(e.detail()).isEqualTo("the number's exponent is beyond 2 either way");
      }
    }
  }

  @Test
  void anAttributeIndexWrittenAsMinusZeroIsTheFirstValue() {
    String minusZero = FISCAL.replace("'0':[7389.2,0]", "'0':[7389.2,-0]");
    assertThat(minusZero).isNotEqualTo(FISCAL);
    assertThat(RAW.read(utf8(minusZero))).isEqualTo(RAW.read(utf8(FISCAL)));
    assertThat(REMITTANCES.readRemittanceSeries(utf8(minusZero)))
        .isEqualTo(REMITTANCES.readRemittanceSeries(utf8(FISCAL)));
  }

  @Test
  void anObservationConvertedAsReadIsNamedByItsKeyAsWrittenAndTheNextByItsOwn() {
    // FISCAL's first series, its first key written with a leading zero
    String written = FISCAL.replace("'observations':{'0':[7389.2,0],'1':['8500',1]}",
        "'observations':{'00':[7389.2,2],'1':['8500',1]}");
    assertThat(written).isNotEqualTo(FISCAL);
    SdmxException first = thrown(REMITTANCES, written);
    assertThat(first.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(first.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/00/1");
    SdmxException next = thrown(REMITTANCES, written.replace("'00':[7389.2,2]",
        "'00':[7389.2,0]").replace("{'id':'2024-A1'}", "{'id':'2024-W01'}"));
    assertThat(next.problem()).isEqualTo(Problem.UNSUPPORTED);
    assertThat(next.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/1");
    SdmxException itself = thrown(REMITTANCES, written.replace("'00':[7389.2,2]",
        "'00':[7389.2,0]").replace("{'id':'2023-A1'}", "{'id':'2023-W01'}"));
    assertThat(itself.pointer()).isEqualTo("/data/dataSets/0/series/0:0:0/observations/00");
    assertThat(itself.detail()).isEqualTo(
        "TIME_PERIOD 2023-W01 is a reporting week: migov's periods are whole months");
  }

  @Test
  void observationAttributesOfManyCombinationsAreEachTheirOwn() {
    // two coded attributes of 70 values each: 5,184 combinations with the absent ones
    StringBuilder values = new StringBuilder();
    for (int v = 0; v < 70; v++) {
      values.append(v > 0 ? "," : "").append("{'id':'V").append(v).append("'}");
    }
    String message = FISCAL.replace("'observation':[{'id':'OBS_STATUS','values':[{'id':'A'},"
        + "{'id':'F'}]}]", "'observation':[{'id':'OBS_STATUS','values':[{'id':'A'},{'id':'F'}]},"
        + "{'id':'X1','values':[" + values + "]},{'id':'X2','values':[" + values + "]}]")
        .replace("'0':[7389.2,0]", "'0':[7389.2,0,69,3]")
        .replace("'1':['8500',1]", "'1':['8500',1,4,null]");
    assertThat(message).contains("'X2'").contains("[7389.2,0,69,3]").contains("1,4,null]");
    List<SdmxObservation> read = RAW.read(utf8(message)).series().get(0).observations();
    assertThat(read).extracting(SdmxObservation::attributes).containsExactly(
        Map.of("OBS_STATUS", "A", "X1", "V69", "X2", "V3"),
        Map.of("OBS_STATUS", "F", "X1", "V4"));
    assertThat(REMITTANCES.readRemittanceSeries(utf8(message)))
        .isEqualTo(REMITTANCES.readRemittanceSeries(utf8(FISCAL)));
  }
}
