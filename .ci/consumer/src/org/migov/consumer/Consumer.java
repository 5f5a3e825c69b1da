package org.migov.consumer;

import java.math.BigDecimal;
import java.util.List;
import org.migov.io.json.MigovJson;
import org.migov.io.json.MigovJsonException;
import org.migov.model.CountryCode;
import org.migov.model.Counted;
import org.migov.model.Dataset;
import org.migov.model.Dialogue;
import org.migov.model.DialogueId;
import org.migov.model.Figure;
import org.migov.model.Meeting;
import org.migov.model.MeetingId;
import org.migov.model.MeetingKind;
import org.migov.model.PartialDate;
import org.migov.model.Qualifier;
import org.migov.model.Source;
import org.migov.validation.ValidationException;
import org.migov.validation.ValidationReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses migov as a user would: builds a meeting, validates it, writes JSON and reads it back, and
 * finds the Jackson module by service lookup. Prints what it did; fails with an exception when
 * something is not as expected.
 */
public final class Consumer {
  private Consumer() {}

  /**
   * Runs the check.
   *
   * @param args the name of the path it runs on, printed
   */
  public static void main(String[] args) {
    Source article = Source.builder()
        .title("Budapest Process Thematic Meeting on Legal Pathways for Migration")
        .publisher("TW")
        .published(PartialDate.of(2025, 6, 21))
        .build();
    Dialogue dialogue = Dialogue.builder()
        .id(DialogueId.of("budapest-process"))
        .name("Budapest Process")
        .addSources(article)
        .build();
    Meeting meeting = Meeting.builder()
        .id(MeetingId.of("islamabad-legal-pathways-2025"))
        .dialogue(dialogue.id())
        .kind(MeetingKind.THEMATIC_MEETING)
        .title("Budapest Process Thematic Meeting on Legal Pathways for Migration")
        .hostCountry(CountryCode.of("PAK"))
        .city("Islamabad")
        .durationDays(2)
        .addParticipation(Figure.builder()
            .value(new BigDecimal("65"))
            .qualifier(Qualifier.MORE_THAN)
            .addCounts(Counted.DELEGATES)
            .source(article)
            .build())
        .addSources(article)
        .build();

    try {
      Meeting.builder().id(MeetingId.of("no-title")).build();
      throw new IllegalStateException("an invalid meeting was built");
    } catch (ValidationException expected) {
      System.out.println("invalid meeting rejected: " + expected.violations().size()
          + " violations");
    }

    Dataset dataset = Dataset.builder().addDialogues(dialogue).addMeetings(meeting).build();
    ValidationReport report = dataset.validate();
    System.out.println("validation report: " + report);
    check(report.violations().isEmpty(), "the dataset is valid");

    MigovJson json = MigovJson.defaults();
    String text = json.pretty().write(dataset);
    System.out.print(text);
    check(json.read(text, Dataset.class).equals(dataset), "the JSON reads back as the dataset");

    try {
      json.read(text.replace("\"duration_days\": 2", "\"duration_days\": 0"), Dataset.class);
      throw new IllegalStateException("an invalid document was read");
    } catch (MigovJsonException expected) {
      System.out.println("invalid document rejected: " + expected.getMessage());
    }

    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    check(found.readValue(found.writeValueAsString(meeting), Meeting.class).equals(meeting),
        "the module found by service lookup round-trips the meeting");
    check(List.of(args).size() == 1, "one argument names the path");
    System.out.println("consumer check passed on the " + args[0]);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("not true: " + what);
    }
  }
}
