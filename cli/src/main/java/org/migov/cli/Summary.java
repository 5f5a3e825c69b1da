package org.migov.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.migov.model.Counted;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.Dialogue;
import org.migov.model.DialogueId;
import org.migov.model.DialogueRole;
import org.migov.model.Figure;
import org.migov.model.Meeting;
import org.migov.model.Observation;
import org.migov.model.Party;
import org.migov.model.PriorityGoal;
import org.migov.model.Qualifier;
import org.migov.model.RemittanceSeries;
import org.migov.model.RoleTerm;
import tools.jackson.core.JsonGenerator;

/**
 * What a dataset holds, as sections of items, each item with a label, facts (name and value) and
 * items under it; printed as text, Markdown or JSON from the same tree.
 */
final class Summary {
  /** How a summary is printed. */
  enum Style {
    /** Indented plain text. */
    TEXT,
    /** Markdown: headings and lists. */
    MARKDOWN,
    /** One JSON document of the same tree. */
    JSON
  }

  /** One thing in the summary: a label, its facts, and the things under it. */
  record Item(String label, Map<String, String> facts, List<Item> items) {
    Item(String label) {
      this(label, new LinkedHashMap<>(), new ArrayList<>());
    }

    Item fact(String name, String value) {
      facts.put(name, value);
      return this;
    }
  }

  /** A heading and its items. */
  record Section(String title, List<Item> items) {}

  private final String title;
  private final Map<String, String> counts = new LinkedHashMap<>();
  private final List<Section> sections = new ArrayList<>();

  private Summary(String title) {
    this.title = title;
  }

  /** {@return the summary of a dataset} */
  static Summary of(String name, Dataset d) {
    Summary s = new Summary(name);
    s.counts.put("dialogues", String.valueOf(d.dialogues().size()));
    s.counts.put("organisations", String.valueOf(d.organisations().size()));
    s.counts.put("people", String.valueOf(d.people().size()));
    s.counts.put("declarations", String.valueOf(d.declarations().size()));
    s.counts.put("meetings", String.valueOf(d.meetings().size()));
    s.counts.put("remittance series", String.valueOf(d.remittanceSeries().size()));
    s.counts.put("country figures", String.valueOf(d.countryFigures().size()));
    if (!d.dialogues().isEmpty()) {
      s.sections.add(new Section("Dialogues", d.dialogues().stream().map(Summary::dialogue)
          .collect(Collectors.toList())));
    }
    if (!d.meetings().isEmpty()) {
      s.sections.add(new Section("Meetings", meetings(d)));
    }
    if (!d.declarations().isEmpty()) {
      s.sections.add(new Section("Declarations", d.declarations().stream()
          .map(Summary::declaration).collect(Collectors.toList())));
    }
    if (!d.remittanceSeries().isEmpty()) {
      s.sections.add(new Section("Remittance series", d.remittanceSeries().stream()
          .map(Summary::series).collect(Collectors.toList())));
    }
    return s;
  }

  private static String party(Party p) {
    return p.asCountry().map(Object::toString)
        .orElseGet(() -> p.asOrganisation().map(Object::toString).orElse(p.toString()));
  }

  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String qualifier(Qualifier q) {
    return q == Qualifier.EXACT ? "" : words(q) + " ";
  }

  private static String figure(Figure f) {
    String what = f.description().orElseGet(() -> f.counts().stream().map(Summary::words)
        .collect(Collectors.joining(" and ")));
    return qualifier(f.qualifier()) + f.value().toPlainString() + " " + what;
  }

  private static String term(RoleTerm t) {
    String when = t.start().isPresent() || t.end().isPresent()
        ? " (" + t.start().map(Object::toString).orElse("") + "–"
            + t.end().map(Object::toString).orElse("") + ")"
        : "";
    return party(t.holder()) + when;
  }

