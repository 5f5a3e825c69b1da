package org.migov.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;

/**
 * The computations over a {@link RemittanceSeries}: sums, aggregation to a coarser frequency,
 * change and growth from a year earlier, the latest observation, actuals and forecasts. Each
 * {@code RemittanceSeries} method documents the rules of its computation; they read the series'
 * columns without making an {@link Observation} but for the ones they return.
 */
final class SeriesAnalysis {
  private SeriesAnalysis() {}

  static RemittanceSeries aggregate(RemittanceSeries series, Frequency target,
      boolean includePartial) {
    if (series.frequency().kind() == Frequency.Kind.IRREGULAR
        || target.kind() == Frequency.Kind.IRREGULAR) {
      throw new IllegalArgumentException("an irregular series cannot be aggregated, nor to "
          + "irregular periods");
    }
    ObservationColumns columns = series.columns();
    TreeMap<Period, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < columns.size(); i++) {
      Period p = columns.period(i);
      Period into = target.enclosing(Period.unpack(Period.Kind.MONTH, p.startIndex()));
      if (!into.contains(p)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "the observation over %s does not fit within one period of frequency %s", p,
            target));
      }
      groups.computeIfAbsent(into, k -> new ArrayList<>()).add(i);
    }
    RemittanceSeries.Builder b = series.attributesOnly().frequency(target);
    for (Map.Entry<Period, List<Integer>> group : groups.entrySet()) {
      int months = 0;
      BigDecimal sum = BigDecimal.ZERO;
      List<ObservationStatus> statuses = new ArrayList<>();
      List<Qualifier> qualifiers = new ArrayList<>();
      for (int i : group.getValue()) {
        months += columns.period(i).lengthInMonths();
        sum = sum.add(columns.value(i));
        statuses.add(columns.status(i));
        qualifiers.add(columns.qualifier(i));
      }
      boolean complete = months == group.getKey().lengthInMonths();
      if ((complete || includePartial) && !Checks.isDecimalInRange(sum)) {
        // exact sums of values far apart in magnitude (1e60 and 1e-60) need more digits than a
        // value holds; rounding would change the data silently
        throw new ArithmeticException(String.format(Locale.ROOT, "the sum over %s is exact with "
            + "%d significant digits and the exponent %d, beyond what an observation holds (%d "
            + "digits, an exponent within %d either way): the values aggregated differ too much "
            + "in magnitude", group.getKey(), sum.precision(), -(long) sum.scale(),
            Checks.MAX_DECIMAL_DIGITS, Checks.MAX_DECIMAL_SCALE));
      }
      if (complete || includePartial) {
        b.addObservations(group.getKey(), sum, combine(statuses),
            complete ? combineQualifiers(qualifiers) : Qualifier.AT_LEAST);
      }
    }
    return b.build();
  }

  /** The total over {@code range} with its caveats: qualifier, status and months covered. */
  static Optional<ComputedFigure> total(ObservationColumns columns, Period range) {
    BigDecimal sum = null;
    List<ObservationStatus> statuses = new ArrayList<>();
    List<Qualifier> qualifiers = new ArrayList<>();
    BitSet months = new BitSet(range.lengthInMonths());
    for (int i = 0; i < columns.size(); i++) {
      Period p = columns.period(i);
      if (range.contains(p)) {
        sum = sum == null ? columns.value(i) : sum.add(columns.value(i));
        statuses.add(columns.status(i));
        qualifiers.add(columns.qualifier(i));
        months.set(p.startIndex() - range.startIndex(), p.endIndexExclusive() - range.startIndex());
      }
    }
    return sum == null ? Optional.empty() : Optional.of(new ComputedFigure(sum,
        combineQualifiers(qualifiers), combine(statuses), range, months.cardinality(),
        statuses.size()));
  }

  /** The totals of every target period with an observation, partial ones included. */
  static List<ComputedFigure> totals(RemittanceSeries series, Frequency target) {
    if (series.frequency().kind() == Frequency.Kind.IRREGULAR
        || target.kind() == Frequency.Kind.IRREGULAR) {
      throw new IllegalArgumentException("an irregular series cannot be aggregated, nor to "
          + "irregular periods");
    }
    ObservationColumns columns = series.columns();
    TreeSet<Period> periods = new TreeSet<>();
    for (int i = 0; i < columns.size(); i++) {
      periods.add(target.enclosing(
          Period.unpack(Period.Kind.MONTH, columns.period(i).startIndex())));
    }
    List<ComputedFigure> out = new ArrayList<>(periods.size());
    for (Period p : periods) {
      total(columns, p).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * The change (or, with {@code context}, the growth as a fraction) from a year earlier with its
   * caveats.
   */
  static Optional<ComputedFigure> yearOnYear(ObservationColumns columns, Period period,
      @Nullable MathContext context, BigDecimal scale) {
    int now = columns.indexOf(period);
    int before = yearEarlier(columns, period);
    if (now < 0 || before < 0) {
      return Optional.empty();
    }
    BigDecimal later = columns.value(now);
    BigDecimal earlier = columns.value(before);
    BigDecimal value = later.subtract(earlier);
    Qualifier q = difference(columns.qualifier(now), columns.qualifier(before));
    if (context != null) {
      if (earlier.signum() <= 0) {
        return Optional.empty();
      }
      value = value.multiply(scale).divide(earlier, context);
      if (later.signum() < 0 && columns.qualifier(before) != Qualifier.EXACT) {
        q = Qualifier.ABOUT; // the bounds of a ratio of a negative value do not follow simply
      }
    }
    return Optional.of(new ComputedFigure(value, q,
        combine(List.of(columns.status(now), columns.status(before))), period,
        period.lengthInMonths(), 2));
  }

  /** The qualifier of {@code later - earlier}, from the qualifiers of the two values. */
  static Qualifier difference(Qualifier later, Qualifier earlier) {
    if (later == Qualifier.EXACT && earlier == Qualifier.EXACT) {
      return Qualifier.EXACT;
    }
    boolean laterLow = later == Qualifier.EXACT || later == Qualifier.AT_LEAST
        || later == Qualifier.MORE_THAN;
    boolean earlierHigh = earlier == Qualifier.EXACT || earlier == Qualifier.UP_TO
        || earlier == Qualifier.LESS_THAN;
    boolean laterHigh = later == Qualifier.EXACT || later == Qualifier.UP_TO
        || later == Qualifier.LESS_THAN;
    boolean earlierLow = earlier == Qualifier.EXACT || earlier == Qualifier.AT_LEAST
        || earlier == Qualifier.MORE_THAN;
    if (laterLow && earlierHigh) {
      return later == Qualifier.MORE_THAN || earlier == Qualifier.LESS_THAN
          ? Qualifier.MORE_THAN : Qualifier.AT_LEAST;
    }
    if (laterHigh && earlierLow) {
      return later == Qualifier.LESS_THAN || earlier == Qualifier.MORE_THAN
          ? Qualifier.LESS_THAN : Qualifier.UP_TO;
    }
    return Qualifier.ABOUT;
  }

  private static ObservationStatus combine(List<ObservationStatus> statuses) {
    for (ObservationStatus s : List.of(ObservationStatus.FORECAST, ObservationStatus.ESTIMATED,
        ObservationStatus.PROVISIONAL)) {
      if (statuses.contains(s)) {
        return s;
      }
    }
    return statuses.stream().distinct().count() == 1 ? statuses.get(0) : ObservationStatus.NORMAL;
  }

  private static Qualifier combineQualifiers(List<Qualifier> qualifiers) {
    if (qualifiers.stream().allMatch(q -> q == Qualifier.EXACT)) {
      return Qualifier.EXACT;
    }
    if (qualifiers.stream().allMatch(q -> q == Qualifier.EXACT || q == Qualifier.AT_LEAST
        || q == Qualifier.MORE_THAN)) {
      return qualifiers.contains(Qualifier.MORE_THAN) ? Qualifier.MORE_THAN : Qualifier.AT_LEAST;
    }
    if (qualifiers.stream().allMatch(q -> q == Qualifier.EXACT || q == Qualifier.UP_TO
        || q == Qualifier.LESS_THAN)) {
      return qualifiers.contains(Qualifier.LESS_THAN) ? Qualifier.LESS_THAN : Qualifier.UP_TO;
    }
    return Qualifier.ABOUT;
  }

  /** The index of the observation a year before {@code period}, or -1 (none before year 2). */
  private static int yearEarlier(ObservationColumns columns, Period period) {
    return period.startIndex() >= 24 ? columns.indexOf(period.minusYears(1)) : -1;
  }

  /** The observation of a status {@code status} accepts whose period ends last. */
  static Optional<Observation> latest(ObservationColumns columns,
      Predicate<ObservationStatus> status) {
    int best = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (status.test(columns.status(i)) && (best < 0
          || columns.period(i).endIndexExclusive() >= columns.period(best).endIndexExclusive())) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(columns.get(best));
  }

  /** A copy of {@code series} with only the observations of a status {@code keep} accepts. */
  static RemittanceSeries filter(RemittanceSeries series, Predicate<ObservationStatus> keep) {
    ObservationColumns columns = series.columns();
    RemittanceSeries.Builder b = series.attributesOnly();
    for (int i = 0; i < columns.size(); i++) {
      if (keep.test(columns.status(i))) {
        b.copy(columns, i);
      }
    }
    return b.build();
  }
}
