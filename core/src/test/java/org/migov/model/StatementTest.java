package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class StatementTest {
  private static final PersonId DORA = PersonId.of("dora-gunsberger");

  private static Statement.Builder valid() {
    return Statement.builder().speaker(DORA).kind(StatementKind.REMARKS);
  }

  @Test
  void missingSpeakerAndKindAreReportedTogether() {
    assertThat(thrownBy(() -> Statement.builder().addQuotes("We especially acknowledge").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("statement.speaker", ViolationCode.REQUIRED),
            at("statement.kind", ViolationCode.REQUIRED));
  }

  @Test
  void blankPositionsQuotesAndRemarksAreReportedAtTheirIndexes() {
    assertThat(thrownBy(() -> valid()
        .addPositions("Co-Chair", " ")
        .addQuotes("", "The Budapest Process meetings are vital")
        .addReported("praised the role of member states", "\t")
        .build()))
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("statement.positions[1]", ViolationCode.TEXT_BLANK,
                "'positions[1]' must not be blank"),
            tuple("statement.quotes[0]", ViolationCode.TEXT_BLANK,
                "'quotes[0]' must not be blank"),
            tuple("statement.reported[1]", ViolationCode.TEXT_BLANK,
                "'reported[1]' must not be blank"));
  }

  @Test
  void nullQuoteIsReportedAsRequiredNotAsANullPointerException() {
    Violation v = onlyThrownBy(() -> valid().addQuotes("first", null).build());

    assertThat(v.path()).isEqualTo("statement.quotes[1]");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
    assertThat(v.message()).isEqualTo("'quotes' holds null at index 1");
  }

  @Test
  void speakerMaySpeakForACountry() {
    Statement s = valid().onBehalfOf(Party.country(CountryCode.of("HUN"))).build();

    assertThat(s.onBehalfOf().flatMap(Party::asCountry)).hasValue(CountryCode.of("HUN"));
  }

  @Test
  void positionsOnBehalfOfQuotesAndRemarksAreEmptyUnlessSet() {
    Statement s = valid().build();

    assertThat(s.positions()).isEmpty();
    assertThat(s.onBehalfOf()).isEmpty();
    assertThat(s.quotes()).isEmpty();
    assertThat(s.reported()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Statement s = valid().addPositions("Co-Chair of the Budapest Process Dialogue")
        .onBehalfOf(Party.country(CountryCode.of("HUN"))).addQuotes("a", "b")
        .addReported("c").build();

    assertThat(s.toBuilder().build()).isEqualTo(s).hasSameHashCodeAs(s);
  }
}
