package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.model.Organisation;

/**
 * Streams that return no byte, streams that fail with an unchecked exception, input that is no
 * text in its encoding, and input that would forge lines of a log: each ends in the documented
 * problem, nothing is lost silently, and no message or pointer repeats a control character.
 */
class StreamsAndMessagesTest {
  static final String LINE = "{\"format_version\":\"1.0\",\"id\":\"icmpd\",\"name\":\"ICMPD\","
      + "\"kind\":\"intergovernmental_organisation\"}\n";
  static final String LINES = LINE + LINE.replace("icmpd", "iom") + LINE.replace("icmpd", "unhcr");

  /** A stream that gives one byte at a time, after {@code zeros} reads that give none. */
  static InputStream stuttering(byte[] bytes, int zeros) {
    return new InputStream() {
      int at;
      int empty;

      @Override
      public int read() {
        return at < bytes.length ? bytes[at++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (at >= bytes.length) {
          return -1;
        }
        if (empty++ < zeros) {
          return 0;
        }
        empty = 0;
        b[off] = bytes[at++];
        return 1;
      }
    };
  }

  static InputStream failingUnchecked(byte[] first) {
    return new InputStream() {
      int at;

      @Override
      public int read() {
        if (at < first.length) {
          return first[at++] & 0xff;
        }
        throw new UncheckedIOException(new IOException("the disk\nwent away"));
      }
    };
  }

  @Test
  void jsonLinesReadsAgainAfterAReadOfNoByte() {
    List<String> ids = MigovJson.defaults()
        .readLines(stuttering(LINES.getBytes(StandardCharsets.UTF_8), 3), Organisation.class)
        .map(o -> o.id().value()).collect(Collectors.toList());

    assertThat(ids).containsExactly("icmpd", "iom", "unhcr");
  }

  @Test
  void jsonLinesRefusesAStreamThatNeverGivesAByteInsteadOfEndingSilently() {
    InputStream never = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return 0;
      }
    };

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().readLines(never, Organisation.class).count());

    assertThat(e.problem()).isEqualTo(Problem.IO_ERROR);
    assertThat(e.lineNumber()).isEqualTo(1);
    assertThat(e.detail()).isEqualTo(
        "reading failed: the stream gave no byte 1000 times in a row, without reaching its end");
  }

  @Test
  void aDocumentStreamThatGivesNoByteIsAnIoErrorNotTheEnd() {
    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(stuttering(LINE.getBytes(StandardCharsets.UTF_8), 1),
            Organisation.class));

    assertThat(e.problem()).isEqualTo(Problem.IO_ERROR);
  }

  @Test
  void anUncheckedIoExceptionOfTheStreamIsAnIoError() {
    byte[] half = LINE.substring(0, 30).getBytes(StandardCharsets.UTF_8);
    MigovJsonException doc = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(failingUnchecked(half), Organisation.class));
    MigovJsonException lines = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().readLines(failingUnchecked(half), Organisation.class).count());

    assertThat(doc.problem()).isEqualTo(Problem.IO_ERROR);
    assertThat(doc.getCause()).isInstanceOf(UncheckedIOException.class);
    assertThat(doc.getMessage()).isEqualTo(
        "io error at '': reading failed: java.io.IOException: the disk\\u000awent away");
    assertThat(lines.problem()).isEqualTo(Problem.IO_ERROR);
    assertThat(lines.lineNumber()).isEqualTo(1);
  }

  @Test
  void invalidUtf32IsMalformedJson() {
    byte[] text = "{\"format_version\":\"1.0\"}".getBytes(Charset.forName("UTF-32BE"));
    byte[] doc = new byte[text.length + 4];
    System.arraycopy(text, 0, doc, 0, 8);
    doc[8] = 0x00; // U+110000, beyond Unicode
    doc[9] = 0x11;
    System.arraycopy(text, 8, doc, 12, text.length - 8);

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(doc, Organisation.class));

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void bytesThatAreNoTextInTheirEncodingAreNamedAlikeFromBytesAndFromAStream() {
    // UTF-32 (little-endian, detected by its zero bytes) cut in the middle of its second
    // character: Jackson names the byte where the input ends, the 7th
    byte[] cut = {(byte) 0xff, 0, 0, 0, 0, 0, (byte) 0x9b};
    MigovJsonException fromBytes = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(cut, Organisation.class));
    MigovJsonException fromStream = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(new ByteArrayInputStream(cut), Organisation.class));
    assertThat(fromBytes.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(fromBytes.detail()).isEqualTo("Unexpected EOF in the middle of a 4-byte UTF-32 "
        + "char: got 3, needed 4, at char #1, byte #7)");
    assertThat(fromBytes.getMessage()).isEqualTo(fromStream.getMessage());
  }

  @Test
  void controlAndBidiCharactersOfANameAreEscapedInTheMessageAndThePointer() {
    String doc = "{\"format_version\":\"1.0\",\"id\":\"icmpd\",\"x\\n\\r\\u0000\\u202e\\u2028\":1}";

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(doc, Organisation.class));

    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
    assertThat(e.pointer()).isEqualTo("/x\\u000a\\u000d\\u0000\\u202e\\u2028");
    assertThat(e.detail())
        .isEqualTo("'x\\u000a\\u000d\\u0000\\u202e\\u2028' is not a property of organisation");
    assertThat(e.getMessage()).doesNotContainPattern("[\\p{Cc}\\u202e\\u2028]")
        .contains("x\\u000a\\u000d\\u0000\\u202e\\u2028");
  }

  @Test
  void controlCharactersOfAValueAreEscapedInTheMessage() {
    String doc = "{\"format_version\":\"1.0\",\"id\":\"a\\nFAKE LOG LINE\\u202e\"}";

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(doc, Organisation.class));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.getMessage()).doesNotContainPattern("[\\p{Cc}\\u202e]")
        .contains("a\\u000aFAKE LOG LINE\\u202e");
  }

  @Test
  void controlCharactersOfAModelViolationAreEscapedInTheViolations() {
    String doc = "{\"format_version\":\"1.0\",\"id\":\"icmpd\",\"name\":\"ICMPD\","
        + "\"kind\":\"intergovernmental_organisation\",\"parent\":\"icmpd\","
        + "\"acronym\":\" \\u2028\"}";

    MigovJsonException e = catchThrowableOfType(MigovJsonException.class,
        () -> MigovJson.defaults().read(doc, Organisation.class));

    assertThat(e.problem()).isEqualTo(Problem.MODEL_VIOLATION);
    assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.toString())
        .doesNotContainPattern("[\\p{Cc}\\u2028]"));
    assertThat(e.getMessage()).doesNotContainPattern("[\\p{Cc}\\u2028]");
  }
}
