package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests of the laws of periods and of aggregation: text forms round-trip for
 * random periods of every kind, and the twelve months of a random fiscal year in a monthly series
 * add up exactly to that fiscal year's aggregate.
 */
class FuzzSeededPeriodLawsTest {
  /** 500 seeds, fewer under mutation testing ({@code -Dmigov.seeds=N}, set by the PIT config). */
  static LongStream seeds() {
    return LongStream.range(0, Long.getLong("migov.seeds", 500));
  }

  static Period period(SplittableRandom r) {
    int year = r.nextInt(2, 10_000);
    return switch (r.nextInt(5)) {
      case 0 -> Period.ofMonth(r.nextInt(1, 10_000), r.nextInt(1, 13));
      case 1 -> Period.ofQuarter(r.nextInt(1, 10_000), r.nextInt(1, 5));
      case 2 -> Period.ofYear(r.nextInt(1, 10_000));
      case 3 -> Period.ofFiscalYear(year, Month.of(r.nextInt(1, 13)));
      default -> {
        int from = r.nextInt(12, 9999 * 12 + 12);
        int to = Math.min(9999 * 12 + 11, from + r.nextInt(0, r.nextBoolean() ? 30 : 40_000));
        to = Math.min(to, from + Period.MAX_RANGE_MONTHS - 1);
        yield Period.ofMonths(YearMonth.of(from / 12, from % 12 + 1),
            YearMonth.of(to / 12, to % 12 + 1));
      }
    };
  }

  static BigDecimal value(SplittableRandom r) {
    BigInteger unscaled = new BigInteger(r.nextInt(1, 90), new java.util.Random(r.nextLong()));
    return new BigDecimal(unscaled, r.nextInt(-20, 40));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyPeriodParsesBackFromItsText(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 20; i++) {
      Period p = period(r);
      String text = p.toString();
      Period back = Period.parse(text);
      assertThat(back).as(text).isEqualTo(p);
      assertThat(back.kind()).isEqualTo(p.kind());
      assertThat(back.start()).isEqualTo(p.start());
      assertThat(back.end()).isEqualTo(p.end());
      assertThat(back.hashCode()).isEqualTo(p.hashCode());
      assertThat(back.compareTo(p)).isZero();
      assertThat(p.contains(p)).isTrue();
      assertThat(p.overlaps(p)).isTrue();
      assertThat(p.lengthInMonths()).isEqualTo(
          (p.end().getYear() - p.start().getYear()) * 12 + p.end().getMonthValue()
              - p.start().getMonthValue() + 1);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void partialDatesAndFrequenciesParseBackFromTheirText(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    PartialDate d = FuzzSeededBuildersTest.date(r);
    assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
    assertThat(d.earliest()).isBeforeOrEqualTo(d.latest());
    Frequency f = switch (r.nextInt(5)) {
      case 0 -> Frequency.MONTHLY;
      case 1 -> Frequency.QUARTERLY;
      case 2 -> Frequency.ANNUAL;
      case 3 -> Frequency.IRREGULAR;
      default -> Frequency.fiscalYear(Month.of(r.nextInt(1, 13)));
    };
    assertThat(Frequency.parse(f.toString())).isEqualTo(f);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theTwelveMonthsOfAFiscalYearAddUpToItsAggregate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Month start = Month.of(r.nextInt(1, 13));
    int endYear = r.nextInt(2, 10_000);
    Period fy = Period.ofFiscalYear(endYear, start);
    RemittanceSeries.Builder b = RemittanceSeries.builder().id(SeriesId.of("s"))
        .reporter(CountryCode.of("PAK")).direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.PERSONAL_REMITTANCES).currency(Currency.getInstance("USD"))
        .frequency(Frequency.MONTHLY);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new java.util.Random(r.nextLong()));
    BigDecimal sum = BigDecimal.ZERO;
    for (int i : order) { // added in any order
      YearMonth m = fy.start().plusMonths(i);
      BigDecimal v = value(r);
      sum = sum.add(v);
      b.addObservations(Period.of(m), v);
    }
    BigDecimal expected = sum;
    // a month on each side that belongs to the neighbouring fiscal years
    if (fy.start().getYear() > 1 || fy.start().getMonthValue() > 1) {
      b.addObservations(Period.of(fy.start().minusMonths(1)), value(r));
    }
    if (fy.end().getYear() < 9999 || fy.end().getMonthValue() < 12) {
      b.addObservations(Period.of(fy.end().plusMonths(1)), value(r));
    }
    RemittanceSeries monthly = b.build();
    RemittanceSeries annual = monthly.aggregate(Frequency.fiscalYear(start));

    assertThat(annual.frequency()).isEqualTo(Frequency.fiscalYear(start));
    assertThat(annual.observation(fy)).hasValueSatisfying(o -> {
      assertThat(o.value()).isEqualByComparingTo(expected);
      assertThat(o.value()).isEqualTo(expected); // exact, scale included
      assertThat(o.qualifier()).isEqualTo(Qualifier.EXACT);
    });
    // the neighbours are partial fiscal years: dropped unless asked for, then at least
    assertThat(annual.observations()).hasSize(1);
    assertThat(monthly.total(fy)).hasValueSatisfying(t -> {
      assertThat(t.value()).isEqualTo(expected);
      assertThat(t.isComplete()).isTrue();
    });
    RemittanceSeries partial = monthly.aggregate(Frequency.fiscalYear(start), true);
    assertThat(partial.observation(fy).orElseThrow().value()).isEqualTo(expected);
    for (Observation o : partial.observations()) {
      if (!o.period().equals(fy)) {
        assertThat(o.qualifier()).isEqualTo(Qualifier.AT_LEAST);
      }
    }
    assertThat(partial.observations().size()).isBetween(1, 3);
  }
}
