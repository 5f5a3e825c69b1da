package org.migov.cli;

import java.util.concurrent.Callable;
import org.migov.io.json.MigovJson;
import picocli.CommandLine.Command;

/** {@code migov schema}: prints the JSON Schema of the format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of the migov JSON format, which every"
        + " document the library writes validates against.")
final class SchemaCommand implements Callable<Integer>, Contextual {
  @SuppressWarnings("NullAway.Init") // set before call
  private Context context;

  /** Created by picocli. */
  SchemaCommand() {}

  @Override
  public void context(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String schema = MigovJson.schema();
    context.out().print(schema);
    if (!schema.endsWith("\n")) {
      context.out().println();
    }
    context.out().flush();
    return Migov.OK;
  }
}
