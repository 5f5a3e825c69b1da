package org.migov.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.model.CountryFigure;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.Dialogue;
import org.migov.model.Figure;
import org.migov.model.Frequency;
import org.migov.model.Meeting;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.Organisation;
import org.migov.model.PartialDate;
import org.migov.model.Period;
import org.migov.model.Person;
import org.migov.model.Qualifier;
import org.migov.model.RemittanceSeries;
import org.migov.model.Source;
import org.migov.validation.ValidationReport;

class ModelGeneratorTest {
  private static final int DRAWS = 200;

  /** Every public method that makes one random object. */
  static Stream<Arguments> makers() {
    return Stream.of(
        maker("source", ModelGenerator::source),
        maker("figure", ModelGenerator::figure),
        maker("organisation", ModelGenerator::organisation),
        maker("person", ModelGenerator::person),
        maker("dialogue", ModelGenerator::dialogue),
        maker("declaration", ModelGenerator::declaration),
        maker("meeting", ModelGenerator::meeting),
        maker("remittanceSeries", ModelGenerator::remittanceSeries),
        maker("countryFigure", ModelGenerator::countryFigure),
        maker("observation", ModelGenerator::observation),
        maker("period", ModelGenerator::period),
        maker("partialDate", ModelGenerator::partialDate),
        maker("dataset", ModelGenerator::dataset),
        maker("sized dataset", g -> g.dataset(2, 3, 8)),
        maker("monthlySeries", g -> g.monthlySeries(30)));
  }

  private static Arguments maker(String name, Function<ModelGenerator, Object> make) {
    return Arguments.of(name, make);
  }

