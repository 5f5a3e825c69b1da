package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.io.json.Failures.assertFailure;
import static org.migov.io.json.Failures.failure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.io.json.Failures.At;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Dataset;
import org.migov.model.Figure;
import org.migov.model.Meeting;
import org.migov.model.Membership;
import org.migov.model.Observation;
import org.migov.model.Person;
import org.migov.model.PriorityGoal;
import org.migov.model.RemittanceSeries;
import org.migov.model.Source;

/**
 * Values of the right JSON type that are not valid: ids, country and currency codes, dates,
 * periods, frequencies, enum constants, URLs, integers out of range, parties. Each is an {@code
 * INVALID_VALUE} at the value, with the model's message and code.
 */
class ValueErrorTest {
  private static final String V = "{\"format_version\":\"1.0\",";
  private static final String MEETING =
      V + "\"id\":\"m\",\"dialogue\":\"d\",\"kind\":\"other\",\"title\":\"T\"";
  private static final String SERIES = V + "\"id\":\"s\",\"reporter\":\"PAK\",\"direction\":"
      + "\"inflow\",\"measure\":\"other\",\"frequency\":\"annual\"";

  private static final String NOT_AN_ID = "' is not a valid id: use 1 to 100 lower-case letters, "
      + "digits and single hyphens, starting and ending with a letter or digit [id.invalid]";
  private static final String NOT_A_COUNTRY =
      "' is not an ISO 3166-1 alpha-3 country code [country.unknown]";
  private static final String NOT_A_CURRENCY = "' is not an ISO 4217 currency code [currency.unknown]";
  private static final String NOT_A_DATE =
      "' is not a date: use yyyy, yyyy-MM or yyyy-MM-dd with years 1 to 9999 [date.invalid]";
  private static final String NOT_A_PERIOD = "' is not a period: use 2025-05, 2025-Q1, 2025, "
      + "FY2025, FY2025@04 or 2024-07/2025-05 [period.invalid]";
  private static final String NOT_A_FREQUENCY = "' is not a frequency: use monthly, quarterly, "
      + "annual, fiscal_year, fiscal_year@04 or irregular [frequency.invalid]";
  private static final String MEETING_KINDS = "' is not one of [ministerial_conference, "
      + "senior_officials_meeting, thematic_meeting, working_group_meeting, regional_meeting, "
      + "other]";

  private static Arguments value(String label, Class<?> type, String template, String text,
      String pointer, String detail) {
    return Arguments.of(label + ": " + text, type, template, text, pointer, detail);
  }

