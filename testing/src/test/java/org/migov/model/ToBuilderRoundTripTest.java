package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migov.testing.SeedArticle;

/**
 * {@code toBuilder()} of the seed article's dialogue, declaration and meetings, which set nearly
 * every attribute: tests of core's builders that need the seed article, and so live here.
 */
class ToBuilderRoundTripTest {
  @Test
  void dialogueToBuilderRoundTripsEveryAttribute() {
    Dialogue d = SeedArticle.budapestProcess().toBuilder().shortName("BP")
        .addMembers(Membership.builder().party(Party.country(CountryCode.of("PAK"))).build())
        .addRegions(Region.builder().id(RegionId.of("silk-routes")).name("Region silk-routes")
            .build())
        .addEstablished(SourcedDate.of(PartialDate.ofYear(1993),
            Source.builder().title("t").build()))
        .build();

    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void declarationToBuilderRoundTripsEveryAttribute() {
    Declaration d = SeedArticle.declaration();

    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d.toBuilder().build().goals()).hasSize(6);
  }

  @Test
  void meetingToBuilderRoundTripsTheWholeIslamabadMeeting() {
    Meeting m = SeedArticle.islamabadMeeting();

    assertThat(m.toBuilder().build()).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(m.toBuilder().city("Rawalpindi").build()).isNotEqualTo(m);
  }

  @Test
  void meetingToBuilderRoundTripsTheMinisterialConference() {
    Meeting m = SeedArticle.ministerialConference();

    assertThat(m.toBuilder().build()).isEqualTo(m);
    assertThat(m.toBuilder().build().ordinal()).hasValue(7);
  }
}
