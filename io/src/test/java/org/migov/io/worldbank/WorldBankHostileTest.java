package org.migov.io.worldbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.io.worldbank.WorldBankException.Problem;

/**
 * A hostile corpus of World Bank responses: each document fails with a {@link WorldBankException}
 * of the expected kind, with a location, and nothing else escapes.
 */
class WorldBankHostileTest {
  static final String HEAD = "{'page':1,'pages':1,'per_page':50,'total':1,'sourceid':'2',"
      + "'sourcename':'WDI','lastupdated':'2024-12-16'}";
  static final String ROW = "{'indicator':{'id':'BX.TRF.PWKR.CD.DT','value':'Personal "
      + "remittances, received (current US$)'},'country':{'id':'PK','value':'Pakistan'},"
      + "'countryiso3code':'PAK','date':'2023','value':27000000000,'unit':'','obs_status':'',"
      + "'decimal':0}";

  static String page(String row) {
    return "[" + HEAD + ",[" + row + "]]";
  }

  static Arguments doc(String name, String text, Problem problem) {
    return Arguments.of(name, text.replace('\'', '"'), problem);
  }

  static Stream<Arguments> corpus() {
    List<Arguments> c = new ArrayList<>();
    c.add(doc("empty", "", Problem.EMPTY_INPUT));
    c.add(doc("blank", "  \n ", Problem.EMPTY_INPUT));
    c.add(doc("not json", "<html>error</html>", Problem.MALFORMED_JSON));
    c.add(doc("object at top", "{}", Problem.WRONG_TYPE));
    c.add(doc("string at top", "'x'", Problem.WRONG_TYPE));
    c.add(doc("empty array", "[]", Problem.WRONG_TYPE));
    c.add(doc("truncated", page(ROW).substring(0, 120), Problem.MALFORMED_JSON));
    c.add(doc("truncated in row", page(ROW).substring(0, 200), Problem.MALFORMED_JSON));
    c.add(doc("trailing", page(ROW) + "[]", Problem.TRAILING_CONTENT));
    c.add(doc("three elements", "[" + HEAD + ",[],[]]", Problem.WRONG_TYPE));
    c.add(doc("rows not array", "[" + HEAD + ",{}]", Problem.WRONG_TYPE));
    c.add(doc("row not object", "[" + HEAD + ",[1]]", Problem.WRONG_TYPE));
    c.add(doc("paging lacks page", "[{'pages':1,'per_page':50,'total':1},[]]",
        Problem.WRONG_TYPE));
    c.add(doc("negative page", page(ROW).replace("'page':1", "'page':-1"),
        Problem.INVALID_VALUE));
    c.add(doc("page beyond pages", page(ROW).replace("'page':1", "'page':9"),
        Problem.INVALID_VALUE));
    c.add(doc("page as float", page(ROW).replace("'page':1", "'page':1.5"),
        Problem.INVALID_VALUE));
    c.add(doc("page as words", page(ROW).replace("'page':1", "'page':'one'"),
        Problem.INVALID_VALUE));
    c.add(doc("page as object", page(ROW).replace("'page':1", "'page':{}"),
        Problem.WRONG_TYPE));
    c.add(doc("duplicate key", page(ROW).replace("'date':'2023'", "'date':'2023','date':'2022'"),
        Problem.INVALID_VALUE));
    c.add(doc("duplicate key in indicator", page(ROW.replace("'id':'BX.TRF.PWKR.CD.DT'",
        "'id':'BX.TRF.PWKR.CD.DT','id':'BM.TRF.PWKR.CD.DT'")), Problem.INVALID_VALUE));
    c.add(doc("duplicate unknown key", page(ROW.replace("'date':'2023'",
        "'date':'2023','extra':1,'extra':2")), Problem.INVALID_VALUE));
    c.add(doc("duplicate key in unknown value", page(ROW.replace("'date':'2023'",
        "'date':'2023','extra':[{'a':1},{'b':[{'a':1,'a':2}]}]")), Problem.INVALID_VALUE));
    c.add(doc("no indicator", page(ROW.replace("'indicator':{'id':'BX.TRF.PWKR.CD.DT','value':"
        + "'Personal remittances, received (current US$)'},", "")), Problem.WRONG_TYPE));
    c.add(doc("indicator string", page(ROW.replaceFirst("\\{'id':'BX[^}]*\\}", "'BX'")),
        Problem.WRONG_TYPE));
    c.add(doc("no date", page(ROW.replace("'date':'2023',", "")), Problem.WRONG_TYPE));
    c.add(doc("date number", page(ROW.replace("'date':'2023'", "'date':2023")),
        Problem.WRONG_TYPE));
    c.add(doc("date null", page(ROW.replace("'date':'2023'", "'date':null")),
        Problem.WRONG_TYPE));
    c.add(doc("date words", page(ROW.replace("'2023'", "'last year'")), Problem.INVALID_VALUE));
    c.add(doc("date year 0", page(ROW.replace("'2023'", "'0000'")), Problem.INVALID_VALUE));
    c.add(doc("date Q5", page(ROW.replace("'2023'", "'2023Q5'")), Problem.INVALID_VALUE));
    c.add(doc("date M00", page(ROW.replace("'2023'", "'2023M00'")), Problem.INVALID_VALUE));
    c.add(doc("date with day", page(ROW.replace("'2023'", "'2023-01-01'")),
        Problem.INVALID_VALUE));
    c.add(doc("date range", page(ROW.replace("'2023'", "'2020:2023'")), Problem.INVALID_VALUE));
    c.add(doc("no value", page(ROW.replace("'value':27000000000,", "")), Problem.WRONG_TYPE));
    c.add(doc("value boolean", page(ROW.replace("27000000000", "true")), Problem.WRONG_TYPE));
    c.add(doc("value object", page(ROW.replace("27000000000", "{}")), Problem.WRONG_TYPE));
    c.add(doc("value words", page(ROW.replace("27000000000", "'lots'")), Problem.INVALID_VALUE));
    c.add(doc("value NaN string", page(ROW.replace("27000000000", "'NaN'")),
        Problem.INVALID_VALUE));
    c.add(doc("value NaN", page(ROW.replace("27000000000", "NaN")), Problem.MALFORMED_JSON));
    c.add(doc("value huge exponent", page(ROW.replace("27000000000", "1e999999999")),
        Problem.LIMIT_EXCEEDED));
    c.add(doc("value tiny exponent", page(ROW.replace("27000000000", "1e-999999999")),
        Problem.LIMIT_EXCEEDED));
    c.add(doc("value long", page(ROW.replace("27000000000", "1".repeat(200))),
        Problem.LIMIT_EXCEEDED));
    c.add(doc("value string long exponent", page(ROW.replace("27000000000", "'1e9999'")),
        Problem.LIMIT_EXCEEDED));
    c.add(doc("status unknown", page(ROW.replace("'obs_status':''", "'obs_status':'Q'")),
        Problem.INVALID_VALUE));
    c.add(doc("status array", page(ROW.replace("'obs_status':''", "'obs_status':[]")),
        Problem.WRONG_TYPE));
    c.add(doc("unknown indicator", page(ROW.replace("BX.TRF.PWKR.CD.DT", "XX.YY")),
        Problem.UNKNOWN_INDICATOR));
    c.add(doc("percent of GDP", page(ROW.replace("BX.TRF.PWKR.CD.DT", "BX.TRF.PWKR.DT.GD.ZS")),
        Problem.UNKNOWN_INDICATOR));
    c.add(doc("deep nesting", "[{'a':" + "[".repeat(100) + "]".repeat(100) + "}]",
        Problem.LIMIT_EXCEEDED));
    c.add(doc("long string", page(ROW.replace("Pakistan", "P".repeat(200_000))),
        Problem.LIMIT_EXCEEDED));
    c.add(doc("more rows than per_page", page(ROW + "," + ROW.replace("2023", "2022"))
        .replace("'per_page':50", "'per_page':1"), Problem.PAGES_DISAGREE));
    c.add(doc("same period twice, other value", page(ROW + "," + ROW.replace("27000000000",
        "1")), Problem.PAGES_DISAGREE));
    c.add(doc("country renamed", page(ROW + "," + ROW.replace("2023", "2022")
        .replace("'Pakistan'", "'Pakistan2'")), Problem.PAGES_DISAGREE));
    c.add(doc("error body", "[{'message':[{'id':'175','key':'Invalid format','value':'The "
        + "indicator was not found'}]}]", Problem.API_ERROR));
    c.add(doc("error body without messages", "[{'message':'x'}]", Problem.WRONG_TYPE));
    c.add(doc("bad lastupdated", page(ROW).replace("2024-12-16", "yesterday"),
        Problem.INVALID_VALUE));
    c.add(doc("control character", "[{'a':'\u0000'}]", Problem.MALFORMED_JSON));
    c.add(doc("mixed date kinds then duplicate", page(ROW + "," + ROW.replace("'2023'",
        "'2023Q1'") + "," + ROW.replace("'2023'", "'2023Q1'").replace("27000000000", "2")),
        Problem.PAGES_DISAGREE));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void hostileDocumentFailsWithItsProblemAndALocation(String name, String text, Problem problem) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> WorldBankReader.defaults().read(bytes))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
          assertThat(e.page()).isEqualTo(problem == Problem.MODEL_VIOLATION ? -1 : 1);
          assertThat(e.getMessage()).contains(e.detail());
          if (!name.equals("bad lastupdated")) {
            assertThat(e.line()).as(e.getMessage()).isPositive();
          }
        });
  }

  @org.junit.jupiter.api.Test
  void theCorpusHoldsAtLeastFortyDocuments() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
  }
}
