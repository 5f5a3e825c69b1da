package org.migov.model;

import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * A span of whole calendar months over which a figure is reported: a month, a quarter, a calendar
 * year, a fiscal year or an arbitrary range of months.
 *
 * <p>Text forms (ISO 8601 where ISO has one), which {@link #parse(CharSequence)} and {@link
 * #toString()} round-trip:
 *
 * <table>
 *   <caption>Period kinds and their text</caption>
 *   <tr><th>kind</th><th>text</th><th>months</th></tr>
 *   <tr><td>{@link Kind#MONTH}</td><td>{@code 2025-05}</td><td>May 2025</td></tr>
 *   <tr><td>{@link Kind#QUARTER}</td><td>{@code 2025-Q1}</td><td>January–March 2025</td></tr>
 *   <tr><td>{@link Kind#YEAR}</td><td>{@code 2025}</td><td>January–December 2025</td></tr>
 *   <tr><td>{@link Kind#FISCAL_YEAR}</td><td>{@code FY2025}</td><td>July 2024–June 2025</td></tr>
 *   <tr><td>{@link Kind#FISCAL_YEAR}</td><td>{@code FY2025@04}</td><td>April 2024–March
 *       2025</td></tr>
 *   <tr><td>{@link Kind#MONTH_RANGE}</td><td>{@code 2024-07/2025-05}</td><td>July 2024–May
 *       2025</td></tr>
 * </table>
 *
 * <p>A fiscal year is named by the calendar year in which it ends. Its text is {@code FY} and that
 * year, followed by {@code @} and the two-digit start month unless it starts in July (the
 * commonest convention, Pakistan's among others). A fiscal year starting in January is the
 * calendar year, but remains of kind {@code FISCAL_YEAR}. Years run from 1 to 9999; a month range
 * spans at most {@value #MAX_RANGE_MONTHS} months.
 *
 * <p>Two periods are equal when they have the same kind and the same months: {@code 2025} and
 * {@code 2025-01/2025-12} cover the same months but are not equal. Ordering is by first month,
 * then by length, then by kind.
 *
 * @since 0.1.0
 */
public final class Period implements Comparable<Period> {
  /**
   * What a period spans: a calendar month, quarter or year, a fiscal year, or any range of months;
   * part of a period's identity, so that {@code 2025} and {@code 2025-01/2025-12} differ.
   */
  public enum Kind {
    /** One calendar month. */
    MONTH,
    /** A calendar quarter: January–March, April–June, July–September or October–December. */
    QUARTER,
    /** A calendar year. */
    YEAR,
    /** Twelve months starting in a given month, named by the year in which they end. */
    FISCAL_YEAR,
    /** Any range of one or more whole months. */
    MONTH_RANGE
  }

  /** The longest month range accepted, in months. */
  public static final int MAX_RANGE_MONTHS = 32_767;

  private static final int MIN_INDEX = 12; // January of year 1
  private static final int MAX_INDEX = 9999 * 12 + 11; // December 9999

  private final Kind kind;
  private final int start; // months since January of year 0
  private final int length; // in months

  private Period(Kind kind, int start, int length) {
    this.kind = kind;
    this.start = start;
    this.length = length;
  }

  /**
   * {@return the calendar month {@code month} of {@code year}, such as {@code 2025-05}}
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @throws org.migov.validation.ValidationException with code {@code period.invalid} if either is
   *     out of range
   */
  public static Period ofMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw invalid("month " + month + " is not 1 to 12");
    }
    return new Period(Kind.MONTH, year * 12 + month - 1, 1);
  }

  /**
   * {@return the given calendar month as a period of kind {@link Kind#MONTH}}
   *
   * @param month the month
   * @throws org.migov.validation.ValidationException with code {@code period.invalid} if its year
   *     is outside 1 to 9999
   */
  public static Period of(YearMonth month) {
    return ofMonth(month.getYear(), month.getMonthValue());
  }

  /**
   * {@return the calendar quarter {@code quarter} of {@code year}, such as {@code 2025-Q1} for
   * January to March 2025}
   *
   * @param year the year, 1 to 9999
   * @param quarter the quarter, 1 to 4
   * @throws org.migov.validation.ValidationException with code {@code period.invalid} if either is
   *     out of range
   */
  public static Period ofQuarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw invalid("quarter " + quarter + " is not 1 to 4");
    }
    return new Period(Kind.QUARTER, year * 12 + (quarter - 1) * 3, 3);
  }

  /**
   * {@return the calendar year {@code year}, January to December, such as {@code 2025}}
   *
   * @param year the year, 1 to 9999
   * @throws org.migov.validation.ValidationException with code {@code period.invalid} if the year
   *     is out of range
   */
  public static Period ofYear(int year) {
    checkYear(year);
    return new Period(Kind.YEAR, year * 12, 12);
  }

  /**
   * {@return the fiscal year of twelve months that starts in {@code startMonth} and ends in {@code
   * endYear}} {@code ofFiscalYear(2025, Month.JULY)} is July 2024 to June 2025, Pakistan's FY25,
   * written {@code FY2025}.
   *
   * @param endYear the year in which it ends, 1 to 9999 (2 to 9999 unless it starts in January)
   * @param startMonth its first month
   * @throws org.migov.validation.ValidationException with code {@code period.invalid} if it would
   *     start before year 1 or end after year 9999
   */
  public static Period ofFiscalYear(int endYear, Month startMonth) {
    checkYear(endYear);
    int begin = (startMonth == Month.JANUARY ? endYear : endYear - 1) * 12
        + startMonth.getValue() - 1;
    if (begin < MIN_INDEX) {
      throw invalid("fiscal year " + endYear + " would start before year 1");
    }
    return new Period(Kind.FISCAL_YEAR, begin, 12);
  }

  /**
   * {@return the range of whole months from {@code first} to {@code last}, both included, such as
   * {@code 2024-07/2025-05}}
   *
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @throws org.migov.validation.ValidationException with code {@code date.range.reversed} if
   *     {@code last} is before {@code first}, {@code period.invalid} if a year is outside 1 to 9999
   *     or the range is longer than {@value #MAX_RANGE_MONTHS} months
   */
  public static Period ofMonths(YearMonth first, YearMonth last) {
    checkYear(first.getYear());
    checkYear(last.getYear());
    int from = first.getYear() * 12 + first.getMonthValue() - 1;
    int to = last.getYear() * 12 + last.getMonthValue() - 1;
    if (to < from) {
      throw Checks.fail("period", ViolationCode.DATE_RANGE_REVERSED,
          "the range %s/%s ends before it starts", first, last);
    }
    if (to - from + 1 > MAX_RANGE_MONTHS) {
      throw invalid("a range of " + (to - from + 1) + " months is longer than "
          + MAX_RANGE_MONTHS);
    }
    return new Period(Kind.MONTH_RANGE, from, to - from + 1);
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw invalid("year " + year + " is not 1 to 9999");
    }
  }

  private static RuntimeException invalid(String why) {
    return Checks.fail("period", ViolationCode.PERIOD_INVALID, "not a period: %s", why);
  }

  /**
   * {@return the period that a text form of the class documentation names} Accepts exactly the text
   * {@link #toString()} gives: {@code FY2025@07} is refused, as July is written {@code FY2025}.
   *
   * @param text the text, such as {@code 2025-Q1} or {@code FY2025}
   * @throws org.migov.validation.ValidationException with code {@code period.invalid} if the text
   *     is not a period, {@code date.range.reversed} if a range ends before it starts, {@code
   *     required} if it is null
   */
  public static Period parse(@Nullable CharSequence text) {
    if (text == null) {
      throw Checks.fail("period", ViolationCode.REQUIRED, "a period is required");
    }
    String s = text.toString();
    int n = s.length();
    int slash = s.indexOf('/');
    if (slash >= 0) {
      if (slash != 7 || n != 15 || !isMonth(s, 0) || !isMonth(s, 8)) {
        throw unparsable(s);
      }
      return ofMonths(month(s, 0), month(s, 8));
    }
    if (n == 4 && PartialDate.digits(s, 0, 4)) {
      return ofYear(year(s, 0));
    }
    if (n == 7 && isMonth(s, 0)) {
      YearMonth m = month(s, 0);
      return ofMonth(m.getYear(), m.getMonthValue());
    }
    if (n == 7 && PartialDate.digits(s, 0, 4) && s.startsWith("-Q", 4)
        && s.charAt(6) >= '1' && s.charAt(6) <= '4') {
      return ofQuarter(year(s, 0), s.charAt(6) - '0');
    }
    if (s.startsWith("FY") && n >= 6 && PartialDate.digits(s, 2, 6)) {
      if (n == 6) {
        return ofFiscalYear(year(s, 2), Month.JULY);
      }
      if (n == 9 && s.charAt(6) == '@' && PartialDate.digits(s, 7, 9)) {
        int m = Integer.parseInt(s, 7, 9, 10);
        if (m >= 1 && m <= 12 && m != 7) {
          return ofFiscalYear(year(s, 2), Month.of(m));
        }
      }
    }
    throw unparsable(s);
  }

  private static RuntimeException unparsable(String s) {
    return Checks.fail("period", ViolationCode.PERIOD_INVALID,
        "'%s' is not a period: use 2025-05, 2025-Q1, 2025, FY2025, FY2025@04 or 2024-07/2025-05",
        EntityId.abbreviate(s));
  }

  private static boolean isMonth(String s, int at) {
    return s.length() >= at + 7 && PartialDate.digits(s, at, at + 4) && s.charAt(at + 4) == '-'
        && PartialDate.digits(s, at + 5, at + 7);
  }

  private static int year(String s, int at) {
    int y = Integer.parseInt(s, at, at + 4, 10);
    checkYear(y);
    return y;
  }

  private static YearMonth month(String s, int at) {
    int y = year(s, at);
    int m = Integer.parseInt(s, at + 5, at + 7, 10);
    if (m < 1 || m > 12) {
      throw unparsable(s);
    }
    return YearMonth.of(y, m);
  }

  /**
   * {@return what the period spans: a month, a quarter, a year, a fiscal year or a range of months}
   */
  public Kind kind() {
    return kind;
  }

  /** {@return the period's first month} */
  public YearMonth start() {
    return YearMonth.of(start / 12, start % 12 + 1);
  }

  /** {@return the period's last month, included in the period} */
  public YearMonth end() {
    int last = start + length - 1;
    return YearMonth.of(last / 12, last % 12 + 1);
  }

  /**
   * {@return how many months the period covers: 1 for a month, 3 for a quarter, 12 for a calendar
   * or fiscal year, 1 to {@value #MAX_RANGE_MONTHS} for a range}
   */
  public int lengthInMonths() {
    return length;
  }

  /**
   * {@return the year that names the period: for a fiscal year the year it ends in, for other kinds
   * the year of the last month}
   */
  public int year() {
    return (start + length - 1) / 12;
  }

  /**
   * {@return the first month of the year this period is counted in: the start month of a fiscal
   * year, January for every other kind}
   */
  public Month yearStart() {
    return kind == Kind.FISCAL_YEAR ? Month.of(start % 12 + 1) : Month.JANUARY;
  }

  /**
   * {@return whether every month of {@code other} lies within this period, whatever the kinds}
   *
   * @param other another period
   */
  public boolean contains(Period other) {
    return other.start >= start && other.start + other.length <= start + length;
  }

  /**
   * {@return whether the two periods share at least one month}
   *
   * @param other another period
   */
  public boolean overlaps(Period other) {
    return other.start < start + length && start < other.start + other.length;
  }

  /**
   * {@return the period of the same kind and length, {@code years} years earlier: {@code FY2024}
   * for {@code FY2025} less one}
   *
   * @param years the number of years, 0 or more
   * @throws org.migov.validation.ValidationException with code {@code period.invalid} if {@code
   *     years} is negative or the period would start before year 1
   */
  public Period minusYears(int years) {
    if (years < 0 || start - 12L * years < MIN_INDEX) {
      throw invalid(years + " years before " + this + " is out of range");
    }
    return new Period(kind, start - 12 * years, length);
  }

  // ----- compact form used by RemittanceSeries: months since year 0 and length, in one int

  int packed() {
    return start | ((length - 1) << 17);
  }

  static Period unpack(Kind kind, int packed) {
    return new Period(kind, packed & 0x1FFFF, (packed >>> 17) + 1);
  }

  int startIndex() {
    return start;
  }

  int endIndexExclusive() {
    return start + length;
  }

  static boolean validIndex(int index) {
    return index >= MIN_INDEX && index <= MAX_INDEX;
  }

  /** Orders by first month, then by length, then by kind. */
  @Override
  public int compareTo(Period other) {
    int c = Integer.compare(start, other.start);
    if (c == 0) {
      c = Integer.compare(length, other.length);
    }
    return c != 0 ? c : kind.compareTo(other.kind);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period that
        && kind == that.kind
        && start == that.start
        && length == that.length;
  }

  @Override
  public int hashCode() {
    return (start * 31 + length) * 7 + kind.hashCode();
  }

  /** Returns the text form described in the class documentation. */
  @Override
  public String toString() {
    int firstYear = start / 12;
    int firstMonth = start % 12 + 1;
    byte[] s = new byte[15];
    int n = 0;
    switch (kind) {
      case MONTH -> {
        n = PartialDate.put(s, n, firstYear, 4);
        s[n++] = '-';
        n = PartialDate.put(s, n, firstMonth, 2);
      }
      case QUARTER -> {
        n = PartialDate.put(s, n, firstYear, 4);
        s[n++] = '-';
        s[n++] = 'Q';
        s[n++] = (byte) ('0' + (firstMonth + 2) / 3);
      }
      case YEAR -> n = PartialDate.put(s, n, firstYear, 4);
      case FISCAL_YEAR -> {
        s[n++] = 'F';
        s[n++] = 'Y';
        n = PartialDate.put(s, n, year(), 4);
        if (firstMonth != 7) {
          s[n++] = '@';
          n = PartialDate.put(s, n, firstMonth, 2);
        }
      }
      case MONTH_RANGE -> {
        int last = start + length - 1;
        n = PartialDate.put(s, n, firstYear, 4);
        s[n++] = '-';
        n = PartialDate.put(s, n, firstMonth, 2);
        s[n++] = '/';
        n = PartialDate.put(s, n, last / 12, 4);
        s[n++] = '-';
        n = PartialDate.put(s, n, last % 12 + 1, 2);
      }
    }
    return new String(s, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

}
