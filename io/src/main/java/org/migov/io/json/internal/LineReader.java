package org.migov.io.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes from a stream, in memory bounded by the longest line accepted: a longer
 * line is skipped to its end and reported, never buffered whole.
 */
public final class LineReader {
  private final InputStream in;
  private final long maxLine;
  /**
   * How many reads in a row may return no byte before the stream is taken as broken: {@code
   * InputStream.read} may return 0 (some streams do, without being at the end), so it is retried,
   * but not forever.
   */
  static final int MAX_EMPTY_READS = 1_000;

  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private int length;
  private long number;
  private boolean tooLong;

  /**
   * Reads from {@code in}, accepting lines of at most {@code maxLine} bytes.
   *
   * @param in the stream
   * @param maxLine the longest line accepted, in bytes
   */
  public LineReader(InputStream in, long maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /**
   * Reads the next line, without its line end ({@code \n} or {@code \r\n}).
   *
   * @return whether there was a line
   * @throws IOException if reading fails
   */
  public boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd) {
        chunkEnd = read();
        chunkPos = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          if (any) {
            number++;
          }
          return any;
        }
      }
      any = true;
      int start = chunkPos;
      while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
        chunkPos++;
      }
      append(start, chunkPos);
      if (chunkPos < chunkEnd) {
        chunkPos++; // the \n
        if (length > 0 && line[length - 1] == '\r' && !tooLong) {
          length--;
        }
        number++;
        return true;
      }
    }
  }

  /**
   * Reads the next bytes into the chunk: their number, or -1 at the end of the stream; a read of
   * no byte is not the end, and is retried.
   *
   * @throws IOException if reading fails, or the stream gives no byte {@link #MAX_EMPTY_READS}
   *     times in a row
   */
  private int read() throws IOException {
    for (int empty = 0; empty < MAX_EMPTY_READS; empty++) {
      int n = in.read(chunk);
      if (n != 0) {
        return n;
      }
    }
    throw new IOException("the stream gave no byte " + MAX_EMPTY_READS
        + " times in a row, without reaching its end");
  }

  private void append(int from, int to) {
    int n = to - from;
    if (tooLong || length + (long) n > maxLine + 1) {
      tooLong = true;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
    }
    System.arraycopy(chunk, from, line, length, n);
    length += n;
  }

  /** Returns whether the current line was longer than the limit (its bytes were dropped). */
  public boolean tooLong() {
    return tooLong || length > maxLine;
  }

  /** Returns the buffer holding the current line, valid until the next call to {@link #next}. */
  public byte[] bytes() {
    return line;
  }

  /** Returns the length of the current line. */
  public int length() {
    return length;
  }

  /** Returns the 1-based number of the current line. */
  public long number() {
    return number;
  }

  /** Returns whether the current line is empty or only white space. */
  public boolean blank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
