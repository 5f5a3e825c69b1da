package org.migov.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.migov.io.json.MigovJson;
import org.migov.model.Dataset;
import tools.jackson.databind.json.JsonMapper;

/**
 * migov and databind binding the {@link Records}, encoding or decoding the same document in turn
 * in one JVM, so that both meet the same machine at the same time: a diagnostic of the ratio
 * that the JMH benchmarks measure in separate forks, steadier on a shared host. Prints the
 * median time of each and migov's speed as a multiple of the records'.
 *
 * <p>{@code java -Xms3g -Xmx3g -cp benchmarks/target/benchmarks.jar
 * org.migov.benchmarks.AgainstRecords encode|decode GOVERNANCE|REMITTANCES rounds}; the first
 * half as many rounds again run first, not counted. With another build's jar first on the class
 * path ({@code -cp before.jar:benchmarks.jar}), it measures that build's migov.
 */
public final class AgainstRecords {
  private AgainstRecords() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code encode|decode}, the document, the rounds
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("use: encode|decode GOVERNANCE|REMITTANCES rounds");
    }
    boolean decode = switch (args[0]) {
      case "decode" -> true;
      case "encode" -> false;
      default -> throw new IllegalArgumentException("no operation " + args[0]);
    };
    byte[] json = Data.json(Data.Document.valueOf(args[1]));
    int rounds = Integer.parseInt(args[2]);
    MigovJson migov = MigovJson.defaults();
    Dataset dataset = migov.read(json, Dataset.class);
    JsonMapper mapper = Records.mapper();
    Records.Dataset records = mapper.readValue(json, Records.Dataset.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 1024);
    double[][] ms = new double[2][rounds];
    long sum = 0;
    for (int r = -rounds / 2; r < rounds; r++) {
      for (int i = 0; i < 2; i++) {
        int k = (r & 1) == 0 ? i : 1 - i; // alternate which goes first
        long start = System.nanoTime();
        if (decode) {
          sum += k == 0 ? migov.read(json, Dataset.class).meetings().size()
              : mapper.readValue(json, Records.Dataset.class).hashCode();
        } else {
          out.reset();
          if (k == 0) {
            migov.write(dataset, out);
          } else {
            mapper.writeValue(out, records);
          }
          sum += out.size();
        }
        if (r >= 0) {
          ms[k][r] = (System.nanoTime() - start) / 1e6;
        }
      }
    }
    Arrays.sort(ms[0]);
    Arrays.sort(ms[1]);
    double migovMs = ms[0][rounds / 2];
    double recordsMs = ms[1][rounds / 2];
    System.out.printf(Locale.ROOT,
        "%s %s: migov median %.1f ms, records median %.1f ms, migov/records speed %.3f (%d)%n",
        args[0], args[1], migovMs, recordsMs, recordsMs / migovMs, sum % 7);
  }
}
