package org.migov.io.worldbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migov.io.worldbank.WorldBankReaderTest.page;
import static org.migov.io.worldbank.WorldBankReaderTest.row;
import static org.migov.io.worldbank.WorldBankReaderTest.utf8;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.io.ClosingRecorder;
import org.migov.io.worldbank.WorldBankException.Problem;
import org.migov.model.FlowDirection;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.Period;
import org.migov.model.RemittanceMeasure;

/**
 * The details of reading World Bank pages at their edges: counts given as strings, dates that
 * are not digits, quoted text cut at 40 characters, exponents at the limit, pages that disagree
 * only in a status, and what the messages say.
 */
class WorldBankDetailsTest {
  static final WorldBankReader DEFAULTS = WorldBankReader.defaults();

  static String pakistan(String date, String value, String status) {
    return row("PK", "PAK", "Pakistan", "BX.TRF.PWKR.CD.DT", date, value, status);
  }

  static byte[] paging(String paging, String... rows) {
    return utf8("[{" + paging + ",'sourceid':'2','lastupdated':'2024-12-16'},["
        + String.join(",", rows) + "]]");
  }

  static WorldBankException failure(WorldBankReader reader, byte[]... pages) {
    try {
      reader.read(pages);
    } catch (WorldBankException e) {
      return e;
    }
    throw new AssertionError("the pages were read without an error");
  }

  @Test
  void countsMayBeStringsOfDigitsUpToEighteen() {
    WorldBankResult r = DEFAULTS.read(paging(
        "'page':'1','pages':'1','per_page':'90','total':'100000000000000000'",
        pakistan("2023", "1", ""), pakistan("2022", "2", "")));
    assertThat(r.series()).hasSize(1);
    assertThat(r.series().get(0).observations()).containsExactly(
        Observation.of(Period.ofYear(2022), new BigDecimal("2")),
        Observation.of(Period.ofYear(2023), new BigDecimal("1")));
    WorldBankException tooLong = failure(DEFAULTS, paging(
        "'page':1,'pages':1,'per_page':50,'total':'1000000000000000000'",
        pakistan("2023", "1", "")));
    assertThat(tooLong.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(tooLong.pointer()).isEqualTo("/0/total");
    assertThat(tooLong.detail()).isEqualTo("'total' is \"1000000000000000000\", not a count");
  }

  @Test
  void aPerPageGivenAsAStringBoundsTheRowsOfThePage() {
    WorldBankException e = failure(DEFAULTS, paging(
        "'page':1,'pages':1,'per_page':'1','total':2",
        pakistan("2023", "1", ""), pakistan("2022", "2", "")));
    assertThat(e.problem()).isEqualTo(Problem.PAGES_DISAGREE);
    assertThat(e.page()).isEqualTo(1);
    assertThat(e.pointer()).isEqualTo("/1");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.detail()).isEqualTo(
        "the page holds 2 observations but its paging object says per_page 1");
  }