  private static Item dialogue(Dialogue d) {
    Item item = new Item(d.name() + " (" + d.id() + ")");
    d.shortName().ifPresent(n -> item.fact("short name", n));
    item.fact("members", d.members().isEmpty() ? "none listed" : d.members().size() + ": "
        + d.members().stream().map(m -> party(m.party())).collect(Collectors.joining(", ")));
    for (DialogueRole role : DialogueRole.values()) {
      List<String> holders = d.terms().stream().filter(t -> t.role() == role)
          .map(Summary::term).collect(Collectors.toList());
      if (!holders.isEmpty()) {
        item.fact(words(role), String.join(", ", holders));
      }
    }
    if (!d.workingGroups().isEmpty()) {
      item.fact("working groups", d.workingGroups().stream().map(w -> w.name())
          .collect(Collectors.joining(", ")));
    }
    if (!d.size().isEmpty()) {
      item.fact("size", d.size().stream().map(Summary::figure)
          .collect(Collectors.joining("; ")));
    }
    return item;
  }

  private static List<Item> meetings(Dataset d) {
    Map<DialogueId, List<Meeting>> byDialogue = d.meetings().stream()
        .collect(Collectors.groupingBy(Meeting::dialogue, LinkedHashMap::new,
            Collectors.toList()));
    List<Item> items = new ArrayList<>();
    byDialogue.forEach((id, meetings) -> {
      String name = d.dialogue(id).map(Dialogue::name).orElse(id.toString());
      Item dialogue = new Item(name + " (" + meetings.size() + ")");
      TreeMap<String, List<Meeting>> byYear = meetings.stream().collect(Collectors.groupingBy(
          m -> m.start().map(s -> String.valueOf(s.year())).orElse("year unknown"),
          TreeMap::new, Collectors.toList()));
      byYear.forEach((year, ms) -> {
        Item y = new Item(year);
        for (Meeting m : ms) {
          Item mi = new Item(m.title());
          mi.fact("kind", words(m.kind()));
          String dates = m.start().map(Object::toString).orElse("")
              + m.end().filter(e -> !m.start().equals(Optional.of(e)))
                  .map(e -> "/" + e).orElse("");
          if (!dates.isEmpty()) {
            mi.fact("dates", dates);
          }
          String host = m.hostCountry().map(Object::toString).orElse("")
              + m.city().map(c -> (m.hostCountry().isPresent() ? ", " : "") + c).orElse("");
          if (!host.isEmpty()) {
            mi.fact("host", host);
          }
          if (!m.participation().isEmpty()) {
            mi.fact("participation", m.participation().stream().map(Summary::figure)
                .collect(Collectors.joining("; ")));
          }
          if (!m.participants().isEmpty()) {
            mi.fact("participants", m.participants().size() + " listed");
          }
          y.items().add(mi);
        }
        dialogue.items().add(y);
      });
      items.add(dialogue);
    });
    return items;
  }

  private static Item declaration(Declaration d) {
    Item item = new Item(d.title() + " (" + d.id() + ")");
    item.fact("dialogue", d.dialogue().toString());
    item.fact("kind", words(d.kind()));
    d.adopted().ifPresent(a -> item.fact("adopted", a.toString()));
    d.adoptedAt().ifPresent(a -> item.fact("adopted at", a.toString()));
    item.fact("goals", d.goalCount().isPresent()
        ? d.goals().size() + " known of " + d.goalCount().getAsInt()
        : String.valueOf(d.goals().size()));
    for (PriorityGoal g : d.goals()) {
      String words = g.shortTitle().or(g::text).or(g::theme).orElse("(wording not known)");
      item.items().add(new Item(g.number() + ". " + words));
    }
    return item;
  }

  /** {@return the unit of a series' values, such as {@code USD billions}} */
  static String unit(RemittanceSeries s) {
    String currency = s.currency().getCurrencyCode();
    return switch (s.unitMultiplier()) {
      case 0 -> currency;
      case 3 -> currency + " thousands";
      case 6 -> currency + " millions";
      case 9 -> currency + " billions";
      case 12 -> currency + " trillions";
      default -> currency + " × 10^" + s.unitMultiplier();
    };
  }

