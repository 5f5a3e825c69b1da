package org.migov.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A file format of {@code migov convert}. Each format reads a file into {@link Content}, writes
 * content to a stream, or both; {@link Formats} lists them, and a new format (such as tidy CSV or
 * SDMX-JSON) is added there with its names and file extensions.
 */
interface Format {
  /** {@return the name given with --from and --to, such as {@code json}} */
  String name();

  /** {@return the endings of file names that mean this format, such as {@code .json}} */
  List<String> extensions();

  /** {@return a line of help: what the format is} */
  String description();

  /** {@return whether the format can be read} */
  boolean readable();

  /** {@return whether the format can be written} */
  boolean writable();

  /**
   * {@return the content of a file, read lazily} Problems of the content are reported as {@link
   * UserError} with exit code 1 when the content is wrong, 2 when the file cannot be read.
   *
   * @param file the file, which exists
   * @param options the options of the conversion
   */
  Content read(Path file, ConvertOptions options);

  /**
   * Writes content to a stream, which is not closed.
   *
   * @param content the content
   * @param out the stream
   * @param options the options of the conversion
   */
  void write(Content content, OutputStream out, ConvertOptions options);

  /**
   * {@return whether the format is a directory of files (tidy CSV tables and their data
   * package) rather than one file}
   */
  default boolean directory() {
    return false;
  }

  /**
   * Writes content as the files of a directory, for formats that are {@link #directory()}.
   *
   * @param content the content
   * @param directory the new, empty directory
   * @param options the options of the conversion
   */
  default void writeDirectory(Content content, Path directory, ConvertOptions options) {
    throw new UserError(Migov.USAGE, "the format " + name() + " is not a directory");
  }
}
