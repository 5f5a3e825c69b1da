package org.migov.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Written documents checked by a second, independent validator: Ajv 8 under Node.js, whose
 * regular expressions are ECMAScript's, as JSON Schema specifies. It checks migov documents
 * against the shipped JSON Schema (draft 2020-12, with ajv-formats) and {@code datapackage.json}
 * against the Frictionless profiles (draft-04, with ajv-draft-04). The tool
 * is pinned in {@code src/test/ajv/package.json} and {@code package-lock.json} and installed with
 * {@code npm ci} into {@code target/ajv} at first use (or beforehand by {@code .ci/run}). Without
 * Node.js or npm, the tests that use it are skipped with a message saying so; with {@code
 * -Dmigov.ajv.required=true} (as {@code .ci/run} sets) they fail instead.
 */
public final class AjvCheck {
  private AjvCheck() {}

  static final Path SOURCE = Path.of("src/test/ajv");
  static final Path DIR = Path.of("target/ajv");
  static final boolean REQUIRED = Boolean.getBoolean("migov.ajv.required");

  /** Why Ajv cannot run, or null once it is installed. */
  private static String unavailable = "not yet installed";
  private static boolean tried;

  /** Installs Ajv if needed; skips (or fails, when required) the calling test without it. */
  public static synchronized void assumeAvailable() {
    if (!tried) {
      tried = true;
      unavailable = install();
    }
    if (unavailable != null) {
      String message = "Ajv validation skipped: " + unavailable;
      if (REQUIRED) {
        throw new AssertionError(message + " (required by -Dmigov.ajv.required=true)");
      }
      System.err.println("WARNING: " + message);
      Assumptions.assumeTrue(false, message);
    }
  }

  private static String install() {
    try {
      if (run(List.of("node", "--version"), DIR.getParent()) != 0) {
        return "node is not on the PATH";
      }
      Files.createDirectories(DIR);
      for (String f : List.of("package.json", "package-lock.json", "validate.js")) {
        Files.copy(SOURCE.resolve(f), DIR.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
      if (!Files.isDirectory(DIR.resolve("node_modules/ajv-draft-04"))) {
        int npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), DIR);
        if (npm != 0) {
          return "npm ci in " + DIR + " failed (exit " + npm + "); is the npm registry reachable?";
        }
      }
      return null;
    } catch (IOException e) {
      return "node or npm could not be run: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static int run(List<String> command, Path dir) throws IOException,
      InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  /**
   * {@return Ajv's verdict on each migov document, in order: {@code ok}, or {@code error} and what
   * is wrong} Each document must be on one line, as compact JSON is.
   */
  static List<String> verdicts(List<String> documents) {
    return verdicts("migov.schema.json", MigovJson.schema(), documents);
  }

  /**
   * {@return Ajv's verdict on each document against a schema, in order: {@code ok}, or {@code
   * error} and what is wrong} The schema's {@code $schema} chooses the dialect (draft-04 or
   * 2020-12). Each document must be on one line, as compact JSON is.
   *
   * @param schemaFile the file name the schema is written to, in the tool's directory
   * @param schema the schema's text
   * @param documents the documents
   */
  public static List<String> verdicts(String schemaFile, String schema, List<String> documents) {
    assumeAvailable();
    try {
      Files.writeString(DIR.resolve(schemaFile), schema);
      Process p = new ProcessBuilder("node", "validate.js", schemaFile)
          .directory(DIR.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      List<String> out = new ArrayList<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(
            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            out.add(line);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      reader.start();
      try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
        for (String d : documents) {
          assertThat(d).as("a document on one line").doesNotContain("\n");
          w.write(d);
          w.write('\n');
        }
      }
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("Ajv finished").isTrue();
      reader.join();
      assertThat(p.exitValue()).as("Ajv's exit code").isZero();
      assertThat(out).as("one verdict per document").hasSize(documents.size());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
