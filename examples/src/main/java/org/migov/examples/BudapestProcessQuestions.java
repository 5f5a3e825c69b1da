package org.migov.examples;

import java.nio.file.Path;
import org.migov.io.json.MigovJson;
import org.migov.model.Claim;
import org.migov.model.Dataset;
import org.migov.model.DeclarationId;
import org.migov.model.DialogueId;
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.PartialDate;
import org.migov.model.SourcedDate;

/**
 * The README's questions to the Budapest Process reference dataset: its meetings in order, the
 * meetings that advanced a priority goal, and which sources disagree about what. The imports and
 * the body of {@link #main} are the README's code, line for line ({@code
 * BudapestProcessQuestionsTest} checks that they agree). Run it from the examples module's
 * directory, where {@code data/budapest-process.json} lies.
 */
public final class BudapestProcessQuestions {
  private BudapestProcessQuestions() {}

  /**
   * Asks the questions and prints the answers.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // README questions: begin
    Dataset data = MigovJson.defaults().read(Path.of("data/budapest-process.json"), Dataset.class);
    DialogueId budapestProcess = DialogueId.of("budapest-process");

    // The meetings of the dialogue, in order of the dates used (start(), one of the claims).
    data.meetingsOf(budapestProcess).stream()
        .sorted(java.util.Comparator.comparing(
            (Meeting m) -> m.start().map(PartialDate::earliest).orElse(java.time.LocalDate.MAX)))
        .forEach(m -> System.out.println(m.start().map(Object::toString).orElse("?") + "  "
            + m.title() + m.city().map(c -> ", " + c).orElse("")));

    // The meetings that advanced Priority Goal 2 of the 2025-2030 Call for Action.
    GoalRef goal2 = GoalRef.of(DeclarationId.of("budapest-declaration-2024"), 2);
    data.meetingsAdvancing(goal2).forEach(m -> System.out.println("advances goal 2: " + m.id()));

    // Which sources disagree about what: every claim of every disputed attribute.
    for (Meeting m : data.meetings()) {
      for (String attribute : m.disputed()) {
        System.out.println(m.id() + " " + attribute + ":");
        for (Claim<?> c : m.claims(attribute)) {
          System.out.println("  " + c.value() + " by " + c.sources().stream()
              .map(s -> s.publisher().or(s::title).orElse(s.url().map(Object::toString)
                  .orElse("?"))).toList());
        }
      }
    }
    data.declarations().forEach(d -> d.titleClaims().forEach(c -> System.out.println(
        d.id() + " title: " + c.value() + " (" + c.sources().size() + " source)")));
    for (SourcedDate e : data.dialogue(budapestProcess).orElseThrow().established()) {
      System.out.println("established " + e.date() + " by "
          + e.source().flatMap(s -> s.publisher()).orElse("?"));
    }
    System.out.println(data.validate());
    // README questions: end
  }
}
