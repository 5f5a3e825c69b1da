package org.migov.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats of {@code migov convert}: the one place where a format is added. */
final class Formats {
  /** Every format, in the order of the help. */
  static final List<Format> ALL = List.of(new JsonFormat(), new JsonLinesFormat(),
      new CsvFormat(), new WorldBankFormat(), new SdmxFormat());

  private Formats() {}

  /** {@return the format of a name given with --from or --to} */
  static Optional<Format> named(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.name().equals(n)).findFirst();
  }

  /**
   * {@return the format that a file's name ends with; a directory, or a {@code datapackage.json},
   * is CSV tables}
   */
  static Optional<Format> of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (Files.isDirectory(file) || name.equals("datapackage.json")) {
      return named("csv");
    }
    return ALL.stream().filter(f -> f.extensions().stream().anyMatch(name::endsWith)).findFirst();
  }

  /** {@return the names of the formats that can be read, or written} */
  static String names(boolean reading) {
    return ALL.stream().filter(f -> reading ? f.readable() : f.writable()).map(Format::name)
        .collect(Collectors.joining(", "));
  }
}
