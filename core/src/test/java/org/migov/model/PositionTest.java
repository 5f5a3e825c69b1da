package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class PositionTest {
  private static Position.Builder valid() {
    return Position.builder().title("Head of Region Silk Routes");
  }

  @Test
  void titleIsRequired() {
    Violation v = onlyThrownBy(() -> Position.builder().organisation(OrganisationId.of("icmpd"))
        .build());

    assertThat(v.path()).isEqualTo("position.title");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
  }

  @Test
  void blankTitleIsRejected() {
    assertThat(onlyThrownBy(() -> Position.builder().title("   ").build()).code())
        .isEqualTo(ViolationCode.TEXT_BLANK);
  }

  @Test
  void endCertainlyBeforeStartIsReversed() {
    Violation v = onlyThrownBy(() -> valid().start(PartialDate.ofYear(2020))
        .end(PartialDate.ofYear(2019)).build());

    assertThat(v.path()).isEqualTo("position.end");
    assertThat(v.code()).isEqualTo(ViolationCode.DATE_RANGE_REVERSED);
    assertThat(v.message()).isEqualTo("'end' (2019) lies before the start (2020)");
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"2020-05, 2020", "2020, 2020-01", "2020-05-10, 2020-05", "2020-05, 2020-05-01",
      "2020-05-10, 2020-05-10"})
  void partialDatesThatMayBeInOrderAreAccepted(String start, String end) {
    Position p = valid().start(PartialDate.parse(start)).end(PartialDate.parse(end)).build();

    assertThat(p.end()).hasValue(PartialDate.parse(end));
  }

  @Test
  void monthBeforeTheStartMonthIsReversed() {
    assertThat(thrownBy(() -> Position.builder().title("").start(PartialDate.parse("2020-05"))
        .end(PartialDate.parse("2020-04-30")).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("position.title", ViolationCode.TEXT_BLANK),
            at("position.end", ViolationCode.DATE_RANGE_REVERSED));
  }

  @Test
  void everythingButTheTitleIsEmptyUnlessSet() {
    Position p = valid().build();

    assertThat(p.organisation()).isEmpty();
    assertThat(p.dialogue()).isEmpty();
    assertThat(p.country()).isEmpty();
    assertThat(p.start()).isEmpty();
    assertThat(p.end()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Position p = valid().organisation(OrganisationId.of("icmpd"))
        .dialogue(DialogueId.of("budapest-process")).country(CountryCode.of("AUT"))
        .start(PartialDate.ofYear(2020)).end(PartialDate.ofMonth(2025, 6)).build();

    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
  }
}
