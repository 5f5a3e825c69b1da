package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests of the compact storage of a {@link RemittanceSeries}: whatever values
 * (any scale, any magnitude, at and across the limits of the packed form), statuses,
 * qualifiers and sources are added, in whatever order, the series gives back exactly the same
 * observations, in period order, and copies of it are equal.
 */
class FuzzSeededSeriesStorageTest {
  static LongStream seeds() {
    return LongStream.range(0, Long.getLong("migov.seeds", 300));
  }

  // the model holds scales within 100 either way (Checks.MAX_DECIMAL_SCALE)
  static final int[] EDGE_SCALES = {-100, -40, -33, -32, -31, 0, 1, 93, 94, 95, 96, 99, 100};

  static BigDecimal value(SplittableRandom r) {
    int bits = r.nextInt(4) == 0 ? r.nextInt(60, 70) : r.nextInt(0, 40);
    BigInteger unscaled = new BigInteger(bits, new Random(r.nextLong()));
    if (r.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    if (r.nextInt(5) == 0) { // exactly at the edge of a long
      unscaled = r.nextBoolean() ? BigInteger.valueOf(Long.MAX_VALUE)
          : BigInteger.valueOf(Long.MIN_VALUE);
    }
    int scale = r.nextInt(3) == 0 ? EDGE_SCALES[r.nextInt(EDGE_SCALES.length)]
        : r.nextInt(-5, 12);
    return new BigDecimal(unscaled, scale);
  }

  static Observation observation(SplittableRandom r, Period period) {
    Observation.Builder b = Observation.builder().period(period).value(value(r))
        .status(ObservationStatus.values()[r.nextInt(ObservationStatus.values().length)])
        .qualifier(Qualifier.values()[r.nextInt(Qualifier.values().length)]);
    if (r.nextInt(4) == 0) {
      b.source(Source.builder().title("source " + r.nextInt(1000)).build());
    }
    return b.build();
  }

  @org.junit.jupiter.api.Test
  void valuesOfEighteenAndNineteenDigitsAreKeptExactlyAtEveryScale() {
    String[] unscaled = {"999999999999999999", "-999999999999999999", "100000000000000000",
        "1000000000000000000", "-1000000000000000000", "9223372036854775807",
        "-9223372036854775808", "9223372036854775808", "1", "0", "-1"};
    for (String u : unscaled) {
      for (int scale : EDGE_SCALES) {
        BigDecimal v = new BigDecimal(new BigInteger(u), scale);
        RemittanceSeries s = RemittanceSeries.builder().id(SeriesId.of("s"))
            .reporter(CountryCode.of("PAK")).direction(FlowDirection.INFLOW)
            .measure(RemittanceMeasure.PERSONAL_REMITTANCES)
            .currency(java.util.Currency.getInstance("USD")).frequency(Frequency.ANNUAL)
            .addObservations(Period.ofYear(2020), v, ObservationStatus.NORMAL, Qualifier.EXACT)
            .build();
        BigDecimal kept = s.observations().get(0).value();
        org.assertj.core.api.Assertions.assertThat(kept).as("%s at scale %s", u, scale)
            .isEqualTo(v);
        org.assertj.core.api.Assertions.assertThat(kept.scale()).isEqualTo(scale);
      }
    }
  }

  static RemittanceSeries.Builder annual() {
    return RemittanceSeries.builder().id(SeriesId.of("s")).reporter(CountryCode.of("PAK"))
        .direction(FlowDirection.INFLOW).measure(RemittanceMeasure.PERSONAL_REMITTANCES)
        .currency(Currency.getInstance("USD")).frequency(Frequency.ANNUAL);
  }

  @org.junit.jupiter.api.Test
  void aValueGivenAsDigitsAndScaleIsTheDecimalTheyMakeAtEveryScale() {
    long[] digits = {0, 1, -1, 73_892, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
        Long.MAX_VALUE, Long.MIN_VALUE};
    for (long u : digits) {
      for (int scale : EDGE_SCALES) {
        Period year = Period.ofYear(2020);
        RemittanceSeries byDigits = annual().addObservations(year, u, scale,
            ObservationStatus.ESTIMATED, Qualifier.ABOUT).build();
        BigDecimal v = BigDecimal.valueOf(u, scale);
        assertThat(byDigits).as("%s at scale %s", u, scale).isEqualTo(annual()
            .addObservations(year, v, ObservationStatus.ESTIMATED, Qualifier.ABOUT).build());
        assertThat(byDigits.observations().get(0).value()).isEqualTo(v);
        assertThat(byDigits.observations().get(0).value().scale()).isEqualTo(scale);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void aValueGivenAsDigitsWithAScaleBeyondTheModelsIsRefusedAsTheDecimalIs() {
    for (int scale : new int[] {101, -101, Integer.MAX_VALUE, Integer.MIN_VALUE + 1}) {
      Period year = Period.ofYear(2020);
      org.migov.validation.ValidationException byDigits = org.assertj.core.api.Assertions
          .catchThrowableOfType(org.migov.validation.ValidationException.class,
              () -> annual().addObservations(year, 5, scale, ObservationStatus.NORMAL,
                  Qualifier.EXACT).build());
      org.migov.validation.ValidationException byDecimal = org.assertj.core.api.Assertions
          .catchThrowableOfType(org.migov.validation.ValidationException.class,
              () -> annual().addObservations(year, BigDecimal.valueOf(5, scale),
                  ObservationStatus.NORMAL, Qualifier.EXACT).build());
      assertThat(byDigits).as("scale %s", scale).isNotNull();
      assertThat(byDigits.getMessage()).isEqualTo(byDecimal.getMessage())
          .contains("observations[0].value");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSeriesGivesBackExactlyWhatWasAddedInPeriodOrder(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    boolean irregular = r.nextBoolean();
    TreeMap<Period, Observation> expected = new TreeMap<>();
    int n = r.nextInt(0, 40);
    while (expected.size() < n) {
      Period p = irregular ? FuzzSeededPeriodLawsTest.period(r)
          : Period.ofMonth(r.nextInt(1, 10_000), r.nextInt(1, 13));
      expected.putIfAbsent(p, observation(r, p));
    }
    List<Observation> added = new ArrayList<>(expected.values());
    Collections.shuffle(added, new Random(r.nextLong()));
    RemittanceSeries.Builder b = RemittanceSeries.builder().id(SeriesId.of("s"))
        .reporter(CountryCode.of("PAK")).direction(FlowDirection.OUTFLOW)
        .measure(RemittanceMeasure.OTHER).currency(Currency.getInstance("EUR"))
        .frequency(irregular ? Frequency.IRREGULAR : Frequency.MONTHLY)
        .title("t").counterpart(CountryCode.of("SAU")).indicator("X.Y")
        .unitMultiplier(r.nextInt(0, 19))
        .addAllSources(List.of(Source.builder().title("series source").build()));
    for (Observation o : added) {
      int way = r.nextInt(3);
      if (o.source().isEmpty() && way == 0) {
        b.addObservations(o.period(), o.value(), o.status(), o.qualifier());
      } else if (o.source().isEmpty() && way == 1 && o.value().unscaledValue().bitLength() < 64) {
        b.addObservations(o.period(), o.value().unscaledValue().longValueExact(),
            o.value().scale(), o.status(), o.qualifier());
      } else {
        b.addObservations(o);
      }
    }
    RemittanceSeries series = b.build();

    assertThat(series.observations().size()).isEqualTo(n);
    assertThat(series.observations()).hasSize(n);
    assertThat(series.observations()).containsExactlyElementsOf(expected.values());
    int i = 0;
    for (Observation o : expected.values()) {
      assertThat(series.observations().get(i).period()).isEqualTo(o.period());
      assertThat(series.observations().get(i).value()).isEqualTo(o.value()); // scale included
      assertThat(series.observation(o.period())).contains(o);
      i++;
    }
    assertThat(series.title()).contains("t");
    assertThat(series.counterpart()).contains(CountryCode.of("SAU"));
    assertThat(series.indicator()).contains("X.Y");
    assertThat(series.sources()).hasSize(1);
    RemittanceSeries copy = series.toBuilder().build();
    assertThat(copy).isEqualTo(series).hasSameHashCodeAs(series);
    assertThat(copy.title()).isEqualTo(series.title());
    assertThat(copy.counterpart()).isEqualTo(series.counterpart());
    assertThat(copy.indicator()).isEqualTo(series.indicator());
    assertThat(copy.sources()).isEqualTo(series.sources());
    List<Observation> actuals = series.actuals().observations();
    List<Observation> forecasts = series.forecasts().observations();
    assertThat(actuals.size() + forecasts.size()).isEqualTo(n);
    assertThat(actuals).allMatch(o -> o.status().isActual());
    assertThat(forecasts).noneMatch(o -> o.status().isActual());
    assertThat(series.actuals().indicator()).contains("X.Y");
    if (n > 0) {
      Observation last = expected.values().stream()
          .max(java.util.Comparator.comparing((Observation o) -> o.period().end())
              .thenComparing(Observation::period)).orElseThrow();
      assertThat(series.latest()).contains(last);
    } else {
      assertThat(series.latest()).isEmpty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSeriesDiffersFromOneWithAnyObservationChanged(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Period p = Period.ofMonth(r.nextInt(1, 10_000), r.nextInt(1, 13));
    Observation o = observation(r, p);
    RemittanceSeries.Builder base = RemittanceSeries.builder().id(SeriesId.of("s"))
        .reporter(CountryCode.of("PAK")).direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.OTHER).currency(Currency.getInstance("USD"))
        .frequency(Frequency.MONTHLY);
    RemittanceSeries one = base.addObservations(o).build();
    BigDecimal other = o.value().add(o.value().ulp()); // the next value of the same scale
    RemittanceSeries changed = one.toBuilder().build();
    assertThat(changed).isEqualTo(one);
    RemittanceSeries differentValue = RemittanceSeries.builder().id(SeriesId.of("s"))
        .reporter(CountryCode.of("PAK")).direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.OTHER).currency(Currency.getInstance("USD"))
        .frequency(Frequency.MONTHLY)
        .addObservations(o.period(), other, o.status(), o.qualifier()).build();
    assertThat(differentValue).isNotEqualTo(one);
    assertThat(differentValue.observations().get(0).value()).isEqualTo(other);
  }
}
