package org.migov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migov.io.json.MigovJson;

class MigovTest {
  @Test
  void versionNamesTheToolAndJava() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("migov 0.1.0").contains("\nJava 17");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: migov [-hV] COMMAND").contains("  validate ")
        .contains("  convert ").contains("  summary ").contains("  chart ")
        .contains("  schema ").contains("Exit codes:").doesNotContain("\u001b[");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"validate", "convert", "summary", "chart", "schema"}) {
      Cli.Result r = Cli.run(command, "--help");
      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).startsWith("Usage: migov " + command);
      assertThat(Cli.run("help", command).out()).isEqualTo(r.out());
    }
  }

  @Test
  void noCommandIsWrongUsage() {
    Cli.Result r = Cli.run();
    assertThat(r.code()).isEqualTo(Migov.USAGE);
    assertThat(r.err()).startsWith("migov: a command is required");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownCommandOrOptionIsWrongUsage() {
    Cli.Result command = Cli.run("check", "x.json");
    assertThat(command.code()).isEqualTo(Migov.USAGE);
    assertThat(command.err()).contains("Unmatched arguments").contains("'migov --help'");
    Cli.Result option = Cli.run("validate", "--strict", "x.json");
    assertThat(option.code()).isEqualTo(Migov.USAGE);
    assertThat(option.err()).contains("Unknown option: '--strict'");
  }

  @Test
  void schemaPrintsTheSchemaOfTheFormat() {
    Cli.Result r = Cli.run("schema");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(MigovJson.schema().endsWith("\n") ? MigovJson.schema()
        : MigovJson.schema() + "\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aFaultOfTheToolIsOneLineWithExitCodeThree() {
    java.io.StringWriter text = new java.io.StringWriter();
    int code = Migov.internalError(new IllegalStateException("no codec"),
        new java.io.PrintWriter(text), false);
    assertThat(code).isEqualTo(Migov.INTERNAL_ERROR).isEqualTo(3);
    assertThat(text.toString()).isEqualTo("migov: internal error:"
        + " java.lang.IllegalStateException: no codec (please report it; set MIGOV_DEBUG=1 to"
        + " see where it happened)" + System.lineSeparator());
    java.io.StringWriter debug = new java.io.StringWriter();
    Migov.internalError(new IllegalStateException("no codec"), new java.io.PrintWriter(debug),
        true);
    assertThat(debug.toString()).contains("\tat org.migov.cli.MigovTest.");
  }
}
