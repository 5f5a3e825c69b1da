package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.onlyThrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class SourcedDateTest {
  private static final Source ICMPD = Source.builder().title("Migration dialogues")
      .publisher("ICMPD").build();

  @Test
  void dateIsRequired() {
    Violation v = onlyThrownBy(() -> SourcedDate.builder().source(ICMPD).build());

    assertThat(v.path()).isEqualTo("sourcedDate.date");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
    assertThat(v.message()).isEqualTo("'date' is required but was not set");
  }

  @Test
  void sourceIsOptional() {
    SourcedDate d = SourcedDate.builder().date(PartialDate.ofYear(1991)).build();

    assertThat(d.date()).isEqualTo(PartialDate.ofYear(1991));
    assertThat(d.source()).isEmpty();
  }

  @Test
  void ofKeepsTheDateWithItsSource() {
    SourcedDate d = SourcedDate.of(PartialDate.ofYear(1993), ICMPD);

    assertThat(d.date()).isEqualTo(PartialDate.ofYear(1993));
    assertThat(d.source()).hasValue(ICMPD);
    assertThat(d).isNotEqualTo(SourcedDate.of(PartialDate.ofYear(1991), ICMPD));
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    SourcedDate d = SourcedDate.of(PartialDate.ofMonth(1993, 2), ICMPD);

    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
  }
}
