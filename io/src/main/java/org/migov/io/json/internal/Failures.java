package org.migov.io.json.internal;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migov.io.json.MigovJsonException;
import org.migov.io.json.MigovJsonException.Problem;
import org.migov.validation.Violation;

/**
 * Makes {@link MigovJsonException}s for the codecs: its constructor is not public, so the
 * exception hands this package a way to make it when its class is initialised (the pattern of
 * the JDK's shared secrets), and nothing outside io can make one.
 */
public final class Failures {
  private Failures() {}

  /** Makes the exception, as its constructor does. */
  @FunctionalInterface
  public interface Maker {
    /**
     * Makes the exception.
     *
     * @param problem the kind of problem
     * @param pointer the JSON Pointer of the offending value
     * @param line the 1-based line, or -1
     * @param column the 1-based column, or -1
     * @param detail what is wrong
     * @param violations the model's violations with JSON Pointer paths, possibly empty
     * @param cause the underlying exception, if any
     * @return the exception
     */
    MigovJsonException make(Problem problem, String pointer, int line, int column, String detail,
        List<Violation> violations, @Nullable Throwable cause);
  }

  private static volatile @Nullable Maker maker;

  /**
   * Sets the maker; called once, by {@link MigovJsonException}'s class initialisation.
   *
   * @param m the maker
   * @throws IllegalStateException if a maker is set already
   */
  public static synchronized void set(Maker m) {
    if (maker != null) {
      throw new IllegalStateException("the maker of MigovJsonException is set already");
    }
    maker = m;
  }

  /** Makes the exception, initialising its class first if needed. */
  static MigovJsonException make(Problem problem, String pointer, int line, int column,
      String detail, List<Violation> violations, @Nullable Throwable cause) {
    Maker m = maker;
    if (m == null) {
      try {
        MethodHandles.lookup().ensureInitialized(MigovJsonException.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      m = maker;
      if (m == null) {
        throw new IllegalStateException("MigovJsonException did not set its maker");
      }
    }
    return m.make(problem, pointer, line, column, detail, violations, cause);
  }
}
