package org.migov.io;

import java.io.ByteArrayInputStream;

/** A caller's stream that records whether a reader closed it. */
public final class ClosingRecorder extends ByteArrayInputStream {
  private boolean closed;

  /**
   * A stream of the given bytes.
   *
   * @param bytes what the stream holds
   */
  public ClosingRecorder(byte[] bytes) {
    super(bytes);
  }

  @Override
  public void close() {
    closed = true;
  }

  /** {@return whether the stream was closed} */
  public boolean closed() {
    return closed;
  }
}
