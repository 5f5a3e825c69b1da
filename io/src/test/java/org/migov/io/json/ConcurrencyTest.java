package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Observation;
import org.migov.testing.ModelGenerator;

/**
 * One {@link MigovJson} (and its pretty instance and its mapper) shared by 8 threads that read and
 * write different objects at the same time: every result equals what one thread alone gets.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 10;

  /** What one thread works on, and what it must get, computed beforehand by one thread. */
  private record Work(List<Object> values, List<String> compact, List<String> pretty,
      List<Observation> observations, byte[] lines, String bad) {}

  private static Work work(MigovJson json, int thread) {
    ModelGenerator generator = new ModelGenerator(1000 + thread);
    List<Object> values = new ArrayList<>();
    values.add(generator.dataset());
    values.add(generator.meeting());
    values.add(generator.remittanceSeries());
    values.add(generator.declaration());
    values.add(generator.person());
    values.add(generator.dialogue());
    String name = Samples.typeNames().get(thread % Samples.typeNames().size());
    values.add(Samples.full().get(name).get());
    values.add(Samples.minimal().get(name).get());
    List<String> compact = values.stream().map(json::write).toList();
    List<String> pretty = values.stream().map(json.pretty()::write).toList();
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      observations.add(generator.observation());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeLines(observations, out);
    String bad = "{\"format_version\":\"1.0\",\"meetings\":[{\"id\":\"m" + thread
        + "\",\"dialogue\":\"d\",\"kind\":\"other\",\"title\":\"T\",\"start\":\"2025-06-0"
        + (thread + 2) + "\",\"end\":\"2025-06-01\"}]}";
    return new Work(values, compact, pretty, observations, out.toByteArray(), bad);
  }

  @Test
  void eightThreadsShareOneInstance() throws Exception {
    MigovJson json = MigovJson.builder().build();
    List<Work> works = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      works.add(work(json, t));
    }
    assertThat(works.stream().map(w -> w.compact().get(0)).distinct()).as("different objects")
        .hasSize(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Work w = works.get(t);
        Callable<Integer> task = () -> {
          start.await();
          int checks = 0;
          for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < w.values().size(); i++) {
              Object value = w.values().get(i);
              Class<?> type = Samples.publicType(value);
              assertThat(json.write(value)).isEqualTo(w.compact().get(i));
              assertThat(json.pretty().write(value)).isEqualTo(w.pretty().get(i));
              assertThat(json.read(w.compact().get(i), type)).isEqualTo(value);
              assertThat(json.pretty().read(w.pretty().get(i), type)).isEqualTo(value);
              assertThat(json.mapper().writeValueAsString(value)).isEqualTo(w.compact().get(i));
              assertThat(json.mapper().readValue(w.compact().get(i), type)).isEqualTo(value);
              checks += 6;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            json.writeLines(w.observations(), out);
            assertThat(out.toByteArray()).isEqualTo(w.lines());
            assertThat(json.readLines(new ByteArrayInputStream(w.lines()), Observation.class)
                .toList()).isEqualTo(w.observations());
            MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
                () -> json.read(w.bad(), org.migov.model.Dataset.class));
            assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
            assertThat(e.pointer()).isEqualTo("/meetings/0/end");
            assertThat(e.detail()).isEqualTo("'end' (2025-06-01) lies before the start "
                + "(2025-06-0" + (thread + 2) + ") [date.range.reversed]");
            checks += 3;
          }
          return checks;
        };
        results.add(pool.submit(task));
      }
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(10, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo(THREADS * ROUNDS * (6 * works.get(0).values().size() + 3));
    } finally {
      pool.shutdownNow();
    }
    assertThat(new String(works.get(0).lines(), StandardCharsets.UTF_8).lines()).hasSize(200);
  }
}
