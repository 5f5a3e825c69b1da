package org.migov.model.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiPredicate;
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

  /**
   * The most significant digits of a decimal value: with {@link #MAX_DECIMAL_SCALE}, its JSON
   * number has at most 98 characters, within the reader's default limit of 100.
   */
  public static final int MAX_DECIMAL_DIGITS = 90;

  /** The largest magnitude of a decimal value's scale (its exponent), the reader's default. */
  public static final int MAX_DECIMAL_SCALE = 100;

  /** The longest URL, in characters (RFC 9110 asks that at least 8,000 be supported). */
  public static final int MAX_URL = 8_000;

  private final String root;
  /** The first violations found, at most {@link ValidationException#MAX_LISTED}. */
  private final List<Violation> found = new ArrayList<>();
  /** How many violations were found, kept or not. */
  private long total;

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
    int surrogate;
    if (isBlank(value)) {
      report(Violation.of(path(attribute), ViolationCode.TEXT_BLANK,
          "'" + attribute + "' must not be blank"));
    } else if ((surrogate = loneSurrogate(value)) >= 0) {
      report(Violation.of(path(attribute), ViolationCode.TEXT_INVALID,
          String.format(Locale.ROOT, "'%s' holds a lone surrogate \\u%04x at index %d, which is "
              + "not Unicode text", attribute, (int) value.charAt(surrogate), surrogate)));
    } else if (value.length() > MAX_TEXT) {
      report(Violation.of(path(attribute), ViolationCode.TEXT_TOO_LONG,
          String.format(Locale.ROOT, "'%s' has %d characters, more than the %d allowed",
              attribute, value.length(), MAX_TEXT)));
    }
  }

  /**
   * {@return whether {@code text} is empty or only white space as ECMAScript's
   * <code>&#92;s</code> defines it} The same rule as the JSON Schema's pattern (a character not in
   * this class): tab, line feed, vertical tab, form feed, carriage return, U+FEFF, the line and paragraph separators and every space
   * separator (category Zs: U+0020, U+00A0, U+1680, U+2000 to U+200A, U+202F, U+205F, U+3000).
   * Unlike {@link String#isBlank()}, it counts U+00A0, U+2007, U+202F and U+FEFF as white space
   * and U+001C to U+001F as text.
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u00a0' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f'
        || c == '\u205f' || c == '\u3000' || c == '\ufeff';
  }

  /** {@return the index of the first surrogate of {@code text} without its pair, or -1} */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return whether a decimal value has at most {@link #MAX_DECIMAL_DIGITS} significant digits
   * and a scale of at most {@link #MAX_DECIMAL_SCALE} either way: the values the model holds,
   * which the JSON reader reads back as they are written}
   */
  public static boolean isDecimalInRange(BigDecimal value) {
    return Math.abs((long) value.scale()) <= MAX_DECIMAL_SCALE
        && value.precision() <= MAX_DECIMAL_DIGITS;
  }

  /** Reports {@link ViolationCode#VALUE_OUT_OF_RANGE} for a decimal the model does not hold. */
  public void decimal(String attribute, @Nullable BigDecimal value) {
    if (value != null && !isDecimalInRange(value)) {
      report(Violation.of(path(attribute), ViolationCode.VALUE_OUT_OF_RANGE,
          decimalOutOfRange(attribute, value)));
    }
  }

  /** {@return the message of a decimal out of range} */
  public static String decimalOutOfRange(String attribute, BigDecimal value) {
    return String.format(Locale.ROOT, "'%s' has %d significant digits and the exponent %d; a "
        + "value has at most %d digits and an exponent within %d either way", attribute,
        value.precision(), -(long) value.scale(), MAX_DECIMAL_DIGITS, MAX_DECIMAL_SCALE);
  }

  /** Checks an optional text: when present, it must not be blank nor too long. */
  public void optionalText(String attribute, Optional<String> value) {
    if (value.isPresent()) {
      textValue(attribute, value.get());
    }
  }

  /** Checks every text of a list: none may be null, blank or too long. */
  public void texts(String attribute, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      @Nullable String value = values.get(i);
      if (value == null) {
        nullElement(attribute, i);
      } else {
        textValue(attribute + "[" + i + "]", value);
      }
    }
  }

  /**
   * Reports {@link ViolationCode#REQUIRED} for each null element of a list (builders accept null
   * elements; a built object must not hold them).
   */
  public void elements(String attribute, List<?> values) {
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
    Set<@Nullable Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      if (value == null) {
        continue; // reported by elements(…)
      }
      @Nullable Object k = key == null ? value : key.apply(value);
      if (!seen.add(k)) {
        duplicate(attribute, i, k);
      }
    }
  }

  /**
   * Reports {@code code} at {@code attribute} with a message formatted with {@link Locale#ROOT},
   * unless {@code ok}.
   */
  public void check(boolean ok, String attribute, ViolationCode code, String format,
      Object... args) {
    if (!ok) {
      report(Violation.of(path(attribute), code, String.format(Locale.ROOT, format, args)));
    }
  }

  /**
   * Reports {@link ViolationCode#DATE_RANGE_REVERSED} at {@code endAttribute} if both dates are
   * present and the end certainly lies before the start, as {@code isBefore} tells (for partial
   * dates, {@code PartialDate::isCertainlyBefore}).
   */
  public <D> void range(String endAttribute, Optional<D> start, Optional<D> end,
      BiPredicate<D, D> isBefore) {
    if (start.isPresent() && end.isPresent() && isBefore.test(end.get(), start.get())) {
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
   * Checks the claims of disagreeing sources beside a single-valued attribute: none null, no value
   * claimed twice (sources that agree share one claim), and, when there are claims, the attribute
   * holds the value of one of them ({@link ViolationCode#CLAIM_VALUE_UNCLAIMED}).
   *
   * @param attribute the attribute's name, such as {@code start}; the claims are reported at
   *     {@code attribute + "Claims"}
   * @param used the attribute's value, the one used where a single value is needed
   * @param claims the claims
   * @param value the value of a claim
   */
  public <C, V> void claims(String attribute, Optional<V> used, List<C> claims,
      Function<C, V> value) {
    String list = attribute + "Claims";
    elements(list, claims);
    unique(list, claims, value);
    if (claims.isEmpty()) {
      return;
    }
    boolean found = false;
    for (@Nullable C claim : claims) {
      if (claim != null && used.isPresent() && value.apply(claim).equals(used.get())) {
        found = true;
      }
    }
    if (!found) {
      report(Violation.of(path(attribute), ViolationCode.CLAIM_VALUE_UNCLAIMED,
          String.format(Locale.ROOT, "'%s' is %s, which none of the %d claims in '%s' gives",
              attribute, used.map(Object::toString).orElse("not set"), claims.size(), list)));
    }
  }

  /**
   * Reports {@code code} at {@code attribute} with a message formatted with {@link Locale#ROOT},
   * for a check the caller has made.
   */
  public void violation(String attribute, ViolationCode code, String format, Object... args) {
    report(Violation.of(path(attribute), code, String.format(Locale.ROOT, format, args)));
  }

  /**
   * Reports {@link ViolationCode#VALUE_OUT_OF_RANGE} at {@code attribute[i].value} for each claim
   * whose integer value is below {@code min}.
   *
   * @param value the value of a claim
   */
  public <C> void atLeast(String attribute, List<C> claims, Function<C, Integer> value, int min) {
    for (int i = 0; i < claims.size(); i++) {
      @Nullable C claim = claims.get(i);
      if (claim != null) {
        atLeast(attribute + "[" + i + "].value", value.apply(claim), min);
      }
    }
  }

  /** {@return the integer as an Optional of its boxed value, to compare it with claims} */
  public static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /** Reports a violation found elsewhere, such as in a nested value, as it is. */
  public void add(Violation violation) {
    report(violation);
  }

  /**
   * Reports the violations of a nested value's exception as they are, counting those it found
   * but did not list.
   */
  public void addAll(ValidationException e) {
    for (Violation v : e.violations()) {
      report(v);
    }
    total += e.total() - e.violations().size();
  }

  /**
   * Throws every violation found.
   *
   * @throws ValidationException if any violation was found
   */
  public void done() {
    if (!found.isEmpty()) {
      throw new ValidationException(found, total);
    }
  }

  private void duplicate(String attribute, int index, @Nullable Object key) {
    report(Violation.of(path(attribute + "[" + index + "]"), ViolationCode.COLLECTION_DUPLICATE,
        String.format(Locale.ROOT, "'%s' holds %s more than once", attribute, key)));
  }

  private void report(Violation violation) {
    total++;
    if (found.size() < ValidationException.MAX_LISTED) {
      found.add(violation);
    }
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
