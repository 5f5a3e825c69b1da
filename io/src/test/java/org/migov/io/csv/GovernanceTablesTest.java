package org.migov.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.model.Dataset;
import org.migov.testing.ModelGenerator;
import org.migov.testing.SeedArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The governance tables of the seed article and of generated datasets: content and joins. */
class GovernanceTablesTest {
  static List<Map<String, String>> rows(Dataset d, String table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GovernanceTables.defaults().write(d, table, out);
    Table t = GovernanceTables.TABLES.stream().filter(x -> x.name.equals(table)).findFirst()
        .orElseThrow();
    List<Map<String, String>> rows = new ArrayList<>();
    t.read(Table.mapper(new Table.Limits(100_000, 1_000_000)), new Table.Limits(100_000,
        1_000_000), new java.io.ByteArrayInputStream(out.toByteArray()), (row, cells) -> {
          Map<String, String> m = new java.util.LinkedHashMap<>();
          t.columns.forEach(c -> m.put(c.name(), cells.get(c.name())));
          rows.add(m);
        });
    return rows;
  }

  @Test
  void seedArticleMeetingFiltersByDialogueYearAndHost() {
    Dataset d = SeedArticle.dataset();
    List<Map<String, String>> meetings = rows(d, "meetings");
    assertThat(meetings).filteredOn(m -> m.get("dialogue_id").equals("budapest-process")
        && m.get("host_country").equals("PAK"))
        .extracting(m -> m.get("meeting_id"), m -> m.get("city"), m -> m.get("duration_days"),
            m -> m.get("kind"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("islamabad-legal-pathways-2025",
            "Islamabad", "2", "thematic_meeting"));
    List<Map<String, String>> participation = rows(d, "participation");
    assertThat(participation).filteredOn(p -> p.get("meeting_id")
        .equals("islamabad-legal-pathways-2025"))
        .extracting(p -> p.get("position"), p -> p.get("value"), p -> p.get("qualifier"),
            p -> p.get("counts"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "65", "more_than", "delegates"),
            org.assertj.core.groups.Tuple.tuple("2", "28", "exact",
                "states;international_organisations"));
    // the figure's source, every attribute of it, and nothing invented for what is unknown
    assertThat(participation).filteredOn(p -> p.get("meeting_id")
        .equals("islamabad-legal-pathways-2025")).first().satisfies(p -> assertThat(p)
            .containsEntry("source_title", "Pakistan hosts Budapest Process Thematic Meeting on "
                + "Legal Pathways for Migration")
            .containsEntry("source_publisher", "TW").containsEntry("source_url", "")
            .containsEntry("source_published", "2025-06-21").containsEntry("source_kind", "")
            .containsEntry("source_dateline", "").containsEntry("source_accessed", "")
            .containsEntry("as_of", "").containsEntry("period", "")
            .containsEntry("agreeing_sources", "0"));
    List<Map<String, String>> goals = rows(d, "goals");
    assertThat(goals).filteredOn(g -> g.get("number").equals("2")).singleElement()
        .satisfies(g -> assertThat(g.get("text")).startsWith("Strengthen pathways for legal "
            + "migration and mobility"));
    assertThat(rows(d, "declarations")).singleElement().satisfies(x ->
        assertThat(x.get("goals")).isEqualTo(Integer.toString(goals.size())));
  }

  @Test
  void idsJoinInGeneratedDatasets(@TempDir Path dir) throws Exception {
    Dataset d = new ModelGenerator(16).dataset(5, 6, 40);
    GovernanceTables.defaults().write(d, dir);
    Set<String> dialogues = ids(rows(d, "dialogues"), "dialogue_id");
    Set<String> meetings = ids(rows(d, "meetings"), "meeting_id");
    Set<String> declarations = ids(rows(d, "declarations"), "declaration_id");
    assertThat(dialogues).hasSize(d.dialogues().size());
    assertThat(meetings).hasSize(d.meetings().size());
    assertThat(ids(rows(d, "meetings"), "dialogue_id")).isSubsetOf(dialogues);
    assertThat(ids(rows(d, "participation"), "meeting_id")).isSubsetOf(meetings);
    assertThat(ids(rows(d, "declarations"), "dialogue_id")).isSubsetOf(dialogues);
    assertThat(ids(rows(d, "goals"), "declaration_id")).isSubsetOf(declarations);
    assertThat(ids(rows(d, "memberships"), "dialogue_id")).isSubsetOf(dialogues);
    assertThat(rows(d, "participation")).hasSize(d.meetings().stream()
        .mapToInt(m -> m.participation().size()).sum());
    JsonNode p = JsonMapper.builder().build().readTree(
        Files.readString(dir.resolve("datapackage.json"), StandardCharsets.UTF_8));
    assertThat(p.get("resources").size()).isEqualTo(6);
    for (JsonNode r : p.get("resources")) {
      assertThat(dir.resolve(r.get("path").stringValue())).exists();
      assertThat(r.get("schema").get("fields").size()).isPositive();
    }
  }

  static Set<String> ids(List<Map<String, String>> rows, String column) {
    return rows.stream().map(r -> r.get(column)).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  @Test
  void anUnknownTableIsRefused() {
    assertThatThrownBy(() -> GovernanceTables.defaults().write(SeedArticle.dataset(), "people",
        new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no table 'people'");
  }
}
