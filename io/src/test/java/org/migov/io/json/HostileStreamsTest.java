package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Dataset;
import org.migov.model.Meeting;

/**
 * Hostile streams: input that arrives one byte at a time (multi-byte characters and line ends
 * split between reads), streams that fail part-way, and lines longer than the limit.
 */
class HostileStreamsTest {
  static final MigovJson JSON = MigovJson.defaults();

  /** Gives at most one byte per read, so every boundary falls between two reads. */
  static final class Trickle extends InputStream {
    private final byte[] bytes;
    private int at;
    private final int failAt;

    Trickle(byte[] bytes, int failAt) {
      this.bytes = bytes;
      this.failAt = failAt;
    }

    @Override
    public int read() throws IOException {
      if (at == failAt) {
        throw new IOException("the network went away");
      }
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      b[off] = (byte) c;
      return 1;
    }
  }

  static byte[] dataset() throws IOException {
    try (InputStream in = HostileStreamsTest.class.getResourceAsStream(
        "/hostile/valid/dataset.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void aDocumentArrivingOneByteAtATimeReadsAsAWhole() throws IOException {
    byte[] bytes = dataset();
    Dataset whole = JSON.read(bytes, Dataset.class);
    assertThat(JSON.read(new Trickle(bytes, -1), Dataset.class)).isEqualTo(whole);
    // with non-ASCII text whose UTF-8 bytes are split between reads
    Dataset renamed = whole.toBuilder().dialogues(List.of(whole.dialogues().get(0).toBuilder()
        .name("Processus de Budapest — «été» 😀").build())).build();
    byte[] utf8 = JSON.write(renamed).getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(new Trickle(utf8, -1), Dataset.class)).isEqualTo(renamed);
  }

  @Test
  void jsonLinesArrivingOneByteAtATimeWithCrLfReadAsAWhole() {
    Meeting m = JSON.read(JSON.write(Meeting.builder().id(org.migov.model.MeetingId.of("m"))
        .dialogue(org.migov.model.DialogueId.of("d")).kind(org.migov.model.MeetingKind.OTHER)
        .title("Réunion à Islamabad").build()), Meeting.class);
    String lines = JSON.write(m) + "\r\n\r\n" + JSON.write(m) + "\r\n" + JSON.write(m);
    try (Stream<Meeting> s = JSON.readLines(
        new Trickle(lines.getBytes(StandardCharsets.UTF_8), -1), Meeting.class)) {
      assertThat(s.toList()).containsExactly(m, m, m);
    }
  }

  @Test
  void aStreamFailingPartWayIsAnIoErrorEverywhere() throws IOException {
    byte[] bytes = dataset();
    for (int failAt : new int[] {0, 1, 100, bytes.length - 1}) {
      assertThatThrownBy(() -> JSON.read(new Trickle(bytes, failAt), Dataset.class))
          .isInstanceOfSatisfying(MigovJsonException.class,
              e -> assertThat(e.problem()).isEqualTo(Problem.IO_ERROR));
    }
    String two = JSON.write(JSON.read(bytes, Dataset.class)) + "\n"
        + JSON.write(JSON.read(bytes, Dataset.class)) + "\n";
    byte[] lines = two.getBytes(StandardCharsets.UTF_8);
    List<Dataset> read = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (Stream<Dataset> s = JSON.readLinesSkippingErrors(
          new Trickle(lines, lines.length / 2 + 10), Dataset.class, e -> { })) {
        s.forEach(read::add);
      }
    }).isInstanceOfSatisfying(MigovJsonException.class, e -> {
      assertThat(e.problem()).isEqualTo(Problem.IO_ERROR);
      assertThat(e.lineNumber()).isEqualTo(2);
    });
    assertThat(read).hasSize(1);
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedUnbufferedAndReported() {
    MigovJson small = MigovJson.builder().maxDocumentBytes(200).build();
    String good = "{\"format_version\":\"1.0\",\"title\":\"ok\"}";
    String huge = "{\"format_version\":\"1.0\",\"title\":\"" + "x".repeat(5_000_000) + "\"}";
    byte[] bytes = (good + "\n" + huge + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8);
    List<MigovJsonException> errors = new ArrayList<>();
    try (Stream<org.migov.model.Source> s = small.readLinesSkippingErrors(
        new ByteArrayInputStream(bytes), org.migov.model.Source.class, errors::add)) {
      assertThat(s.toList()).hasSize(2);
    }
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.lineNumber()).isEqualTo(2);
    });
    assertThatThrownBy(() -> small.read(huge, org.migov.model.Source.class))
        .isInstanceOfSatisfying(MigovJsonException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED));
  }
}
