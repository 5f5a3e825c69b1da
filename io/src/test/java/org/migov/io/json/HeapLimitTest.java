package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Dataset;
import org.migov.model.Meeting;

/**
 * Memory bounded by the input: documents just under the limits on elements of an array and
 * properties of an object are read, and just over them refused, within a heap of 256 MiB. In a
 * full build this class runs in a fork of its own with {@code -Xmx256m} (io/pom.xml, profile
 * {@code json-lines-million}). The shapes are the worst per byte of input that the format
 * allows: the shortest strings in one array (about 14 bytes of heap per byte of input), and
 * millions of distinct unknown names, whose names the reader keeps only while their object is read.
 */
class HeapLimitTest {
  static final String V = "{\"format_version\":\"1.0\",";
  static final String MEETING = "\"dialogue\":\"budapest-process\","
      + "\"kind\":\"ministerial_conference\",\"title\":\"T\"";
  static final MigovJson LENIENT = MigovJson.builder().ignoreUnknownProperties().build();

  @BeforeAll
  static void heapIsSmallInItsOwnFork() {
    if ("256m".equals(System.getProperty("migov.test.heap"))) {
      assertThat(Runtime.getRuntime().maxMemory()).as("the fork's heap")
          .isLessThanOrEqualTo(256L * 1024 * 1024);
    }
  }

  /** A meeting whose aims are {@code n} one-character strings. */
  static byte[] aims(int n) {
    StringBuilder s = new StringBuilder(V).append("\"id\":\"m-1\",").append(MEETING)
        .append(",\"aims\":[");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "\"a\"" : ",\"a\"");
    }
    return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A dataset of meetings, each with {@code names} distinct unknown properties. */
  static byte[] unknownNames(int meetings, int names) {
    StringBuilder s = new StringBuilder(V).append("\"meetings\":[");
    int k = 0;
    for (int m = 0; m < meetings; m++) {
      s.append(m == 0 ? "{" : ",{").append("\"id\":\"m-").append(m + 1).append("\",")
          .append(MEETING);
      for (int i = 0; i < names; i++) {
        s.append(",\"x").append(Integer.toString(k++, 36)).append("\":0");
      }
      s.append('}');
    }
    return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anArrayJustUnderTheLimitOfElementsIsRead() {
    Meeting m = MigovJson.defaults().read(aims(MigovJson.DEFAULT_MAX_ARRAY_ELEMENTS), Meeting.class);

    assertThat(m.aims()).hasSize(MigovJson.DEFAULT_MAX_ARRAY_ELEMENTS).allMatch("a"::equals);
  }

  @Test
  void anArrayOverTheLimitIsRefusedAtItsFirstElementTooMany() {
    MigovJsonException e = ManyViolationsTest.refusedBy(MigovJson.defaults(),
        aims(MigovJson.DEFAULT_MAX_ARRAY_ELEMENTS + 1), Meeting.class);

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/aims/1000000");
    assertThat(e.detail()).isEqualTo("the array has more than 1000000 elements, the limit");
  }

  @Test
  void threeMillionDistinctUnknownNamesAreSkippedInASmallHeap() {
    // 300 objects just under the limit of properties: 30 MB of distinct names
    Dataset d = LENIENT.read(unknownNames(300, MigovJson.DEFAULT_MAX_OBJECT_PROPERTIES - 4),
        Dataset.class);

    assertThat(d.meetings()).hasSize(300);
    assertThat(d.meetings().get(299).id().value()).isEqualTo("m-300");
  }

  @Test
  void anObjectOverTheLimitOfPropertiesIsRefusedAtItsFirstPropertyTooMany() {
    // 4 known properties and 9,997 unknown ones: 10,001
    MigovJsonException e = ManyViolationsTest.refusedBy(LENIENT,
        unknownNames(1, MigovJson.DEFAULT_MAX_OBJECT_PROPERTIES - 3), Dataset.class);

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/meetings/0/x7po");
    assertThat(e.detail()).isEqualTo("the object has more than 10000 properties, the limit");
  }

  @Test
  void fiveMillionStringsInOneArrayAreRefusedAtTheLimitNotOutOfMemory() {
    // 20 MB, which took some 13 bytes of heap per byte before the limit
    MigovJsonException e = ManyViolationsTest.refusedBy(MigovJson.defaults(), aims(5_000_000),
        Meeting.class);

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/aims/1000000");
  }

  @Test
  void threeMillionUnknownNamesInOneObjectAreRefusedAtTheLimitNotOutOfMemory() {
    // 24 MB, whose names were all kept in a set before the limit
    MigovJsonException e = ManyViolationsTest.refusedBy(LENIENT, unknownNames(1, 3_000_000),
        Dataset.class);

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("the object has more than 10000 properties, the limit");
  }
}
