package org.migov.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.io.csv.GovernanceTablesTest.rows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.model.Dataset;
import org.migov.model.Dialogue;
import org.migov.model.Membership;
import org.migov.model.PartialDate;
import org.migov.testing.ModelGenerator;
import org.migov.testing.SeedArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every column of the governance tables as written, the files of a directory, and the keys the
 * data package declares for the tables of both writers.
 */
class GovernanceTablesContentTest {
  static final GovernanceTables TABLES = GovernanceTables.defaults();

  static String table(Dataset d, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TABLES.write(d, name, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Map<String, String> row(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void aDirectoryHoldsEachTableAsItsStreamGivesIt(@TempDir Path dir) throws Exception {
    Dataset d = new ModelGenerator(21).dataset(3, 3, 8);
    TABLES.write(d, dir);
    for (Table t : GovernanceTables.TABLES) {
      String text = Files.readString(dir.resolve(t.file()), StandardCharsets.UTF_8);
      assertThat(text).as(t.file()).isEqualTo(table(d, t.name));
      assertThat(text.split("\r\n").length).as(t.file()).isGreaterThan(1);
    }
    assertThat(Files.readString(dir.resolve("datapackage.json"), StandardCharsets.UTF_8))
        .isEqualTo(TABLES.dataPackage());
  }

  @Test
  void seedMeetingsAndDeclarationHoldEveryColumnOfTheArticle() {
    Dataset d = SeedArticle.dataset();
    assertThat(rows(d, "meetings")).containsExactly(
        row("meeting_id", "budapest-ministerial-conference-2024",
            "dialogue_id", "budapest-process", "kind", "ministerial_conference",
            "ordinal", "7", "title", "7th Budapest Process Ministerial Conference",
            "year", "2024", "start", "2024-11", "end", "2024-11", "duration_days", "",
            "host_country", "HUN", "city", ""),
        row("meeting_id", "islamabad-legal-pathways-2025",
            "dialogue_id", "budapest-process", "kind", "thematic_meeting", "ordinal", "",
            "title", "Budapest Process Thematic Meeting on Legal Pathways for Migration",
            "year", "", "start", "", "end", "", "duration_days", "2",
            "host_country", "PAK", "city", "Islamabad"));
    assertThat(rows(d, "declarations")).containsExactly(
        row("declaration_id", "budapest-declaration-2024", "dialogue_id", "budapest-process",
            "kind", "ministerial_declaration",
            "title", "Ministerial Declaration and Call for Action (2025–2030)",
            "adopted", "2024-11", "adopted_at", "budapest-ministerial-conference-2024",
            "implementation_start", "2025", "implementation_end", "2030", "goals", "6"));
  }

  @Test
  void membershipsListEveryMemberOfEveryDialogueAsStateOrOrganisation() {
    Dataset d = new ModelGenerator(16).dataset(5, 6, 40);
    List<Map<String, String>> expected = new ArrayList<>();
    for (Dialogue dialogue : d.dialogues()) {
      for (Membership m : dialogue.members()) {
        boolean state = m.party().asCountry().isPresent();
        expected.add(row("dialogue_id", dialogue.id().value(),
            "party_kind", state ? "country" : "organisation",
            "country", state ? m.party().asCountry().orElseThrow().code() : "",
            "organisation_id", state ? "" : m.party().asOrganisation().orElseThrow().value(),
            "role", m.role().name().toLowerCase(Locale.ROOT),
            "since", m.since().map(PartialDate::toString).orElse(""),
            "until", m.until().map(PartialDate::toString).orElse("")));
      }
    }
    assertThat(expected).extracting(r -> r.get("party_kind"))
        .contains("country", "organisation");
    assertThat(expected).anyMatch(r -> !r.get("since").isEmpty());
    assertThat(rows(d, "memberships")).isEqualTo(expected);
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.stringValue()));
    }
    return out;
  }

  static Map<String, List<List<String>>> keys(String dataPackage) {
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    for (JsonNode r : JsonMapper.builder().build().readTree(dataPackage).get("resources")) {
      JsonNode schema = r.get("schema");
      List<String> required = new ArrayList<>();
      for (JsonNode f : schema.get("fields")) {
        JsonNode c = f.get("constraints");
        if (c != null && c.has("required")) {
          assertThat(c.get("required").booleanValue()).isTrue();
          required.add(f.get("name").stringValue());
        }
      }
      JsonNode fk = schema.get("foreignKeys");
      List<String> foreign = new ArrayList<>();
      if (fk != null) {
        assertThat(fk.size()).isEqualTo(1);
        foreign.addAll(texts(fk.get(0).get("fields")));
        foreign.add("->");
        foreign.add(fk.get(0).get("reference").get("resource").stringValue());
        foreign.addAll(texts(fk.get(0).get("reference").get("fields")));
      }
      out.put(r.get("name").stringValue(),
          List.of(texts(schema.get("primaryKey")), foreign, required));
    }
    return out;
  }

  @Test
  void dataPackagesDeclareThePrimaryAndForeignKeysAndTheRequiredColumns() {
    Map<String, List<List<String>>> remittances = keys(RemittanceCsv.defaults().dataPackage());
    assertThat(remittances.get("remittance-observations")).containsExactly(
        List.of("series_id", "period"),
        List.of("series_id", "->", "remittance-series", "series_id"),
        List.of("series_id", "reporter", "direction", "measure", "frequency", "currency",
            "unit_multiplier", "period", "period_start", "period_end", "value", "status",
            "qualifier"));
    assertThat(remittances.get("remittance-series")).containsExactly(
        List.of("series_id"), List.of(),
        List.of("series_id", "reporter", "direction", "measure", "frequency", "currency",
            "unit_multiplier"));
    assertThat(remittances.get("remittance-sources")).containsExactly(
        List.of("series_id", "position"),
        List.of("series_id", "->", "remittance-series", "series_id"),
        List.of("series_id", "position"));
    Map<String, List<List<String>>> governance = keys(TABLES.dataPackage());
    assertThat(governance.keySet()).containsExactly("dialogues", "meetings", "participation",
        "declarations", "goals", "memberships");
    assertThat(governance.get("meetings").subList(0, 2)).containsExactly(
        List.of("meeting_id"), List.of("dialogue_id", "->", "dialogues", "dialogue_id"));
    assertThat(governance.get("participation").subList(0, 2)).containsExactly(
        List.of("meeting_id", "position"), List.of("meeting_id", "->", "meetings",
            "meeting_id"));
    assertThat(governance.get("goals").subList(0, 2)).containsExactly(
        List.of("declaration_id", "number"), List.of("declaration_id", "->", "declarations",
            "declaration_id"));
    // the memberships table declares no primary key, only its join to the dialogues
    assertThat(governance.get("memberships")).containsExactly(List.of(),
        List.of("dialogue_id", "->", "dialogues", "dialogue_id"),
        List.of("dialogue_id", "party_kind", "role"));
  }
}
