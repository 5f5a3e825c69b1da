package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class FigureTest {
  private static Figure.Builder valid() {
    return Figure.builder().value(new BigDecimal("65")).addCounts(Counted.DELEGATES);
  }

  @Test
  void missingValueAndMissingCountsAreReportedTogether() {
    assertThat(thrownBy(() -> Figure.builder().build()))
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("figure.value", ViolationCode.REQUIRED,
                "'value' is required but was not set"),
            tuple("figure.counts", ViolationCode.COLLECTION_EMPTY,
                "'counts' must have at least one element"));
  }

  @Test
  void negativeValueIsOutOfRange() {
    Violation v = onlyThrownBy(() -> valid().value(new BigDecimal("-0.5")).build());

    assertThat(v.path()).isEqualTo("figure.value");
    assertThat(v.code()).isEqualTo(ViolationCode.VALUE_OUT_OF_RANGE);
    assertThat(v.message()).isEqualTo("'value' is -0.5 but must not be negative");
  }

  @Test
  void zeroIsAccepted() {
    assertThat(valid().value(BigDecimal.ZERO).build().value()).isZero();
  }

  @Test
  void blankDescriptionIsRejected() {
    Violation v = onlyThrownBy(() -> valid().description(" ").build());

    assertThat(v.path()).isEqualTo("figure.description");
    assertThat(v.code()).isEqualTo(ViolationCode.TEXT_BLANK);
  }

  @Test
  void qualifierIsExactUnlessSet() {
    assertThat(valid().build().qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(valid().qualifier(Qualifier.MORE_THAN).build().qualifier())
        .isEqualTo(Qualifier.MORE_THAN);
  }

  @Test
  void qualifierSetToNullIsRequired() {
    Violation v = onlyThrownBy(() -> valid().qualifier(null).build());

    assertThat(v.path()).isEqualTo("figure.qualifier");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
  }

  @Test
  void severalKindsCountedTogetherAreKeptInNaturalOrderOnce() {
    Figure f = valid().counts(java.util.List.of(Counted.INTERNATIONAL_ORGANISATIONS,
        Counted.STATES, Counted.INTERNATIONAL_ORGANISATIONS)).build();

    assertThat(f.counts()).containsExactly(Counted.STATES, Counted.INTERNATIONAL_ORGANISATIONS);
  }

  @Test
  void valueIsKeptExactlyWithItsScale() {
    Figure f = valid().value(new BigDecimal("34.90")).build();

    assertThat(f.value()).isEqualTo(new BigDecimal("34.90")).isNotEqualTo(new BigDecimal("34.9"));
    assertThat(f).isNotEqualTo(valid().value(new BigDecimal("34.9")).build());
  }

  @Test
  void asOfPeriodDescriptionAndSourceAreEmptyUnlessSet() {
    Figure f = valid().build();

    assertThat(f.asOf()).isEmpty();
    assertThat(f.period()).isEmpty();
    assertThat(f.description()).isEmpty();
    assertThat(f.source()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Figure f = valid().qualifier(Qualifier.ABOUT).addCounts(Counted.STATES)
        .description("delegates").asOf(PartialDate.ofMonth(2025, 6))
        .period(Period.ofYear(2024)).source(Source.builder().title("t").build()).build();

    assertThat(f.toBuilder().build()).isEqualTo(f).hasSameHashCodeAs(f);
    assertThat(f.toBuilder().qualifier(Qualifier.UP_TO).build().qualifier())
        .isEqualTo(Qualifier.UP_TO);
  }

  @Test
  void twoSourcesMayGiveDifferentFiguresForTheSameThing() {
    Figure one = valid().value(new BigDecimal("20")).addCounts(Counted.MINISTERS)
        .source(Source.builder().title("Budapest Process").build()).build();
    Figure other = one.toBuilder().value(new BigDecimal("22"))
        .source(Source.builder().title("ICMPD").build()).build();

    assertThat(java.util.List.of(one, other)).doesNotHaveDuplicates();
  }
}
