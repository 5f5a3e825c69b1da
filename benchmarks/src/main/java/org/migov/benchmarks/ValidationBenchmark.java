package org.migov.benchmarks;

import java.util.concurrent.TimeUnit;
import org.migov.model.Dataset;
import org.migov.model.DeclarationId;
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.Organisation;
import org.migov.model.OrganisationId;
import org.migov.model.Outcome;
import org.migov.model.Party;
import org.migov.model.Person;
import org.migov.model.Position;
import org.migov.model.SiteVisit;
import org.migov.model.Statement;
import org.migov.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Dataset#validate()} of governance datasets of 30 dialogues, 300 declarations and 1,000,
 * 10,000 or 100,000 meetings (organisations and people in proportion). Divide the score by the
 * number of meetings for the time per meeting, which must stay flat.
 *
 * <p>{@link #walk()} is the baseline of the same size: it reaches the references of the
 * organisations, people and meetings (each id's hash, each position's title), which hold all but
 * the few of the 30 dialogues and 300 declarations, without checking anything: the least any
 * validation reading those references must do. Where the time per meeting of both grows alike,
 * the growth comes from reaching data that no longer fits in the caches, not from the rules.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class ValidationBenchmark {
  /** The number of meetings. */
  @Param({"1000", "10000", "100000"})
  public int meetings;

  private Dataset dataset;

  /** Generates the dataset, and makes sure it is valid. */
  @Setup(Level.Trial)
  public void setUp() {
    dataset = Data.governance(meetings);
    ValidationReport report = dataset.validate();
    if (!report.violations().isEmpty()) {
      throw new IllegalStateException("the generated dataset is not valid: " + report);
    }
  }

  /**
   * Validates the rules across entities.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validate() {
    return dataset.validate();
  }

  /**
   * Reaches the references of organisations, people and meetings that the rules check, in the
   * order the rules reach them, and nothing more.
   *
   * @return a sum of hashes, so that nothing is left out
   */
  @Benchmark
  public long walk() {
    long h = 0;
    for (Organisation o : dataset.organisations()) {
      h += o.id().hashCode() + o.parent().map(OrganisationId::hashCode).orElse(0);
    }
    for (Person p : dataset.people()) {
      h += p.id().hashCode();
      for (Position position : p.positions()) {
        h += position.title().hashCode()
            + position.organisation().map(OrganisationId::hashCode).orElse(0);
      }
    }
    for (Meeting m : dataset.meetings()) {
      h += m.id().hashCode() + m.dialogue().hashCode();
      h += hashes(m.conveners()) + hashes(m.participants()) + hashes(m.openedBy());
      for (Statement s : m.statements()) {
        h += s.speaker().hashCode() + hashes(s.positions())
            + s.onBehalfOf().map(Party::hashCode).orElse(0);
      }
      for (SiteVisit v : m.siteVisits()) {
        h += v.organisation().hashCode();
      }
      for (Outcome o : m.outcomes()) {
        h += o.declaration().map(DeclarationId::hashCode).orElse(0);
      }
      for (GoalRef g : m.advances()) {
        h += g.declaration().hashCode() + g.goal();
      }
    }
    return h;
  }

  private static long hashes(java.util.List<?> values) {
    long h = 0;
    for (int i = 0; i < values.size(); i++) {
      h += values.get(i).hashCode();
    }
    return h;
  }
}