  private static <T> List<T> draw(long seed, int n, Function<ModelGenerator, T> make) {
    ModelGenerator g = new ModelGenerator(seed);
    List<T> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(make.apply(g));
    }
    return list;
  }

  // ----- determinism

  @ParameterizedTest(name = "{0}")
  @MethodSource("makers")
  void theSameSeedGivesEqualObjects(String name, Function<ModelGenerator, Object> make) {
    List<Object> a = draw(20261127L, 25, make);
    List<Object> b = draw(20261127L, 25, make);
    assertThat(a).isEqualTo(b);
    assertThat(a).extracting(Object::hashCode).isEqualTo(b.stream().map(Object::hashCode).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("makers")
  void differentSeedsGiveDifferentObjects(String name, Function<ModelGenerator, Object> make) {
    assertThat(draw(1L, 10, make)).isNotEqualTo(draw(2L, 10, make));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("makers")
  void successiveDrawsDiffer(String name, Function<ModelGenerator, Object> make) {
    assertThat(new HashSet<>(draw(3L, 20, make))).hasSizeGreaterThan(10);
  }

  @Test
  void sizedDatasetsAndLongSeriesAreDeterministicToo() {
    assertThat(new ModelGenerator(9).dataset(5, 20, 100))
        .isEqualTo(new ModelGenerator(9).dataset(5, 20, 100));
    assertThat(new ModelGenerator(9).monthlySeries(5_000))
        .isEqualTo(new ModelGenerator(9).monthlySeries(5_000));
  }

  // ----- validity

  @Test
  void smallDatasetsResolveEveryReferenceAndValidateWithoutErrorsOrWarnings() {
    ModelGenerator g = new ModelGenerator(11);
    for (int i = 0; i < DRAWS; i++) {
      Dataset d = g.dataset();
      ValidationReport report = d.validate();
      assertThat(report.isValid()).as("%s", report).isTrue();
      assertThat(report.violations()).as("draw %d", i).isEmpty();
    }
  }

  @Test
  void sizedDatasetsHaveTheRequestedCountsAndValidateWithoutErrorsOrWarnings() {
    Dataset d = new ModelGenerator(12).dataset(10, 40, 600);
    assertThat(d.dialogues()).hasSize(10);
    assertThat(d.declarations()).hasSize(40);
    assertThat(d.meetings()).hasSize(600);
    assertThat(d.organisations()).isNotEmpty();
    assertThat(d.people()).isNotEmpty();
    assertThat(d.remittanceSeries()).isNotEmpty();
    ValidationReport report = d.validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void sizedDatasetsHaveMeetingsWithStatementsFiguresAndSourcesThatResolve() {
    Dataset d = new ModelGenerator(13).dataset(4, 12, 200);
    for (Meeting m : d.meetings()) {
      assertThat(m.statements()).isNotEmpty();
      assertThat(m.participation()).isNotEmpty();
      assertThat(m.sources()).isNotEmpty();
      assertThat(d.dialogue(m.dialogue())).isPresent();
      m.statements().forEach(s -> assertThat(d.person(s.speaker())).isPresent());
      m.advances().forEach(ref -> assertThat(d.goal(ref)).isPresent());
      m.siteVisits().forEach(v -> assertThat(d.organisation(v.organisation())).isPresent());
    }
    for (Declaration decl : d.declarations()) {
      assertThat(d.dialogue(decl.dialogue())).isPresent();
      decl.adoptedAt().ifPresent(at -> assertThat(d.meeting(at)).isPresent());
    }
    assertThat(d.meetings()).anyMatch(m -> !m.advances().isEmpty());
    assertThat(d.declarations()).anyMatch(x -> x.adoptedAt().isPresent());
  }

  @Test
  void datasetsWithoutDialoguesCannotHaveMeetingsOrDeclarations() {
    ModelGenerator g = new ModelGenerator(14);
    assertThat(g.dataset(0, 0, 0).dialogues()).isEmpty();
    assertThatThrownBy(() -> g.dataset(0, 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("declarations and meetings need a dialogue");
    assertThatThrownBy(() -> g.dataset(1, -1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must not be negative");
  }

  @Test
  void everyGeneratedObjectSurvivesACopyThroughItsBuilder() {
    ModelGenerator g = new ModelGenerator(15);
    for (int i = 0; i < DRAWS; i++) {
      Meeting m = g.meeting();
      assertThat(m.toBuilder().build()).isEqualTo(m);
      Dialogue d = g.dialogue();
      assertThat(d.toBuilder().build()).isEqualTo(d);
      RemittanceSeries s = g.remittanceSeries();
      assertThat(s.toBuilder().build()).isEqualTo(s);
      Period p = g.period();
      assertThat(Period.parse(p.toString())).isEqualTo(p);
      PartialDate date = g.partialDate();
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }
  }

  // ----- long series

  @Test
  void theLongestMonthlySeriesHoldsEveryMonthOfTheYearsOneTo9999() {
    RemittanceSeries s = new ModelGenerator(16).monthlySeries(ModelGenerator.MAX_MONTHS);
    List<Observation> observations = s.observations();
    assertThat(observations).hasSize(119_988);
    assertThat(s.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(observations.get(0).period()).isEqualTo(Period.ofMonth(1, 1));
    assertThat(observations.get(observations.size() - 1).period())
        .isEqualTo(Period.ofMonth(9999, 12));
    for (int i = 1; i < observations.size(); i += 997) {
      assertThat(observations.get(i).period().start())
          .isEqualTo(observations.get(i - 1).period().start().plusMonths(1));
    }
  }

  @Test
  void aMonthlySeriesEndsInDecember2025WithForecastsLast() {
    RemittanceSeries s = new ModelGenerator(17).monthlySeries(24);
    assertThat(s.observations().size()).isEqualTo(24);
    assertThat(s.observations().get(0).period()).isEqualTo(Period.of(YearMonth.of(2024, 1)));
    assertThat(s.observations().get(23).period()).isEqualTo(Period.of(YearMonth.of(2025, 12)));
    assertThat(s.forecasts().observations().size()).isEqualTo(3);
    assertThat(s.latestActual().map(Observation::period))
        .contains(Period.of(YearMonth.of(2025, 9)));
    assertThat(new ModelGenerator(17).monthlySeries(0).observations().size()).isZero();
  }

  @Test
  void aMonthlySeriesOfMoreMonthsThanTheYearsOneTo9999HoldIsRefused() {
    ModelGenerator g = new ModelGenerator(18);
    assertThatThrownBy(() -> g.monthlySeries(1_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a monthly series holds 0 to 119988 months (every month of the years 1 to "
            + "9999), not 1000000");
    assertThatThrownBy(() -> g.monthlySeries(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  // ----- variety

  private static <T> void bothOccur(List<T> draws, String what, Predicate<T> present) {
    assertThat(draws).as("%s present", what).anyMatch(present);
    assertThat(draws).as("%s absent", what).anyMatch(present.negate());
  }

  private static <T> void presentAndAbsent(List<T> draws, String what,
      Function<T, Optional<?>> attribute) {
    bothOccur(draws, what, t -> attribute.apply(t).isPresent());
  }

  @Test
  void optionalAttributesOfSourcesFiguresAndCountryFiguresAreBothPresentAndAbsent() {
    List<Source> sources = draw(21, DRAWS, ModelGenerator::source);
    presentAndAbsent(sources, "publisher", Source::publisher);
    presentAndAbsent(sources, "url", Source::url);
    presentAndAbsent(sources, "published", Source::published);

    List<Figure> figures = draw(22, DRAWS, ModelGenerator::figure);
    presentAndAbsent(figures, "description", Figure::description);
    presentAndAbsent(figures, "asOf", Figure::asOf);
    presentAndAbsent(figures, "period", Figure::period);
    presentAndAbsent(figures, "source", Figure::source);
    bothOccur(figures, "several kinds counted", f -> f.counts().size() > 1);
    assertThat(figures).extracting(Figure::qualifier).contains(Qualifier.values());
    assertThat(figures).allMatch(f -> f.value().signum() >= 0);
    assertThat(figures).anyMatch(f -> f.value().signum() == 0);

    List<CountryFigure> countryFigures = draw(23, DRAWS, ModelGenerator::countryFigure);
    assertThat(countryFigures.stream().map(CountryFigure::country).distinct().count())
        .isGreaterThan(50);
  }

  @Test
  void optionalAttributesOfOrganisationsAndPeopleAreBothPresentAndAbsent() {
    List<Organisation> organisations = draw(24, DRAWS, ModelGenerator::organisation);
    presentAndAbsent(organisations, "acronym", Organisation::acronym);
    presentAndAbsent(organisations, "country", Organisation::country);
    presentAndAbsent(organisations, "parent", Organisation::parent);
    bothOccur(organisations, "sources", o -> !o.sources().isEmpty());
    assertThat(organisations).allMatch(o -> !o.parent().equals(Optional.of(o.id())));

    List<Person> people = draw(25, DRAWS, ModelGenerator::person);
    presentAndAbsent(people, "honorific", Person::honorific);
    bothOccur(people, "positions", p -> !p.positions().isEmpty());
    bothOccur(people, "several positions", p -> p.positions().size() > 1);
    bothOccur(people, "position ends",
        p -> p.positions().stream().anyMatch(x -> x.end().isPresent()));
  }

  @Test
  void optionalAttributesOfDialoguesDeclarationsAndMeetingsAreBothPresentAndAbsent() {
    List<Dialogue> dialogues = draw(26, DRAWS, ModelGenerator::dialogue);
    presentAndAbsent(dialogues, "shortName", Dialogue::shortName);
    presentAndAbsent(dialogues, "description", Dialogue::description);
    bothOccur(dialogues, "members", d -> !d.members().isEmpty());
    bothOccur(dialogues, "regions", d -> !d.regions().isEmpty());
    bothOccur(dialogues, "terms", d -> !d.terms().isEmpty());
    bothOccur(dialogues, "working groups", d -> !d.workingGroups().isEmpty());
    bothOccur(dialogues, "established", d -> !d.established().isEmpty());

    List<Declaration> declarations = draw(27, DRAWS, ModelGenerator::declaration);
    presentAndAbsent(declarations, "adopted", Declaration::adopted);
    presentAndAbsent(declarations, "adoptedAt", Declaration::adoptedAt);
    presentAndAbsent(declarations, "implementationStart", Declaration::implementationStart);
    presentAndAbsent(declarations, "implementationEnd", Declaration::implementationEnd);
    bothOccur(declarations, "goals", d -> !d.goals().isEmpty());
    bothOccur(declarations, "a gap in goal numbers",
        d -> !d.goals().isEmpty() && d.goals().get(d.goals().size() - 1).number()
            > d.goals().size());

    List<Meeting> meetings = draw(28, DRAWS, ModelGenerator::meeting);
    presentAndAbsent(meetings, "hostCountry", Meeting::hostCountry);
    presentAndAbsent(meetings, "city", Meeting::city);
    presentAndAbsent(meetings, "start", Meeting::start);
    presentAndAbsent(meetings, "end", Meeting::end);
    presentAndAbsent(meetings, "convenedBy", Meeting::convenedBy);
    bothOccur(meetings, "ordinal", m -> m.ordinal().isPresent());
    bothOccur(meetings, "durationDays", m -> m.durationDays().isPresent());
    bothOccur(meetings, "duration without dates",
        m -> m.durationDays().isPresent() && m.start().isEmpty() && m.end().isEmpty());
    bothOccur(meetings, "statements", m -> !m.statements().isEmpty());
    bothOccur(meetings, "participation", m -> !m.participation().isEmpty());
    bothOccur(meetings, "sessions", m -> !m.sessions().isEmpty());
    bothOccur(meetings, "outcomes", m -> !m.outcomes().isEmpty());
    bothOccur(meetings, "advances", m -> !m.advances().isEmpty());
    bothOccur(meetings, "sources", m -> !m.sources().isEmpty());
  }

  @Test
  void seriesAndObservationsVaryInFrequencyPeriodStatusSignAndScale() {
    List<RemittanceSeries> series = draw(29, DRAWS, ModelGenerator::remittanceSeries);
    presentAndAbsent(series, "title", RemittanceSeries::title);
    presentAndAbsent(series, "counterpart", RemittanceSeries::counterpart);
    presentAndAbsent(series, "indicator", RemittanceSeries::indicator);
    bothOccur(series, "observations", s -> s.observations().size() > 0);
    bothOccur(series, "observation sources",
        s -> s.observations().stream().anyMatch(o -> o.source().isPresent()));
    assertThat(series).extracting(s -> s.frequency().kind()).contains(Frequency.Kind.values());

    List<Observation> observations = draw(30, DRAWS * 2, ModelGenerator::observation);
    presentAndAbsent(observations, "source", Observation::source);
    assertThat(observations).extracting(o -> o.period().kind()).contains(Period.Kind.values());
    assertThat(observations).extracting(Observation::status)
        .contains(ObservationStatus.values());
    assertThat(observations).extracting(Observation::qualifier).contains(Qualifier.values());
    List<BigDecimal> values = observations.stream().map(Observation::value).toList();
    assertThat(values).anyMatch(v -> v.signum() < 0).anyMatch(v -> v.signum() > 0)
        .anyMatch(v -> v.signum() == 0)
        .anyMatch(v -> v.scale() < 0).anyMatch(v -> v.scale() > 10)
        .anyMatch(v -> v.unscaledValue().bitLength() >= 64);
  }

  @Test
  void periodsAndDatesCoverEveryKindPrecisionAndTheEdgesOfTheYearRange() {
    List<Period> periods = draw(31, DRAWS * 5, ModelGenerator::period);
    assertThat(periods).extracting(Period::kind).contains(Period.Kind.values());
    assertThat(periods).anyMatch(p -> p.kind() == Period.Kind.FISCAL_YEAR
        && p.yearStart() != java.time.Month.JULY);
    assertThat(periods).anyMatch(p -> p.kind() == Period.Kind.FISCAL_YEAR
        && p.yearStart() == java.time.Month.JULY);
    assertThat(periods).anyMatch(p -> p.lengthInMonths() > 600);
    assertThat(periods).anyMatch(p -> p.start().getYear() == 1);
    assertThat(periods).anyMatch(p -> p.end().getYear() == 9999);

    List<PartialDate> dates = draw(32, DRAWS * 5, ModelGenerator::partialDate);
    assertThat(dates).extracting(PartialDate::precision)
        .contains(PartialDate.Precision.values());
    assertThat(dates).anyMatch(d -> d.year() == 1).anyMatch(d -> d.year() == 9999);
  }

  @Test
  void textsIncludeQuotesBackslashesEmojiAndOtherUnusualCharacters() {
    Set<String> texts = new HashSet<>();
    ModelGenerator g = new ModelGenerator(33);
    for (int i = 0; i < DRAWS; i++) {
      Source s = g.source();
      s.title().ifPresent(texts::add);
      s.publisher().ifPresent(texts::add);
    }
    assertThat(texts).anyMatch(t -> t.contains("\""));
    assertThat(texts).anyMatch(t -> t.contains("\\"));
    assertThat(texts).anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(texts).anyMatch(t -> t.chars().anyMatch(Character::isISOControl));
    assertThat(texts).anyMatch(t -> t.length() > 500);
    assertThat(texts).anyMatch(t -> t.chars().allMatch(c -> c < 128));
    assertThat(texts).noneMatch(String::isBlank);
  }

  @Test
  void idsAreSlugsOfEveryLengthFromOneToAHundred() {
    List<Organisation> organisations = draw(34, DRAWS * 2, ModelGenerator::organisation);
    assertThat(organisations).anyMatch(o -> o.id().value().length() == 1);
    assertThat(organisations).anyMatch(o -> o.id().value().length() == 100);
    assertThat(organisations).anyMatch(o -> o.id().value().contains("-"));
  }

  @Test
  void smallDatasetsVaryInWhatTheyHold() {
    List<Dataset> datasets = draw(35, 100, ModelGenerator::dataset);
    bothOccur(datasets, "meetings", d -> !d.meetings().isEmpty());
    bothOccur(datasets, "declarations", d -> !d.declarations().isEmpty());
    bothOccur(datasets, "remittance series", d -> !d.remittanceSeries().isEmpty());
    bothOccur(datasets, "country figures", d -> !d.countryFigures().isEmpty());
    bothOccur(datasets, "several dialogues", d -> d.dialogues().size() > 1);
    assertThat(datasets).anyMatch(d -> d.meetings().stream().anyMatch(m -> !m.advances().isEmpty()));
    assertThat(datasets).anyMatch(d -> d.organisations().stream()
        .anyMatch(o -> o.parent().isPresent()));
    EnumSet<ObservationStatus> statuses = EnumSet.noneOf(ObservationStatus.class);
    datasets.forEach(d -> d.remittanceSeries()
        .forEach(s -> s.observations().forEach(o -> statuses.add(o.status()))));
    assertThat(statuses).containsExactlyInAnyOrder(ObservationStatus.values());
  }
}
