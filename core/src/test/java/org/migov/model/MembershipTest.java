package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.onlyThrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class MembershipTest {
  private static final Party PAKISTAN = Party.country(CountryCode.of("PAK"));

  @Test
  void partyIsRequired() {
    Violation v = onlyThrownBy(() -> Membership.builder().role(MembershipRole.OBSERVER).build());

    assertThat(v.path()).isEqualTo("membership.party");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
    assertThat(v.message()).isEqualTo("'party' is required but was not set");
  }

  @Test
  void roleIsMemberUnlessSet() {
    assertThat(Membership.builder().party(PAKISTAN).build().role())
        .isEqualTo(MembershipRole.MEMBER);
  }

  @Test
  void roleSetToNullIsRequired() {
    Violation v = onlyThrownBy(() -> Membership.builder().party(PAKISTAN).role(null).build());

    assertThat(v.path()).isEqualTo("membership.role");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
  }

  @Test
  void untilCertainlyBeforeSinceIsReversed() {
    Violation v = onlyThrownBy(() -> Membership.builder().party(PAKISTAN)
        .since(PartialDate.ofMonth(2010, 11)).until(PartialDate.ofYear(2009)).build());

    assertThat(v.path()).isEqualTo("membership.until");
    assertThat(v.code()).isEqualTo(ViolationCode.DATE_RANGE_REVERSED);
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Membership m = Membership.builder().party(PAKISTAN).role(MembershipRole.PARTNER)
        .since(PartialDate.ofYear(2010)).until(PartialDate.ofYear(2020)).build();

    assertThat(m.toBuilder().build()).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(Membership.builder().party(PAKISTAN).build().since()).isEmpty();
  }
}
