package org.migov.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: into a temporary file beside it, which is then moved over it
 * (atomically where the file system allows); on any failure the temporary file is deleted and the
 * file is left as it was.
 */
final class AtomicFile {
  private AtomicFile() {}

  /** Writes the content of a file to a stream. */
  interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream, which the caller closes
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file.
   *
   * @param file the file to write or replace
   * @param content what to write
   * @throws UserError with exit code 2 if the file cannot be written; any exception of {@code
   *     content} passes through, the file untouched
   */
  static void write(Path file, Content content) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UserError(Migov.USAGE, file + ": its directory does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new UserError(Migov.USAGE, file + ": is a directory");
    }
    Path temp;
    try {
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new UserError(Migov.USAGE, file + ": cannot be written: " + e.getMessage());
    }
    boolean done = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      permissions(temp, target);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } catch (IOException | UncheckedIOException e) {
      throw new UserError(Migov.USAGE, file + ": cannot be written: " + e.getMessage());
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // nothing more can be done; the name starts with a dot
        }
      }
    }
  }

  /**
   * Gives the temporary file (created readable by its owner only) the permissions of the file it
   * replaces, or rw-r--r-- for a new file.
   */
  private static void permissions(Path temp, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    if (Files.exists(target)) {
      view.setPermissions(Files.getPosixFilePermissions(target));
    } else {
      view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
