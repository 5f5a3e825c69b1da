package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.io.json.Failures.failure;

import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Declaration;
import org.migov.model.Meeting;
import org.migov.model.MeetingRole;
import org.migov.model.Source;
import org.migov.model.Statement;
import org.migov.validation.ViolationCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties that format 1.1 adds: what they read as, and the error, with its JSON Pointer,
 * of bad input in each of them.
 */
class FormatOneOneTest {
  private static final MigovJson JSON = MigovJson.defaults();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final String V = "{\"format_version\":\"1.1\",";
  private static final String MEETING = V + "\"id\":\"m\",\"dialogue\":\"d\","
      + "\"kind\":\"ministerial_conference\",\"title\":\"T\",";

  @Test
  void everyDocumentWithTheNewPropertiesIsSchemaValidAndRoundTrips() {
    for (Object o : new Object[] {Samples.fullMeeting(), Samples.fullDeclaration(),
        Samples.fullSource(), Samples.fullFigure(), Samples.fullStatement(),
        Samples.fullMeetingRole(), Samples.fullPosition(), Samples.fullPriorityGoal()}) {
      String json = JSON.write(o);
      SchemaCheck.assertValid(json);
      assertThat(Samples.readAs(JSON, json, o)).isEqualTo(o);
    }
  }

  @Test
  void claimsReadBesideTheirAttribute() {
    Meeting m = JSON.read(MEETING + "\"start\":\"2024-11-12\",\"start_claims\":["
        + "{\"value\":\"2024-11-12\",\"sources\":[{\"publisher\":\"Budapest Process\"}]},"
        + "{\"value\":\"2024-11-11\",\"sources\":[{\"publisher\":\"ICMPD\"}]}]}", Meeting.class);

    assertThat(m.startClaims()).hasSize(2);
    assertThat(m.startClaims().get(1).sources().get(0).publisher()).hasValue("ICMPD");
    assertThat(m.disputed()).containsExactly("start");
  }

  @Test
  void everyNewClaimsListIsWrittenUnderItsNameAndReadBackEqual() {
    Meeting meeting = Samples.fullMeeting();
    Declaration declaration = Samples.fullDeclaration();
    JsonNode m = PLAIN.readTree(JSON.write(meeting));
    JsonNode d = PLAIN.readTree(JSON.write(declaration));

    assertThat(m.get("ordinal_claims").get(1).get("value").asInt()).isEqualTo(2);
    assertThat(m.get("host_country_claims").get(0).get("value").asString()).isEqualTo("PAK");
    assertThat(m.get("host_country_claims").get(0).get("sources")).hasSize(2);
    assertThat(m.get("duration_days_claims")).hasSize(2);
    assertThat(d.get("adopted_at_claims").get(0).get("value").asString())
        .isEqualTo("budapest-ministerial-conference-2024");
    assertThat(d.get("implementation_start_claims").get(1).get("value").asString())
        .isEqualTo("2025-01");
    assertThat(d.get("implementation_end_claims").get(0).get("value").asString())
        .isEqualTo("2030");
    assertThat(d.get("goal_count_claims").get(1).get("value").asInt()).isEqualTo(5);
    assertThat(JSON.read(JSON.write(meeting), Meeting.class)).isEqualTo(meeting);
    assertThat(JSON.read(JSON.write(declaration), Declaration.class)).isEqualTo(declaration);
    assertThat(meeting.disputed()).containsExactly("ordinal", "title", "start", "durationDays");
    assertThat(declaration.disputed())
        .containsExactly("title", "adopted", "implementationStart", "goalCount");
  }

