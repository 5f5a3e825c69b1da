package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Meeting;
import org.migov.model.RemittanceSeries;
import org.migov.validation.ValidationException;
import org.migov.validation.ViolationCode;

/**
 * A document whose one object breaks a rule many times is refused listing the first {@value
 * ValidationException#MAX_LISTED} violations, in the order found, with the total count: the
 * report stays small however many there are, and collecting them is linear (these documents took
 * seconds to minutes when each violation was looked for in a list before being added).
 */
class ManyViolationsTest {
  static final String V = "{\"format_version\":\"1.0\",";

  static byte[] meetingWithBlankAims(int n) {
    StringBuilder s = new StringBuilder(V).append("\"id\":\"istanbul-2019\",\"dialogue\":")
        .append("\"budapest-process\",\"kind\":\"ministerial_conference\",\"title\":\"T\",")
        .append("\"aims\":[");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "\" \"" : ",\" \"");
    }
    return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] seriesWithOnePeriod(int n) {
    StringBuilder s = new StringBuilder(V).append("\"id\":\"pak-inflow\",\"title\":\"W\",")
        .append("\"reporter\":\"PAK\",\"direction\":\"inflow\",")
        .append("\"measure\":\"workers_remittances\",\"currency\":\"USD\",")
        .append("\"unit_multiplier\":9,\"frequency\":\"annual\",\"observations\":[");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"period\":\"2024\",\"value\":1}");
    }
    return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  static MigovJsonException refused(byte[] doc, Class<?> type) {
    return refusedBy(MigovJson.defaults(), doc, type);
  }

  static MigovJsonException refusedBy(MigovJson json, byte[] doc, Class<?> type) {
    try {
      json.read(doc, type);
    } catch (MigovJsonException e) {
      return e;
    }
    throw new AssertionError("accepted");
  }

  @Test
  void fortyThousandBlankAimsListTheFirstThousandAndCountAll() {
    MigovJsonException e = refused(meetingWithBlankAims(40_000), Meeting.class);

    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.violationCount()).isEqualTo(40_000);
    assertThat(e.violations()).hasSize(ValidationException.MAX_LISTED);
    assertThat(e.violations().get(0).path()).isEqualTo("/aims/0");
    assertThat(e.violations().get(999).path()).isEqualTo("/aims/999");
    assertThat(e.violations()).allMatch(v -> v.code() == ViolationCode.TEXT_BLANK);
    assertThat(e.pointer()).isEqualTo("/aims/0");
    assertThat(e.detail()).startsWith(
        "40000 violations (the first 1000 listed), first: 'aims[0]' must not be blank");
    assertThat(e.getMessage()).hasSizeLessThan(300);
  }

  @Test
  void twoHundredThousandDuplicatePeriodsListTheFirstThousandAndCountAll() {
    MigovJsonException e = refused(seriesWithOnePeriod(200_000), RemittanceSeries.class);

    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.violationCount()).isEqualTo(199_999);
    assertThat(e.violations()).hasSize(ValidationException.MAX_LISTED)
        .allMatch(v -> v.code() == ViolationCode.COLLECTION_DUPLICATE);
    assertThat(e.violations().get(0).path()).isEqualTo("/observations/1/period");
    assertThat(e.violations().get(999).path()).isEqualTo("/observations/1000/period");
  }

  @Test
  void fewViolationsAreAllListedWithTheirCount() {
    MigovJsonException e = refused(meetingWithBlankAims(3), Meeting.class);

    assertThat(e.violationCount()).isEqualTo(3);
    assertThat(e.violations()).extracting(v -> v.path())
        .containsExactly("/aims/0", "/aims/1", "/aims/2");
    assertThat(e.detail()).startsWith("3 violations, first: ");
  }

  @Test
  void otherProblemsCountNoViolation() {
    MigovJsonException e = refused("{".getBytes(StandardCharsets.UTF_8), Meeting.class);

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.violationCount()).isZero();
  }
}
