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

/**
 * The properties that format 1.1 adds: what they read as, and the error, with its JSON Pointer,
 * of bad input in each of them.
 */
class FormatOneOneTest {
  private static final MigovJson JSON = MigovJson.defaults();
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
