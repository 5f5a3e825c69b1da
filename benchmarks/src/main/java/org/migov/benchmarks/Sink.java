package org.migov.benchmarks;

import java.io.OutputStream;
import java.util.Arrays;

/** An output stream into a reusable array, without locking: the cheapest place to write to. */
public final class Sink extends OutputStream {
  private byte[] bytes;
  private int size;

  /**
   * Creates a sink.
   *
   * @param capacity the initial capacity in bytes
   */
  public Sink(int capacity) {
    bytes = new byte[capacity];
  }

  /** Forgets what was written, keeping the array. */
  public void reset() {
    size = 0;
  }

  /**
   * Returns the number of bytes written since the last reset.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns a copy of the bytes written since the last reset.
   *
   * @return the bytes
   */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void write(int b) {
    if (size == bytes.length) {
      bytes = Arrays.copyOf(bytes, size * 2);
    }
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (size + len > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
    }
    System.arraycopy(b, off, bytes, size, len);
    size += len;
  }
}
