package org.migov.io.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzz test of {@link SdmxReader}: reading arbitrary bytes, and making remittance series of what
 * was read, gives a result or an {@link SdmxException}, nothing else. Without {@code JAZZER_FUZZ},
 * the inputs under {@code FuzzSdmxTestInputs/readMessage/} (the official samples and a fiscal-year
 * message) run as ordinary tests; to fuzz: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=5m mvn -B -pl
 * io -am test -Dtest=FuzzSdmxTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FuzzSdmxTest {
  @FuzzTest(maxDuration = "5m")
  void readMessage(byte[] bytes) {
    String fromBytes;
    String fromStream;
    // the series converted from the message as given, or null if reading or converting failed
    java.util.List<org.migov.model.RemittanceSeries> converted = null;
    try {
      SdmxMessage m = SdmxReaderTest.RAW.read(bytes);
      fromBytes = m.toString();
      try {
        converted = SdmxReaderTest.REMITTANCES.toRemittanceSeries(
            SdmxReaderTest.REMITTANCES.read(bytes));
        assertNotNull(converted);
      } catch (SdmxException e) {
        assertNotNull(e.problem());
      }
    } catch (SdmxException e) {
      fromBytes = e.getMessage();
    }
    // the streaming path gives the same series whenever either way succeeds (with two faults in
    // a message, the two ways may report different ones)
    java.util.List<org.migov.model.RemittanceSeries> streamed = null;
    try {
      streamed = SdmxReaderTest.REMITTANCES.readRemittanceSeries(bytes);
    } catch (SdmxException e) {
      assertNotNull(e.problem());
    }
    if (converted != null || streamed != null) {
      assertEquals(converted, streamed, "converted and streamed series disagree");
    }
    try {
      fromStream = SdmxReaderTest.RAW.read(new ByteArrayInputStream(bytes)).toString();
    } catch (SdmxException e) {
      fromStream = e.getMessage();
    }
    assertEquals(fromBytes, fromStream, "bytes and stream disagree");
  }

  /** Deleting the regression inputs would make the fuzz test pass without testing anything. */
  @org.junit.jupiter.api.Test
  void hasRegressionInputs() throws Exception {
    java.net.URL url = FuzzSdmxTest.class.getResource("FuzzSdmxTestInputs/readMessage");
    org.assertj.core.api.Assertions.assertThat(url).isNotNull();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
        java.nio.file.Path.of(url.toURI()))) {
      org.assertj.core.api.Assertions.assertThat(files.count()).isGreaterThanOrEqualTo(2);
    }
  }
}
