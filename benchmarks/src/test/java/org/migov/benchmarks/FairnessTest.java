package org.migov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;
import org.migov.model.Meeting;
import org.migov.model.Observation;
import org.migov.model.RemittanceSeries;
import org.migov.testing.ModelGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baselines do the same work as migov on the same bytes: the records read the same facts,
 * the records and the token list write the same bytes. No timing here.
 */
class FairnessTest {
  private final MigovJson migov = MigovJson.defaults();
  private final JsonMapper records = Records.mapper();
  private final JsonFactory bare = new JsonFactory();

  private static Dataset small() {
    return new ModelGenerator(Data.SEED).dataset(3, 20, 200);
  }

  private static Dataset remittances() {
    ModelGenerator g = new ModelGenerator(Data.SEED);
    return Dataset.builder().addRemittanceSeries(g.monthlySeries(600), g.irregularSeries(5_000))
        .build();
  }

  @Test
  void recordsReadTheSameFactsAsMigov() {
    for (Dataset d : List.of(small(), remittances())) {
      byte[] json = migov.write(d).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Dataset model = migov.read(json, Dataset.class);
      Records.Dataset dto = records.readValue(json, Records.Dataset.class);

      assertThat(model).isEqualTo(d);
      assertThat(count(dto.dialogues())).isEqualTo(model.dialogues().size());
      assertThat(count(dto.organisations())).isEqualTo(model.organisations().size());
      assertThat(count(dto.people())).isEqualTo(model.people().size());
      assertThat(count(dto.declarations())).isEqualTo(model.declarations().size());
      assertThat(count(dto.meetings())).isEqualTo(model.meetings().size());
      assertThat(count(dto.remittanceSeries())).isEqualTo(model.remittanceSeries().size());
      for (int i = 0; i < model.meetings().size(); i++) {
        Meeting m = model.meetings().get(i);
        Records.Meeting r = dto.meetings().get(i);
        assertThat(r.id()).isEqualTo(m.id().value());
        assertThat(count(r.statements())).isEqualTo(m.statements().size());
        assertThat(count(r.participants())).isEqualTo(m.participants().size());
        assertThat(count(r.participation())).isEqualTo(m.participation().size());
        assertThat(count(r.sources())).isEqualTo(m.sources().size());
        for (int j = 0; j < m.participation().size(); j++) {
          assertThat(r.participation().get(j).value())
              .isEqualTo(m.participation().get(j).value());
        }
      }
      for (int i = 0; i < model.remittanceSeries().size(); i++) {
        RemittanceSeries s = model.remittanceSeries().get(i);
        Records.RemittanceSeries r = dto.remittanceSeries().get(i);
        assertThat(r.observations()).hasSize(s.observations().size());
        for (int j = 0; j < s.observations().size(); j++) {
          Observation o = s.observations().get(j);
          assertThat(r.observations().get(j).period()).isEqualTo(o.period().toString());
          assertThat(r.observations().get(j).value()).isEqualTo(o.value());
        }
      }
    }
  }

  @Test
  void recordsAndTokensWriteTheSameBytesAsMigov() {
    for (Dataset d : List.of(small(), remittances())) {
      byte[] json = migov.write(d).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Sink sink = new Sink(1024);
      records.writeValue(sink, records.readValue(json, Records.Dataset.class));
      assertThat(sink.toByteArray()).isEqualTo(json);

      sink.reset();
      try (var g = bare.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), sink)) {
        Tokens.of(bare, json).write(g);
      }
      assertThat(sink.toByteArray()).isEqualTo(json);
    }
  }

  @Test
  void theTokenLoopReadsEveryToken() {
    byte[] json = migov.write(small()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Tokens.loop(bare, json)).isPositive();
    // the same lengths, whether measured on the parser's characters or on strings made of them
    assertThat(Tokens.loopWithStrings(bare, json)).isEqualTo(Tokens.loop(bare, json));
    assertThat(Tokens.of(bare, json).size()).isGreaterThan(1000);
  }

  @Test
  void theChecksAndTheRebuildCoverTheDataset() {
    Dataset d = small();
    assertThat(Invariants.of(d).check()).isGreaterThan(d.meetings().size());
    assertThat(Rebuild.dataset(d)).isEqualTo(d);
    Dataset r = remittances();
    assertThat(Rebuild.dataset(r)).isEqualTo(r);
  }

  @Test
  void theIrregularSeriesHoldsPeriodsOfEveryKind() {
    RemittanceSeries s = new ModelGenerator(1).irregularSeries(200_000);
    assertThat(s.observations()).hasSize(200_000);
    assertThat(s.frequency()).isEqualTo(org.migov.model.Frequency.IRREGULAR);
    java.util.Set<org.migov.model.Period.Kind> kinds = new java.util.HashSet<>();
    for (int i = 0; i < s.observations().size(); i += 7) {
      kinds.add(s.observations().get(i).period().kind());
    }
    assertThat(kinds).containsExactlyInAnyOrder(org.migov.model.Period.Kind.values());
    assertThat(new ModelGenerator(1).irregularSeries(1_000)).isEqualTo(
        new ModelGenerator(1).irregularSeries(1_000));
  }

  private static int count(List<?> list) {
    return Objects.requireNonNullElse(list, List.of()).size();
  }
}
