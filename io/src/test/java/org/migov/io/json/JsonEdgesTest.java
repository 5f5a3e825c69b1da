package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migov.io.json.HostileLimitsTest.V;
import static org.migov.io.json.HostileLimitsTest.refused;
import static org.migov.io.json.StreamsAndMessagesTest.stuttering;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Figure;
import org.migov.model.Membership;
import org.migov.model.Organisation;
import org.migov.model.Source;
import org.migov.testing.SeedArticle;

/**
 * Reading and writing JSON at the edges: the limits on elements of sets and lists of objects and
 * on the properties of a party, lone surrogates wherever they stand, duplicates in what is
 * skipped, zero-length reads up to the limit, and streams given to the writer.
 */
class JsonEdgesTest {
  @Test
  void theLimitOnElementsHoldsForSetsAndListsOfObjects() {
    MigovJson json = MigovJson.builder().maxArrayElements(2).build();
    String figure = V + "\"value\":3,\"source\":{\"publisher\":\"TW\"},";
    assertThat(json.read(figure + "\"counts\":[\"delegates\",\"states\"]}", Figure.class)
        .counts()).hasSize(2);
    MigovJsonException set = refused(json,
        figure + "\"counts\":[\"delegates\",\"states\",\"ministers\"]}", Figure.class);
    assertThat(set.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(set.pointer()).isEqualTo("/counts/2");
    assertThat(set.detail()).isEqualTo("the array has more than 2 elements, the limit");
    String source = "{\"publisher\":\"IOM\"}";
    assertThat(json.read(figure + "\"counts\":[\"delegates\"],\"agreeing_sources\":[" + source
        + "," + source.replace("IOM", "UNHCR") + "]}", Figure.class).agreeingSources())
        .hasSize(2);
    MigovJsonException list = refused(json, figure + "\"counts\":[\"delegates\"],"
        + "\"agreeing_sources\":[" + source + "," + source.replace("IOM", "UNHCR") + ","
        + source.replace("IOM", "ICMPD") + "]}", Figure.class);
    assertThat(list.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(list.pointer()).isEqualTo("/agreeing_sources/2");
    assertThat(list.detail()).isEqualTo("the array has more than 2 elements, the limit");
  }

  @Test
  void theLimitOnPropertiesHoldsForAParty() {
    MigovJson json = MigovJson.builder().maxObjectProperties(2).ignoreUnknownProperties()
        .build();
    assertThat(json.read(V + "\"party\":{\"country\":\"PAK\",\"x\":1}}", Membership.class)
        .party().asCountry().orElseThrow().code()).isEqualTo("PAK");
    MigovJsonException e = refused(json, V + "\"party\":{\"country\":\"PAK\",\"x\":1,\"y\":2}}",
        Membership.class);
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/party/y");
    assertThat(e.detail()).isEqualTo("the object has more than 2 properties, the limit");
  }

  @Test
  void aLoneSurrogateIsRefusedWhereverItStands() {
    MigovJsonException alone = refused(MigovJson.defaults(), V + "\"title\":\"\\ud800\"}",
        Source.class);
    assertThat(alone.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(alone.pointer()).isEqualTo("/title");
    assertThat(alone.detail()).isEqualTo(
        "the string holds a lone surrogate \\ud800 at index 0, which is not Unicode text");
    MigovJsonException inside = refused(MigovJson.defaults(),
        V + "\"publisher\":\"IOM\",\"title\":\"abc\uD800def\"}", Source.class);
    assertThat(inside.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(inside.pointer()).isEqualTo("/title");
    assertThat(inside.detail()).isEqualTo(
        "the string holds a lone surrogate \\ud800 at index 3, which is not Unicode text");
  }

  @Test
  void aDuplicateInASkippedObjectIsStillADuplicate() {
    MigovJson json = MigovJson.builder().ignoreUnknownProperties().build();
    MigovJsonException e = refused(json, V + "\"title\":\"t\",\"x\":{\"a\":1,\"a\":2}}",
        Source.class);
    assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_PROPERTY);
    assertThat(e.pointer()).isEqualTo("/x/a");
    assertThat(e.detail()).isEqualTo("Duplicate Object property \"a\"");
  }

  @Test
  void jsonLinesAllowsExactlyTheLimitOfReadsOfNoByteInARow() {
    byte[] line = StreamsAndMessagesTest.LINE.getBytes(StandardCharsets.UTF_8);
    List<String> ids = MigovJson.defaults().readLines(stuttering(line, 999), Organisation.class)
        .map(o -> o.id().value()).collect(Collectors.toList());
    assertThat(ids).containsExactly("icmpd");
    MigovJsonException e = null;
    try {
      MigovJson.defaults().readLines(stuttering(line, 1000), Organisation.class).count();
    } catch (MigovJsonException thrown) {
      e = thrown;
    }
    assertThat(e).isNotNull();
    assertThat(e.problem()).isEqualTo(Problem.IO_ERROR);
    assertThat(e.lineNumber()).isEqualTo(1);
    assertThat(e.detail()).isEqualTo(
        "reading failed: the stream gave no byte 1000 times in a row, without reaching its end");
  }

  @Test
  void whatIsWrittenToABufferedStreamHasReachedItsTargetWhenWritingReturns() {
    Object dataset = SeedArticle.dataset();
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    MigovJson.defaults().write(dataset, new BufferedOutputStream(target, 1 << 20));
    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo(
        MigovJson.defaults().write(dataset));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    MigovJson.defaults().writeLines(List.of(SeedArticle.remittances()),
        new BufferedOutputStream(lines, 1 << 20));
    assertThat(lines.toString(StandardCharsets.UTF_8)).isEqualTo(
        MigovJson.defaults().write(SeedArticle.remittances()) + "\n");
  }

  @Test
  void observationValuesAreWrittenAsTheirDecimalTextAndReadBackEqual() {
    List<String> texts = List.of("0.5", "-0.75", "0.001", "0.000001", "1E-7", "0", "-7", "12.5",
        "123456789012345678", "0.123456789012345678", "1234567890123456789", "1E+3", "-0.0010");
    List<org.migov.model.Observation> observations = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      observations.add(org.migov.model.Observation.of(org.migov.model.Period.ofYear(2000 + i),
          new java.math.BigDecimal(texts.get(i))));
    }
    org.migov.model.RemittanceSeries series = SeedArticle.remittances().toBuilder()
        .observations(observations).build();
    String json = MigovJson.defaults().write(series);
    for (String text : texts) {
      assertThat(json).contains("\"value\":" + text + "}");
    }
    assertThat(MigovJson.defaults().read(json, org.migov.model.RemittanceSeries.class))
        .isEqualTo(series);
  }

  @Test
  void theLimitOnElementsHoldsForTheObservationsOfASeries() {
    org.migov.model.RemittanceSeries seed = SeedArticle.remittances();
    assertThat(seed.observations()).hasSize(2);
    MigovJson json = MigovJson.builder().maxArrayElements(2).build();
    String two = MigovJson.defaults().write(seed);
    assertThat(json.read(two, org.migov.model.RemittanceSeries.class)).isEqualTo(seed);
    org.migov.model.RemittanceSeries three = seed.toBuilder().addObservations(
        org.migov.model.Observation.of(org.migov.model.Period.parse("FY2026"),
            new java.math.BigDecimal("40"))).build();
    MigovJsonException e = refused(json, MigovJson.defaults().write(three),
        org.migov.model.RemittanceSeries.class);
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/observations/2");
    assertThat(e.detail()).isEqualTo("the array has more than 2 elements, the limit");
  }
}
