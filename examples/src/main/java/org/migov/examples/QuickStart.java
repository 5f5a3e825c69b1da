package org.migov.examples;

import java.math.BigDecimal;
import org.migov.io.json.MigovJson;
import org.migov.model.CountryCode;
import org.migov.model.Counted;
import org.migov.model.Dataset;
import org.migov.model.Dialogue;
import org.migov.model.DialogueId;
import org.migov.model.Figure;
import org.migov.model.Meeting;
import org.migov.model.MeetingId;
import org.migov.model.MeetingKind;
import org.migov.model.Qualifier;
import org.migov.validation.ValidationReport;

/**
 * The quick start of README.md: builds a meeting, validates it, writes it as JSON and reads it
 * back. Its imports and the body of {@link #main} are the README's code, line for line ({@code
 * QuickStartTest} checks that they agree).
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // README quick start: begin
    // Build: each builder checks its object and throws a ValidationException listing every problem.
    Dialogue budapestProcess = Dialogue.builder()
        .id(DialogueId.of("budapest-process"))
        .name("Budapest Process")
        .build();
    Meeting meeting = Meeting.builder()
        .id(MeetingId.of("islamabad-legal-pathways-2025"))
        .dialogue(budapestProcess.id())
        .kind(MeetingKind.THEMATIC_MEETING)
        .title("Budapest Process Thematic Meeting on Legal Pathways for Migration")
        .hostCountry(CountryCode.of("PAK"))
        .city("Islamabad")
        .durationDays(2)
        .addParticipation(Figure.builder()
            .value(new BigDecimal("65")).qualifier(Qualifier.MORE_THAN)
            .addCounts(Counted.DELEGATES).build())
        .build();

    // Validate across objects: references, duplicates, dates; errors and warnings, never thrown.
    Dataset dataset = Dataset.builder().addDialogues(budapestProcess).addMeetings(meeting).build();
    ValidationReport report = dataset.validate();
    System.out.println(report);

    // Write JSON, read it back.
    MigovJson json = MigovJson.defaults();
    String text = json.pretty().write(dataset);
    System.out.print(text);
    Dataset back = json.read(text, Dataset.class);
    System.out.println("read back equals the original: " + back.equals(dataset));
    // README quick start: end
  }
}
