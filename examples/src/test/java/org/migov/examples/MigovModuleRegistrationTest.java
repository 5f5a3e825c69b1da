package org.migov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovModule;
import org.migov.model.DialogueId;
import org.migov.model.Meeting;
import org.migov.model.MeetingId;
import org.migov.model.MeetingKind;
import tools.jackson.databind.json.JsonMapper;

class MigovModuleRegistrationTest {
  private static final Path SOURCE =
      Path.of("src/test/java/org/migov/examples/MigovModuleRegistrationTest.java");

  private static final Meeting MEETING = Meeting.builder()
      .id(MeetingId.of("islamabad-legal-pathways-2025"))
      .dialogue(DialogueId.of("budapest-process"))
      .kind(MeetingKind.THEMATIC_MEETING)
      .title("Budapest Process Thematic Meeting on Legal Pathways for Migration")
      .durationDays(2)
      .build();

  @Test
  void readmeSnippetRoundTripsAMeetingThroughAnOrdinaryMapper() {
    Meeting meeting = MEETING;
    // README module: begin
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new MigovModule())
        .build();
    String json = mapper.writeValueAsString(meeting);
    Meeting back = mapper.readValue(json, Meeting.class);
    // README module: end

    assertThat(json).startsWith("{\"format_version\":\"1.1\",\"id\":\"islamabad-legal-pathways-2025\"");
    assertThat(back).isEqualTo(meeting);
  }

  @Test
  void moduleIsFoundByFindAndAddModules() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.writeValueAsString(MEETING)).contains("\"kind\":\"thematic_meeting\"");
  }

  @Test
  void readmeSnippetIsTheCodeOfThisTest() throws IOException {
    List<String> readme = Readme.javaBlockAfter("## Using your own Jackson mapper");
    List<String> code = Readme.between(SOURCE, "// README module: begin", "// README module: end");

    assertThat(code).hasSize(5);
    assertThat(readme).containsExactlyElementsOf(code);
  }
}
