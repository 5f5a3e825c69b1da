package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * The edges of the model's values: every boundary of years, months, lengths and ranges is
 * accepted on its inside and refused just outside, with the documented code; near-miss texts are
 * refused by the parsers; equal values hash alike and different ones differ.
 */
class HostileEdgesTest {
  static void refused(Supplier<?> make, ViolationCode code) {
    assertThatThrownBy(make::get).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::code).contains(code));
  }

  @Test
  void periodYearsRunFrom1To9999ForEveryFactory() {
    for (int bad : new int[] {0, -1, 10_000}) {
      refused(() -> Period.ofYear(bad), ViolationCode.PERIOD_INVALID);
      refused(() -> Period.ofMonth(bad, 1), ViolationCode.PERIOD_INVALID);
      refused(() -> Period.ofQuarter(bad, 1), ViolationCode.PERIOD_INVALID);
      refused(() -> Period.ofFiscalYear(bad, Month.JANUARY), ViolationCode.PERIOD_INVALID);
      refused(() -> Period.ofMonths(YearMonth.of(bad, 1), YearMonth.of(2025, 1)),
          ViolationCode.PERIOD_INVALID);
      refused(() -> Period.ofMonths(YearMonth.of(2025, 1), YearMonth.of(bad, 1)),
          ViolationCode.PERIOD_INVALID);
    }
    assertThat(Period.ofYear(1).toString()).isEqualTo("0001");
    assertThat(Period.ofYear(9999).toString()).isEqualTo("9999");
    assertThat(Period.ofMonth(9999, 12).toString()).isEqualTo("9999-12");
    assertThat(Period.ofQuarter(1, 1).toString()).isEqualTo("0001-Q1");
    refused(() -> Period.ofMonth(2025, 0), ViolationCode.PERIOD_INVALID);
    refused(() -> Period.ofMonth(2025, 13), ViolationCode.PERIOD_INVALID);
    refused(() -> Period.ofQuarter(2025, 0), ViolationCode.PERIOD_INVALID);
    refused(() -> Period.ofQuarter(2025, 5), ViolationCode.PERIOD_INVALID);
  }

  @Test
  void aFiscalYearMayNotStartBeforeYear1() {
    assertThat(Period.ofFiscalYear(1, Month.JANUARY).start()).isEqualTo(YearMonth.of(1, 1));
    refused(() -> Period.ofFiscalYear(1, Month.FEBRUARY), ViolationCode.PERIOD_INVALID);
    refused(() -> Period.ofFiscalYear(1, Month.JULY), ViolationCode.PERIOD_INVALID);
    assertThat(Period.ofFiscalYear(2, Month.DECEMBER).start()).isEqualTo(YearMonth.of(1, 12));
    assertThat(Period.ofFiscalYear(9999, Month.JULY).end()).isEqualTo(YearMonth.of(9999, 6));
    assertThat(Period.parse("FY0001@01").yearStart()).isEqualTo(Month.JANUARY);
    refused(() -> Period.parse("FY0001"), ViolationCode.PERIOD_INVALID);
  }

  @Test
  void aMonthRangeIsAtMostMaxRangeMonthsLong() {
    YearMonth first = YearMonth.of(2, 1);
    Period longest = Period.ofMonths(first, first.plusMonths(Period.MAX_RANGE_MONTHS - 1));
    assertThat(longest.lengthInMonths()).isEqualTo(Period.MAX_RANGE_MONTHS);
    assertThat(Period.parse(longest.toString())).isEqualTo(longest);
    refused(() -> Period.ofMonths(first, first.plusMonths(Period.MAX_RANGE_MONTHS)),
        ViolationCode.PERIOD_INVALID);
    Period one = Period.ofMonths(first, first);
    assertThat(one.lengthInMonths()).isEqualTo(1);
    assertThat(one.kind()).isEqualTo(Period.Kind.MONTH_RANGE);
    assertThat(one).isNotEqualTo(Period.of(first));
    refused(() -> Period.ofMonths(first.plusMonths(1), first), ViolationCode.DATE_RANGE_REVERSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "202", "20250", "2025-", "2025-1", "2025-001", "2025-0a",
      "202a-01", "-2025-01", "2025-00", "2025-13", "2025-Q0", "2025-Q5", "2025-q1", "2025Q1",
      "2025-Q", "2025-Q12", "FY", "FY25", "FY2025@", "FY2025@7", "FY2025@07", "FY2025@00",
      "FY2025@13", "FY2025@1a", "FY2025-04", "fy2025", "FY20255", "2025-01/", "/2025-01",
      "2025-01/2025-1", "2025-01/2025-011", "2025-1/2025-01", "2025-01//2025-01",
      "2025-01/2025-13", "2025-00/2025-01", "2025-01-2025-02", "2025-01/2025-Q1", "2025/2026",
      "0000", "0000-01", "0000-Q1", "FY0000", " 2025", "2025 ", "２０２５", "2025-01/0000-01"})
  void nearMissesAreNotPeriods(String text) {
    refused(() -> Period.parse(text), ViolationCode.PERIOD_INVALID);
  }

  @Test
  void periodsOverlapWhenTheyShareAMonthAndContainWhenAllMonthsAreInside() {
    Period q1 = Period.parse("2025-Q1");
    assertThat(q1.overlaps(Period.parse("2025-01"))).isTrue();
    assertThat(q1.overlaps(Period.parse("2025-03"))).isTrue();
    assertThat(q1.overlaps(Period.parse("2025-04"))).isFalse();
    assertThat(q1.overlaps(Period.parse("2024-12"))).isFalse();
    assertThat(Period.parse("2024-12").overlaps(q1)).isFalse();
    assertThat(q1.overlaps(Period.parse("FY2025"))).isTrue();
    assertThat(q1.contains(Period.parse("2025-03"))).isTrue();
    assertThat(q1.contains(Period.parse("2025-04"))).isFalse();
    assertThat(q1.contains(Period.parse("2024-12/2025-01"))).isFalse();
    assertThat(Period.parse("2025").contains(q1)).isTrue();
    assertThat(q1.contains(Period.parse("2025"))).isFalse();
  }

  @Test
  void minusYearsKeepsKindAndLengthAndStopsAtYear1() {
    assertThat(Period.parse("FY2025@04").minusYears(1)).isEqualTo(Period.parse("FY2024@04"));
    assertThat(Period.parse("2024-07/2025-05").minusYears(3))
        .isEqualTo(Period.parse("2021-07/2022-05"));
    assertThat(Period.parse("0002").minusYears(1)).isEqualTo(Period.parse("0001"));
    assertThat(Period.parse("0002").minusYears(0)).isEqualTo(Period.parse("0002"));
    refused(() -> Period.parse("0001").minusYears(1), ViolationCode.PERIOD_INVALID);
    refused(() -> Period.parse("2025").minusYears(-1), ViolationCode.PERIOD_INVALID);
    refused(() -> Period.parse("2025").minusYears(Integer.MAX_VALUE),
        ViolationCode.PERIOD_INVALID);
  }

  @Test
  void theCompactIndexesOfPeriodsHaveTheirBounds() {
    assertThat(Period.validIndex(11)).isFalse();
    assertThat(Period.validIndex(12)).isTrue();
    assertThat(Period.validIndex(9999 * 12 + 11)).isTrue();
    assertThat(Period.validIndex(9999 * 12 + 12)).isFalse();
    Period p = Period.parse("0001-02/0001-04");
    assertThat(p.startIndex()).isEqualTo(13);
    assertThat(p.endIndexExclusive()).isEqualTo(16);
    Period big = Period.parse("9999-12");
    assertThat(Period.unpack(Period.Kind.MONTH, big.packed())).isEqualTo(big);
  }

  static List<Period> distinctPeriods() {
    List<Period> periods = new ArrayList<>();
    for (int year : new int[] {1, 2, 2024, 2025, 9998}) {
      periods.add(Period.ofYear(year));
      periods.add(Period.ofFiscalYear(year + 1, Month.JULY));
      periods.add(Period.ofFiscalYear(year + 1, Month.APRIL));
      periods.add(Period.ofMonths(YearMonth.of(year, 1), YearMonth.of(year, 12)));
      for (int m = 1; m <= 12; m++) {
        periods.add(Period.ofMonth(year, m));
      }
      for (int q = 1; q <= 4; q++) {
        periods.add(Period.ofQuarter(year, q));
      }
    }
    return periods;
  }

  @Test
  void equalPeriodsHashAlikeAndDifferentOnesDiffer() {
    List<Period> periods = distinctPeriods();
    Set<Integer> hashes = new HashSet<>();
    for (Period p : periods) {
      Period same = Period.parse(p.toString());
      assertThat(same).isEqualTo(p).hasSameHashCodeAs(p);
      hashes.add(p.hashCode());
    }
    assertThat(new HashSet<>(periods)).hasSameSizeAs(periods);
    assertThat(hashes).as("distinct hash codes").hasSizeGreaterThan(periods.size() * 9 / 10);
    assertThat(Period.parse("2025")).isNotEqualTo(Period.parse("2025-01/2025-12"))
        .isNotEqualTo(Period.parse("FY2025@01")).isNotEqualTo("2025");
    assertThat(Period.parse("2025").compareTo(Period.parse("2025-01/2025-12"))).isNegative();
    assertThat(Period.parse("2025-01").compareTo(Period.parse("2025"))).isNegative();
    assertThat(Period.parse("2025-02").compareTo(Period.parse("2025"))).isPositive();
  }

  @Test
  void partialDateBoundaries() {
    assertThat(PartialDate.ofYear(1).toString()).isEqualTo("0001");
    assertThat(PartialDate.ofYear(9999).toString()).isEqualTo("9999");
    refused(() -> PartialDate.ofYear(0), ViolationCode.DATE_INVALID);
    refused(() -> PartialDate.ofYear(10_000), ViolationCode.DATE_INVALID);
    assertThat(PartialDate.ofMonth(2025, 12).month()).hasValue(12);
    assertThat(PartialDate.ofMonth(2025, 1).month()).hasValue(1);
    refused(() -> PartialDate.ofMonth(2025, 13), ViolationCode.DATE_INVALID);
    refused(() -> PartialDate.ofMonth(2025, 0), ViolationCode.DATE_INVALID);
    refused(() -> PartialDate.of(2025, 0, 1), ViolationCode.DATE_INVALID);
    refused(() -> PartialDate.of(2025, 1, 0), ViolationCode.DATE_INVALID);
    refused(() -> PartialDate.of(2025, 2, 29), ViolationCode.DATE_INVALID);
    assertThat(PartialDate.of(2024, 2, 29).toLocalDate()).contains(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.ofYear(2024).month()).isEmpty();
    assertThat(PartialDate.ofYear(2024).toLocalDate()).isEmpty();
    assertThat(PartialDate.ofMonth(2024, 2).toLocalDate()).isEmpty();
    assertThat(PartialDate.ofMonth(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.ofYear(2024).latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(PartialDate.of(YearMonth.of(2024, 3))).isEqualTo(PartialDate.ofMonth(2024, 3));
    assertThat(PartialDate.of(LocalDate.of(2024, 3, 5)).precision())
        .isEqualTo(PartialDate.Precision.DAY);
    refused(() -> PartialDate.of(LocalDate.of(10_000, 1, 1)), ViolationCode.DATE_INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "202", "20245", "2024-1", "2024-001", "2024-00", "2024-13",
      "2024-01-1", "2024-01-001", "2024-01-00", "2024-01-32", "2024-02-30", "2023-02-29",
      "2024/01/01", "2024-01-01T00:00", "0000", "0000-01-01", "-2024", "+2024", "2024-1a",
      "2024-01-0a", "a024", " 2024", "2024 ", "２０２４", "2024-01-01Z", "20240101"})
  void nearMissesAreNotDates(String text) {
    refused(() -> PartialDate.parse(text), ViolationCode.DATE_INVALID);
  }

  @Test
  void partialDatesOrderCoarserFirstAndHashApart() {
    List<PartialDate> ordered = List.of(PartialDate.parse("2024"), PartialDate.parse("2024-01"),
        PartialDate.parse("2024-01-01"), PartialDate.parse("2024-01-02"),
        PartialDate.parse("2024-02"), PartialDate.parse("2024-02-01"), PartialDate.parse("2025"));
    for (int i = 0; i + 1 < ordered.size(); i++) {
      assertThat(ordered.get(i).compareTo(ordered.get(i + 1))).as("%s < %s", ordered.get(i),
          ordered.get(i + 1)).isNegative();
      assertThat(ordered.get(i + 1).compareTo(ordered.get(i))).isPositive();
      assertThat(ordered.get(i)).isNotEqualTo(ordered.get(i + 1));
    }
    Set<Integer> hashes = new HashSet<>();
    for (PartialDate d : ordered) {
      assertThat(PartialDate.parse(d.toString())).isEqualTo(d).hasSameHashCodeAs(d);
      assertThat(d.compareTo(PartialDate.parse(d.toString()))).isZero();
      hashes.add(d.hashCode());
    }
    assertThat(hashes).hasSameSizeAs(ordered);
    assertThat(PartialDate.parse("2024")).isNotEqualTo("2024");
    assertThat(PartialDate.parse("2024-01").isCertainlyBefore(PartialDate.parse("2024-02")))
        .isTrue();
    assertThat(PartialDate.parse("2024").isCertainlyBefore(PartialDate.parse("2024-12-31")))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Monthly", "MONTHLY", "month", "weekly", "annually", "fiscal_year@",
      "fiscal_year@7", "fiscal_year@07", "fiscal_year@00", "fiscal_year@13", "fiscal_year@1a",
      "fiscal_year@004", "fiscal-year", "fiscal_year@04 ", "fiscal_yea@04", "irregular "})
  void nearMissesAreNotFrequencies(String text) {
    refused(() -> Frequency.parse(text), ViolationCode.FREQUENCY_INVALID);
  }

  @Test
  void frequenciesAcceptOnlyTheirPeriodsAndDiffer() {
    assertThat(Frequency.parse("fiscal_year@01").fiscalYearStart()).contains(Month.JANUARY);
    assertThat(Frequency.parse("fiscal_year@12").fiscalYearStart()).contains(Month.DECEMBER);
    assertThat(Frequency.parse("fiscal_year").fiscalYearStart()).contains(Month.JULY);
    assertThat(Frequency.MONTHLY.fiscalYearStart()).isEmpty();
    List<Frequency> all = new ArrayList<>(List.of(Frequency.MONTHLY, Frequency.QUARTERLY,
        Frequency.ANNUAL, Frequency.IRREGULAR));
    for (Month m : Month.values()) {
      all.add(Frequency.fiscalYear(m));
    }
    Set<Integer> hashes = new HashSet<>();
    for (Frequency f : all) {
      assertThat(Frequency.parse(f.toString())).isEqualTo(f).hasSameHashCodeAs(f);
      hashes.add(f.hashCode());
      for (Frequency g : all) {
        assertThat(f.equals(g)).isEqualTo(f == g || f.toString().equals(g.toString()));
      }
    }
    assertThat(hashes).hasSameSizeAs(all);
    assertThat(Frequency.MONTHLY).isNotEqualTo("monthly");
    Period fy = Period.parse("FY2025@04");
    assertThat(Frequency.fiscalYear(Month.APRIL).accepts(fy)).isTrue();
    assertThat(Frequency.fiscalYear(Month.JULY).accepts(fy)).isFalse();
    assertThat(Frequency.ANNUAL.accepts(Period.parse("FY2025@01"))).isFalse();
    assertThat(Frequency.fiscalYear(Month.JANUARY).accepts(Period.parse("2025"))).isFalse();
    assertThat(Frequency.QUARTERLY.accepts(Period.parse("2025-Q2"))).isTrue();
    assertThat(Frequency.QUARTERLY.accepts(Period.parse("2025-04/2025-06"))).isFalse();
    assertThat(Frequency.IRREGULAR.accepts(Period.parse("2025-04/2025-06"))).isTrue();
    Period may = Period.parse("2025-05");
    assertThat(Frequency.QUARTERLY.enclosing(may)).isEqualTo(Period.parse("2025-Q2"));
    assertThat(Frequency.QUARTERLY.enclosing(Period.parse("2025-03")))
        .isEqualTo(Period.parse("2025-Q1"));
    assertThat(Frequency.ANNUAL.enclosing(may)).isEqualTo(Period.parse("2025"));
    assertThat(Frequency.fiscalYear(Month.APRIL).enclosing(may))
        .isEqualTo(Period.parse("FY2026@04"));
    assertThat(Frequency.fiscalYear(Month.APRIL).enclosing(Period.parse("2025-03")))
        .isEqualTo(Period.parse("FY2025@04"));
    assertThat(Frequency.fiscalYear(Month.JANUARY).enclosing(may))
        .isEqualTo(Period.parse("FY2025@01"));
    assertThat(Frequency.MONTHLY.enclosing(may)).isEqualTo(may);
    assertThatThrownBy(() -> Frequency.IRREGULAR.enclosing(may))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void idsHaveOneToHundredCharactersAndDifferByKind() {
    String hundred = "a".repeat(100);
    assertThat(DialogueId.of(hundred).value()).hasSize(100);
    assertThat(EntityId.isSlug(hundred)).isTrue();
    assertThat(EntityId.isSlug(hundred + "a")).isFalse();
    assertThat(EntityId.isSlug("")).isFalse();
    assertThat(EntityId.isSlug(null)).isFalse();
    assertThat(EntityId.isSlug("a")).isTrue();
    assertThat(EntityId.isSlug("a-b-c")).isTrue();
    assertThat(EntityId.isSlug("a--b")).isFalse();
    assertThat(DialogueId.of("a")).isNotEqualTo(MeetingId.of("a")).isNotEqualTo("a")
        .isNotEqualTo(null).isEqualTo(DialogueId.of("a")).hasSameHashCodeAs(DialogueId.of("a"));
    assertThat(DialogueId.of("a").hashCode()).isNotEqualTo(MeetingId.of("a").hashCode());
    assertThat(DialogueId.of("a").hashCode()).isNotEqualTo(DialogueId.of("b").hashCode());
    assertThat(DialogueId.of("budapest-process").toString()).isEqualTo("budapest-process");
    assertThat(DialogueId.of("a").compareTo(DialogueId.of("b"))).isNegative();
    assertThat(MeetingId.of("b").compareTo(MeetingId.of("a"))).isPositive();
    assertThat(PersonId.of("a").compareTo(PersonId.of("a"))).isZero();
    assertThat(OrganisationId.of("a").compareTo(OrganisationId.of("b"))).isNegative();
    assertThat(DeclarationId.of("a").compareTo(DeclarationId.of("b"))).isNegative();
    assertThat(SeriesId.of("a").compareTo(SeriesId.of("b"))).isNegative();
    assertThat(WorkingGroupId.of("a").compareTo(WorkingGroupId.of("b"))).isNegative();
    assertThat(RegionId.of("a").compareTo(RegionId.of("b"))).isNegative();
    refused(() -> DialogueId.of(null), ViolationCode.REQUIRED);
  }

  @Test
  void longInvalidTextIsAbbreviatedToFortyCharactersInMessages() {
    String forty = "A".repeat(40);
    assertThat(EntityId.abbreviate(forty)).isEqualTo(forty);
    assertThat(EntityId.abbreviate(forty + "B")).isEqualTo(forty + "…");
    assertThatThrownBy(() -> MeetingId.of(forty + "BCD")).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.violations().get(0).message())
            .contains(forty + "…").doesNotContain("BCD").contains("100"));
    assertThatThrownBy(() -> CountryCode.of("X".repeat(50))).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.violations().get(0).message())
            .contains("X".repeat(40) + "…"));
  }

  @Test
  void countryCodesAreCachedOrderedAndKnown() {
    assertThat(CountryCode.isKnown("PAK")).isTrue();
    assertThat(CountryCode.isKnown("XKX")).isTrue();
    assertThat(CountryCode.isKnown("pak")).isFalse();
    assertThat(CountryCode.isKnown("ZZZ")).isFalse();
    CountryCode pak = CountryCode.of("PAK");
    assertThat(pak.code()).isEqualTo("PAK");
    assertThat(pak.toString()).isEqualTo("PAK");
    assertThat(pak).isSameAs(CountryCode.of("PAK")).isEqualTo(CountryCode.of("PAK"))
        .isNotEqualTo(CountryCode.of("HUN")).isNotEqualTo("PAK")
        .hasSameHashCodeAs(CountryCode.of("PAK"));
    assertThat(pak.hashCode()).isNotEqualTo(CountryCode.of("HUN").hashCode());
    assertThat(CountryCode.of("HUN").compareTo(pak)).isNegative();
    assertThat(pak.compareTo(CountryCode.of("HUN"))).isPositive();
    refused(() -> CountryCode.of(null), ViolationCode.REQUIRED);
  }

  @Test
  void textsMayHaveUpTo100000CharactersAndMustNotBeBlank() {
    String longest = "x".repeat(100_000);
    assertThat(Source.builder().title(longest).build().title().orElseThrow()).hasSize(100_000);
    refused(() -> Source.builder().title(longest + "x").build(), ViolationCode.TEXT_TOO_LONG);
    refused(() -> Source.builder().title("t").publisher(" ").build(), ViolationCode.TEXT_BLANK);
    refused(() -> Source.builder().build(), ViolationCode.SOURCE_UNIDENTIFIED);
    assertThat(Source.builder().title("t").publisher("p").build().publisher()).contains("p");
  }

  @Test
  void everyTextOfEveryTypeRefusesBlankAndEveryListRefusesDuplicates() {
    String blank = " \t ";
    refused(() -> Dialogue.builder().id(DialogueId.of("d")).name(blank).build(),
        ViolationCode.TEXT_BLANK);
    refused(() -> Dialogue.builder().id(DialogueId.of("d")).name("d").shortName(blank).build(),
        ViolationCode.TEXT_BLANK);
    refused(() -> Dialogue.builder().id(DialogueId.of("d")).name("d").description(blank).build(),
        ViolationCode.TEXT_BLANK);
    Membership hun = Membership.builder().party(Party.country(CountryCode.of("HUN"))).build();
    refused(() -> Dialogue.builder().id(DialogueId.of("d")).name("d").addMembers(hun, hun)
        .build(), ViolationCode.COLLECTION_DUPLICATE);
    Region r = Region.builder().id(RegionId.of("r")).name("r").build();
    refused(() -> Dialogue.builder().id(DialogueId.of("d")).name("d").addRegions(r, r).build(),
        ViolationCode.COLLECTION_DUPLICATE);
    WorkingGroup g = WorkingGroup.builder().id(WorkingGroupId.of("g")).name("g")
        .kind(WorkingGroupKind.THEMATIC).build();
    refused(() -> Dialogue.builder().id(DialogueId.of("d")).name("d").addWorkingGroups(g, g)
        .build(), ViolationCode.COLLECTION_DUPLICATE);
    assertThat(Dialogue.builder().id(DialogueId.of("d")).name("d").addMembers(hun)
        .addRegions(r).addWorkingGroups(g).build().members()).containsExactly(hun);
    refused(() -> Organisation.builder().id(OrganisationId.of("o")).name(blank)
        .kind(OrganisationKind.OTHER).build(), ViolationCode.TEXT_BLANK);
    refused(() -> Organisation.builder().id(OrganisationId.of("o")).name("o").acronym(blank)
        .kind(OrganisationKind.OTHER).build(), ViolationCode.TEXT_BLANK);
    refused(() -> Organisation.builder().id(OrganisationId.of("o")).name("o")
        .kind(OrganisationKind.OTHER).parent(OrganisationId.of("o")).build(),
        ViolationCode.ORGANISATION_PARENT_CYCLE);
    assertThat(Organisation.builder().id(OrganisationId.of("o")).name("o").acronym("O")
        .kind(OrganisationKind.OTHER).parent(OrganisationId.of("p")).build().parent())
        .contains(OrganisationId.of("p"));
    refused(() -> Position.builder().title(blank).build(), ViolationCode.TEXT_BLANK);
    refused(() -> Figure.builder().value(BigDecimal.ONE).addCounts(Counted.STATES)
        .description(blank).build(), ViolationCode.TEXT_BLANK);
    refused(() -> Source.builder().title("t").url(java.net.URI.create("mailto:a@b.c")).build(),
        ViolationCode.URL_INVALID);
    refused(() -> Source.builder().title("t").url(java.net.URI.create("http:///path")).build(),
        ViolationCode.URL_INVALID);
    assertThat(Source.builder().title("t").url(java.net.URI.create("https://a.example/"))
        .build().url()).isPresent();
    refused(() -> Observation.builder().value(BigDecimal.ONE).build(), ViolationCode.REQUIRED);
    assertThat(PersonId.of("a").compareTo(PersonId.of("b"))).isNegative();
  }

  @Test
  void counts1AndOrdinal1AreTheSmallestAccepted() {
    Figure f = Figure.builder().value(BigDecimal.ZERO).addCounts(Counted.DELEGATES).build();
    assertThat(f.counts()).containsExactly(Counted.DELEGATES);
    refused(() -> Figure.builder().value(BigDecimal.ONE).build(), ViolationCode.COLLECTION_EMPTY);
    Meeting m = Meeting.builder().id(MeetingId.of("m")).dialogue(DialogueId.of("d"))
        .kind(MeetingKind.OTHER).title("t").ordinal(1).durationDays(1).build();
    assertThat(m.ordinal()).hasValue(1);
    refused(() -> m.toBuilder().ordinal(0).build(), ViolationCode.VALUE_OUT_OF_RANGE);
    refused(() -> m.toBuilder().durationDays(0).build(), ViolationCode.VALUE_OUT_OF_RANGE);
    refused(() -> Meeting.builder().dialogue(DialogueId.of("d")).kind(MeetingKind.OTHER)
        .title("t").build(), ViolationCode.REQUIRED);
  }
}
