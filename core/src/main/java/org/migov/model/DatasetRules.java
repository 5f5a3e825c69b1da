package org.migov.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.migov.validation.ValidationReport;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/** The rules across the entities of a {@link Dataset}, checked in time linear in its size. */
final class DatasetRules {
  private final Dataset data;
  private final List<Violation> found = new ArrayList<>();
  private final Map<DialogueId, Dialogue> dialogues;
  private final Map<OrganisationId, Organisation> organisations;
  private final Map<PersonId, Person> people;
  private final Map<DeclarationId, Declaration> declarations;
  private final Map<MeetingId, Meeting> meetings;

  private DatasetRules(Dataset data) {
    this.data = data;
    this.dialogues = index("dialogues", data.dialogues(), Dialogue::id);
    this.organisations = index("organisations", data.organisations(), Organisation::id);
    this.people = index("people", data.people(), Person::id);
    this.declarations = index("declarations", data.declarations(), Declaration::id);
    this.meetings = index("meetings", data.meetings(), Meeting::id);
    index("remittanceSeries", data.remittanceSeries(), s -> s.id());
  }

  /**
   * Validates every rule across the entities of {@code data}.
   *
   * @param data the dataset
   * @return the report
   */
  static ValidationReport validate(Dataset data) {
    DatasetRules rules = new DatasetRules(data);
    rules.organisations();
    rules.people();
    rules.dialogues();
    rules.declarations();
    rules.meetings();
    rules.remittanceSeries();
    return ValidationReport.of(rules.found);
  }

  private void add(String path, ViolationCode code, String format, Object... args) {
    found.add(Violation.of("dataset." + path, code, String.format(Locale.ROOT, format, args)));
  }

