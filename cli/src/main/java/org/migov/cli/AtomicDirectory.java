package org.migov.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a directory of files whole or not at all: into a temporary directory beside it, which
 * then takes its name. A directory that exists is replaced only when it holds nothing but files
 * of the names given (a set written before); it is moved aside, the new one moved in, and the old
 * one deleted. On any failure the temporary directory is deleted and the old one left as it was.
 */
final class AtomicDirectory {
  private AtomicDirectory() {}

  /**
   * Writes a directory.
   *
   * @param directory the directory to write or replace
   * @param replaceable the names of the files that a directory replaced may hold
   * @param content writes the files into the (empty) directory it is given
   * @throws UserError with exit code 2 if the directory cannot be written or holds other files;
   *     any exception of {@code content} passes through, the directory untouched
   */
  static void write(Path directory, Set<String> replaceable, Consumer<Path> content) {
    Path target = directory.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UserError(Migov.USAGE, directory + ": its parent directory does not exist");
    }
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new UserError(Migov.USAGE, directory + ": is a file; the tables go into a"
            + " directory");
      }
      List<String> others = others(target, replaceable, directory);
      if (!others.isEmpty()) {
        throw new UserError(Migov.USAGE, directory + ": holds files that are not tables of"
            + " migov (" + Interop.some(others) + "): give a new or empty directory");
      }
    }
    Path temp;
    try {
      temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    } catch (IOException e) {
      throw new UserError(Migov.USAGE, directory + ": cannot be written: " + e.getMessage());
    }
    boolean done = false;
    try {
      content.accept(temp);
      permissions(temp);
      if (Files.exists(target)) {
        Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
        Files.delete(old);
        move(target, old);
        try {
          move(temp, target);
        } catch (IOException e) {
          move(old, target);
          throw e;
        }
        done = true;
        delete(old);
      } else {
        move(temp, target);
        done = true;
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UserError(Migov.USAGE, directory + ": cannot be written: " + e.getMessage());
    } finally {
      if (!done) {
        delete(temp);
      }
    }
  }

  private static List<String> others(Path target, Set<String> replaceable, Path directory) {
    List<String> others = new ArrayList<>();
    try (Stream<Path> s = Files.list(target)) {
      s.map(p -> String.valueOf(p.getFileName())).filter(n -> !replaceable.contains(n)).sorted()
          .forEach(others::add);
    } catch (IOException e) {
      throw new UserError(Migov.USAGE, directory + ": cannot be read: " + e.getMessage());
    }
    return others;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Gives the directory rwxr-xr-x and its files rw-r--r--, as a new file would have. */
  private static void permissions(Path dir) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    view.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
  }

  /** Deletes a directory and its files, as far as it can. */
  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // nothing more can be done; the name starts with a dot
    }
  }
}