  static Stream<Arguments> invalidValues() {
    List<Arguments> a = new ArrayList<>();
    String meetingId = V + "\"dialogue\":\"d\",\"kind\":\"other\",\"title\":\"T\",\"id\":@}";
    for (String id : List.of("Bad Id", "islamabad_2025", "-lead", "trail-", "double--hyphen",
        "", "ünïcode", "a/b", "x".repeat(101))) {
      a.add(value("id", Meeting.class, meetingId, id, "/id",
          "'" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + NOT_AN_ID));
    }
    a.add(value("id in a list", Meeting.class, MEETING + ",\"opened_by\":[\"ok\",@]}", "Not Ok",
        "/opened_by/1", "'Not Ok" + NOT_AN_ID));
    a.add(value("id of a party", Membership.class, V + "\"party\":{\"organisation\":@}}", "ICMPD",
        "/party/organisation", "'ICMPD" + NOT_AN_ID));
    for (String country : List.of("pak", "ZZZ", "PK", "PAKI", "", "P K")) {
      a.add(value("country", Meeting.class, MEETING + ",\"host_country\":@}", country,
          "/host_country", "'" + country + NOT_A_COUNTRY));
    }
    a.add(value("country of a party", Meeting.class,
        MEETING + ",\"participants\":[{\"country\":\"HUN\"},{\"country\":@}]}", "EU",
        "/participants/1/country", "'EU" + NOT_A_COUNTRY));
    for (String currency : List.of("usd", "XYZ", "US$", "DOLLAR", "")) {
      a.add(value("currency", RemittanceSeries.class, SERIES + ",\"currency\":@}", currency,
          "/currency", "'" + currency + NOT_A_CURRENCY));
    }
    for (String date : List.of("2025-02-30", "2025-13", "2025-00", "2025-06-00", "2023-02-29",
        "25", "2025-6", "2025-06-1", "June 2025", "0000", "0000-06-01", "+2025", "2025/06/21",
        "2025-06-21T10:00", "２０２５")) {
      a.add(value("date", Meeting.class, MEETING + ",\"start\":@}", date, "/start",
          "'" + date + NOT_A_DATE));
    }
    for (String period : List.of("2025-13", "2025-Q5", "2025-Q0", "FY25", "FY2025@07",
        "FY2025@13", "2025-05/2025", "2025-5", "Q1-2025", "2025-W01", "")) {
      a.add(value("period", Observation.class, V + "\"value\":1,\"period\":@}", period, "/period",
          "'" + period + NOT_A_PERIOD));
    }
    a.add(value("period", Observation.class, V + "\"value\":1,\"period\":@}", "2025-05/2024-01",
        "/period", "the range 2025-05/2024-01 ends before it starts [date.range.reversed]"));
    a.add(value("period", Observation.class, V + "\"value\":1,\"period\":@}", "0000", "/period",
        "not a period: year 0 is not 1 to 9999 [period.invalid]"));
    a.add(value("period", Observation.class, V + "\"value\":1,\"period\":@}", "FY0001",
        "/period", "not a period: fiscal year 1 would start before year 1 [period.invalid]"));
    a.add(value("period", Observation.class, V + "\"value\":1,\"period\":@}", "0001-01/9999-12",
        "/period", "not a period: a range of 119988 months is longer than 32767 [period.invalid]"));
    a.add(value("period of a figure", Figure.class,
        V + "\"value\":1,\"counts\":[\"states\"],\"period\":@}", "FY2025@7", "/period",
        "'FY2025@7" + NOT_A_PERIOD));
    for (String frequency : List.of("weekly", "Monthly", "fiscal_year@07", "fiscal_year@4",
        "fiscal year", "")) {
      a.add(value("frequency", RemittanceSeries.class,
          SERIES.replace(",\"frequency\":\"annual\"", "") + ",\"currency\":\"USD\","
              + "\"frequency\":@}", frequency, "/frequency", "'" + frequency + NOT_A_FREQUENCY));
    }
    for (String kind : List.of("OTHER", "Other", "thematic meeting", "thematic-meeting", "")) {
      a.add(value("enum", Meeting.class,
          V + "\"id\":\"m\",\"dialogue\":\"d\",\"title\":\"T\",\"kind\":@}", kind, "/kind",
          "'" + kind + MEETING_KINDS));
    }
    a.add(value("enum in a list", Figure.class, V + "\"value\":1,\"counts\":[\"states\",@]}",
        "people", "/counts/1", "'people' is not one of [participants, delegates, states, "
            + "governments, international_organisations, ministers, overseas_workers, migrants, "
            + "other, officials, experts, countries, organisations]"));
    a.add(value("defaulted enum", Observation.class,
        V + "\"period\":\"2025\",\"value\":1,\"status\":@}", "F", "/status",
        "'F' is not one of [normal, break, estimated, forecast, provisional, imputed, missing, "
            + "low_reliability]"));
    a.add(value("url", Source.class, V + "\"title\":\"t\",\"url\":@}", "http://exa mple.org/",
        "/url", "'http://exa mple.org/' is not a URL [url.invalid]"));
    a.add(value("url", Source.class, V + "\"title\":\"t\",\"url\":@}", "https://example.org/%zz",
        "/url", "'https://example.org/%zz' is not a URL [url.invalid]"));
    return a.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidValues")
  void anInvalidValueIsRejectedAtTheValue(String label, Class<?> type, String template,
      String text, String pointer, String detail) {
    String json = template.replace("@", "\"" + text + "\"");

    MigovJsonException e = failure(json, type);

    assertFailure(e, Problem.INVALID_VALUE, pointer, new At(1, template.indexOf('@') + 1),
        detail);
    assertThat(e.violations()).isEmpty();
  }

  @Test
  void urlsThatAreNotAbsoluteHttpAreModelViolations() {
    for (String url : List.of("ftp://example.org/", "example.org/page", "mailto:a@example.org",
        "https:///path-without-host", "/relative")) {
      String json = V + "\"title\":\"t\",\"url\":\"" + url + "\"}";

      assertFailure(failure(json, Source.class), Problem.MODEL_VIOLATION, "/url", new At(1, 1),
          "'" + url + "' is not an absolute http or https URL [url.invalid]");
    }
  }

  @Test
  void integersBeyondIntAreOutOfRange() {
    String json = V + "\"text\":\"t\",\"number\":99999999999}";
    String negative = V + "\"text\":\"t\",\"number\":-2147483649}";
    String big = V + "\"text\":\"t\",\"number\":" + "9".repeat(60) + "}";

    assertFailure(failure(json, PriorityGoal.class), Problem.INVALID_VALUE, "/number",
        At.of(json, "99"), "99999999999 is out of range");
    assertFailure(failure(negative, PriorityGoal.class), Problem.INVALID_VALUE, "/number",
        At.of(negative, "-2"), "-2147483649 is out of range");
    assertFailure(failure(big, PriorityGoal.class), Problem.INVALID_VALUE, "/number",
        At.of(big, "99"), "9".repeat(60) + " is out of range");
  }

  @Test
  void integersAtTheLimitsOfIntAreRead() {
    String max = V + "\"text\":\"t\",\"number\":2147483647}";

    assertThat(MigovJson.defaults().read(max, PriorityGoal.class).number())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void integersWrittenWithAFractionOrExponentAreNotIntegers() {
    for (String number : List.of("1.0", "1e0", "2E+1")) {
      String json = V + "\"text\":\"t\",\"number\":" + number + "}";

      assertFailure(failure(json, PriorityGoal.class), Problem.WRONG_TYPE, "/number",
          At.of(json, ":" + number, 1), "expected an integer but found a number");
    }
  }

  @Test
  void aSetHoldingAValueTwiceIsRefusedAtTheSecondNamingItAsWritten() {
    String counts = V + "\"value\":5,\"counts\":[\"states\",\"delegates\",\"states\"]}";
    String countries = V + "\"countries\":[\"PAK\",\"PAK\"]}";

    assertFailure(failure(counts, Figure.class), Problem.INVALID_VALUE, "/counts/2",
        At.of(counts, "\"states\"]", 0), "'counts' holds 'states' more than once");
    assertFailure(failure(countries, org.migov.model.RegionListing.class),
        Problem.INVALID_VALUE, "/countries/1", At.of(countries, "\"PAK\"]", 0),
        "'countries' holds 'PAK' more than once");
  }

  @Test
  void aPartyIsOneCountryOrOneOrganisation() {
    String both = MEETING + ",\"participants\":[{\"country\":\"PAK\",\"organisation\":\"icmpd\"}]}";
    String none = MEETING + ",\"participants\":[{}]}";
    String twice = V + "\"party\":{\"organisation\":\"icmpd\",\"country\":\"AUT\"}}";

    assertFailure(failure(both, Meeting.class), Problem.INVALID_VALUE,
        "/participants/0/organisation", At.of(both, "\"icmpd\""),
        "a party is either a country or an organisation, not both nor twice");
    assertFailure(failure(none, Meeting.class), Problem.INVALID_VALUE, "/participants/0",
        At.of(none, "{}", 1),
        "a party needs 'country' (an ISO 3166-1 alpha-3 code) or 'organisation' (an id)");
    assertFailure(failure(twice, Membership.class), Problem.INVALID_VALUE, "/party/country",
        At.of(twice, "\"AUT\""),
        "a party is either a country or an organisation, not both nor twice");
  }

  @Test
  void invalidValuesDeepInADatasetAreNamedFromTheRoot() {
    String json = "{\"format_version\":\"1.0\",\"people\":[{\"id\":\"a\",\"name\":\"A\"},"
        + "{\"id\":\"b\",\"name\":\"B\",\"positions\":[{\"title\":\"t\",\"start\":\"2025-02-29\"}]}"
        + "]}";

    assertFailure(failure(json, Dataset.class), Problem.INVALID_VALUE,
        "/people/1/positions/0/start", At.of(json, "\"2025-02-29\""),
        "'2025-02-29" + NOT_A_DATE);
  }

  @Test
  void anInvalidValueStopsReadingAtOnce() {
    // the second error is never reached: the first value found invalid is reported
    String json = V + "\"name\":\"n\",\"id\":\"Bad\",\"positions\":[{\"title\":\"t\","
        + "\"country\":\"ZZZ\"}]}";

    MigovJsonException e = failure(json, Person.class);

    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.detail()).startsWith("'Bad' is not a valid id");
  }

  @Test
  void errorsInAPrettyDocumentNameTheirLineAndColumn() {
    String pretty = MigovJson.defaults().pretty().write(Samples.fullDataset());
    String badCountry = pretty.replace("\"host_country\": \"PAK\"", "\"host_country\": \"pak\"");
    String badType = pretty.replace("\"duration_days\": 2", "\"duration_days\": \"2\"");
    // the end and the claim of it, which holds the same date
    String reversed = pretty.replace("\"end\": \"2025-06-19\"", "\"end\": \"2025-06-17\"")
        .replace("\"value\": \"2025-06-19\"", "\"value\": \"2025-06-17\"");

    assertFailure(failure(badCountry, Dataset.class), Problem.INVALID_VALUE,
        "/meetings/0/host_country", At.of(badCountry, "\"pak\""), "'pak" + NOT_A_COUNTRY);
    assertFailure(failure(badType, Dataset.class), Problem.WRONG_TYPE,
        "/meetings/0/duration_days", At.of(badType, "\"2\""),
        "expected an integer but found a string");
    assertFailure(failure(reversed, Dataset.class), Problem.MODEL_VIOLATION, "/meetings/0/end",
        At.of(reversed, "{\n      \"id\": \"islamabad-legal-pathways-2025\""),
        "'end' (2025-06-17) lies before the start (2025-06-18) [date.range.reversed]");
    assertThat(At.of(badCountry, "\"pak\"").line()).as("far down the document").isGreaterThan(200);
  }
}
