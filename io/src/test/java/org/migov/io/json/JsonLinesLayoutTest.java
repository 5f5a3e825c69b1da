package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.model.CountryCode;
import org.migov.model.Organisation;
import org.migov.model.OrganisationId;
import org.migov.model.OrganisationKind;

class JsonLinesLayoutTest {
  private static final Organisation ICMPD = Organisation.builder()
      .id(OrganisationId.of("icmpd"))
      .name("International Centre for Migration Policy Development")
      .acronym("ICMPD")
      .kind(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION)
      .build();
  private static final Organisation BEOE = Organisation.builder()
      .id(OrganisationId.of("beoe"))
      .name("Bureau of Emigration and Overseas Employment")
      .acronym("BEOE")
      .kind(OrganisationKind.GOVERNMENT_AGENCY)
      .country(CountryCode.of("PAK"))
      .build();

  @Test
  void everyLineIsOneCompactDocumentStartingAtItsFirstCharacter() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    MigovJson.defaults().writeLines(List.of(ICMPD, BEOE), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
        MigovJson.defaults().write(ICMPD) + "\n" + MigovJson.defaults().write(BEOE) + "\n");
  }

  @Test
  void linesReadBackAsTheObjectsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MigovJson.defaults().writeLines(List.of(ICMPD, BEOE), out);

    List<Organisation> back = MigovJson.defaults()
        .readLines(new ByteArrayInputStream(out.toByteArray()), Organisation.class)
        .collect(Collectors.toList());

    assertThat(back).containsExactly(ICMPD, BEOE);
  }
}
