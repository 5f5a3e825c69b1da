package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.model.Dataset;
import org.migov.model.Frequency;
import org.migov.model.Observation;
import org.migov.model.RemittanceSeries;
import org.migov.testing.ModelGenerator;
import org.migov.testing.SeedArticle;

/**
 * Round trips of objects made by core's seeded {@link ModelGenerator} (unusual text, decimals of
 * every scale, dates and periods of every kind) and of the seed article: {@code read(write(x))}
 * equals {@code x}, compact and pretty; writing is deterministic; every document validates
 * against the schema.
 */
class GeneratedRoundTripTest {
  private static final MigovJson JSON = MigovJson.defaults();
  private static final int SEEDS = 60;

  /** A generator method, by name. */
  record Kind(String name, Function<ModelGenerator, Object> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Kind> KINDS = List.of(
      new Kind("source", ModelGenerator::source),
      new Kind("figure", ModelGenerator::figure),
      new Kind("organisation", ModelGenerator::organisation),
      new Kind("person", ModelGenerator::person),
      new Kind("dialogue", ModelGenerator::dialogue),
      new Kind("declaration", ModelGenerator::declaration),
      new Kind("meeting", ModelGenerator::meeting),
      new Kind("remittanceSeries", ModelGenerator::remittanceSeries),
      new Kind("countryFigure", ModelGenerator::countryFigure),
      new Kind("observation", ModelGenerator::observation),
      new Kind("dataset", ModelGenerator::dataset));

  static Stream<Arguments> generated() {
    List<Arguments> cases = new ArrayList<>();
    for (Kind kind : KINDS) {
      LongStream.range(0, SEEDS).forEach(seed -> cases.add(Arguments.of(kind, seed)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} of seed {1}")
  @MethodSource("generated")
  void generatedObjectsRoundTrip(Kind kind, long seed) {
    Object value = kind.make().apply(new ModelGenerator(seed));
    Object again = kind.make().apply(new ModelGenerator(seed));
    Class<?> type = Samples.publicType(value);

    String compact = JSON.write(value);
    String pretty = JSON.pretty().write(value);

    assertThat(JSON.read(compact, type)).isEqualTo(value);
    assertThat(JSON.read(pretty, type)).isEqualTo(value);
    assertThat(JSON.write(value)).as("the same bytes twice").isEqualTo(compact);
    assertThat(JSON.write(again)).as("the same bytes for an equal object").isEqualTo(compact);
    assertThat(JSON.write(JSON.read(compact, type))).isEqualTo(compact);
    SchemaCheck.assertValid(compact);
  }

  /**
   * Every result of the series operations on generated series round-trips too: what the model's
   * own arithmetic makes is written and read back equal, or refused when made (a sum beyond what
   * an observation holds), never written and then refused by the reader.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void resultsOfSeriesOperationsRoundTrip(long seed) {
    ModelGenerator g = new ModelGenerator(seed);
    List<RemittanceSeries> results = new ArrayList<>();
    for (RemittanceSeries s : List.of(g.remittanceSeries(), g.monthlySeries(1 + (int) seed % 40))) {
      results.add(s.actuals());
      results.add(s.forecasts());
      for (Frequency target : List.of(Frequency.QUARTERLY, Frequency.ANNUAL,
          Frequency.fiscalYear(java.time.Month.JULY))) {
        for (boolean partial : new boolean[] {false, true}) {
          try {
            results.add(s.aggregate(target, partial));
          } catch (IllegalArgumentException e) {
            // an irregular series, or periods that do not nest: not a result
          } catch (ArithmeticException e) {
            assertThat(e).hasMessageContaining("beyond what an observation holds");
          }
        }
      }
    }
    for (RemittanceSeries r : results) {
      String json = JSON.write(r);
      assertThat(JSON.read(json, RemittanceSeries.class)).isEqualTo(r);
      SchemaCheck.assertValid(json);
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  @Test
  void generatedObjectsOfEveryKindThroughJsonLines() {
    for (Kind kind : KINDS) {
      ModelGenerator generator = new ModelGenerator(kind.name().hashCode());
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        values.add(kind.make().apply(generator));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JSON.writeLines(values, out);
      Class<?> type = Samples.publicType(values.get(0));

      assertThat(JSON.readLines(new ByteArrayInputStream(out.toByteArray()), type).toList())
          .as(kind.name()).isEqualTo(values);
    }
  }

  @Test
  void sizedDatasetsAndLongSeriesRoundTrip() {
    ModelGenerator generator = new ModelGenerator(7);
    Dataset large = generator.dataset(3, 5, 300);
    org.migov.model.RemittanceSeries months = generator.monthlySeries(ModelGenerator.MAX_MONTHS);

    assertThat(JSON.read(JSON.write(large), Dataset.class)).isEqualTo(large);
    assertThat(JSON.read(JSON.pretty().write(months), org.migov.model.RemittanceSeries.class))
        .isEqualTo(months);
    SchemaCheck.assertValid(JSON.write(large));
  }

  @Test
  void generatedObservationsKeepTheirExactValues() {
    ModelGenerator generator = new ModelGenerator(42);
    for (int i = 0; i < 2000; i++) {
      Observation o = generator.observation();
      Observation back = JSON.read(JSON.write(o), Observation.class);

      assertThat(back.value()).isEqualTo(o.value()).hasScaleOf(o.value().scale());
      assertThat(back.period()).isEqualTo(o.period());
    }
  }

  @Test
  void theSeedArticleRoundTripsAndIsValid() {
    Dataset seed = SeedArticle.dataset();

    assertThat(JSON.read(JSON.write(seed), Dataset.class)).isEqualTo(seed);
    assertThat(JSON.read(JSON.pretty().write(seed), Dataset.class)).isEqualTo(seed);
    assertThat(JSON.write(SeedArticle.dataset())).isEqualTo(JSON.write(seed));
    SchemaCheck.assertValid(JSON.write(seed));
    SchemaCheck.assertValid(JSON.pretty().write(seed));
    for (Object entity : entities(seed)) {
      String json = JSON.write(entity);
      assertThat(JSON.read(json, Samples.publicType(entity))).isEqualTo(entity);
      SchemaCheck.assertValid(json);
    }
  }

  private static List<Object> entities(Dataset d) {
    List<Object> all = new ArrayList<>();
    all.addAll(d.dialogues());
    all.addAll(d.organisations());
    all.addAll(d.people());
    all.addAll(d.declarations());
    all.addAll(d.meetings());
    all.addAll(d.remittanceSeries());
    all.addAll(d.countryFigures());
    return all;
  }
}
