package org.migov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migov.io.json.MigovJson;
import org.migov.io.json.MigovJsonException;
import org.migov.model.Dataset;

/**
 * One migov JSON document. Written from several objects, it is the dataset that holds them (or
 * the datasets merged); objects that no dataset holds (observations) can only be written one at a
 * time.
 */
final class JsonFormat implements Format {
  @Override
  public String name() {
    return "json";
  }

  @Override
  public List<String> extensions() {
    return List.of(".json");
  }

  @Override
  public String description() {
    return "one migov JSON document (*.json)";
  }

  @Override
  public boolean readable() {
    return true;
  }

  @Override
  public boolean writable() {
    return true;
  }

  @Override
  public Content read(Path file, ConvertOptions options) {
    ModelType type = options.type();
    if (type == null) {
      type = Detection.type(file, Layout.JSON);
    }
    if (type == null) {
      type = ModelType.DATASET;
    }
    try (InputStream in = Files.newInputStream(file)) {
      Object value = MigovJson.defaults().read(in, type.modelClass());
      return new Content(type, Stream.of(value));
    } catch (MigovJsonException e) {
      throw Conversions.failure(file, e);
    } catch (IOException e) {
      throw Detection.unreadable(file, e);
    }
  }

  @Override
  public void write(Content content, OutputStream out, ConvertOptions options) {
    List<?> objects = content.objects().collect(Collectors.toList());
    Object value;
    if (objects.size() == 1) {
      value = objects.get(0);
    } else if (content.type() == ModelType.DATASET || content.type().inDataset()) {
      Dataset.Builder b = Dataset.builder();
      objects.forEach(o -> Conversions.addTo(b, o));
      value = b.build();
    } else {
      throw new UserError(Migov.USAGE, objects.size() + " objects of type " + content.type()
          + " make no one document: a document holds one " + content.type()
          + ", or a dataset of dialogues, organisations, people, declarations, meetings,"
          + " remittance series and country figures");
    }
    MigovJson json = options.compact() ? MigovJson.defaults() : MigovJson.defaults().pretty();
    json.write(value, out);
    if (options.compact()) {
      try {
        out.write('\n');
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
