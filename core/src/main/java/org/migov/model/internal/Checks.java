package org.migov.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.migov.validation.ValidationException;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

/**
 * Collects the violations of one object's invariants, then throws them all at once.
 *
 * <p>The one mechanism every model type uses in its check: {@code Checks c = Checks.of("meeting");
 * c.required("title", title); …; c.done();}
 */
public final class Checks {
  /** The longest text any attribute accepts, in characters. */
  public static final int MAX_TEXT = 100_000;

  /** Lists up to this long are checked for duplicates without a table. */
  private static final int SHORT = 8;

  /**
   * The empty list of the JDK, which the objects built by Immutables' builders hold for an empty
   * list: compared by identity, it is passed over without calling the list (whose calls, with the
   * lists of one element and of more taking turns, could not be inlined). Other empty lists take
   * the ordinary path.
   */
  private static final List<?> EMPTY = java.util.Collections.emptyList();

  /** Stands for a null key among the keys seen. */
  private static final Object NULL_KEY = new Object();

  private final String root;
  /** The violations found, made at the first: most objects have none. */
  private @Nullable List<Violation> found;

  private Checks(String root) {
    this.root = root;
  }

  /**
   * Starts checking an object whose paths start with {@code root}.
   *
   * @param root the object's name, such as {@code meeting}
   * @return a new collector
   */
  public static Checks of(String root) {
    return new Checks(root);
  }

  private String path(String attribute) {
    return attribute.isEmpty() ? root : root + "." + attribute;
  }

  /**
   * Reports {@link ViolationCode#REQUIRED} if {@code value} is null.
   *
   * @return whether the value is present
   */
  public boolean required(String attribute, @Nullable Object value) {
    if (value == null) {
      report(Violation.of(path(attribute), ViolationCode.REQUIRED,
          "'" + attribute + "' is required but was not set"));
      return false;
    }
    return true;
  }

  /** Reports a missing or blank or too long text. */
  public void text(String attribute, @Nullable String value) {
    if (value != null) {
      textValue(attribute, value);
    } else {
      required(attribute, null);
    }
  }

  private void textValue(String attribute, String value) {
    if (value.isBlank()) {
      report(Violation.of(path(attribute), ViolationCode.TEXT_BLANK,
          "'" + attribute + "' must not be blank"));
    } else if (value.length() > MAX_TEXT) {
      report(Violation.of(path(attribute), ViolationCode.TEXT_TOO_LONG,
          String.format(Locale.ROOT, "'%s' has %d characters, more than the %d allowed",
              attribute, value.length(), MAX_TEXT)));
    }
  }

  /** Checks an optional text: when present, it must not be blank nor too long. */
  public void optionalText(String attribute, java.util.Optional<String> value) {
    if (value.isPresent()) { // no lambda to make on each call
      textValue(attribute, value.get());
    }
  }

