package org.migov.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on standard error for files of more than {@value #THRESHOLD} bytes, shown only
 * when standard error is a terminal; otherwise the file's stream as it is.
 */
final class Progress extends FilterInputStream {
  /** Files larger than this show progress. */
  static final long THRESHOLD = 4L * 1024 * 1024;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String name;
  private final long size;
  private long read;
  private int shown = -1;

  private Progress(InputStream in, PrintWriter err, String name, long size) {
    super(in);
    this.err = err;
    this.name = name;
    this.size = size;
  }

  /**
   * {@return the stream of a file, buffered, which shows its progress when the terminal allows}
   *
   * @param file the file
   * @param context the terminal and standard error
   * @throws IOException if the file cannot be opened
   */
  static InputStream open(Path file, Context context) throws IOException {
    InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
    long size = Files.size(file);
    if (!context.terminal().interactive() || size < THRESHOLD) {
      return in;
    }
    return new Progress(in, context.err(), String.valueOf(file.getFileName()), size);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(long n) {
    read += n;
    int percent = (int) Math.min(100, read * 100 / size);
    if (percent != shown) {
      shown = percent;
      int filled = percent * WIDTH / 100;
      err.print("\r" + name + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
          + percent + "%");
      err.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (shown >= 0) {
      // clear the bar's line
      err.print("\r" + " ".repeat(name.length() + WIDTH + 8) + "\r");
      err.flush();
    }
    super.close();
  }
}