  private <K extends EntityId, T> Map<K, T> index(String list, List<T> entities,
      Function<T, K> id) {
    Map<K, T> index = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      K key = id.apply(entities.get(i));
      if (index.putIfAbsent(key, entities.get(i)) != null) {
        add(list + "[" + i + "].id", ViolationCode.ID_DUPLICATE,
            "the id '%s' is used by another entity of '%s'", key, list);
      }
    }
    return index;
  }

  private void exists(String path, Map<? extends EntityId, ?> index, EntityId id, String kind) {
    if (!index.containsKey(id)) {
      add(path, ViolationCode.REFERENCE_DANGLING, "no %s has the id '%s'", kind, id);
    }
  }

  private void party(String path, Party party) {
    party.asOrganisation().ifPresent(o -> exists(path, organisations, o, "organisation"));
  }

  private void sources(String path, List<?> sources, EntityId id) {
    if (sources.isEmpty()) {
      add(path + ".sources", ViolationCode.SOURCES_MISSING, "'%s' cites no source", id);
    }
  }

  private void organisations() {
    List<Organisation> list = data.organisations();
    // ids on a cycle of parents, found in one pass: each organisation is walked over once
    // (following parents from each organisation anew took time quadratic in a chain's length)
    Set<OrganisationId> onCycle = new HashSet<>();
    Map<OrganisationId, Boolean> done = new HashMap<>(); // false while on the current walk
    for (Organisation o : list) {
      List<OrganisationId> walk = new ArrayList<>();
      OrganisationId at = o.id();
      while (at != null && !done.containsKey(at)) {
        done.put(at, false);
        walk.add(at);
        Organisation org = organisations.get(at);
        at = org == null ? null : org.parent().orElse(null);
      }
      if (at != null && Boolean.FALSE.equals(done.get(at))) { // the walk came back to itself
        onCycle.addAll(walk.subList(walk.indexOf(at), walk.size()));
      }
      for (OrganisationId id : walk) {
        done.put(id, true);
      }
    }
    Set<OrganisationId> indexed = new HashSet<>(); // the first of each id is the one indexed
    Reach reach = null;
    for (int i = 0; i < list.size(); i++) {
      Organisation o = list.get(i);
      String path = "organisations[" + i + "]";
      sources(path, o.sources(), o.id());
      o.parent().ifPresent(p -> exists(path + ".parent", organisations, p, "organisation"));
      // a cycle: following parents from o comes back to o
      boolean cycle;
      if (indexed.add(o.id())) {
        cycle = onCycle.contains(o.id());
      } else { // a duplicate id: do the parents of this one lead to the id it shares?
        if (reach == null) {
          reach = new Reach(onCycle);
        }
        cycle = o.parent().isPresent() && reach.reaches(o.parent().get(), o.id());
      }
      if (cycle) {
        add(path + ".parent", ViolationCode.ORGANISATION_PARENT_CYCLE,
            "following the parents of '%s' leads back to it", o.id());
      }
    }
  }

  /**
   * Answers "does following parents from {@code from} reach {@code to}?" in constant time after
   * linear preparation: organisations on a cycle are numbered by cycle; the others form trees
   * hanging from roots (no parent, an unknown parent, or a parent on a cycle), numbered in
   * depth-first order so that the ancestors of a node are the nodes whose intervals hold its
   * number.
   */
  private final class Reach {
    private final Map<OrganisationId, Integer> cycleOf = new HashMap<>();
    private final Map<OrganisationId, Integer> entersCycle = new HashMap<>();
    private final Map<OrganisationId, int[]> interval = new HashMap<>();

    Reach(Set<OrganisationId> onCycle) {
      int cycles = 0;
      for (OrganisationId id : onCycle) {
        if (!cycleOf.containsKey(id)) {
          OrganisationId at = id;
          while (at != null && !cycleOf.containsKey(at)) {
            cycleOf.put(at, cycles);
            at = parentOf(at);
          }
          cycles++;
        }
      }
      Map<OrganisationId, List<OrganisationId>> children = new HashMap<>();
      List<OrganisationId> roots = new ArrayList<>();
      for (OrganisationId id : organisations.keySet()) {
        if (cycleOf.containsKey(id)) {
          continue;
        }
        OrganisationId parent = parentOf(id);
        if (parent == null || cycleOf.containsKey(parent)) {
          roots.add(id);
        } else {
          children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
        }
      }
      int clock = 0;
      for (OrganisationId root : roots) {
        OrganisationId rootParent = parentOf(root);
        Integer cycle = rootParent == null ? Integer.valueOf(-1) : cycleOf.get(rootParent);
        List<OrganisationId> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
          OrganisationId top = stack.get(stack.size() - 1);
          int[] span = interval.get(top);
          if (span == null) { // first visit: number it, then its children
            interval.put(top, new int[] {clock++, -1});
            entersCycle.put(top, cycle == null ? -1 : cycle);
            stack.addAll(children.getOrDefault(top, List.of()));
          } else { // its children are done
            span[1] = clock;
            stack.remove(stack.size() - 1);
          }
        }
      }
    }

    private @Nullable OrganisationId parentOf(OrganisationId id) {
      Organisation o = organisations.get(id);
      if (o == null || o.parent().isEmpty() || !organisations.containsKey(o.parent().get())) {
        return null;
      }
      return o.parent().get();
    }

    boolean reaches(OrganisationId from, OrganisationId to) {
      if (!organisations.containsKey(from)) {
        return false;
      }
      Integer toCycle = cycleOf.get(to);
      if (toCycle != null) {
        Integer fromCycle = cycleOf.get(from);
        return toCycle.equals(fromCycle != null ? fromCycle : entersCycle.get(from));
      }
      int[] f = interval.get(from);
      int[] t = interval.get(to);
      return f != null && t != null && t[0] <= f[0] && f[0] < t[1];
    }
  }

  private void people() {
    List<Person> list = data.people();
    for (int i = 0; i < list.size(); i++) {
      Person p = list.get(i);
      String path = "people[" + i + "]";
      sources(path, p.sources(), p.id());
      for (int j = 0; j < p.positions().size(); j++) {
        String position = path + ".positions[" + j + "]";
        p.positions().get(j).organisation().ifPresent(
            o -> exists(position + ".organisation", organisations, o, "organisation"));
        p.positions().get(j).dialogue().ifPresent(
            d -> exists(position + ".dialogue", dialogues, d, "dialogue"));
      }
    }
  }

  private void dialogues() {
    List<Dialogue> list = data.dialogues();
    for (int i = 0; i < list.size(); i++) {
      Dialogue d = list.get(i);
      String path = "dialogues[" + i + "]";
      sources(path, d.sources(), d.id());
      for (int j = 0; j < d.members().size(); j++) {
        party(path + ".members[" + j + "].party", d.members().get(j).party());
      }
      terms(path + ".terms", d.terms());
      for (int k = 0; k < d.workingGroups().size(); k++) {
        terms(path + ".workingGroups[" + k + "].terms", d.workingGroups().get(k).terms());
      }
    }
  }

  private void terms(String path, List<RoleTerm> terms) {
    for (int j = 0; j < terms.size(); j++) {
      party(path + "[" + j + "].holder", terms.get(j).holder());
    }
    // only pairs of one role can clash; roles have few terms, so pairs within a role stay small
    Map<DialogueRole, List<Integer>> byRole = new HashMap<>();
    for (int j = 0; j < terms.size(); j++) {
      byRole.computeIfAbsent(terms.get(j).role(), r -> new ArrayList<>()).add(j);
    }
    for (Map.Entry<DialogueRole, List<Integer>> role : byRole.entrySet()) {
      if (role.getKey() == DialogueRole.CO_CHAIR) {
        continue;
      }
      overlaps(path, terms, role.getKey(), role.getValue());
    }
  }

  /**
   * Reports each term that certainly overlaps an earlier term of the same role, once, naming
   * one such earlier term, in time O(n log n): terms x and y certainly overlap when both have
   * a start and {@code s(y) < e(x)} and {@code s(x) < e(y)}, with {@code s} the last day the
   * start may be and {@code e} the first day the end may be (none: no end). Going through the
   * terms in order, a Fenwick tree over the earlier terms' {@code s} holds the greatest {@code
   * e} of those with {@code s < e(y)}. (Comparing every pair took quadratic time and could report
   * a quadratic number of violations.)
   */
  private void overlaps(String path, List<RoleTerm> terms, DialogueRole role,
      List<Integer> idx) {
    List<Integer> dated = new ArrayList<>();
    for (int j : idx) {
      if (terms.get(j).start().isPresent()) {
        dated.add(j);
      }
    }
    int n = dated.size();
    long[] s = new long[n];
    long[] e = new long[n];
    for (int k = 0; k < n; k++) {
      RoleTerm t = terms.get(dated.get(k));
      s[k] = t.start().orElseThrow().latest().toEpochDay();
      e[k] = t.end().map(d -> d.earliest().toEpochDay()).orElse(Long.MAX_VALUE);
    }
    long[] keys = java.util.Arrays.stream(s).sorted().distinct().toArray();
    long[] bestEnd = new long[keys.length + 1];
    int[] bestTerm = new int[keys.length + 1];
    java.util.Arrays.fill(bestEnd, Long.MIN_VALUE);
    for (int k = 0; k < n; k++) {
      // earlier terms starting before this one's end: keys[0 .. below - 1]
      int below = lowerBound(keys, e[k]);
      long maxEnd = Long.MIN_VALUE;
      int with = -1;
      for (int f = below; f > 0; f -= f & -f) {
        if (bestEnd[f] > maxEnd) {
          maxEnd = bestEnd[f];
          with = bestTerm[f];
        }
      }
      if (maxEnd > s[k]) {
        RoleTerm x = terms.get(dated.get(with));
        RoleTerm y = terms.get(dated.get(k));
        add(path + "[" + dated.get(k) + "]", ViolationCode.CHAIR_TERM_OVERLAP,
            "the %s term of %s overlaps the term of %s", role.name().toLowerCase(Locale.ROOT),
            y.holder(), x.holder());
      }
      for (int f = lowerBound(keys, s[k]) + 1; f <= keys.length; f += f & -f) {
        if (e[k] > bestEnd[f]) {
          bestEnd[f] = e[k];
          bestTerm[f] = k;
        }
      }
    }
  }

  /** The number of keys below {@code value}. */
  private static int lowerBound(long[] keys, long value) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void declarations() {
    List<Declaration> list = data.declarations();
    for (int i = 0; i < list.size(); i++) {
      Declaration d = list.get(i);
      String path = "declarations[" + i + "]";
      sources(path, d.sources(), d.id());
      exists(path + ".dialogue", dialogues, d.dialogue(), "dialogue");
      goalCount(path, d);
      if (d.adoptedAt().isPresent()) {
        Meeting m = meetings.get(d.adoptedAt().get());
        if (m == null) {
          exists(path + ".adoptedAt", meetings, d.adoptedAt().get(), "meeting");
        } else {
          if (!m.dialogue().equals(d.dialogue())) {
            add(path + ".adoptedAt", ViolationCode.DECLARATION_DIALOGUE_MISMATCH,
                "'%s' of dialogue '%s' was adopted at '%s' of dialogue '%s'", d.id(),
                d.dialogue(), m.id(), m.dialogue());
          }
          if (d.adopted().isPresent()) {
            PartialDate adopted = d.adopted().get();
            Optional<PartialDate> first = m.start().or(m::end);
            Optional<PartialDate> last = m.end().or(m::start);
            if ((first.isPresent() && adopted.isCertainlyBefore(first.get()))
                || (last.isPresent() && last.get().isCertainlyBefore(adopted))) {
              add(path + ".adopted", ViolationCode.DECLARATION_ADOPTION_DATE,
                  "'%s' was adopted on %s, outside the dates of '%s' (%s to %s)", d.id(),
                  adopted, m.id(), first.map(Object::toString).orElse("?"),
                  last.map(Object::toString).orElse("?"));
            }
          }
        }
      }
    }
  }

  /** Checks a declaration's goals against the number of goals it is stated to have. */
  private void goalCount(String path, Declaration d) {
    if (d.goalCount().isEmpty()) {
      return;
    }
    int count = d.goalCount().getAsInt();
    List<PriorityGoal> goals = d.goals();
    if (goals.size() > count) {
      add(path + ".goals", ViolationCode.GOALS_COUNT_EXCEEDED,
          "'%s' is stated to have %d goals but holds %d", d.id(), count, goals.size());
    }
    for (int j = 0; j < goals.size(); j++) {
      if (goals.get(j).number() > count) {
        add(path + ".goals[" + j + "].number", ViolationCode.GOALS_COUNT_EXCEEDED,
            "'%s' is stated to have %d goals but holds goal number %d", d.id(), count,
            goals.get(j).number());
      }
    }
  }

  private void remittanceSeries() {
    List<RemittanceSeries> list = data.remittanceSeries();
    for (int i = 0; i < list.size(); i++) {
      RemittanceSeries s = list.get(i);
      // a series cites no source at all only if none of its observations cites one either
      if (s.sources().isEmpty()
          && s.observations().stream().noneMatch(o -> o.source().isPresent())) {
        sources("remittanceSeries[" + i + "]", s.sources(), s.id());
      }
    }
  }

  /** The path of the i-th meeting. */
  private static String meeting(int i) {
    return "meetings[" + i + "]";
  }

  /** A meeting's place in the sequence of its dialogue's meetings of a kind. */
  private record Ordinal(DialogueId dialogue, MeetingKind kind, int ordinal) {}

  private void meetings() {
    List<Meeting> list = data.meetings();
    Map<Ordinal, Integer> ordinals = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Meeting m = list.get(i);
      sources(meeting(i), m.sources(), m.id());
      Dialogue dialogue = dialogues.get(m.dialogue());
      if (dialogue == null) {
        exists(meeting(i) + ".dialogue", dialogues, m.dialogue(), "dialogue");
      }
      if (m.ordinal().isPresent()) {
        Ordinal key = new Ordinal(m.dialogue(), m.kind(), m.ordinal().getAsInt());
        Integer before = ordinals.putIfAbsent(key, i);
        if (before != null) {
          add(meeting(i) + ".ordinal", ViolationCode.MEETING_ORDINAL_DUPLICATE,
              "'%s' and '%s' are both meeting %d of kind %s in '%s'", list.get(before).id(),
              m.id(), m.ordinal().getAsInt(), m.kind().name().toLowerCase(Locale.ROOT),
              m.dialogue());
        }
      }
      if (m.convenedBy().isPresent() && dialogue != null) {
        WorkingGroupId wg = m.convenedBy().get();
        Optional<WorkingGroup> group = dialogue.workingGroup(wg);
        if (group.isEmpty()) {
          add(meeting(i) + ".convenedBy", ViolationCode.MEETING_WORKING_GROUP_UNKNOWN,
              "the dialogue '%s' has no working group '%s'", m.dialogue(), wg);
        }
      }
      for (int j = 0; j < m.roles().size(); j++) {
        MeetingRole role = m.roles().get(j);
        String at = meeting(i) + ".roles[" + j + "]";
        role.party().ifPresent(p -> party(at + ".party", p));
        role.person().ifPresent(p -> exists(at + ".person", people, p, "person"));
      }
      for (int j = 0; j < m.conveners().size(); j++) {
        party(meeting(i) + ".conveners[" + j + "]", m.conveners().get(j));
      }
      for (int j = 0; j < m.participants().size(); j++) {
        party(meeting(i) + ".participants[" + j + "]", m.participants().get(j));
      }
      for (int j = 0; j < m.openedBy().size(); j++) {
        exists(meeting(i) + ".openedBy[" + j + "]", people, m.openedBy().get(j), "person");
      }
      for (int j = 0; j < m.statements().size(); j++) {
        statement(i, j, m.statements().get(j));
      }
      for (int j = 0; j < m.siteVisits().size(); j++) {
        exists(meeting(i) + ".siteVisits[" + j + "].organisation", organisations,
            m.siteVisits().get(j).organisation(), "organisation");
      }
      for (int j = 0; j < m.outcomes().size(); j++) {
        String outcome = meeting(i) + ".outcomes[" + j + "].declaration";
        m.outcomes().get(j).declaration().ifPresent(
            d -> exists(outcome, declarations, d, "declaration"));
      }
      for (int j = 0; j < m.advances().size(); j++) {
        advance(i, j, m, m.advances().get(j));
      }
    }
  }

  private void statement(int i, int j, Statement s) {
    Person speaker = people.get(s.speaker());
    if (speaker == null) {
      exists(meeting(i) + ".statements[" + j + "].speaker", people, s.speaker(), "person");
    }
    s.onBehalfOf().ifPresent(
        p -> party(meeting(i) + ".statements[" + j + "].onBehalfOf", p));
    if (speaker != null) {
      for (int k = 0; k < s.positionIds().size(); k++) {
        PositionId id = s.positionIds().get(k);
        if (speaker.position(id).isEmpty()) {
          add(meeting(i) + ".statements[" + j + "].positionIds[" + k + "]",
              ViolationCode.REFERENCE_DANGLING, "'%s' holds no position with the id '%s'",
              s.speaker(), id);
        }
      }
      for (int k = 0; k < s.positions().size(); k++) {
        String title = s.positions().get(k);
        if (speaker.position(title).isEmpty()) {
          add(meeting(i) + ".statements[" + j + "].positions[" + k + "]",
              ViolationCode.STATEMENT_POSITION_UNKNOWN,
              "'%s' is not recorded as holding the position '%s'", s.speaker(), title);
        }
      }
    }
  }

  private void advance(int i, int j, Meeting m, GoalRef ref) {
    Declaration d = declarations.get(ref.declaration());
    if (d == null) {
      exists(meeting(i) + ".advances[" + j + "].declaration", declarations, ref.declaration(),
          "declaration");
      return;
    }
    if (d.goalCount().isPresent() && ref.goal() > d.goalCount().getAsInt()) {
      add(meeting(i) + ".advances[" + j + "].goal", ViolationCode.GOALS_COUNT_EXCEEDED,
          "'%s' is stated to have %d goals, not a goal %d", d.id(), d.goalCount().getAsInt(),
          ref.goal());
    } else if (d.goal(ref.goal()).isEmpty() && d.goalCount().isEmpty()) {
      add(meeting(i) + ".advances[" + j + "].goal", ViolationCode.GOAL_UNKNOWN,
          "'%s' has no priority goal %d", d.id(), ref.goal());
    }
    Optional<PartialDate> last = m.end().or(m::start);
    if (d.adopted().isPresent() && last.isPresent()
        && last.get().isCertainlyBefore(d.adopted().get())) {
      add(meeting(i) + ".advances[" + j + "]", ViolationCode.GOAL_NOT_YET_ADOPTED,
          "'%s' (ending %s) advances a goal of '%s', adopted later (%s)", m.id(), last.get(),
          d.id(), d.adopted().get());
    }
  }
}
