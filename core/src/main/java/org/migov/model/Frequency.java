package org.migov.model;

import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migov.model.internal.Checks;
import org.migov.validation.ViolationCode;

/**
 * How often a series is observed: monthly, quarterly, annually, by fiscal year (with the month
 * the fiscal year starts in), or irregularly (figures reported over any periods).
 *
 * <p>Text forms, which {@link #parse(CharSequence)} and {@link #toString()} round-trip: {@code
 * monthly}, {@code quarterly}, {@code annual}, {@code fiscal_year} (starting in July) or {@code
 * fiscal_year@04} (starting in April), and {@code irregular}.
 *
 * @since 0.1.0
 */
public final class Frequency {
  /**
   * How regularly a series is observed, and so which kind of {@link Period} its observations cover.
   */
  public enum Kind {
    /** One observation per calendar month ({@link Period.Kind#MONTH}). */
    MONTHLY,
    /** One observation per calendar quarter ({@link Period.Kind#QUARTER}). */
    QUARTERLY,
    /** One observation per calendar year ({@link Period.Kind#YEAR}). */
    ANNUAL,
    /** One observation per fiscal year ({@link Period.Kind#FISCAL_YEAR}) with one start month. */
    FISCAL_YEAR,
    /** Figures reported over any periods, which may overlap. */
    IRREGULAR
  }

  /** Monthly observations. */
  public static final Frequency MONTHLY = new Frequency(Kind.MONTHLY, Month.JANUARY);
  /** Quarterly observations. */
  public static final Frequency QUARTERLY = new Frequency(Kind.QUARTERLY, Month.JANUARY);
  /** Annual (calendar year) observations. */
  public static final Frequency ANNUAL = new Frequency(Kind.ANNUAL, Month.JANUARY);
  /** Irregularly reported figures. */
  public static final Frequency IRREGULAR = new Frequency(Kind.IRREGULAR, Month.JANUARY);

  private final Kind kind;
  private final Month yearStart;

  private Frequency(Kind kind, Month yearStart) {
    this.kind = kind;
    this.yearStart = yearStart;
  }

  /**
   * {@return the frequency of one observation per fiscal year, each fiscal year starting in {@code
   * startMonth}: {@code fiscal_year} for July (Pakistan's fiscal year), {@code fiscal_year@04} for
   * April}
   *
   * @param startMonth the first month of each fiscal year
   */
  public static Frequency fiscalYear(Month startMonth) {
    return new Frequency(Kind.FISCAL_YEAR, startMonth);
  }

  /**
   * {@return the frequency that a text form of the class documentation names} Accepts exactly the
   * text {@link #toString()} gives: {@code fiscal_year@07} is refused, as July is written {@code
   * fiscal_year}.
   *
   * @param text the text, such as {@code monthly} or {@code fiscal_year}
   * @throws org.migov.validation.ValidationException with code {@code frequency.invalid} if the
   *     text is not a frequency, or {@code required} if it is null
   */
  public static Frequency parse(@Nullable CharSequence text) {
    if (text == null) {
      throw Checks.fail("frequency", ViolationCode.REQUIRED, "a frequency is required");
    }
    String s = text.toString();
    switch (s) {
      case "monthly" -> {
        return MONTHLY;
      }
      case "quarterly" -> {
        return QUARTERLY;
      }
      case "annual" -> {
        return ANNUAL;
      }
      case "irregular" -> {
        return IRREGULAR;
      }
      case "fiscal_year" -> {
        return fiscalYear(Month.JULY);
      }
      default -> {
        if (s.length() == 14 && s.startsWith("fiscal_year@") && PartialDate.digits(s, 12, 14)) {
          int m = Integer.parseInt(s, 12, 14, 10);
          if (m >= 1 && m <= 12 && m != 7) {
            return fiscalYear(Month.of(m));
          }
        }
        throw Checks.fail("frequency", ViolationCode.FREQUENCY_INVALID,
            "'%s' is not a frequency: use monthly, quarterly, annual, fiscal_year, "
                + "fiscal_year@04 or irregular", EntityId.abbreviate(s));
      }
    }
  }

  /**
   * {@return how regularly the series is observed: monthly, quarterly, annually, by fiscal year or
   * irregularly}
   */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return the first month of each fiscal year, for a fiscal-year frequency; empty for other
   * kinds}
   */
  public Optional<Month> fiscalYearStart() {
    return kind == Kind.FISCAL_YEAR ? Optional.of(yearStart) : Optional.empty();
  }

  /**
   * {@return whether a series of this frequency may hold an observation over {@code period}: a
   * month for a monthly series, a fiscal year with the same start month for a fiscal-year one, any
   * period for an irregular one}
   *
   * @param period a period
   */
  public boolean accepts(Period period) {
    return switch (kind) {
      case MONTHLY -> period.kind() == Period.Kind.MONTH;
      case QUARTERLY -> period.kind() == Period.Kind.QUARTER;
      case ANNUAL -> period.kind() == Period.Kind.YEAR;
      case FISCAL_YEAR ->
          period.kind() == Period.Kind.FISCAL_YEAR && period.yearStart() == yearStart;
      case IRREGULAR -> true;
    };
  }

  /**
   * Returns the period of this frequency that contains {@code month}.
   *
   * @param month a one-month period
   * @return the enclosing period
   * @throws IllegalStateException if this frequency is irregular
   */
  Period enclosing(Period month) {
    int year = month.start().getYear();
    int m = month.start().getMonthValue();
    return switch (kind) {
      case MONTHLY -> month;
      case QUARTERLY -> Period.ofQuarter(year, (m + 2) / 3);
      case ANNUAL -> Period.ofYear(year);
      case FISCAL_YEAR -> Period.ofFiscalYear(
          yearStart == Month.JANUARY || m < yearStart.getValue() ? year : year + 1, yearStart);
      case IRREGULAR -> throw new IllegalStateException("an irregular frequency has no periods");
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Frequency that
        && kind == that.kind
        && yearStart == that.yearStart;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + yearStart.hashCode();
  }

  /** Returns the text form described in the class documentation. */
  @Override
  public String toString() {
    if (kind == Kind.FISCAL_YEAR) {
      return yearStart == Month.JULY
          ? "fiscal_year"
          : String.format(Locale.ROOT, "fiscal_year@%02d", yearStart.getValue());
    }
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