  private static Item series(RemittanceSeries s) {
    Item item = new Item(s.title().map(t -> t + " (" + s.id() + ")").orElse(s.id().toString()));
    item.fact("reporter", s.reporter().toString());
    item.fact("direction", words(s.direction()));
    s.counterpart().ifPresent(c -> item.fact("counterpart", c.toString()));
    item.fact("measure", words(s.measure()));
    item.fact("unit", unit(s));
    item.fact("frequency", s.frequency().toString());
    List<Observation> obs = s.observations();
    item.fact("observations", String.valueOf(obs.size()));
    if (!obs.isEmpty()) {
      item.fact("range", obs.get(0).period() + " to " + obs.get(obs.size() - 1).period());
    }
    s.latestActual().ifPresent(o -> item.fact("latest actual", o.period() + ": "
        + qualifier(o.qualifier()) + o.value().toPlainString()));
    long forecasts = obs.stream().filter(o -> !o.status().isActual()).count();
    if (!obs.isEmpty()) {
      BigDecimal share = BigDecimal.valueOf(forecasts * 100).divide(
          BigDecimal.valueOf(obs.size()), new MathContext(3, RoundingMode.HALF_EVEN));
      item.fact("forecasts", forecasts + " of " + obs.size() + " (" + share.stripTrailingZeros()
          .toPlainString() + " %)");
    }
    return item;
  }

  /** Prints the summary in a style. */
  void print(Style style, PrintWriter out) {
    switch (style) {
      case MARKDOWN -> markdown(out);
      case JSON -> json(out);
      default -> text(out);
    }
  }

  private void text(PrintWriter out) {
    out.println(title);
    out.println("  " + counted());
    for (Section s : sections) {
      out.println();
      out.println(s.title());
      s.items().forEach(i -> text(out, i, "  "));
    }
  }

  /** {@return the counts in words: {@code 1 dialogue, 7 organisations, …}} */
  private String counted() {
    return counts.entrySet().stream().map(e -> e.getValue() + " " + (e.getValue().equals("1")
        ? SINGULAR.getOrDefault(e.getKey(), e.getKey()) : e.getKey()))
        .collect(Collectors.joining(", "));
  }

  private static final Map<String, String> SINGULAR = Map.of("dialogues", "dialogue",
      "organisations", "organisation", "people", "person", "declarations", "declaration",
      "meetings", "meeting", "remittance series", "remittance series", "country figures",
      "country figure");

  private static void text(PrintWriter out, Item item, String indent) {
    out.println(indent + item.label());
    item.facts().forEach((k, v) -> out.println(indent + "  " + k + ": " + v));
    item.items().forEach(i -> text(out, i, indent + "  "));
  }

  private void markdown(PrintWriter out) {
    out.println("# " + title);
    out.println();
    out.println(counted() + ".");
    for (Section s : sections) {
      out.println();
      out.println("## " + s.title());
      out.println();
      s.items().forEach(i -> markdown(out, i, ""));
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
  }

  private static void markdown(PrintWriter out, Item item, String indent) {
    out.println(indent + "- **" + escape(item.label()) + "**");
    item.facts().forEach((k, v) -> out.println(indent + "  - " + escape(k) + ": "
        + escape(v)));
    item.items().forEach(i -> markdown(out, i, indent + "  "));
  }

  private void json(PrintWriter out) {
    try (JsonGenerator g = JsonOut.generator(out)) {
      g.writeStartObject();
      g.writeStringProperty("file", title);
      g.writeName("counts");
      g.writeStartObject();
      counts.forEach((k, v) -> g.writeNumberProperty(k.replace(' ', '_'), Integer.parseInt(v)));
      g.writeEndObject();
      g.writeName("sections");
      g.writeStartArray();
      for (Section s : sections) {
        g.writeStartObject();
        g.writeStringProperty("title", s.title());
        g.writeName("items");
        g.writeStartArray();
        s.items().forEach(i -> json(g, i));
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void json(JsonGenerator g, Item item) {
    g.writeStartObject();
    g.writeStringProperty("label", item.label());
    if (!item.facts().isEmpty()) {
      g.writeName("facts");
      g.writeStartObject();
      item.facts().forEach((k, v) -> g.writeStringProperty(k.replace(' ', '_'), v));
      g.writeEndObject();
    }
    if (!item.items().isEmpty()) {
      g.writeName("items");
      g.writeStartArray();
      item.items().forEach(i -> json(g, i));
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** {@return the counted kinds in words, for figures without a description} */
  static String counted(Counted c) {
    return words(c);
  }
}
