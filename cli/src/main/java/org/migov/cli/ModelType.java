package org.migov.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.migov.model.CountryFigure;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.Dialogue;
import org.migov.model.Meeting;
import org.migov.model.Observation;
import org.migov.model.Organisation;
import org.migov.model.Person;
import org.migov.model.RemittanceSeries;

/**
 * The model types a file can hold at its top level (or on each JSON Lines line), named as the JSON
 * Schema names their definitions.
 */
enum ModelType {
  DATASET("dataset", Dataset.class),
  DIALOGUE("dialogue", Dialogue.class),
  DECLARATION("declaration", Declaration.class),
  MEETING("meeting", Meeting.class),
  ORGANISATION("organisation", Organisation.class),
  PERSON("person", Person.class),
  REMITTANCE_SERIES("remittance_series", RemittanceSeries.class),
  COUNTRY_FIGURE("country_figure", CountryFigure.class),
  OBSERVATION("observation", Observation.class);

  /** The name in the JSON Schema's definitions and on the command line. */
  private final String schemaName;
  /** The class of the model. */
  private final Class<?> modelClass;

  ModelType(String schemaName, Class<?> modelClass) {
    this.schemaName = schemaName;
    this.modelClass = modelClass;
  }

  /** {@return the name of the type in the JSON Schema and on the command line} */
  String schemaName() {
    return schemaName;
  }

  /** {@return the class of the model that objects of this type are read as} */
  Class<?> modelClass() {
    return modelClass;
  }

  /** {@return whether a dataset holds objects of this type in one of its lists} */
  boolean inDataset() {
    return this != DATASET && this != OBSERVATION;
  }

  /** {@return the schema names of all types, for messages} */
  static String names() {
    return Arrays.stream(values()).map(ModelType::schemaName).collect(Collectors.joining(", "));
  }

  /**
   * {@return the type of a name given on the command line: a schema name, with {@code -} for
   * {@code _}, or {@code series} for remittance series}
   *
   * @param name the name
   */
  static Optional<ModelType> named(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('-', '_');
    if (n.equals("series")) {
      return Optional.of(REMITTANCE_SERIES);
    }
    return Arrays.stream(values()).filter(t -> t.schemaName.equals(n)).findFirst();
  }

  @Override
  public String toString() {
    return schemaName;
  }
}
