package org.migov.cli;

import java.util.stream.Stream;

/**
 * What a {@link Format} reads and writes: objects of one model type, read lazily, so that formats
 * that allow it convert in constant memory. Closing it closes the file it reads.
 *
 * @param type the model type of every object
 * @param objects the objects, in the order of the file
 */
record Content(ModelType type, Stream<?> objects) implements AutoCloseable {
  @Override
  public void close() {
    objects.close();
  }
}
