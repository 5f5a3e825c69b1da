package org.migov.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migov.model.CountryFigure;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.Dialogue;
import org.migov.model.Figure;
import org.migov.model.Frequency;
import org.migov.model.GoalLink;
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.Membership;
import org.migov.model.Observation;
import org.migov.model.Organisation;
import org.migov.model.Outcome;
import org.migov.model.Period;
import org.migov.model.Person;
import org.migov.model.Position;
import org.migov.model.PriorityGoal;
import org.migov.model.Region;
import org.migov.model.RegionListing;
import org.migov.model.RemittanceSeries;
import org.migov.model.RoleTerm;
import org.migov.model.Session;
import org.migov.model.SiteVisit;
import org.migov.model.Source;
import org.migov.model.SourcedDate;
import org.migov.model.Statement;
import org.migov.model.WorkingGroup;

/**
 * The invariant checks of every object of a dataset, run again on their own: each model type's
 * {@code check()} method (which its builder's {@code build()} calls), reached through a method
 * handle (the benchmarks run on the class path, where package-private methods can be opened),
 * and for remittance series the checks of {@link RemittanceSeries.Builder#build()} (every period
 * fits the frequency, periods in order), replicated through the public API. What remains of
 * decoding without them is parsing and building.
 */
public final class Invariants {
  private static final Map<Class<?>, MethodHandle> CHECKS = new HashMap<>();

  static {
    for (Class<?> type : List.of(Dataset.class, Dialogue.class, Organisation.class, Person.class,
        Declaration.class, Meeting.class, Source.class, SourcedDate.class, Figure.class,
        Position.class, RoleTerm.class, Membership.class, RegionListing.class, Region.class,
        WorkingGroup.class, GoalLink.class, PriorityGoal.class, GoalRef.class, Statement.class,
        SiteVisit.class, Session.class, Outcome.class, CountryFigure.class, Observation.class)) {
      try {
        java.lang.reflect.Method m = type.getDeclaredMethod("check");
        m.setAccessible(true);
        CHECKS.put(type, MethodHandles.lookup().unreflect(m)
            .asType(MethodType.methodType(void.class, Object.class)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final Object[] objects;
  private final MethodHandle[] checks;
  private final Frequency[] frequencies;
  /** The periods of each series, in order, taken out at setup as build() unpacks them. */
  private final Period[][] periods;

  private Invariants(List<Object> objects, List<RemittanceSeries> series) {
    this.objects = objects.toArray();
    this.checks = new MethodHandle[this.objects.length];
    for (int i = 0; i < this.objects.length; i++) {
      Class<?> c = this.objects[i].getClass();
      while (!CHECKS.containsKey(c)) {
        c = c.getSuperclass();
      }
      checks[i] = CHECKS.get(c);
    }
    this.frequencies = new Frequency[series.size()];
    this.periods = new Period[series.size()][];
    for (int i = 0; i < series.size(); i++) {
      frequencies[i] = series.get(i).frequency();
      periods[i] = series.get(i).observations().stream().map(Observation::period)
          .toArray(Period[]::new);
    }
  }

  /**
   * Gathers every object of a dataset that decoding builds and checks (observations only when
   * they have a source of their own, as decoding makes only those into objects).
   *
   * @param d the dataset
   * @return the checks of its objects
   */
  public static Invariants of(Dataset d) {
    List<Object> all = new ArrayList<>();
    all.add(d);
    for (Dialogue x : d.dialogues()) {
      all.add(x);
      for (SourcedDate e : x.established()) {
        all.add(e);
        e.source().ifPresent(all::add);
      }
      all.addAll(x.members());
      for (Region r : x.regions()) {
        all.add(r);
        for (RegionListing l : r.listings()) {
          all.add(l);
          l.source().ifPresent(all::add);
        }
      }
      terms(all, x.terms());
      for (WorkingGroup w : x.workingGroups()) {
        all.add(w);
        terms(all, w.terms());
        all.addAll(w.sources());
      }
      figures(all, x.size());
      all.addAll(x.sources());
    }
    for (Organisation o : d.organisations()) {
      all.add(o);
      all.addAll(o.sources());
    }
    for (Person p : d.people()) {
      all.add(p);
      all.addAll(p.positions());
      all.addAll(p.sources());
    }
    for (Declaration x : d.declarations()) {
      all.add(x);
      for (PriorityGoal g : x.goals()) {
        all.add(g);
        all.addAll(g.links());
      }
      all.addAll(x.sources());
    }
    for (Meeting m : d.meetings()) {
      all.add(m);
      figures(all, m.participation());
      all.addAll(m.statements());
      all.addAll(m.sessions());
      all.addAll(m.siteVisits());
      all.addAll(m.outcomes());
      all.addAll(m.advances());
      all.addAll(m.sources());
    }
    for (RemittanceSeries s : d.remittanceSeries()) {
      all.addAll(s.sources());
      for (Observation o : s.observations()) {
        // decoding makes an Observation (and checks it) only for one with a source of its own;
        // the others go straight into the series, checked by its build()
        if (o.source().isPresent()) {
          all.add(o);
          all.add(o.source().get());
        }
      }
    }
    for (CountryFigure f : d.countryFigures()) {
      all.add(f);
      figures(all, List.of(f.figure()));
    }
    return new Invariants(all, d.remittanceSeries());
  }

  private static void terms(List<Object> all, List<RoleTerm> terms) {
    for (RoleTerm t : terms) {
      all.add(t);
      all.addAll(t.sources());
    }
  }

  private static void figures(List<Object> all, List<Figure> figures) {
    for (Figure f : figures) {
      all.add(f);
      f.source().ifPresent(all::add);
    }
  }

  /**
   * Returns the number of objects checked.
   *
   * @return the count
   */
  public int size() {
    return objects.length + periods.length;
  }

  /**
   * Runs every check.
   *
   * @return a count of what was checked, so that nothing is optimised away
   */
  public long check() {
    long n = 0;
    try {
      for (int i = 0; i < objects.length; i++) {
        checks[i].invokeExact(objects[i]);
        n++;
      }
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
    for (int k = 0; k < periods.length; k++) {
      // as RemittanceSeries.Builder.build(): each period fits the frequency, periods in order
      Period[] p = periods[k];
      for (int i = 0; i < p.length; i++) {
        if (frequencies[k].accepts(p[i]) && (i == 0 || p[i - 1].compareTo(p[i]) < 0)) {
          n++;
        }
      }
    }
    return n;
  }
}
