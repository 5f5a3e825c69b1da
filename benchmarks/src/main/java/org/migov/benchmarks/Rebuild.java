package org.migov.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.migov.model.CountryFigure;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.Dialogue;
import org.migov.model.Figure;
import org.migov.model.Meeting;
import org.migov.model.Membership;
import org.migov.model.Organisation;
import org.migov.model.Person;
import org.migov.model.PriorityGoal;
import org.migov.model.Region;
import org.migov.model.RegionListing;
import org.migov.model.RemittanceSeries;
import org.migov.model.RoleTerm;
import org.migov.model.Source;
import org.migov.model.SourcedDate;
import org.migov.model.WorkingGroup;

/**
 * Rebuilds every object of a dataset through its public builder ({@code toBuilder().build()}),
 * innermost first, so that every invariant of every object is checked again: what decoding does
 * beyond parsing, minus the parsing.
 */
public final class Rebuild {
  private Rebuild() {}

  private static <T> List<T> all(List<T> list, UnaryOperator<T> rebuild) {
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(rebuild.apply(t));
    }
    return out;
  }

  /**
   * Rebuilds a dataset and everything in it.
   *
   * @param d the dataset
   * @return an equal dataset
   */
  public static Dataset dataset(Dataset d) {
    return d.toBuilder()
        .dialogues(all(d.dialogues(), Rebuild::dialogue))
        .organisations(all(d.organisations(), o -> o.toBuilder()
            .sources(all(o.sources(), Rebuild::source)).build()))
        .people(all(d.people(), Rebuild::person))
        .declarations(all(d.declarations(), Rebuild::declaration))
        .meetings(all(d.meetings(), Rebuild::meeting))
        .remittanceSeries(all(d.remittanceSeries(), Rebuild::series))
        .countryFigures(all(d.countryFigures(),
            (CountryFigure f) -> f.toBuilder().figure(figure(f.figure())).build()))
        .build();
  }

  static Source source(Source s) {
    return s.toBuilder().build();
  }

  static Figure figure(Figure f) {
    Figure.Builder b = f.toBuilder();
    f.source().ifPresent(s -> b.source(source(s)));
    return b.build();
  }

  static RemittanceSeries series(RemittanceSeries s) {
    return s.toBuilder().build();
  }

  static Person person(Person p) {
    return p.toBuilder().positions(all(p.positions(), x -> x.toBuilder().build()))
        .sources(all(p.sources(), Rebuild::source)).build();
  }

  static RoleTerm term(RoleTerm t) {
    return t.toBuilder().sources(all(t.sources(), Rebuild::source)).build();
  }

  static Dialogue dialogue(Dialogue d) {
    return d.toBuilder()
        .established(all(d.established(), e -> {
          SourcedDate.Builder b = e.toBuilder();
          e.source().ifPresent(s -> b.source(source(s)));
          return b.build();
        }))
        .members(all(d.members(), (Membership m) -> m.toBuilder().build()))
        .regions(all(d.regions(), (Region r) -> r.toBuilder().listings(all(r.listings(),
            (RegionListing l) -> {
              RegionListing.Builder b = l.toBuilder();
              l.source().ifPresent(s -> b.source(source(s)));
              return b.build();
            })).build()))
        .terms(all(d.terms(), Rebuild::term))
        .workingGroups(all(d.workingGroups(), (WorkingGroup w) -> w.toBuilder()
            .terms(all(w.terms(), Rebuild::term)).sources(all(w.sources(), Rebuild::source))
            .build()))
        .size(all(d.size(), Rebuild::figure))
        .sources(all(d.sources(), Rebuild::source))
        .build();
  }

  static Declaration declaration(Declaration d) {
    return d.toBuilder()
        .goals(all(d.goals(), (PriorityGoal g) -> g.toBuilder()
            .links(all(g.links(), l -> l.toBuilder().build())).build()))
        .sources(all(d.sources(), Rebuild::source))
        .build();
  }

  static Meeting meeting(Meeting m) {
    return m.toBuilder()
        .participation(all(m.participation(), Rebuild::figure))
        .statements(all(m.statements(), s -> s.toBuilder().build()))
        .sessions(all(m.sessions(), s -> s.toBuilder().build()))
        .siteVisits(all(m.siteVisits(), s -> s.toBuilder().build()))
        .outcomes(all(m.outcomes(), o -> o.toBuilder().build()))
        .advances(all(m.advances(), g -> g.toBuilder().build()))
        .sources(all(m.sources(), Rebuild::source))
        .build();
  }
}