  @Test
  void aDateOfTheRightLengthButNotDigitsIsRefused() {
    for (String date : new String[] {"20x3", "2023Qx", "2023M0x", "x023Q1", "x023M01"}) {
      WorldBankException e = failure(DEFAULTS, page(pakistan(date, "1", "")));
      assertThat(e.problem()).as(date).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).as(date).isEqualTo("/1/0/date");
      assertThat(e.detail()).as(date).isEqualTo(
          "'" + date + "' is not a World Bank date: use 2023, 2023Q1 or 2023M01");
    }
  }

  @Test
  void quotedTextIsCutAfterFortyCharactersAndNeverInsideAPair() {
    String forty = "1234567890".repeat(4);
    assertThat(failure(DEFAULTS, page(pakistan(forty, "1", ""))).detail())
        .isEqualTo("'" + forty + "' is not a World Bank date: use 2023, 2023Q1 or 2023M01");
    assertThat(failure(DEFAULTS, page(pakistan(forty + "1", "1", ""))).detail())
        .isEqualTo("'" + forty + "…' is not a World Bank date: use 2023, 2023Q1 or 2023M01");
    // U+1F600 is a surrogate pair at characters 39 and 40: the cut leaves out all of it
    String pair = forty.substring(0, 39) + "\uD83D\uDE00" + "tail";
    assertThat(failure(DEFAULTS, page(pakistan(pair, "1", ""))).detail())
        .isEqualTo("'" + forty.substring(0, 39)
            + "…' is not a World Bank date: use 2023, 2023Q1 or 2023M01");
    assertThat(org.migov.io.internal.Tokens.abbreviate(forty)).isEqualTo(forty);
  }

  @Test
  void anExponentAtTheLimitIsReadAndOneBeyondItIsNot() {
    WorldBankReader reader = WorldBankReader.builder().maxExponent(3).build();
    WorldBankResult r = reader.read(page(pakistan("2023", "'0.125'", ""),
        pakistan("2022", "'1E+3'", "")));
    assertThat(r.series().get(0).observations()).extracting(Observation::value)
        .containsExactly(new BigDecimal("1E+3"), new BigDecimal("0.125"));
    WorldBankException e = failure(reader, page(pakistan("2023", "'0.0625'", "")));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/1/0/value");
    assertThat(e.detail()).isEqualTo("the number's exponent is beyond 3 either way");
  }

  @Test
  void theDepthLimitIsAtLeastTheFourLevelsOfAResponse() {
    assertThatThrownBy(() -> WorldBankReader.builder().maxDepth(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth is 3 but must be at least 4");
    WorldBankReader shallow = WorldBankReader.builder().maxDepth(4).build();
    assertThat(shallow.read(page(pakistan("2023", "1", ""))).series().get(0).observations())
        .containsExactly(Observation.of(Period.ofYear(2023), BigDecimal.ONE));
  }

  @Test
  void overlappingPagesMustAgreeOnTheStatusToo() {
    byte[] first = paging("'page':1,'pages':2,'per_page':2,'total':4",
        pakistan("2023", "5", "E"), pakistan("2022", "4", ""));
    byte[] same = paging("'page':2,'pages':2,'per_page':2,'total':4",
        pakistan("2022", "4", ""), pakistan("2021", "3", ""));
    WorldBankResult r = DEFAULTS.read(first, same);
    assertThat(r.series().get(0).observations()).containsExactly(
        Observation.of(Period.ofYear(2021), new BigDecimal("3")),
        Observation.of(Period.ofYear(2022), new BigDecimal("4")),
        Observation.builder().period(Period.ofYear(2023)).value(new BigDecimal("5"))
            .status(ObservationStatus.ESTIMATED).build());
    byte[] otherStatus = paging("'page':2,'pages':2,'per_page':2,'total':4",
        pakistan("2022", "4", "P"), pakistan("2021", "3", ""));
    WorldBankException e = failure(DEFAULTS, first, otherStatus);
    assertThat(e.problem()).isEqualTo(Problem.PAGES_DISAGREE);
    assertThat(e.page()).isEqualTo(2);
    assertThat(e.pointer()).isEqualTo("/1/0");
    assertThat(e.detail()).isEqualTo(
        "PAK BX.TRF.PWKR.CD.DT 2022 is 4 (P) here but 4 (A) at page 1 /1/1");
  }

  @Test
  void everyMessageOfAnApiErrorIsKeptAndOtherElementsSkipped() {
    WorldBankException e = failure(DEFAULTS, utf8("[{'message':["
        + "{'id':'120','key':'Invalid value','value':'The provided parameter value is not valid'},"
        + "'not a message',"
        + "{'id':'175','key':'Invalid format','value':'The indicator was not found'}]}]"));
    assertThat(e.problem()).isEqualTo(Problem.API_ERROR);
    assertThat(e.apiId()).isEqualTo("120");
    assertThat(e.detail()).isEqualTo("the API answered with an error: 120 Invalid value: The "
        + "provided parameter value is not valid; 175 Invalid format: The indicator was not "
        + "found");
  }

  @Test
  void aResponseThatIsNotAnArraySaysWhatItIs() {
    WorldBankException object = failure(DEFAULTS, utf8("{'page':1}"));
    assertThat(object.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(object.pointer()).isEmpty();
    assertThat(object.detail()).isEqualTo(
        "a response is an array of the paging object and the observations, not an object");
    WorldBankException number = failure(DEFAULTS, utf8("[7]"));
    assertThat(number.pointer()).isEqualTo("/0");
    assertThat(number.detail()).isEqualTo("the first element of a response is the paging object "
        + "(or the API's error), not a number");
    WorldBankException rows = failure(DEFAULTS, utf8("[{'page':1,'pages':1,'per_page':50,"
        + "'total':1,'sourceid':'2','lastupdated':'2024-12-16'},['row']]"));
    assertThat(rows.pointer()).isEqualTo("/1/0");
    assertThat(rows.detail()).isEqualTo("an observation is an object, not a string");
  }

  @Test
  void malformedJsonNamesWhereItStoppedAndTheParsersFirstLine() {
    WorldBankException e = failure(DEFAULTS, utf8("[{'page':1,'pages':1,'per_page':50,"
        + "'total':1,'sourceid':'2','lastupdated':'2024-12-16'},[{'date':'2023',\n'value':+]]"));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.page()).isEqualTo(1);
    assertThat(e.pointer()).isEqualTo("/1/0/value");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.detail()).isEqualTo("Unexpected character ('+' (code 43)) in numeric value: "
        + "JSON spec does not allow numbers to have plus signs: enable "
        + "`JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow");
    assertThat(e.getMessage()).startsWith("page 1: malformed json at '");
  }

  @Test
  void aDuplicateNameIsAnInvalidValueAtItsPlace() {
    WorldBankException e = failure(DEFAULTS, utf8("[{'page':1,'page':1}]"));
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/0/page");
    assertThat(e.detail()).isEqualTo("Duplicate Object property \"page\"");
  }

  @Test
  void aPageFileThatCannotBeReadIsNamedByItsPlace(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("page1.json");
    Files.write(first, page(pakistan("2023", "1", "")));
    WorldBankException e = assertThatThrownByRead(first, dir.resolve("page2.json"));
    assertThat(e.problem()).isEqualTo(Problem.IO_ERROR);
    assertThat(e.page()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("page 2: io error at '': reading failed: ");
    Path second = dir.resolve("page2.json");
    Files.write(second, utf8("[{'page':2,'pages':2,'per_page':50,'total':2,'sourceid':'2',"
        + "'sourcename':'World Development Indicators','lastupdated':'2024-12-16'},["
        + pakistan("2023M13", "1", "") + "]]"));
    Files.write(first, utf8("[{'page':1,'pages':2,'per_page':50,'total':2,'sourceid':'2',"
        + "'sourcename':'World Development Indicators','lastupdated':'2024-12-16'},["
        + pakistan("2023M12", "1", "") + "]]"));
    WorldBankException date = assertThatThrownByRead(first, second);
    assertThat(date.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(date.page()).isEqualTo(2);
    assertThat(date.pointer()).isEqualTo("/1/0/date");
  }

  @Test
  void monthsKeepTheirMonthFromJanuaryToDecember() {
    WorldBankResult r = DEFAULTS.read(page(pakistan("2023M12", "3", ""),
        pakistan("2023M01", "1", ""), pakistan("2023M06", "2", "")));
    assertThat(r.series().get(0).observations()).containsExactly(
        Observation.of(Period.ofMonth(2023, 1), new BigDecimal("1")),
        Observation.of(Period.ofMonth(2023, 6), new BigDecimal("2")),
        Observation.of(Period.ofMonth(2023, 12), new BigDecimal("3")));
  }

  @Test
  void theCallersStreamsAreReadToTheirEndAndNotClosed() {
    ClosingRecorder one = new ClosingRecorder(page(pakistan("2023", "1", "")));
    assertThat(DEFAULTS.read(java.util.List.of(one)).series()).hasSize(1);
    assertThat(one.closed()).as("closed").isFalse();
    assertThat(one.available()).as("bytes left").isZero();
  }

  @Test
  void bytesThatAreNoTextInTheirEncodingAreMalformedJson() {
    // a UTF-32 byte order mark, then a code point beyond U+10FFFF
    byte[] utf32 = {0, 0, (byte) 0xfe, (byte) 0xff, 0, 0, 0, '[', 0x7f, 0, 0, 0};
    WorldBankException e = failure(DEFAULTS, utf32);
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.page()).isEqualTo(1);
  }

  @Test
  void bytesThatAreNoTextInTheirEncodingAreMalformedJsonFromAStreamToo() {
    byte[] utf32 = {0, 0, (byte) 0xfe, (byte) 0xff, 0, 0, 0, '[', 0x7f, 0, 0, 0};
    assertThatThrownBy(() -> DEFAULTS.read(java.util.List.of(
        new java.io.ByteArrayInputStream(utf32))))
        .isInstanceOfSatisfying(WorldBankException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
          assertThat(e.page()).isEqualTo(1);
        });
  }

  @Test
  void bytesThatAreNoTextInTheirEncodingAreNamedAlikeFromBytesAndFromAStream() {
    // UTF-32 (little-endian, detected by its zero bytes) cut in the middle of its second
    // character: Jackson names the byte where the input ends, the 7th
    byte[] cut = {(byte) 0xff, 0, 0, 0, 0, 0, (byte) 0x9b};
    WorldBankException fromBytes = failure(DEFAULTS, cut);
    WorldBankException fromStream = catchThrowableOfType(WorldBankException.class,
        () -> DEFAULTS.read(java.util.List.of(new java.io.ByteArrayInputStream(cut))));
    assertThat(fromBytes.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(fromBytes.detail()).isEqualTo("Unexpected EOF in the middle of a 4-byte UTF-32 "
        + "char: got 3, needed 4, at char #1, byte #7)");
    assertThat(fromBytes.getMessage()).isEqualTo(fromStream.getMessage());
  }

  @Test
  void aPropertyOfOneObservationIsNotTakenForTheNext() {
    // the second row has no obs_status, unit, footnote nor decimal: none of the first row's
    String second = pakistan("2022", "2", "").replace(",'unit':'','obs_status':''", "");
    WorldBankResult r = DEFAULTS.read(page(
        pakistan("2023", "1", "E").replace("'unit':''", "'unit':'USD','footnote':'a note'"),
        second));
    assertThat(r.series().get(0).observations()).containsExactly(
        Observation.of(Period.ofYear(2022), new BigDecimal("2")),
        Observation.builder().period(Period.ofYear(2023)).value(new BigDecimal("1"))
            .status(ObservationStatus.ESTIMATED).build());
    assertThat(r.notes()).extracting(WorldBankResult.Note::period, WorldBankResult.Note::kind,
            WorldBankResult.Note::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Period.ofYear(2023), "footnote",
            "a note"), org.assertj.core.groups.Tuple.tuple(Period.ofYear(2023), "unit", "USD"));
  }

  @Test
  void anIndicatorOrCountryThatIsNoObjectIsNamed() {
    WorldBankException missing = failure(DEFAULTS, page(pakistan("2023", "1", "")
        .replace("{'indicator':{'id':'BX.TRF.PWKR.CD.DT','value':'x'},", "{")));
    assertThat(missing.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(missing.pointer()).isEqualTo("/1/0/indicator");
    assertThat(missing.detail()).isEqualTo("'indicator' is an object, not missing");
    WorldBankException text = failure(DEFAULTS, page(pakistan("2023", "1", "")
        .replace("'country':{'id':'PK','value':'Pakistan'}", "'country':'Pakistan'")));
    assertThat(text.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(text.pointer()).isEqualTo("/1/0/country");
    assertThat(text.detail()).isEqualTo("'country' is an object, not STRING");
  }

  @Test
  void datesOfTheRightFormThatNameNoPeriodAreRefusedByName() {
    for (String date : new String[] {"0000", "2023Q0", "2023Q5", "2023M00", "2023M13"}) {
      WorldBankException e = failure(DEFAULTS, page(pakistan(date, "1", "")));
      assertThat(e.problem()).as(date).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).as(date).isEqualTo("/1/0/date");
      assertThat(e.detail()).as(date).startsWith("'" + date + "' is not a period: ");
    }
    WorldBankResult r = DEFAULTS.read(page(pakistan("0001", "1", ""),
        pakistan("9999Q4", "2", "").replace("BX.TRF.PWKR.CD.DT", "BX.TRF.PWKR.CD"),
        pakistan("2023M09", "3", "").replace("BX.TRF.PWKR.CD.DT", "BM.TRF.PWKR.CD.DT")));
    assertThat(r.series()).extracting(s -> s.observations().get(0).period()).containsExactly(
        Period.ofYear(1), Period.ofQuarter(9999, 4), Period.ofMonth(2023, 9));
  }

  @Test
  void theIdOfASeriesOfALongIndicatorIsCutAtOneHundredCharacters() {
    String plain = "a".repeat(120);
    String hyphen = "b".repeat(92) + "." + "c".repeat(20);
    WorldBankReader reader = WorldBankReader.builder()
        .indicator(plain, IndicatorMeaning.usDollars(RemittanceMeasure.OTHER, FlowDirection.INFLOW))
        .indicator(hyphen, IndicatorMeaning.usDollars(RemittanceMeasure.OTHER,
            FlowDirection.INFLOW))
        .build();
    WorldBankResult r = reader.read(page(
        pakistan("2023", "1", "").replace("BX.TRF.PWKR.CD.DT", plain),
        pakistan("2023", "1", "").replace("BX.TRF.PWKR.CD.DT", hyphen)));
    assertThat(r.series()).extracting(s -> s.id().value()).containsExactly(
        ("wb-pak-" + plain).substring(0, 100), "wb-pak-" + "b".repeat(92));
  }

  @Test
  void theLimitsOnStringsAndNumbersAreTheBuildersToSet() {
    WorldBankException string = failure(WorldBankReader.builder().maxStringLength(10).build(),
        page(pakistan("2023", "1", "")));
    assertThat(string.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(string.detail()).contains("10");
    WorldBankException number = failure(WorldBankReader.builder().maxNumberLength(3).build(),
        page(pakistan("2023", "12345", "")));
    assertThat(number.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(number.detail()).contains("3");
  }

  @Test
  void aNumberWhoseExponentNoDecimalHoldsIsRefusedAtItsPlace() {
    WorldBankException e = failure(DEFAULTS, page(pakistan("2023", "4E954806619995", "")));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/1/0/value");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.detail()).isEqualTo("the number 4E954806619995 has an exponent beyond what a "
        + "decimal holds");
  }

  private static WorldBankException assertThatThrownByRead(Path... pages) {
    try {
      DEFAULTS.read(pages);
    } catch (WorldBankException e) {
      return e;
    }
    throw new AssertionError("the files were read without an error");
  }
}
