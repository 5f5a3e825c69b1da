package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class PersonTest {
  private static final OrganisationId ICMPD = OrganisationId.of("icmpd");

  private static Person.Builder valid() {
    return Person.builder().id(PersonId.of("marija-raus")).name("Marija Raus");
  }

  private static Position position(String title) {
    return Position.builder().title(title).organisation(ICMPD).build();
  }

  @Test
  void missingIdAndNameAreReportedTogether() {
    assertThat(thrownBy(() -> Person.builder().honorific("Ms.").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("person.id", ViolationCode.REQUIRED),
            at("person.name", ViolationCode.REQUIRED));
  }

  @Test
  void blankNameAndBlankHonorificAreReportedTogether() {
    assertThat(thrownBy(() -> valid().name("\t").honorific("").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("person.name", ViolationCode.TEXT_BLANK),
            at("person.honorific", ViolationCode.TEXT_BLANK));
  }

  @Test
  void onePersonHoldsTwoPositionsAtOneOrganisationAtOnce() {
    Person p = valid().addPositions(position("Head of Region Silk Routes"),
        position("Head of the Budapest Process Secretariat")).build();

    assertThat(p.positions()).hasSize(2);
    assertThat(p.position("Head of the Budapest Process Secretariat"))
        .hasValueSatisfying(pos -> assertThat(pos.organisation()).hasValue(ICMPD));
    assertThat(p.position("Director General")).isEmpty();
  }

  @Test
  void twoPositionsWithTheSameTitleAreDuplicates() {
    Violation v = onlyThrownBy(() -> valid().addPositions(position("Head of Region"),
        position("Deputy"), Position.builder().title("Head of Region").build()).build());

    assertThat(v.path()).isEqualTo("person.positions[2]");
    assertThat(v.code()).isEqualTo(ViolationCode.COLLECTION_DUPLICATE);
    assertThat(v.message()).isEqualTo("'positions' holds Head of Region more than once");
  }

  @Test
  void nullPositionIsReportedAsRequired() {
    Violation v = onlyThrownBy(() -> valid().addPositions((Position) null).build());

    assertThat(v.path()).isEqualTo("person.positions[0]");
    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
  }

  @Test
  void honorificPositionsAndSourcesAreEmptyUnlessSet() {
    Person p = valid().build();

    assertThat(p.honorific()).isEmpty();
    assertThat(p.positions()).isEmpty();
    assertThat(p.sources()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsEveryAttribute() {
    Person p = valid().honorific("Ms.").addPositions(position("Head of Region Silk Routes"))
        .addSources(Source.builder().title("t").build()).build();

    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.toBuilder().addPositions(position("Other")).build().positions()).hasSize(2);
    assertThat(p.positions()).hasSize(1);
  }
}
