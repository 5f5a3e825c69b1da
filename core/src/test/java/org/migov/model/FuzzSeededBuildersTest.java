package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * Seeded property tests: for generated invalid values, the model's builders and factories refuse
 * them with the documented codes at the documented paths, and accept the valid neighbours. Each
 * seed is one reproducible case: a failure names its seed.
 */
class FuzzSeededBuildersTest {
  /** 300 seeds, fewer under mutation testing ({@code -Dmigov.seeds=N}, set by the PIT config). */
  static LongStream seeds() {
    return LongStream.range(0, Long.getLong("migov.seeds", 300));
  }

  // ----- generators

  static PartialDate date(SplittableRandom r) {
    int year = r.nextInt(1, 10_000);
    return switch (r.nextInt(3)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.ofMonth(year, r.nextInt(1, 13));
      default -> {
        int month = r.nextInt(1, 13);
        yield PartialDate.of(year, month, r.nextInt(1, java.time.YearMonth.of(year, month)
            .lengthOfMonth() + 1));
      }
    };
  }

  /** Two dates, the second certainly before the first. */
  static PartialDate[] reversed(SplittableRandom r) {
    while (true) {
      PartialDate a = date(r);
      PartialDate b = date(r);
      if (b.isCertainlyBefore(a)) {
        return new PartialDate[] {a, b};
      }
      if (a.isCertainlyBefore(b)) {
        return new PartialDate[] {b, a};
      }
    }
  }

  static final String SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

  static String slug(SplittableRandom r) {
    int parts = r.nextInt(1, 4);
    StringBuilder s = new StringBuilder();
    for (int p = 0; p < parts; p++) {
      if (p > 0) {
        s.append('-');
      }
      int n = r.nextInt(1, 8);
      for (int i = 0; i < n; i++) {
        s.append(SLUG_CHARS.charAt(r.nextInt(SLUG_CHARS.length())));
      }
    }
    return s.toString();
  }

  /** A slug broken in one of the ways the id rule forbids. */
  static String nonSlug(SplittableRandom r) {
    String s = slug(r);
    int at = r.nextInt(s.length() + 1);
    return switch (r.nextInt(9)) {
      case 0 -> s.substring(0, at) + (char) ('A' + r.nextInt(26)) + s.substring(at);
      case 1 -> s.substring(0, at) + " _./:@#\t".charAt(r.nextInt(8)) + s.substring(at);
      case 2 -> "-" + s;
      case 3 -> s + "-";
      case 4 -> s.substring(0, at) + "--" + s.substring(at);
      case 5 -> "";
      case 6 -> "a".repeat(EntityId.MAX_LENGTH + 1 + r.nextInt(50));
      case 7 -> s.substring(0, at) + "éßøиא中".charAt(r.nextInt(6)) + s.substring(at);
      default -> s.toUpperCase(Locale.ROOT) + "X";
    };
  }

  static final List<Function<String, EntityId>> IDS = List.of(DialogueId::of,
      DeclarationId::of, MeetingId::of, OrganisationId::of, PersonId::of, SeriesId::of,
      WorkingGroupId::of, RegionId::of);

