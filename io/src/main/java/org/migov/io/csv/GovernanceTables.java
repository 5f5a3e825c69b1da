package org.migov.io.csv;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.migov.model.CountryCode;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.Dialogue;
import org.migov.model.Figure;
import org.migov.model.Meeting;
import org.migov.model.Membership;
import org.migov.model.OrganisationId;
import org.migov.model.PartialDate;
import org.migov.model.Party;
import org.migov.model.PriorityGoal;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * Writes the governance data of a {@link Dataset} as flat CSV tables whose ids join, for
 * spreadsheets and data frames: filter meetings by dialogue, year and host, count participants,
 * list the goals of a declaration.
 *
 * <table>
 *   <caption>The tables and how they join</caption>
 *   <tr><th>file</th><th>one row per</th><th>joins on</th></tr>
 *   <tr><td>{@code dialogues.csv}</td><td>dialogue</td><td>dialogue_id</td></tr>
 *   <tr><td>{@code meetings.csv}</td><td>meeting, with its year and host</td><td>meeting_id;
 *       dialogue_id to dialogues</td></tr>
 *   <tr><td>{@code participation.csv}</td><td>participation figure of a meeting, with its date,
 *       period, source (all seven attributes) and the count of agreeing sources</td>
 *       <td>meeting_id to meetings, dialogue_id to dialogues</td></tr>
 *   <tr><td>{@code declarations.csv}</td><td>declaration</td><td>declaration_id; dialogue_id to
 *       dialogues; adopted_at to meetings</td></tr>
 *   <tr><td>{@code goals.csv}</td><td>priority goal of a declaration</td><td>declaration_id to
 *       declarations</td></tr>
 *   <tr><td>{@code memberships.csv}</td><td>member of a dialogue</td><td>dialogue_id to
 *       dialogues</td></tr>
 * </table>
 *
 * <p>Beside them goes a Frictionless {@code datapackage.json} describing the columns and keys.
 * Cells are written as in {@link RemittanceCsv}: UTF-8, a header, RFC 4180 quoting, enums in lower
 * case, partial dates as {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, an empty cell for
 * anything absent. These tables are an export for analysis: they flatten the dataset (a meeting's
 * statements, sessions and sources are not in them) and are not read back; migov JSON is the
 * lossless format. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GovernanceTables {
  static final Table DIALOGUES = new Table("dialogues", "Migration dialogues", List.of(
      Table.text("dialogue_id", true, "the id of the dialogue"),
      Table.text("name", true, "its name"),
      Table.text("short_name", false, "its short name"),
      Table.text("established", false, "when it was established (the first date its sources "
          + "give): yyyy, yyyy-MM or yyyy-MM-dd"),
      Table.of("members", "integer", true, "how many members the dataset lists"),
      Table.text("description", false, "what it is")),
      List.of("dialogue_id"), null, List.of());

  static final Table MEETINGS = new Table("meetings", "Meetings of the dialogues", List.of(
      Table.text("meeting_id", true, "the id of the meeting"),
      Table.text("dialogue_id", true, "the dialogue it belongs to"),
      Table.text("kind", true, "the kind of meeting"),
      Table.of("ordinal", "integer", false, "its number in its series (the 7th conference)"),
      Table.text("title", true, "its title"),
      Table.of("year", "integer", false, "the year it started"),
      Table.text("start", false, "when it started: yyyy, yyyy-MM or yyyy-MM-dd"),
      Table.text("end", false, "when it ended"),
      Table.of("duration_days", "integer", false, "how many days it lasted"),
      Table.text("host_country", false, "the host country, ISO 3166-1 alpha-3"),
      Table.text("city", false, "the city")),
      List.of("meeting_id"), "dialogues", List.of("dialogue_id"));

  static final Table PARTICIPATION = new Table("participation",
      "Participation figures of meetings", concat(List.of(
      Table.text("meeting_id", true, "the meeting"),
      Table.text("dialogue_id", true, "its dialogue"),
      Table.of("position", "integer", true, "the place of the figure among the meeting's, from 1"),
      Table.of("value", "number", true, "the figure"),
      Table.text("qualifier", true, "how the figure relates to the true number: exact, at_least, "
          + "more_than, about, up_to or less_than"),
      Table.text("counts", true, "what it counts, kinds joined by ';'"),
      Table.text("description", false, "what it counts, in words"),
      Table.matching("as_of", "the date at which the figure holds: yyyy, yyyy-MM or yyyy-MM-dd",
          "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"),
      Table.text("period", false, "the period over which it was counted, as migov writes it")),
      RemittanceCsv.sourceColumns("source_", "the figure's source (all its cells empty "
          + "when none is cited)"), List.of(
      Table.of("agreeing_sources", "integer", true, "how many further sources report the same "
          + "figure (listed in migov JSON only)"))),
      List.of("meeting_id", "position"), "meetings", List.of("meeting_id"));

  static final Table DECLARATIONS = new Table("declarations", "Declarations of the dialogues",
      List.of(
      Table.text("declaration_id", true, "the id of the declaration"),
      Table.text("dialogue_id", true, "the dialogue that adopted it"),
      Table.text("kind", true, "the kind of declaration"),
      Table.text("title", true, "its title"),
      Table.text("adopted", false, "when it was adopted"),
      Table.text("adopted_at", false, "the id of the meeting that adopted it"),
      Table.text("implementation_start", false, "when its implementation starts"),
      Table.text("implementation_end", false, "when its implementation ends"),
      Table.of("goals", "integer", true, "how many priority goals it lists")),
      List.of("declaration_id"), "dialogues", List.of("dialogue_id"));

  static final Table GOALS = new Table("goals", "Priority goals of the declarations", List.of(
      Table.text("declaration_id", true, "the declaration"),
      Table.of("number", "integer", true, "the goal's number in it"),
      Table.text("short_title", false, "a short title"),
      Table.text("text", true, "the goal's text")),
      List.of("declaration_id", "number"), "declarations", List.of("declaration_id"));

  static final Table MEMBERSHIPS = new Table("memberships", "Members of the dialogues", List.of(
      Table.text("dialogue_id", true, "the dialogue"),
      Table.oneOf("party_kind", true, "whether the member is a state or an organisation",
          List.of("country", "organisation")),
      Table.text("country", false, "the state, ISO 3166-1 alpha-3"),
      Table.text("organisation_id", false, "the organisation"),
      Table.text("role", true, "its role in the dialogue"),
      Table.text("since", false, "when it joined"),
      Table.text("until", false, "when it left")),
      List.of(), "dialogues", List.of("dialogue_id"));

  static final List<Table> TABLES = List.of(DIALOGUES, MEETINGS, PARTICIPATION, DECLARATIONS,
      GOALS, MEMBERSHIPS);

  private static final GovernanceTables DEFAULTS = new GovernanceTables();

  private final CsvMapper mapper = Table.mapper(new Table.Limits(
      RemittanceCsv.DEFAULT_MAX_CELL_LENGTH, RemittanceCsv.DEFAULT_MAX_ROWS));

  private GovernanceTables() {}

  /** {@return the writer of governance tables} */
  public static GovernanceTables defaults() {
    return DEFAULTS;
  }

  /**
   * Writes the six tables and their {@code datapackage.json} into a directory, replacing files of
   * those names.
   *
   * @param dataset the dataset
   * @param directory the directory, created if absent
   * @throws UncheckedIOException if writing fails
   */
  public void write(Dataset dataset, Path directory) {
    try {
      Files.createDirectories(directory);
      for (Table t : TABLES) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(
            directory.resolve(t.file())))) {
          write(dataset, t.name, out);
        }
      }
      Files.writeString(directory.resolve(RemittanceCsv.DATA_PACKAGE_FILE), dataPackage(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one table.
   *
   * @param dataset the dataset
   * @param table the table's name: {@code dialogues}, {@code meetings}, {@code participation},
   *     {@code declarations}, {@code goals} or {@code memberships}
   * @param out where the UTF-8 text goes; closed when done
   * @throws IllegalArgumentException if there is no such table
   * @throws UncheckedIOException if writing fails
   */
  public void write(Dataset dataset, String table, OutputStream out) {
    Table t = TABLES.stream().filter(x -> x.name.equals(table)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("no table '" + table + "'"));
    try (Table.Writer w = t.new Writer(mapper, out)) {
      switch (table) {
        case "dialogues" -> {
          for (Dialogue d : dataset.dialogues()) {
            w.row(d.id().value(), d.name(), d.shortName().orElse(""),
                d.established().isEmpty() ? "" : d.established().get(0).date().toString(),
                Integer.toString(d.members().size()), d.description().orElse(""));
          }
        }
        case "meetings" -> {
          for (Meeting m : dataset.meetings()) {
            w.row(m.id().value(), m.dialogue().value(), lower(m.kind()), integer(m.ordinal()),
                m.title(), m.start().map(d -> Integer.toString(d.year())).orElse(""),
                date(m.start()), date(m.end()), integer(m.durationDays()),
                m.hostCountry().map(CountryCode::code).orElse(""), m.city().orElse(""));
          }
        }
        case "participation" -> {
          for (Meeting m : dataset.meetings()) {
            int position = 1;
            for (Figure f : m.participation()) {
              List<String> row = new ArrayList<>(List.of(m.id().value(), m.dialogue().value(),
                  Integer.toString(position++), RemittanceCsv.decimal(f.value()),
                  lower(f.qualifier()), f.counts().stream().map(GovernanceTables::lower)
                      .collect(Collectors.joining(";")), f.description().orElse(""),
                  date(f.asOf()), f.period().map(Object::toString).orElse("")));
              row.addAll(List.of(RemittanceCsv.sourceCells(f.source())));
              row.add(Integer.toString(f.agreeingSources().size()));
              w.row(row.toArray(new String[0]));
            }
          }
        }
        case "declarations" -> {
          for (Declaration d : dataset.declarations()) {
            w.row(d.id().value(), d.dialogue().value(), lower(d.kind()), d.title(),
                date(d.adopted()), d.adoptedAt().map(x -> x.value()).orElse(""),
                date(d.implementationStart()), date(d.implementationEnd()),
                Integer.toString(d.goals().size()));
          }
        }
        case "goals" -> {
          for (Declaration d : dataset.declarations()) {
            for (PriorityGoal g : d.goals()) {
              w.row(d.id().value(), Integer.toString(g.number()), g.shortTitle().orElse(""),
                  g.text().orElse(""));
            }
          }
        }
        default -> {
          for (Dialogue d : dataset.dialogues()) {
            for (Membership m : d.members()) {
              Party p = m.party();
              w.row(d.id().value(), p.asCountry().isPresent() ? "country" : "organisation",
                  p.asCountry().map(CountryCode::code).orElse(""),
                  p.asOrganisation().map(OrganisationId::value).orElse(""), lower(m.role()),
                  date(m.since()), date(m.until()));
            }
          }
        }
      }
    }
  }

  /**
   * {@return the Frictionless data package descriptor ({@code datapackage.json}) of the six
   * tables, with their columns, types, primary keys and the foreign keys by which they join}
   */
  public String dataPackage() {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.put("profile", "tabular-data-package");
    p.put("name", "migov-governance");
    p.put("title", "Migration governance data written by migov");
    ArrayNode resources = p.putArray("resources");
    for (Table t : TABLES) {
      resources.add(t.resource());
    }
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(p)
        + "\n";
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static String integer(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : "";
  }

  private static String date(Optional<PartialDate> d) {
    return d.map(PartialDate::toString).orElse("");
  }

  private static List<Table.Column> concat(List<Table.Column> a, List<Table.Column> b,
      List<Table.Column> c) {
    List<Table.Column> out = new ArrayList<>(a);
    out.addAll(b);
    out.addAll(c);
    return out;
  }
}
