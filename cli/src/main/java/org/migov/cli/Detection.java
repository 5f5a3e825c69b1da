package org.migov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.migov.io.json.MigovJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Tells the layout of a file (from its name, or from its first lines) and the model type of its
 * objects (from the properties of the first object, matched against the JSON Schema).
 */
final class Detection {
  /** How many bytes are looked at to tell the layout of a file whose name does not say. */
  private static final int SNIFF_BYTES = 1 << 16;


  /** The properties and required properties of each type, read from the schema when needed. */
  private static @Nullable List<Shape> shapes;

  private Detection() {}

  /** The properties a type allows and requires, from the JSON Schema. */
  private record Shape(ModelType type, Set<String> properties, Set<String> required) {}

  /**
   * Checks that a file can be read.
   *
   * @param file the file
   * @throws UserError with exit code 2 if it cannot
   */
  static void requireReadable(Path file) {
    if (!Files.exists(file)) {
      throw new UserError(Migov.USAGE, file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new UserError(Migov.USAGE, file + ": is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new UserError(Migov.USAGE, file + ": cannot be read (permission denied)");
    }
  }

  /**
   * {@return the layout of a file: JSON Lines for names ending in {@code .jsonl}, {@code .ndjson}
   * or {@code .jsonlines}, a document for {@code .json}; otherwise JSON Lines when its first
   * non-blank line is a whole object and another object follows on the next non-blank line}
   *
   * @param file the file, which must be readable
   */
  static Layout layout(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines")) {
      return Layout.JSON_LINES;
    }
    if (name.endsWith(".json")) {
      return Layout.JSON;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    String text = new String(head, StandardCharsets.UTF_8);
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2)
        .collect(Collectors.toList());
    if (lines.size() == 2 && wholeObject(lines.get(0)) && lines.get(1).startsWith("{")) {
      return Layout.JSON_LINES;
    }
    return Layout.JSON;
  }

  private static boolean wholeObject(String line) {
    try (JsonParser p = MigovJson.defaults().mapper().createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (JacksonException e) {
      return false;
    }
  }

  static UserError unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UserError(Migov.USAGE, file + ": no such file");
    }
    return new UserError(Migov.USAGE, file + ": cannot be read: " + e.getMessage());
  }

  /**
   * {@return the model type of the first object of a file, or {@code null} when its first object
   * cannot be parsed (reading it then reports why)}
   *
   * @param file the file
   * @param layout its layout
   * @throws UserError with exit code 2 when the properties fit no type, or two types equally
   */
  static @Nullable ModelType type(Path file, Layout layout) {
    Set<String> keys = new LinkedHashSet<>();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = MigovJson.defaults().mapper().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        keys.add(p.currentName());
        p.nextToken();
        p.skipChildren();
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    } catch (JacksonException e) {
      return null;
    }
    return typeOf(keys, file);
  }

  /**
   * {@return the type whose schema fits the properties best: all its required properties present
   * and the most properties known to it; a dataset when no property is known to any type}
   *
   * @param keys the properties of the object
   * @param file the file, for the message
   */
  static ModelType typeOf(Set<String> keys, Path file) {
    Set<String> own = new HashSet<>(keys);
    own.remove("format_version");
    if (own.isEmpty()) {
      return ModelType.DATASET;
    }
    int best = -1;
    List<ModelType> top = new ArrayList<>();
    for (Shape shape : shapes()) {
      int known = (int) own.stream().filter(shape.properties()::contains).count();
      int score = known + (own.containsAll(shape.required()) ? 1000 : 0)
          - (own.size() - known) * 10;
      if (known == 0) {
        continue;
      }
      if (score > best) {
        best = score;
        top.clear();
      }
      if (score == best) {
        top.add(shape.type());
      }
    }
    if (top.size() == 1) {
      return top.get(0);
    }
    if (top.isEmpty()) {
      // no property of any type: read as a dataset, which reports the unknown properties
      return ModelType.DATASET;
    }
    throw new UserError(Migov.USAGE, file + ": its properties fit "
        + top.stream().map(ModelType::schemaName).collect(Collectors.joining(" and "))
        + " equally; give the type with --type");
  }

  private static synchronized List<Shape> shapes() {
    List<Shape> s = shapes;
    if (s == null) {
      JsonNode defs = MigovJson.defaults().mapper().readTree(MigovJson.schema()).path("$defs");
      s = new ArrayList<>();
      for (ModelType type : ModelType.values()) {
        JsonNode def = defs.path(type.schemaName());
        Set<String> properties = new HashSet<>(def.path("properties").propertyNames());
        Set<String> required = new HashSet<>();
        def.path("required").forEach(n -> required.add(n.asString()));
        s.add(new Shape(type, properties, required));
      }
      shapes = s;
    }
    return s;
  }
}
