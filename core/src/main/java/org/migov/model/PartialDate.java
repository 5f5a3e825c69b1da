package org.migov.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A date known to the year, the month or the day, as sources give it: {@code 2024}, {@code
 * 2024-11} or {@code 2024-11-12} (ISO 8601, as Popolo allows).
 *
 * <p>Years run from 1 to 9999. {@link #parse(CharSequence)} and {@link #toString()} round-trip.
 * Ordering is by the first day the date may be, then coarser before finer, so {@code 2024} sorts
 * before {@code 2024-01} and {@code 2024-01-01}. Comparisons that matter for rules use {@link
 * #isCertainlyBefore(PartialDate)}, which is true only when every day this date may be lies
 * before every day the other may be.
 *
 * @since 0.1.0
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** How much of a date is known. */
  public enum Precision {
    /** Only the year, such as {@code 2024}. */
    YEAR,
    /** The year and the month, such as {@code 2024-11}. */
    MONTH,
    /** The exact day, such as {@code 2024-11-12}. */
    DAY
  }

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::precision);

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * {@return a date known only to the year, such as {@code 2024}}
   *
   * @param year the year, 1 to 9999
   * @throws org.migov.validation.ValidationException with code {@code date.invalid} if the year is
   *     out of range
   */
  public static PartialDate ofYear(int year) {
    return checked(year, 0, 0);
  }

  /**
   * {@return a date known to the month, such as {@code 2024-11} for "November 2024"}
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @throws org.migov.validation.ValidationException with code {@code date.invalid} if either is
   *     out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    if (month < 1) {
      throw invalid(String.format(Locale.ROOT, "%04d-%02d", year, month));
    }
    return checked(year, month, 0);
  }

  /**
   * {@return a date known to the month of the given year-month}
   *
   * @param month the year and month
   * @throws org.migov.validation.ValidationException with code {@code date.invalid} if its year is
   *     outside 1 to 9999
   */
  public static PartialDate of(YearMonth month) {
    return ofMonth(month.getYear(), month.getMonthValue());
  }

  /**
   * {@return a date known to the day of the given date}
   *
   * @param date the day
   * @throws org.migov.validation.ValidationException with code {@code date.invalid} if its year is
   *     outside 1 to 9999
   */
  public static PartialDate of(LocalDate date) {
    return checked(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * {@return a date known to the day, such as {@code 2024-11-12}}
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of that month, 1 to its length
   * @throws org.migov.validation.ValidationException with code {@code date.invalid} if there is no
   *     such day
   */
  public static PartialDate of(int year, int month, int day) {
    if (month < 1 || day < 1) {
      throw invalid(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
    }
    return checked(year, month, day);
  }

  private static PartialDate checked(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 0 || month > 12) {
      throw invalid(day > 0 ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day)
          : month > 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month)
          : String.format(Locale.ROOT, "%04d", year));
    }
    if (day > 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw invalid(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
      }
    }
    return new PartialDate(year, month, day);
  }

  private static RuntimeException invalid(String text) {
    return Checks.fail("partialDate", ViolationCode.DATE_INVALID,
        "'%s' is not a date: use yyyy, yyyy-MM or yyyy-MM-dd with years 1 to 9999",
        EntityId.abbreviate(text));
  }

  /**
   * {@return the date that {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} names, its precision
   * that of the text} Accepts exactly the text {@link #toString()} gives: four-digit years,
   * two-digit months and days, no sign, no white space.
   *
   * @param text the text, such as {@code 2024-11}
   * @throws org.migov.validation.ValidationException with code {@code date.invalid} if the text is
   *     not such a date of a real day in years 1 to 9999, or {@code required} if it is null
   */
  public static PartialDate parse(@Nullable CharSequence text) {
    if (text == null) {
      throw Checks.fail("partialDate", ViolationCode.REQUIRED, "a date is required");
    }
    String s = text.toString();
    int n = s.length();
    if ((n != 4 && n != 7 && n != 10)
        || !digits(s, 0, 4)
        || (n >= 7 && (s.charAt(4) != '-' || !digits(s, 5, 7)))
        || (n == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10)))) {
      throw invalid(s);
    }
    int year = Integer.parseInt(s, 0, 4, 10);
    if (n == 4) {
      return checked(year, 0, 0);
    }
    int month = Integer.parseInt(s, 5, 7, 10);
    if (month < 1) {
      throw invalid(s);
    }
    if (n == 7) {
      return checked(year, month, 0);
    }
    int day = Integer.parseInt(s, 8, 10, 10);
    if (day < 1) {
      throw invalid(s);
    }
    return checked(year, month, day);
  }

  static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@return how much of the date is known: the year, the month or the day} */
  public Precision precision() {
    return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** {@return the year, 1 to 9999; always known} */
  public int year() {
    return year;
  }

  /** {@return the month, 1 to 12, or empty if only the year is known} */
  public OptionalInt month() {
    return month > 0 ? OptionalInt.of(month) : OptionalInt.empty();
  }

  /** {@return the exact day, or empty if only the year or the month is known} */
  public Optional<LocalDate> toLocalDate() {
    return day > 0 ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /**
   * {@return the first day this date may be: the day itself, or the first day of its month or year}
   */
  public LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /**
   * {@return the last day this date may be: the day itself, or the last day of its month or year}
   */
  public LocalDate latest() {
    if (day > 0) {
      return LocalDate.of(year, month, day);
    }
    return month > 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  /**
   * {@return whether this date certainly lies before {@code other}: whether its last possible day
   * lies before the other's first possible day} {@code 2024-11} is certainly before {@code
   * 2024-12-01} but not before {@code 2024}; the rules of the model that compare dates use this
   * test.
   *
   * @param other another date
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /** Orders by first possible day, then coarser before finer. */
  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate that
        && year == that.year
        && month == that.month
        && day == that.day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** Returns {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  @Override
  public String toString() {
    byte[] s = new byte[10];
    int n = put(s, 0, year, 4);
    if (month > 0) {
      s[n++] = '-';
      n = put(s, n, month, 2);
    }
    if (day > 0) {
      s[n++] = '-';
      n = put(s, n, day, 2);
    }
    return new String(s, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * Puts {@code value}, 0 to {@code 10^width - 1}, as exactly {@code width} ASCII digits (with
   * leading zeros) at {@code at}.
   *
   * @return the index after the digits
   */
  static int put(byte[] s, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      s[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }
}