  @Test
  void aBadValueInANewClaimsListIsRefusedAtItsPointer() {
    String sources = ",\"sources\":[{\"publisher\":\"ICMPD\"}]}]";
    MigovJsonException country = failure(MEETING + "\"host_country_claims\":[{\"value\":\"XX\""
        + sources + "}", Meeting.class);
    MigovJsonException ordinal = failure(MEETING + "\"ordinal\":1,\"ordinal_claims\":["
        + "{\"value\":1,\"sources\":[{\"publisher\":\"TW\"}]},{\"value\":0" + sources + "}",
        Meeting.class);
    MigovJsonException duration = failure(MEETING + "\"duration_days_claims\":[{\"value\":\"2\""
        + sources + "}", Meeting.class);
    MigovJsonException adoptedAt = failure(V + "\"id\":\"d\",\"title\":\"T\",\"dialogue\":\"bp\","
        + "\"kind\":\"ministerial_declaration\",\"adopted_at\":\"m-2024\","
        + "\"adopted_at_claims\":[{\"value\":\"m-2023\"" + sources + "}", Declaration.class);
    MigovJsonException end = failure(V + "\"id\":\"d\",\"title\":\"T\",\"dialogue\":\"bp\","
        + "\"kind\":\"ministerial_declaration\",\"implementation_end_claims\":["
        + "{\"value\":\"2030-13\"" + sources + "}", Declaration.class);

    assertThat(country.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(country.pointer()).isEqualTo("/host_country_claims/0/value");
    assertThat(ordinal.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(ordinal.pointer()).isEqualTo("/ordinal_claims/1/value");
    assertThat(ordinal.violations()).extracting(v -> v.code())
        .containsExactly(ViolationCode.VALUE_OUT_OF_RANGE);
    assertThat(duration.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(duration.pointer()).isEqualTo("/duration_days_claims/0/value");
    assertThat(adoptedAt.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(adoptedAt.pointer()).isEqualTo("/adopted_at");
    assertThat(adoptedAt.detail()).isEqualTo("'adoptedAt' is m-2024, which none of the 1 claims"
        + " in 'adoptedAtClaims' gives [claim.value.unclaimed]");
    assertThat(end.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(end.pointer()).isEqualTo("/implementation_end_claims/0/value");
  }

  @Test
  void aClaimWithoutSourcesIsAViolationAtTheClaim() {
    MigovJsonException e = failure(MEETING + "\"city\":\"Budapest\",\"city_claims\":["
        + "{\"value\":\"Budapest\"}]}", Meeting.class);

    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.pointer()).isEqualTo("/city_claims/0/sources");
    assertThat(e.violations()).extracting(v -> v.code())
        .containsExactly(ViolationCode.COLLECTION_EMPTY);
  }

  @Test
  void aValueNoClaimGivesIsAViolationAtTheAttribute() {
    MigovJsonException e = failure(MEETING + "\"start\":\"2024-11\",\"start_claims\":["
        + "{\"value\":\"2024-11-12\",\"sources\":[{\"publisher\":\"ICMPD\"}]}]}", Meeting.class);

    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.pointer()).isEqualTo("/start");
    assertThat(e.detail()).isEqualTo("'start' is 2024-11, which none of the 1 claims in "
        + "'startClaims' gives [claim.value.unclaimed]");
  }

  @Test
  void aClaimOfAnInvalidDateIsAnInvalidValueAtIt() {
    MigovJsonException e = failure(MEETING + "\"end_claims\":[{\"value\":\"2024-02-30\","
        + "\"sources\":[{\"publisher\":\"ICMPD\"}]}]}", Meeting.class);

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/end_claims/0/value");
  }

  @Test
  void aRoleWithTwoHoldersIsAViolationAtTheRole() {
    MigovJsonException e = failure(MEETING + "\"roles\":[{\"kind\":\"chair\","
        + "\"party\":{\"country\":\"TUR\"},\"person\":\"p\"}]}", Meeting.class);

    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.pointer()).isEqualTo("/roles/0/party");
    assertThat(e.violations()).extracting(v -> v.code())
        .containsExactly(ViolationCode.HOLDER_INVALID);
    assertThat(failure(V + "\"kind\":\"speaker\",\"person\":\"p\"}", MeetingRole.class)
        .pointer()).isEqualTo("/kind");
  }

  @Test
  void anUnidentifiedSourceAndAnUnknownSourceKindAreRefused() {
    MigovJsonException none = failure(V + "\"kind\":\"press_release\"}", Source.class);
    MigovJsonException kind = failure(V + "\"publisher\":\"TW\",\"kind\":\"blog\"}",
        Source.class);

    assertThat(none.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(none.violations()).extracting(v -> v.code())
        .containsExactly(ViolationCode.SOURCE_UNIDENTIFIED);
    assertThat(kind.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(kind.pointer()).isEqualTo("/kind");
    Source s = JSON.read(V + "\"publisher\":\"TW\",\"kind\":\"news_article\","
        + "\"dateline\":\"Islamabad\",\"accessed\":\"2025-07-01\"}", Source.class);
    assertThat(s.title()).isEmpty();
    assertThat(s.dateline()).hasValue("Islamabad");
  }

  @Test
  void aGoalCountBelowOneAndABadPositionIdAreRefusedAtTheirPointer() {
    MigovJsonException count = failure(V + "\"id\":\"d\",\"title\":\"T\",\"dialogue\":\"bp\","
        + "\"kind\":\"ministerial_declaration\",\"goal_count\":0}", Declaration.class);
    MigovJsonException id = failure(V + "\"speaker\":\"p\",\"kind\":\"remarks\","
        + "\"position_ids\":[\"Head\"]}", Statement.class);

    assertThat(count.pointer()).isEqualTo("/goal_count");
    assertThat(id.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(id.pointer()).isEqualTo("/position_ids/0");
  }

  @Test
  void aGoalWithoutTextReadsWithItsTheme() {
    Declaration d = JSON.read(V + "\"id\":\"d\",\"title\":\"T\",\"dialogue\":\"bp\","
        + "\"kind\":\"ministerial_declaration\",\"goal_count\":6,\"goals\":[{\"number\":2,"
        + "\"theme\":\"legal migration and mobility\"}]}", Declaration.class);

    assertThat(d.goalCount()).hasValue(6);
    assertThat(d.goal(2).orElseThrow().text()).isEmpty();
    assertThat(d.goal(2).orElseThrow().theme()).hasValue("legal migration and mobility");
  }
}
