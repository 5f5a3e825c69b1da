package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migov.model.Frequency;
import org.migov.model.RemittanceSeries;
import org.migov.testing.ModelGenerator;
import org.migov.testing.SeedArticle;

/**
 * Every document this library writes is valid by the shipped schema for Ajv too, a validator
 * independent of networknt whose regular expressions are ECMAScript's; and Ajv agrees with the
 * reader on the values the model's rules refuse. Skipped, with a message, without Node.js (see
 * {@link AjvCheck}).
 */
class AjvValidationTest {
  static final MigovJson JSON = MigovJson.defaults();

  @Test
  void everyGeneratedDocumentAndEverySeriesOperationsResultIsValidForAjv() {
    AjvCheck.assumeAvailable();
    List<String> documents = new ArrayList<>();
    for (long seed = 0; seed < 60; seed++) {
      for (GeneratedRoundTripTest.Kind kind : GeneratedRoundTripTest.KINDS) {
        documents.add(JSON.write(kind.make().apply(new ModelGenerator(seed))));
      }
      RemittanceSeries s = new ModelGenerator(seed).monthlySeries(1 + (int) seed % 40);
      documents.add(JSON.write(s.actuals()));
      documents.add(JSON.write(s.aggregate(Frequency.QUARTERLY, true)));
      documents.add(JSON.write(s.aggregate(Frequency.ANNUAL, true)));
    }
    documents.add(JSON.write(SeedArticle.dataset()));

    List<String> verdicts = AjvCheck.verdicts(documents);

    for (int i = 0; i < documents.size(); i++) {
      String d = documents.get(i);
      assertThat(verdicts.get(i)).as("Ajv on %s", d.length() > 500 ? d.substring(0, 500) : d)
          .isEqualTo("ok");
    }
  }

  @Test
  void ajvRefusesWhatTheModelRefusesAndAcceptsWhatItAccepts() {
    AjvCheck.assumeAvailable();
    String v = "{\"format_version\":\"1.0\",\"title\":";
    List<String> refused = List.of(v + "\"\\u00a0\"}", v + "\"\\ufeff\"}", v + "\"\\u2007\"}",
        v + "\"\\u202f\"}", v + "\"T\",\"url\":\"https://example.org/\\u00fc\"}",
        v + "\"T\",\"url\":\"https://example.org/" + "a".repeat(7_981) + "\"}");
    List<String> accepted = List.of(v + "\"\\u001c\"}", v + "\"\\u200b\"}",
        v + "\"T\",\"url\":\"https://example.org/caf%C3%A9\"}");
    List<String> all = new ArrayList<>(refused);
    all.addAll(accepted);

    List<String> verdicts = AjvCheck.verdicts(all);

    for (int i = 0; i < all.size(); i++) {
      boolean read = true;
      try {
        JSON.read(all.get(i), org.migov.model.Source.class);
      } catch (MigovJsonException e) {
        read = false;
      }
      assertThat(read).as("the reader on %s", all.get(i)).isEqualTo(i >= refused.size());
      assertThat(verdicts.get(i)).as("Ajv on %s", all.get(i))
          .startsWith(i >= refused.size() ? "ok" : "error");
    }
  }
}