  static void refused(Supplier<?> build, String path, ViolationCode code) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::path, Violation::code)
            .contains(org.assertj.core.groups.Tuple.tuple(path, code)));
  }

  // ----- properties

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reversedDatePairsAreRefusedWithDateRangeReversedWhereverADateRangeIs(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    PartialDate[] d = reversed(r);
    PartialDate start = d[0];
    PartialDate end = d[1];
    refused(() -> Meeting.builder().id(MeetingId.of("m")).dialogue(DialogueId.of("d"))
        .kind(MeetingKind.OTHER).title("t").start(start).end(end).build(),
        "meeting.end", ViolationCode.DATE_RANGE_REVERSED);
    refused(() -> Position.builder().title("t").start(start).end(end).build(),
        "position.end", ViolationCode.DATE_RANGE_REVERSED);
    refused(() -> Declaration.builder().id(DeclarationId.of("x")).title("t")
        .dialogue(DialogueId.of("d")).kind(DeclarationKind.OTHER)
        .implementationStart(start).implementationEnd(end).build(),
        "declaration.implementationEnd", ViolationCode.DATE_RANGE_REVERSED);
    refused(() -> Membership.builder().party(Party.country(CountryCode.of("PAK")))
        .since(start).until(end).build(), "membership.until", ViolationCode.DATE_RANGE_REVERSED);
    refused(() -> RoleTerm.builder().holder(Party.country(CountryCode.of("HUN")))
        .role(DialogueRole.CHAIR).start(start).end(end).build(),
        "roleTerm.end", ViolationCode.DATE_RANGE_REVERSED);
    // the same pair the right way round is accepted
    assertThat(Position.builder().title("t").start(end).end(start).build().end())
        .contains(start);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void datesThatMayOverlapAreNeverReportedAsReversed(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    PartialDate a = date(r);
    // a coarser or equal date containing a: neither is certainly before the other
    PartialDate b = r.nextBoolean() ? PartialDate.ofYear(a.year()) : a;
    Position p = Position.builder().title("t").start(a).end(b).build();
    assertThat(p.start()).contains(a);
    assertThat(Position.builder().title("t").start(b).end(a).build().end()).contains(a);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reversedMonthRangesAreRefusedWithDateRangeReversed(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int from = r.nextInt(12, 9999 * 12 + 12);
    int back = r.nextInt(1, Math.min(from - 11, 5000));
    int to = from - back;
    java.time.YearMonth first = java.time.YearMonth.of(from / 12, from % 12 + 1);
    java.time.YearMonth last = java.time.YearMonth.of(to / 12, to % 12 + 1);
    refused(() -> Period.ofMonths(first, last), "period", ViolationCode.DATE_RANGE_REVERSED);
    refused(() -> Period.parse(Period.ofMonths(last, first).toString().substring(8) + "/"
        + Period.ofMonths(last, first).toString().substring(0, 7)), "period",
        ViolationCode.DATE_RANGE_REVERSED);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void nonSlugsAreRefusedWithIdInvalidByEveryIdAndSlugsAreAccepted(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String bad = nonSlug(r);
    String good = slug(r);
    for (Function<String, EntityId> of : IDS) {
      assertThatThrownBy(() -> of.apply(bad)).as("'%s'", bad)
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).singleElement()
                .extracting(Violation::code).isEqualTo(ViolationCode.ID_INVALID);
            assertThat(e.violations().get(0).path()).endsWith("Id");
          });
      assertThat(of.apply(good).value()).isEqualTo(good);
    }
    assertThat(EntityId.isSlug(bad)).isFalse();
    assertThat(EntityId.isSlug(good)).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void unknownCountryCodesAreRefusedWithCountryUnknown(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String code;
    do {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        s.append((char) ('A' + r.nextInt(26)));
      }
      code = r.nextInt(4) == 0 ? s.toString().toLowerCase(Locale.ROOT) : s.toString();
    } while (CountryCode.isKnown(code));
    String c = code;
    refused(() -> CountryCode.of(c), "countryCode", ViolationCode.COUNTRY_UNKNOWN);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void impossibleDatesAreRefusedWithDateInvalid(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int year = r.nextInt(1, 10_000);
    int month = r.nextInt(1, 13);
    int length = java.time.YearMonth.of(year, month).lengthOfMonth();
    String text = switch (r.nextInt(4)) {
      case 0 -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month,
          r.nextInt(length + 1, 100));
      case 1 -> String.format(Locale.ROOT, "%04d-%02d", year, r.nextInt(13, 100));
      case 2 -> String.format(Locale.ROOT, "%04d-%02d-00", year, month);
      default -> "0000" + (r.nextBoolean() ? "" : String.format(Locale.ROOT, "-%02d", month));
    };
    refused(() -> PartialDate.parse(text), "partialDate", ViolationCode.DATE_INVALID);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void negativeFiguresAndBlankTextsAreRefused(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    BigDecimal negative = BigDecimal.valueOf(-r.nextLong(1, Long.MAX_VALUE), r.nextInt(-5, 20));
    refused(() -> Figure.builder().value(negative).addCounts(Counted.DELEGATES).build(),
        "figure.value", ViolationCode.VALUE_OUT_OF_RANGE);
    String blank = " \t\n\u2003\u3000".substring(0, r.nextInt(0, 6));
    refused(() -> Source.builder().title(blank).build(), "source.title",
        ViolationCode.TEXT_BLANK);
    refused(() -> Meeting.builder().id(MeetingId.of("m")).dialogue(DialogueId.of("d"))
        .kind(MeetingKind.OTHER).title("t").addAims(blank).build(), "meeting.aims[0]",
        ViolationCode.TEXT_BLANK);
    int ordinal = -r.nextInt(0, Integer.MAX_VALUE);
    refused(() -> Meeting.builder().id(MeetingId.of("m")).dialogue(DialogueId.of("d"))
        .kind(MeetingKind.OTHER).title("t").ordinal(ordinal).build(), "meeting.ordinal",
        ViolationCode.VALUE_OUT_OF_RANGE);
    Optional<PartialDate> none = Optional.empty();
    assertThat(none).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void observationsOfTheWrongKindOrTwiceAreRefused(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int year = r.nextInt(2, 9999);
    Period month = Period.ofMonth(year, r.nextInt(1, 13));
    Period quarter = Period.ofQuarter(year, r.nextInt(1, 5));
    RemittanceSeries.Builder b = RemittanceSeries.builder().id(SeriesId.of("s"))
        .reporter(CountryCode.of("PAK")).direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.OTHER).currency(java.util.Currency.getInstance("USD"))
        .frequency(Frequency.MONTHLY).addObservations(month, BigDecimal.ONE);
    int extra = r.nextInt(0, 5);
    for (int i = 0; i < extra; i++) {
      b.addObservations(Period.ofMonth(year + 1, i + 1), BigDecimal.TEN);
    }
    b.addObservations(quarter, BigDecimal.ONE);
    refused(b::build, "remittanceSeries.observations[" + (extra + 1) + "].period",
        ViolationCode.OBSERVATION_FREQUENCY);
    RemittanceSeries.Builder twice = RemittanceSeries.builder().id(SeriesId.of("s"))
        .reporter(CountryCode.of("PAK")).direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.OTHER).currency(java.util.Currency.getInstance("USD"))
        .frequency(Frequency.MONTHLY);
    for (int i = 0; i < extra; i++) {
      twice.addObservations(Period.ofMonth(year + 1, i + 1), BigDecimal.TEN);
    }
    twice.addObservations(month, BigDecimal.ONE).addObservations(month, BigDecimal.TEN);
    refused(twice::build, "remittanceSeries.observations[" + (extra + 1) + "].period",
        ViolationCode.COLLECTION_DUPLICATE);
  }
}
