package org.migov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.migov.model.Dataset;

/** Reads a whole file, of either layout, as a dataset: for summaries and charts. */
final class Reading {
  private Reading() {}

  /**
   * {@return the dataset a file holds, or that holds the file's objects}
   *
   * @param file the file
   * @param lines whether to read it as JSON Lines whatever its name
   * @param type its model type, or {@code null} to tell it from the file
   * @throws UserError if it cannot be read (2), has errors (1), or holds objects that no dataset
   *     holds (2)
   */
  static Dataset dataset(Path file, boolean lines, @Nullable ModelType type) {
    Detection.requireReadable(file);
    Layout layout = lines ? Layout.JSON_LINES : Detection.layout(file);
    Format format = layout == Layout.JSON ? new JsonFormat() : new JsonLinesFormat();
    try (Content content = format.read(file, new ConvertOptions(type, false))) {
      if (!content.type().inDataset() && content.type() != ModelType.DATASET) {
        throw new UserError(Migov.USAGE, file + ": holds " + content.type() + " objects; give"
            + " a dataset, or objects that a dataset holds");
      }
      List<?> objects = content.objects().collect(Collectors.toList());
      return Conversions.toDataset(objects);
    }
  }
}
