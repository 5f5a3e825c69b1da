package org.migov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;

/**
 * JSON Lines of migov documents, one type per file, read and written in constant memory. A
 * dataset that holds objects of one kind only (only meetings, say) is written as lines of those
 * objects; any other dataset as one line.
 */
final class JsonLinesFormat implements Format {
  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public List<String> extensions() {
    return List.of(".jsonl", ".ndjson", ".jsonlines");
  }

  @Override
  public String description() {
    return "JSON Lines: one migov document per line (*.jsonl, *.ndjson)";
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
      type = Detection.type(file, Layout.JSON_LINES);
    }
    if (type == null) {
      type = ModelType.DATASET;
    }
    InputStream in;
    try {
      in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw Detection.unreadable(file, e);
    }
    Stream<?> objects = MigovJson.defaults().readLines(in, type.modelClass())
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    return new Content(type, Conversions.reportingAs(file, objects));
  }

  @Override
  public void write(Content content, OutputStream out, ConvertOptions options) {
    Iterator<?> objects = content.objects().iterator();
    if (content.type() == ModelType.DATASET && objects.hasNext()) {
      Object first = objects.next();
      if (!objects.hasNext()) {
        List<?> only = Conversions.onlyKind((Dataset) first);
        MigovJson.defaults().writeLines(only != null ? only : List.of(first), out);
        return;
      }
      MigovJson.defaults().writeLines(() -> new Iterator<Object>() {
        private boolean firstGiven;

        @Override
        public boolean hasNext() {
          return !firstGiven || objects.hasNext();
        }

        @Override
        public Object next() {
          if (!firstGiven) {
            firstGiven = true;
            return first;
          }
          return objects.next();
        }
      }, out);
      return;
    }
    Iterator<Object> all = Conversions.objects(objects);
    MigovJson.defaults().writeLines(() -> all, out);
  }
}