  /** Checks every text of a list: none may be null, blank or too long. */
  public void texts(String attribute, List<String> values) {
    if (values == EMPTY) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      @Nullable String value = values.get(i);
      if (value == null) {
        nullElement(attribute, i);
      } else if (value.isBlank() || value.length() > MAX_TEXT) { // the path only when needed
        textValue(attribute + "[" + i + "]", value);
      }
    }
  }

  /**
   * Reports {@link ViolationCode#REQUIRED} for each null element of a list (builders accept null
   * elements; a built object must not hold them).
   */
  public void elements(String attribute, List<?> values) {
    if (values == EMPTY) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        nullElement(attribute, i);
      }
    }
  }

  private void nullElement(String attribute, int index) {
    report(Violation.of(path(attribute + "[" + index + "]"), ViolationCode.REQUIRED,
        String.format(Locale.ROOT, "'%s' holds null at index %d", attribute, index)));
  }

  /** Reports {@link ViolationCode#COLLECTION_EMPTY} if the collection is empty. */
  public void notEmpty(String attribute, Collection<?> values) {
    if (values.isEmpty()) {
      report(Violation.of(path(attribute), ViolationCode.COLLECTION_EMPTY,
          "'" + attribute + "' must have at least one element"));
    }
  }

  /**
   * Reports {@link ViolationCode#COLLECTION_DUPLICATE} for each element whose key was seen before.
   */
  public <T> void unique(String attribute, List<T> values, Function<T, ?> key) {
    uniqueKeys(attribute, values, key);
  }

  /** Reports {@link ViolationCode#COLLECTION_DUPLICATE} for each element seen before. */
  public void unique(String attribute, List<?> values) {
    uniqueKeys(attribute, values, null);
  }

  private <T> void uniqueKeys(String attribute, List<T> values, @Nullable Function<T, ?> key) {
    if (values == EMPTY) {
      return;
    }
    int n = values.size();
    if (n < 2) {
      return;
    }
    if (n > 1 << 28) { // beyond the largest table of indexes (never in practice): a hash set
      java.util.Set<Object> seen = new java.util.HashSet<>();
      for (int i = 0; i < n; i++) {
        T value = values.get(i);
        Object k = value == null ? null : key == null ? value : key.apply(value);
        if (value != null && !seen.add(k == null ? NULL_KEY : k)) {
          duplicate(attribute, i, k);
        }
      }
      return;
    }
    // each key's hash is kept, and equals called only when two hashes match; a short list
    // compares each hash with the earlier ones', a longer one finds them in a table of indexes
    // (open addressing) of 2n to 4n slots, at most half full, so that a free slot ends every
    // search: no hash set, no entry made for each element
    Object[] keys = new Object[n];
    int[] hashes = new int[n];
    int @Nullable [] table = n <= SHORT ? null : new int[Integer.highestOneBit(n - 1) << 2];
    for (int i = 0; i < n; i++) {
      T value = values.get(i);
      if (value == null) {
        continue; // reported by elements(…)
      }
      Object k = key == null ? value : key.apply(value);
      Object seenAs = k == null ? NULL_KEY : k;
      int h = seenAs.hashCode();
      if (table == null) {
        boolean seen = false;
        for (int j = 0; j < i && !seen; j++) {
          seen = hashes[j] == h && keys[j] != null && seenAs.equals(keys[j]);
        }
        if (seen) {
          duplicate(attribute, i, k);
        }
      } else {
        int mask = table.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        boolean seen = false;
        for (int at = table[slot]; at != 0 && !seen; at = table[slot]) {
          seen = hashes[at - 1] == h && seenAs.equals(keys[at - 1]);
          if (!seen) {
            slot = (slot + 1) & mask;
          }
        }
        if (seen) {
          duplicate(attribute, i, k);
          continue; // the first of equal keys stays in the table
        }
        table[slot] = i + 1;
      }
      keys[i] = seenAs;
      hashes[i] = h;
    }
  }

  /**
   * Reports {@code code} at {@code attribute} with a message formatted with {@link Locale#ROOT},
   * unless {@code ok}. Where the path or the arguments must be made for the call, test first and
   * call {@link #violation} only when the check fails.
   */
  public void check(boolean ok, String attribute, ViolationCode code, String format,
      Object... args) {
    if (!ok) {
      report(Violation.of(path(attribute), code, String.format(Locale.ROOT, format, args)));
    }
  }

  /**
   * Reports {@link ViolationCode#DATE_RANGE_REVERSED} at {@code endAttribute} if both dates are
   * present and the end certainly lies before the start.
   */
  public void range(String endAttribute, java.util.Optional<org.migov.model.PartialDate> start,
      java.util.Optional<org.migov.model.PartialDate> end) {
    if (start.isPresent() && end.isPresent() && end.get().isCertainlyBefore(start.get())) {
      report(Violation.of(path(endAttribute), ViolationCode.DATE_RANGE_REVERSED,
          String.format(Locale.ROOT, "'%s' (%s) lies before the start (%s)", endAttribute,
              end.get(), start.get())));
    }
  }

  /** Reports {@link ViolationCode#VALUE_OUT_OF_RANGE} if {@code value} is below {@code min}. */
  public void atLeast(String attribute, long value, long min) {
    if (value < min) {
      report(Violation.of(path(attribute), ViolationCode.VALUE_OUT_OF_RANGE,
          String.format(Locale.ROOT, "'%s' is %d but must be at least %d", attribute, value,
              min)));
    }
  }

  /**
   * Reports {@code code} at {@code attribute} with a message formatted with {@link Locale#ROOT}:
   * for a check whose path or arguments are made only when it fails.
   */
  public void violation(String attribute, ViolationCode code, String format, Object... args) {
    report(Violation.of(path(attribute), code, String.format(Locale.ROOT, format, args)));
  }

  /** Reports a violation found elsewhere, such as in a nested value, as it is. */
  public void add(Violation violation) {
    report(violation);
  }

  /**
   * Throws every violation found.
   *
   * @throws ValidationException if any violation was found
   */
  public void done() {
    if (found != null) {
      throw new ValidationException(found);
    }
  }

  private void duplicate(String attribute, int index, @Nullable Object key) {
    report(Violation.of(path(attribute + "[" + index + "]"), ViolationCode.COLLECTION_DUPLICATE,
        String.format(Locale.ROOT, "'%s' holds %s more than once", attribute, key)));
  }

  private void report(Violation violation) {
    List<Violation> f = found;
    if (f == null) {
      found = f = new ArrayList<>();
    }
    f.add(violation);
  }

  /**
   * Returns {@code value}, or throws {@link IllegalArgumentException} naming the argument if it is
   * null: for arguments that stand for no attribute (a whole collection, an observation), whose
   * absence {@code build()} could not report.
   */
  public static <T> T argument(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("'" + name + "' must not be null");
    }
    return value;
  }

  /** Throws one violation at once. */
  public static ValidationException fail(String path, ViolationCode code, String format,
      Object... args) {
    return new ValidationException(
        List.of(Violation.of(path, code, String.format(Locale.ROOT, format, args))));
  }
}
