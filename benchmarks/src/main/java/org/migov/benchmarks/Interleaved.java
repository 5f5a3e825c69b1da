package org.migov.benchmarks;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Compares two builds of migov in one JVM, their operations interleaved: each build's shaded
 * benchmarks jar is loaded by a class loader of its own, and the same operation of each runs in
 * turn, so that both meet the same machine (load, frequency, other tenants) at the same time. A
 * diagnostic for changes smaller than the drift between JMH runs on a shared machine; the JMH
 * benchmarks remain the measurements of record. The build given first is favoured by a few per
 * cent (the same jar on both sides measured 1.037), so run each comparison in both orders and
 * combine the two ratios by their geometric mean.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.migov.benchmarks.Interleaved decode 40
 * before.jar after.jar GOVERNANCE} (or {@code encode 40 before.jar after.jar GOVERNANCE}, or
 * {@code validate 200 before.jar after.jar 10000}); the
 * system property {@code warm} sets the rounds run first and not counted (default 40).
 */
public final class Interleaved {
  private Interleaved() {}

  /** One operation of one build. */
  @FunctionalInterface
  private interface Op {
    Object run() throws ReflectiveOperationException;
  }

  /**
   * Runs the comparison and prints the medians and lower quartiles of each build, in
   * milliseconds, and the ratio of the medians (after / before).
   *
   * @param args {@code decode|encode|validate rounds before.jar after.jar document|meetings}
   * @throws Exception if a jar cannot be loaded or an operation fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      throw new IllegalArgumentException(
          "use: decode|encode|validate rounds before.jar after.jar"
              + " GOVERNANCE|REMITTANCES|meetings");
    }
    String operation = args[0];
    int rounds = Integer.parseInt(args[1]);
    Op[] ops = new Op[2];
    for (int k = 0; k < 2; k++) {
      ops[k] = switch (operation) {
        case "validate" -> validation(args[2 + k], Integer.parseInt(args[4]));
        case "decode" -> decoding(args[2 + k], args[4]);
        case "encode" -> encoding(args[2 + k], args[4]);
        default -> throw new IllegalArgumentException("no operation " + operation);
      };
    }
    double[][] ms = new double[2][rounds];
    for (int r = -Integer.getInteger("warm", 40); r < rounds; r++) {
      for (int i = 0; i < 2; i++) {
        int k = (r & 1) == 0 ? i : 1 - i; // alternate which build goes first
        long start = System.nanoTime();
        ops[k].run();
        if (r >= 0) {
          ms[k][r] = (System.nanoTime() - start) / 1e6;
        }
      }
    }
    for (double[] m : ms) {
      Arrays.sort(m);
    }
    System.out.printf(Locale.ROOT,
        "%s %s: before median %.2f ms (q1 %.2f), after median %.2f ms (q1 %.2f), after/before"
            + " %.3f%n", args[0], args[4], ms[0][rounds / 2], ms[0][rounds / 4],
        ms[1][rounds / 2], ms[1][rounds / 4], ms[1][rounds / 2] / ms[0][rounds / 2]);
  }

  private static ClassLoader loader(String jar) throws java.net.MalformedURLException {
    return new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
        ClassLoader.getPlatformClassLoader());
  }

  /** A build's migov and a document's bytes, made by that build. */
  @SuppressWarnings("ArrayRecordComponent") // the bytes are only read, never compared
  private record Loaded(ClassLoader classes, Class<?> migovJson, Object migov, byte[] json,
      Class<?> dataset) {
    static Loaded of(String jar, String document) throws Exception {
      ClassLoader cl = Interleaved.loader(jar);
      Class<?> data = cl.loadClass("org.migov.benchmarks.Data");
      Class<?> documents = cl.loadClass("org.migov.benchmarks.Data$Document");
      Object which = documents.getMethod("valueOf", String.class).invoke(null, document);
      byte[] json = (byte[]) data.getMethod("json", documents).invoke(null, which);
      Class<?> migovJson = cl.loadClass("org.migov.io.json.MigovJson");
      return new Loaded(cl, migovJson, migovJson.getMethod("defaults").invoke(null), json,
          cl.loadClass("org.migov.model.Dataset"));
    }

    Object read() throws ReflectiveOperationException {
      return migovJson.getMethod("read", byte[].class, Class.class).invoke(migov, json, dataset);
    }
  }

  private static Op decoding(String jar, String document) throws Exception {
    Loaded l = Loaded.of(jar, document);
    Method read = l.migovJson().getMethod("read", byte[].class, Class.class);
    return () -> read.invoke(l.migov(), l.json(), l.dataset());
  }

  private static Op encoding(String jar, String document) throws Exception {
    Loaded l = Loaded.of(jar, document);
    Object dataset = l.read();
    Method write = l.migovJson().getMethod("write", Object.class, java.io.OutputStream.class);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(l.json().length + 1024);
    return () -> {
      out.reset();
      return write.invoke(l.migov(), dataset, out);
    };
  }

  private static Op validation(String jar, int meetings) throws Exception {
    ClassLoader cl = loader(jar);
    Object dataset = cl.loadClass("org.migov.benchmarks.Data").getMethod("governance", int.class)
        .invoke(null, meetings);
    Method validate = cl.loadClass("org.migov.model.Dataset").getMethod("validate");
    return () -> validate.invoke(dataset);
  }
}
