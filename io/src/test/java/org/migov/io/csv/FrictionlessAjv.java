package org.migov.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
 * The Frictionless Tabular Data Package profile checked by a second, independent validator: Ajv 8
 * with its draft-04 dialect ({@code ajv-draft-04}) under Node.js. The tool is pinned in {@code
 * src/test/ajv-frictionless/package.json} and {@code package-lock.json} and installed with {@code
 * npm ci} into {@code target/ajv-frictionless} at first use. Without Node.js or npm, the tests that
 * use it are skipped with a message saying so; with {@code -Dmigov.ajv.required=true} they fail
 * instead.
 */
final class FrictionlessAjv {
  private FrictionlessAjv() {}

  static final Path SOURCE = Path.of("src/test/ajv-frictionless");
  static final Path DIR = Path.of("target/ajv-frictionless");
  static final String PROFILE = "tabular-data-package.json";
  static final boolean REQUIRED = Boolean.getBoolean("migov.ajv.required");

  /** Why Ajv cannot run, or null once it is installed. */
  private static String unavailable = "not yet installed";
  private static boolean tried;

  /** Installs Ajv if needed; skips (or fails, when required) the calling test without it. */
  static synchronized void assumeAvailable() {
    if (!tried) {
      tried = true;
      unavailable = install();
    }
    if (unavailable != null) {
      String message = "Ajv validation of datapackage.json skipped: " + unavailable;
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
      try (InputStream in = FrictionlessAjv.class.getResourceAsStream("/frictionless/" + PROFILE)) {
        if (in == null) {
          return "the profile " + PROFILE + " is not on the test class path";
        }
        Files.copy(in, DIR.resolve(PROFILE), StandardCopyOption.REPLACE_EXISTING);
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
   * {@return Ajv's verdict on each descriptor, in order: {@code ok}, or {@code error} and what is
   * wrong} Each descriptor must be on one line, as compact JSON is.
   */
  static List<String> verdicts(List<String> descriptors) {
    assumeAvailable();
    try {
      Process p = new ProcessBuilder("node", "validate.js", PROFILE)
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
        for (String d : descriptors) {
          assertThat(d).as("a descriptor on one line").doesNotContain("\n");
          w.write(d);
          w.write('\n');
        }
      }
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("Ajv finished").isTrue();
      reader.join();
      assertThat(p.exitValue()).as("Ajv's exit code").isZero();
      assertThat(out).as("one verdict per descriptor").hasSize(descriptors.size());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
