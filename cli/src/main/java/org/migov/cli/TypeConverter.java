package org.migov.cli;

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a model type from the command line: its schema name, or {@code series}. */
final class TypeConverter implements ITypeConverter<ModelType> {
  @Override
  public ModelType convert(String value) {
    return ModelType.named(value).orElseThrow(() -> new TypeConversionException(
        "'" + value + "' is not a type; the types are " + ModelType.names()));
  }

  /** The names of the types, for the help. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ModelType.values()).map(ModelType::schemaName).iterator();
    }
  }
}
