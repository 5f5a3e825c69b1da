package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migov.testing.Violations.onlyThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * Null given to builders: reported as a violation, taken as absent, or refused with {@link
 * IllegalArgumentException} naming the argument; never a {@link NullPointerException}.
 */
class NullArgumentsTest {
  private static Statement.Builder statement() {
    return Statement.builder().speaker(PersonId.of("aamir-malik"))
        .kind(StatementKind.OPENING_REMARKS);
  }

  @Test
  void nullForAnOptionalAttributeLeavesItAbsent() {
    Statement s = statement().onBehalfOf(Party.country(CountryCode.of("PAK")))
        .onBehalfOf((Party) null).build();
    Meeting m = Meeting.builder().id(MeetingId.of("m")).dialogue(DialogueId.of("d"))
        .kind(MeetingKind.OTHER).title("T").city("Islamabad").city((String) null).build();

    assertThat(s.onBehalfOf()).isEmpty();
    assertThat(m.city()).isEmpty();
  }

  @Test
  void nullInPlaceOfAWholeCollectionIsAnIllegalArgument() {
    assertThatThrownBy(() -> statement().addAllQuotes(null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("quotes element");
    assertThatThrownBy(() -> Dataset.builder().addAllMeetings(null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("meetings element");
  }

  @Test
  void nullInPlaceOfTheObjectToCopyIsAnIllegalArgument() {
    assertThatThrownBy(() -> statement().from(null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("instance");
  }

  @Test
  void aNullElementOfASortedSetIsReportedAsRequired() {
    Violation counts = onlyThrownBy(() -> Figure.builder().value(BigDecimal.ONE)
        .addCounts(Counted.DELEGATES).addCounts((Counted) null).build());
    Violation countries = onlyThrownBy(() -> RegionListing.builder()
        .addCountries(CountryCode.of("PAK")).addCountries((CountryCode) null).build());

    assertThat(counts.path()).isEqualTo("figure.counts");
    assertThat(counts.code()).isEqualTo(ViolationCode.REQUIRED);
    assertThat(counts.message()).isEqualTo("'counts' holds null");
    assertThat(countries.path()).isEqualTo("regionListing.countries");
    assertThat(countries.code()).isEqualTo(ViolationCode.REQUIRED);
    assertThat(countries.message()).isEqualTo("'countries' holds null");
  }

  @Test
  void nullArgumentsOfTheSeriesBuilderAreIllegalArguments() {
    Period year = Period.parse("2024");
    RemittanceSeries.Builder b = RemittanceSeries.builder();

    assertThatThrownBy(() -> b.addSources((Source) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'source' must not be null");
    assertThatThrownBy(() -> b.addAllSources(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'sources' must not be null");
    assertThatThrownBy(() -> b.addObservations((Observation) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'observation' must not be null");
    assertThatThrownBy(() -> b.addObservations(null, BigDecimal.ONE))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'period' must not be null");
    assertThatThrownBy(() -> b.addObservations(year, null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'value' must not be null");
    assertThatThrownBy(() -> b.addObservations(year, BigDecimal.ONE, null, Qualifier.EXACT))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'status' must not be null");
    assertThatThrownBy(() -> b.addObservations(year, BigDecimal.ONE, ObservationStatus.NORMAL,
        null)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'qualifier' must not be null");
    assertThatThrownBy(() -> b.addObservations(null, 1L, 0, ObservationStatus.NORMAL,
        Qualifier.EXACT)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'period' must not be null");
    assertThatThrownBy(() -> b.addObservations(year, 1L, 0, null, Qualifier.EXACT))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'status' must not be null");
    assertThatThrownBy(() -> b.addObservations(year, 1L, 0, ObservationStatus.NORMAL, null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'qualifier' must not be null");
  }

  @Test
  void nullCollectionsAndOptionalsGivenToTheSeriesBuilderAreIllegalArguments() {
    RemittanceSeries.Builder b = RemittanceSeries.builder();

    assertThatThrownBy(() -> b.addSources((Source[]) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'sources' must not be null");
    assertThatThrownBy(() -> b.addSources(Source.builder().title("a source").build(), null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'source' must not be null");
    assertThatThrownBy(() -> b.sources(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'sources' must not be null");
    assertThatThrownBy(() -> b.addObservations((Observation[]) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'observations' must not be null");
    assertThatThrownBy(() -> b.addAllObservations(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'observations' must not be null");
    assertThatThrownBy(() -> b.observations(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'observations' must not be null");
    assertThatThrownBy(() -> b.title((java.util.Optional<String>) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'title' must not be null");
    assertThatThrownBy(() -> b.counterpart((java.util.Optional<CountryCode>) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'counterpart' must not be null");
    assertThatThrownBy(() -> b.indicator((java.util.Optional<String>) null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'indicator' must not be null");
  }
}
