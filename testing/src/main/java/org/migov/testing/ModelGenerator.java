package org.migov.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.migov.model.CountryCode;
import org.migov.model.CountryFigure;
import org.migov.model.Counted;
import org.migov.model.Dataset;
import org.migov.model.Declaration;
import org.migov.model.DeclarationId;
import org.migov.model.DeclarationKind;
import org.migov.model.Dialogue;
import org.migov.model.DialogueId;
import org.migov.model.DialogueRole;
import org.migov.model.Figure;
import org.migov.model.FlowDirection;
import org.migov.model.Frequency;
import org.migov.model.GoalFramework;
import org.migov.model.GoalLink;
import org.migov.model.GoalRef;
import org.migov.model.Meeting;
import org.migov.model.MeetingId;
import org.migov.model.MeetingKind;
import org.migov.model.Membership;
import org.migov.model.MembershipRole;
import org.migov.model.Observation;
import org.migov.model.ObservationStatus;
import org.migov.model.Organisation;
import org.migov.model.OrganisationId;
import org.migov.model.OrganisationKind;
import org.migov.model.Outcome;
import org.migov.model.OutcomeKind;
import org.migov.model.PartialDate;
import org.migov.model.Party;
import org.migov.model.Period;
import org.migov.model.Person;
import org.migov.model.PersonId;
import org.migov.model.Position;
import org.migov.model.PriorityGoal;
import org.migov.model.Qualifier;
import org.migov.model.Region;
import org.migov.model.RegionId;
import org.migov.model.RegionListing;
import org.migov.model.RemittanceMeasure;
import org.migov.model.RemittanceSeries;
import org.migov.model.RoleTerm;
import org.migov.model.SeriesId;
import org.migov.model.Session;
import org.migov.model.SiteVisit;
import org.migov.model.Source;
import org.migov.model.SourcedDate;
import org.migov.model.Statement;
import org.migov.model.StatementKind;
import org.migov.model.WorkingGroup;
import org.migov.model.WorkingGroupId;
import org.migov.model.WorkingGroupKind;

/**
 * A seeded generator of random, valid model objects, for tests (io's round trips, among others)
 * and benchmarks.
 *
 * <p>Deterministic: two generators made with the same seed, asked the same things in the same
 * order, give equal objects (on the same JDK: the list of country codes comes from it). Objects
 * are built only through the public builders, so every invariant holds. They exercise the model
 * widely: optional attributes both present and absent, empty and full collections, unusual but
 * valid text (quotes, backslashes, emoji and other supplementary characters, right-to-left
 * scripts, combining marks, control characters, long texts), decimals of every scale and sign
 * the attribute allows (including values beyond a {@code long} and negative scales), partial
 * dates of every precision, periods of every kind and years from 1 to 9999.
 *
 * <p>Standalone entities ({@link #meeting()}, {@link #person()}, …) refer to random ids that
 * resolve nowhere; {@link #dataset()} and {@link #dataset(int, int, int)} give datasets whose
 * references all resolve and that validate without errors or warnings.
 *
 * <p>Not thread-safe: use one generator per thread.
 */
public final class ModelGenerator {
  /**
   * The most observations a monthly series can hold: one for each month of the years 1 to 9999,
   * the years a {@link Period} may have.
   */
  public static final int MAX_MONTHS = 9999 * 12;

  private static final List<CountryCode> COUNTRIES = countries();
  private static final List<Currency> CURRENCIES = Stream.of("USD", "EUR", "PKR", "HUF", "TRY",
      "GBP", "JPY", "CHF", "SAR", "AED", "BHD", "XOF", "SEK", "AFN", "BDT", "INR", "LKR")
      .map(Currency::getInstance).toList();

  private static final String[] WORDS = {"Budapest", "Process", "Rabat", "Prague", "Khartoum",
      "Abu", "Dhabi", "dialogue", "migration", "legal", "pathways", "labour", "mobility",
      "return", "readmission", "reintegration", "protection", "integration", "Silk", "Routes",
      "thematic", "meeting", "ministerial", "conference", "declaration", "call", "for", "action",
      "priority", "goal", "senior", "officials", "working", "group", "co-chair", "secretariat",
      "remittances", "overseas", "workers", "Islamabad", "Istanbul", "Stockholm", "Hungary",
      "Pakistan", "Türkiye", "Sweden", "ICMPD", "BEOE", "OEC", "NUTECH", "MOPHRD", "2025–2030",
      "7th", "34th", "and", "of", "the", "on", "in", "skills", "partnership", "smuggling",
      "border", "management", "development", "diaspora", "visit", "session", "report"};

  /** Unusual but valid text: every fragment has a character that is not white space. */
  private static final String[] ODD = {"\"quoted\"", "back\\slash", "C:\\path\\to\\file",
      "O'Neill", "‘curly’ “quotes”", "«guillemets»", "emoji 🌍", "✈️🇵🇰🇭🇺", "👩🏽‍💼",
      "family 👨‍👩‍👧‍👦", "日本語のテキスト", "اللغة العربية", "עברית", "Ελληνικά", "русский текст",
      "हिन्दी", "e\u0301 (combining acute)", "zero\u200Bwidth", "no\u00A0break", "tab\there",
      "line\nbreak", "crlf\r\nend", "<b>&amp;</b>", "{\"json\": [1, 2]}", "$38 billion", "100%",
      "ctl\u0001\u001f", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uFEFFbyte order mark", "  padded  ", "🙂", "null",
      "true", "0", "-", "☃", "Ⅻ", "ß→SS", "İstanbul", "ﬁ ligature", "a\u0000b",
      "rtl\u202Eoverride", "line\u2028separator", "narrow\u202Fnbsp", "\u001Cseparator"};

  private static final String[] FIRST_NAMES = {"Chaudhry", "Salik", "Sibel", "Zsuzsanna",
      "Ayşe", "Björn", "Łukasz", "Nguyễn", "Ольга", "محمد", "李", "Zoë", "José-María", "Siobhán",
      "Ahmad", "Fatima", "Oğuz", "Ingrid", "Amara", "Kwame"};
  private static final String[] LAST_NAMES = {"Hussain", "O'Brien", "Kovács", "Yılmaz",
      "Andersson", "Wiśniewska", "Trần", "Иванова", "الخوري", "王", "van der Berg", "Nagy",
      "Khan", "Demir", "Lindqvist", "Mensah", "Okafor", "Rahimi"};
  private static final String[] HONORIFICS = {"Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "H.E.",
      "Senator", "Ambassador"};
  private static final String[] CITIES = {"Islamabad", "Budapest", "Istanbul", "Stockholm",
      "Prague", "Rabat", "Berlin", "Rhodes", "Abu Dhabi", "Dhaka", "Kabul", "Baghdad",
      "Colombo", "Tehran", "New Delhi", "Vienna", "Brussels", "Genève", "Zürich", "Ankara"};
  private static final String[] URLS = {"https://www.budapestprocess.org/",
      "https://www.icmpd.org/our-work/migration-dialogues",
      "https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT?locations=PK",
      "http://example.org/path?q=a%20b&x=1#frag", "https://example.org:8443/a/b;c=d",
      "https://xn--bcher-kva.example/caf%C3%A9", "https://home-affairs.ec.europa.eu/news",
      "http://127.0.0.1/report.pdf", "https://sub.domain.example.com/%22quoted%22"};
  private static final String[] DIALOGUE_STEMS = {"budapest-process", "rabat-process",
      "prague-process", "khartoum-process", "abu-dhabi-dialogue", "gfmd", "mtm", "euromed"};
  private static final String[] ORGANISATION_STEMS = {"icmpd", "iom", "unhcr", "ilo", "mophrd",
      "beoe", "oec", "nutech", "frontex", "eu-commission", "ministry-of-interior"};
  private static final String[] ACRONYMS = {"ICMPD", "IOM", "UNHCR", "ILO", "MOPHRD", "BEOE",
      "OEC", "NUTECH", "DG HOME", "SBP", "GFMD", "İŞKUR"};
  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String[] NOTABLE_VALUES = {"0", "0.00", "0E+3", "65", "28", "50", "10",
      "1.1E+7", "11000000", "34.9", "38", "38.0", "1E+3", "9223372036854775807",
      "9223372036854775808", "1E-94", "1E-95", "1E+32", "1E+33", "0.000001"};

  private final Random random;
  /** Plain, realistic text and values, for the sized datasets of benchmarks. */
  private boolean plain;

  /**
   * Creates a generator.
   *
   * @param seed the seed: the same seed gives the same objects
   */
  public ModelGenerator(long seed) {
    this.random = new Random(seed);
  }

  private static List<CountryCode> countries() {
    Set<String> codes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    codes.add("XKX");
    return codes.stream().map(CountryCode::of).toList();
  }

  // ===== public: one method per model type

  /**
   * Returns a random source: a title, and maybe a publisher, a URL and a publication date.
   *
   * @return a valid source
   */
  public Source source() {
    return Source.builder().title(text()).publisher(maybe(0.5, this::text))
        .url(maybe(0.5, () -> URI.create(pick(URLS)))).published(maybe(0.5, this::partialDate))
        .build();
  }

  /**
   * Returns a random figure: a value that is not negative, a qualifier, one to three kinds
   * counted, and maybe a description, a date, a period and a source.
   *
   * @return a valid figure
   */
  public Figure figure() {
    Figure.Builder b = Figure.builder().value(figureValue()).qualifier(pick(Qualifier.values()));
    int kinds = chance(0.7) ? 1 : between(2, 3);
    for (int i = 0; i < kinds; i++) {
      b.addCounts(pick(Counted.values()));
    }
    return b.description(maybe(0.5, this::text)).asOf(maybe(0.5, this::partialDate))
        .period(maybe(0.4, this::period)).source(maybe(0.5, this::source)).build();
  }

  /**
   * Returns a random organisation, maybe with a parent (another random id).
   *
   * @return a valid organisation
   */
  public Organisation organisation() {
    OrganisationId id = OrganisationId.of(slug());
    Optional<OrganisationId> parent = maybe(0.3, () -> otherThan(id));
    return organisation(id, parent);
  }

  /**
   * Returns a random person with zero to three positions of distinct titles.
   *
   * @return a valid person
   */
  public Person person() {
    return person(PersonId.of(slug()), new Refs(this));
  }

  /**
   * Returns a random dialogue with members, regions, terms, working groups, size figures and
   * sources, any of them possibly empty. Terms of exclusive roles never overlap.
   *
   * @return a valid dialogue
   */
  public Dialogue dialogue() {
    return dialogue(DialogueId.of(slug()), new Refs(this));
  }

  /**
   * Returns a random declaration with goals in increasing order of number (possibly none).
   *
   * @return a valid declaration
   */
  public Declaration declaration() {
    Optional<PartialDate> adopted = maybe(0.5, this::partialDate);
    Optional<MeetingId> adoptedAt = maybe(0.4, () -> MeetingId.of(slug()));
    return declaration(DeclarationId.of(slug()), DialogueId.of(slug()), adopted, adoptedAt,
        between(0, 7));
  }

  /**
   * Returns a random meeting, with dates of any precision (or none) consistent with its duration.
   *
   * @return a valid meeting
   */
  public Meeting meeting() {
    LocalDate start = day(year());
    int days = chance(0.8) ? between(1, 3) : between(4, 40);
    if (start.plusDays(days).getYear() > 9999) {
      start = LocalDate.of(9999, 1, 1);
    }
    return meeting(MeetingId.of(slug()), DialogueId.of(slug()), pick(MeetingKind.values()),
        maybe(0.5, () -> between(1, 40)), when(start, days), new Refs(this), List.of(),
        List.of(), null);
  }

  /**
   * Returns a random remittance series of any frequency, with zero to thirty observations added
   * in random order, values of every scale and sign, and maybe sources of their own.
   *
   * @return a valid series
   */
  public RemittanceSeries remittanceSeries() {
    return remittanceSeries(SeriesId.of(slug()), between(0, 30));
  }

  /**
   * Returns a random figure about a random country.
   *
   * @return a valid country figure
   */
  public CountryFigure countryFigure() {
    return CountryFigure.of(country(), figure());
  }

  /**
   * Returns a random observation over a period of any kind, with a value of any scale and sign.
   *
   * @return a valid observation
   */
  public Observation observation() {
    Observation.Builder b = Observation.builder().period(period()).value(signedValue());
    if (chance(0.7)) {
      b.status(pick(ObservationStatus.values()));
    }
    if (chance(0.7)) {
      b.qualifier(pick(Qualifier.values()));
    }
    return b.source(maybe(0.3, this::source)).build();
  }

  /**
   * Returns a random period of any kind (month, quarter, year, fiscal year of any start month,
   * range of 1 to {@value Period#MAX_RANGE_MONTHS} months) in years 1 to 9999.
   *
   * @return a period
   */
  public Period period() {
    switch (random.nextInt(5)) {
      case 0 -> {
        return Period.ofMonth(year(), between(1, 12));
      }
      case 1 -> {
        return Period.ofQuarter(year(), between(1, 4));
      }
      case 2 -> {
        return Period.ofYear(year());
      }
      case 3 -> {
        Month start = pick(Month.values());
        int year = year();
        return Period.ofFiscalYear(year == 1 && start != Month.JANUARY ? 2 : year, start);
      }
      default -> {
        YearMonth first = YearMonth.of(year(), between(1, 12));
        int r = random.nextInt(100);
        int length = r < 70 ? between(1, 36) : r < 95 ? between(37, 600)
            : between(601, Period.MAX_RANGE_MONTHS);
        YearMonth last = first.plusMonths(length - 1L);
        return Period.ofMonths(first, last.getYear() > 9999 ? YearMonth.of(9999, 12) : last);
      }
    }
  }

  /**
   * Returns a random partial date, known to the year, the month or the day, in years 1 to 9999.
   *
   * @return a date
   */
  public PartialDate partialDate() {
    return coarsen(day(year()));
  }

  /**
   * Returns a small random dataset (a few dialogues, declarations, meetings, organisations,
   * people, series and country figures, any kind possibly absent but dialogues) with unusual
   * text, whose references all resolve and which validates without errors or warnings.
   *
   * @return a valid dataset
   */
  public Dataset dataset() {
    return dataset(between(1, 3), between(0, 4), between(0, 5), between(0, 5), between(0, 5),
        between(0, 2), between(0, 3));
  }

  /**
   * Returns a realistic dataset of the given size for benchmarks: meetings with statements,
   * participation figures and sources; declarations with goals that meetings advance; dialogues
   * with members, terms and working groups; plus organisations and people in proportion,
   * remittance series and country figures. References all resolve, and the dataset validates
   * without errors or warnings.
   *
   * @param dialogues the number of dialogues, 1 or more if there are declarations or meetings
   * @param declarations the number of declarations
   * @param meetings the number of meetings, at most about 800,000 (they are a few days apart)
   * @return a valid dataset
   * @throws IllegalArgumentException if a count is negative or the counts cannot be met
   */
  public Dataset dataset(int dialogues, int declarations, int meetings) {
    boolean was = plain;
    plain = true;
    try {
      return dataset(dialogues, declarations, meetings,
          Math.max(5, dialogues * 5 + meetings / 10), Math.max(5, dialogues * 2 + meetings / 2),
          Math.max(dialogues, 1), dialogues * 2);
    } finally {
      plain = was;
    }
  }

  /**
   * Returns a realistic monthly series of {@code months} consecutive months, ending in December
   * 2025 when it can (else starting in January of year 1): values in millions with one or two
   * decimals, a few provisional or estimated, the last three forecasts.
   *
   * @param months the number of observations, 0 to {@link #MAX_MONTHS}
   * @return a valid series
   * @throws IllegalArgumentException if {@code months} is negative or more than {@link
   *     #MAX_MONTHS}: a monthly series holds each month once, and periods lie in years 1 to 9999
   */
  public RemittanceSeries monthlySeries(int months) {
    if (months < 0 || months > MAX_MONTHS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a monthly series holds 0 to %d months (every month of the years 1 to 9999), not %d",
          MAX_MONTHS, months));
    }
    YearMonth first = YearMonth.of(2025, 12).minusMonths(Math.max(months, 1) - 1L);
    if (first.getYear() < 1) {
      first = YearMonth.of(1, 1);
    }
    RemittanceSeries.Builder b = RemittanceSeries.builder()
        .id(SeriesId.of("monthly-" + months)).title("Workers' remittances, monthly")
        .reporter(country()).direction(FlowDirection.INFLOW)
        .measure(RemittanceMeasure.WORKERS_REMITTANCES).indicator("BX.TRF.PWKR.CD.DT")
        .currency(Currency.getInstance("USD")).unitMultiplier(6).frequency(Frequency.MONTHLY)
        .addSources(source());
    int year = first.getYear();
    int month = first.getMonthValue();
    long level = 20_000L + random.nextInt(10_000); // tenths of a million
    for (int i = 0; i < months; i++) {
      level = Math.max(1_000, level + random.nextInt(801) - 400);
      BigDecimal value = random.nextInt(4) == 0
          ? BigDecimal.valueOf(level * 10 + random.nextInt(10), 2) : BigDecimal.valueOf(level, 1);
      int r = random.nextInt(100);
      ObservationStatus status = i >= months - 3 ? ObservationStatus.FORECAST
          : r < 2 ? ObservationStatus.PROVISIONAL : r < 3 ? ObservationStatus.ESTIMATED
          : ObservationStatus.NORMAL;
      b.addObservations(Period.ofMonth(year, month), value, status,
          status == ObservationStatus.FORECAST ? Qualifier.ABOUT : Qualifier.EXACT);
      if (++month > 12) {
        month = 1;
        year++;
      }
    }
    return b.build();
  }

  /**
   * The most observations {@link #irregularSeries(int)} gives: for each month of the years 1 to
   * 9999, the month, the fiscal year, quarter and year starting in it, and about fifty month
   * ranges.
   */
  public static final int MAX_IRREGULAR = 6_000_000;

  /**
   * Returns a large, realistic irregular series of {@code observations} distinct periods of every
   * kind, as sources report figures: starting from January of year 1, for each month in turn, the
   * month itself, the fiscal year starting in it, the quarter and the calendar year starting in it
   * (when one does), and month ranges of distinct lengths starting in it (year-to-date and rolling
   * figures), as many as needed to reach {@code observations} before December 9999. A monthly
   * series cannot hold more than {@link #MAX_MONTHS} observations; an irregular one can hold
   * millions. Values are in millions with one decimal (each fits in a {@code long}), scaled by the
   * length of the period; a few are provisional or estimated, a few approximate. Observations are
   * added in period order; none has a source of its own (the series has one).
   *
   * @param observations the number of observations, 0 to {@link #MAX_IRREGULAR}
   * @return a valid series of {@link Frequency#IRREGULAR} frequency
   * @throws IllegalArgumentException if {@code observations} is negative or more than {@link
   *     #MAX_IRREGULAR}
   */
  public RemittanceSeries irregularSeries(int observations) {
    if (observations < 0 || observations > MAX_IRREGULAR) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "an irregular series of this generator holds 0 to %d observations, not %d",
          MAX_IRREGULAR, observations));
    }
    // periods each month starts: the month, its fiscal year, maybe a quarter and a year (1/3 + 1/12
    // a month on average), and month ranges
    int ranges = Math.min(60, Math.max(1,
        (int) Math.ceil(observations / (MAX_MONTHS - 70.0) - 2 - 5.0 / 12)));
    RemittanceSeries.Builder b = RemittanceSeries.builder()
        .id(SeriesId.of("irregular-" + observations))
        .title("Workers' remittances, as reported").reporter(country())
        .direction(FlowDirection.INFLOW).measure(RemittanceMeasure.WORKERS_REMITTANCES)
        .currency(Currency.getInstance("USD")).unitMultiplier(6).frequency(Frequency.IRREGULAR)
        .addSources(source());
    long level = 20_000L + random.nextInt(10_000); // tenths of a million a month
    List<Period> starting = new ArrayList<>();
    int added = 0;
    for (YearMonth m = YearMonth.of(1, 1); added < observations; m = m.plusMonths(1)) {
      starting.clear();
      int left = (9999 - m.getYear()) * 12 + 12 - m.getMonthValue() + 1; // months from m on
      starting.add(Period.ofMonth(m.getYear(), m.getMonthValue()));
      if (left >= 12) {
        starting.add(Period.ofFiscalYear(m.getMonthValue() == 1 ? m.getYear() : m.getYear() + 1,
            m.getMonth()));
      }
      if (m.getMonthValue() % 3 == 1) {
        starting.add(Period.ofQuarter(m.getYear(), m.getMonthValue() / 3 + 1));
      }
      if (m.getMonthValue() == 1) {
        starting.add(Period.ofYear(m.getYear()));
      }
      Set<Integer> lengths = new TreeSet<>();
      for (int tries = 0; lengths.size() < Math.min(ranges, left - 1) && tries < 1000; tries++) {
        lengths.add(between(2, Math.min(left, ranges + 34)));
      }
      for (int length : lengths) {
        starting.add(Period.ofMonths(m, m.plusMonths(length - 1L)));
      }
      Collections.sort(starting);
      level = Math.max(1_000, level + random.nextInt(801) - 400);
      for (Period p : starting) {
        if (added == observations) {
          break;
        }
        int r = random.nextInt(100);
        ObservationStatus status = r < 2 ? ObservationStatus.PROVISIONAL
            : r < 3 ? ObservationStatus.ESTIMATED : ObservationStatus.NORMAL;
        Qualifier qualifier = random.nextInt(20) == 0 ? Qualifier.ABOUT : Qualifier.EXACT;
        long tenths = level * p.lengthInMonths() + random.nextInt(10);
        b.addObservations(p, BigDecimal.valueOf(tenths, 1), status, qualifier);
        added++;
      }
      if (m.getYear() == 9999 && m.getMonthValue() == 12 && added < observations) {
        throw new IllegalArgumentException(observations + " observations do not fit");
      }
    }
    return b.build();
  }

  // ===== datasets

  /** Ids and facts entities of a dataset may refer to; standalone entities get random ids. */
  private static final class Refs {
    final boolean standalone;
    final ModelGenerator g;
    final List<OrganisationId> organisations = new ArrayList<>();
    final List<DialogueId> dialogues = new ArrayList<>();
    final List<PersonId> people = new ArrayList<>();
    final Map<PersonId, List<String>> titles = new HashMap<>();
    final List<DeclarationId> declarations = new ArrayList<>();

    Refs(ModelGenerator g) {
      this(g, true);
    }

    Refs(ModelGenerator g, boolean standalone) {
      this.g = g;
      this.standalone = standalone;
    }

    Optional<OrganisationId> organisation() {
      return standalone ? Optional.of(OrganisationId.of(g.slug()))
          : organisations.isEmpty() ? Optional.empty() : Optional.of(g.pick(organisations));
    }

    Optional<DialogueId> dialogue() {
      return standalone ? Optional.of(DialogueId.of(g.slug()))
          : dialogues.isEmpty() ? Optional.empty() : Optional.of(g.pick(dialogues));
    }

    Optional<PersonId> person() {
      return standalone ? Optional.of(PersonId.of(g.slug()))
          : people.isEmpty() ? Optional.empty() : Optional.of(g.pick(people));
    }

    Optional<DeclarationId> declaration() {
      return standalone ? Optional.of(DeclarationId.of(g.slug()))
          : declarations.isEmpty() ? Optional.empty() : Optional.of(g.pick(declarations));
    }

    Party party() {
      Optional<OrganisationId> o = g.chance(0.35) ? organisation() : Optional.empty();
      return o.isPresent() ? Party.organisation(o.get()) : Party.country(g.country());
    }
  }

  private Dataset dataset(int nDialogues, int nDeclarations, int nMeetings, int nOrganisations,
      int nPeople, int nSeries, int nFigures) {
    if (nDialogues < 0 || nDeclarations < 0 || nMeetings < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (nDialogues == 0 && (nDeclarations > 0 || nMeetings > 0)) {
      throw new IllegalArgumentException("declarations and meetings need a dialogue");
    }
    // meetings lie 4 days apart, each lasting 1 to 3 days, so their order is their time order
    long span = 4L * nMeetings;
    int startYear = (int) Math.max(1, Math.min(1990, 9998 - span / 365));
    LocalDate base = LocalDate.of(startYear, 1, 1);
    if (base.plusDays(span).getYear() > 9999) {
      throw new IllegalArgumentException("too many meetings to fit in the years 1 to 9999");
    }
    Refs refs = new Refs(this, false);
    Dataset.Builder data = Dataset.builder();

    List<Organisation> organisations = new ArrayList<>();
    for (int i = 0; i < nOrganisations; i++) {
      refs.organisations.add(OrganisationId.of(pick(ORGANISATION_STEMS) + "-" + i));
    }
    for (int i = 0; i < nOrganisations; i++) {
      // parents come earlier in the list: no cycles
      int parent = i > 0 && chance(0.3) ? random.nextInt(i) : -1;
      Organisation o = organisation(refs.organisations.get(i),
          parent < 0 ? Optional.empty() : Optional.of(refs.organisations.get(parent)));
      // in a dataset every entity cites a source, or validation warns (sources.missing)
      organisations.add(o.sources().isEmpty() ? o.toBuilder().addSources(source()).build() : o);
    }
    for (int i = 0; i < nDialogues; i++) {
      refs.dialogues.add(DialogueId.of(pick(DIALOGUE_STEMS) + "-" + i));
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < nPeople; i++) {
      Person drawn = person(PersonId.of("person-" + i), refs);
      Person p = drawn.sources().isEmpty() ? drawn.toBuilder().addSources(source()).build()
          : drawn;
      people.add(p);
      refs.people.add(p.id());
      refs.titles.put(p.id(), p.positions().stream().map(Position::title).toList());
    }
    List<Dialogue> dialogues = new ArrayList<>();
    for (DialogueId id : refs.dialogues) {
      dialogues.add(dialogue(id, refs));
    }

    // the meetings' ids, dialogues, kinds, ordinals and days, before declarations refer to them
    MeetingId[] meetingIds = new MeetingId[nMeetings];
    int[] meetingDialogue = new int[nMeetings];
    When[] when = new When[nMeetings];
    MeetingKind[] kinds = new MeetingKind[nMeetings];
    OptionalInt[] ordinals = new OptionalInt[nMeetings];
    Map<String, Integer> lastOrdinal = new HashMap<>();
    for (int i = 0; i < nMeetings; i++) {
      meetingIds[i] = MeetingId.of("meeting-" + i);
      meetingDialogue[i] = random.nextInt(nDialogues);
      when[i] = when(base.plusDays(4L * i + random.nextInt(2)), between(1, 3));
      kinds[i] = pick(MeetingKind.values());
      if (chance(0.6)) {
        String key = meetingDialogue[i] + "/" + kinds[i];
        int n = lastOrdinal.merge(key, 1, Integer::sum);
        ordinals[i] = OptionalInt.of(n);
      } else {
        ordinals[i] = OptionalInt.empty();
      }
    }

    // each declaration belongs to a meeting's time (adopted at it or not): meetings from then on
    // may advance its goals
    List<Declaration> declarations = new ArrayList<>();
    int[] adoptedBy = new int[nDeclarations];
    for (int j = 0; j < nDeclarations; j++) {
      adoptedBy[j] = nMeetings == 0 ? -1 : random.nextInt(nMeetings);
    }
    List<List<Integer>> adoptedAtMeeting = new ArrayList<>();
    for (int i = 0; i < nMeetings; i++) {
      adoptedAtMeeting.add(new ArrayList<>());
    }
    for (int j = 0; j < nDeclarations; j++) {
      int m = adoptedBy[j];
      DeclarationId id = DeclarationId.of("declaration-" + j);
      DialogueId dialogue = m < 0 ? pick(refs.dialogues) : refs.dialogues.get(meetingDialogue[m]);
      Optional<PartialDate> adopted = m < 0 ? maybe(0.5, this::partialDate)
          : maybe(0.8, () -> coarsen(adoptionDay(when[m])));
      Optional<MeetingId> at = m >= 0 && chance(0.7) ? Optional.of(meetingIds[m])
          : Optional.empty();
      declarations.add(declaration(id, dialogue, adopted, at, between(1, 8)));
      refs.declarations.add(id);
      if (m >= 0) {
        adoptedAtMeeting.get(m).add(j);
      }
    }
    Integer[] byMeeting = new Integer[nDeclarations];
    for (int j = 0; j < nDeclarations; j++) {
      byMeeting[j] = j;
    }
    java.util.Arrays.sort(byMeeting, (x, y) -> Integer.compare(adoptedBy[x], adoptedBy[y]));

    List<Meeting> meetings = new ArrayList<>();
    int eligible = 0; // declarations (in byMeeting order) adopted by meeting i or before
    for (int i = 0; i < nMeetings; i++) {
      while (eligible < nDeclarations && adoptedBy[byMeeting[eligible]] <= i) {
        eligible++;
      }
      List<GoalRef> advances = new ArrayList<>();
      int wanted = eligible == 0 ? 0 : between(0, 3);
      for (int k = 0; k < wanted; k++) {
        Declaration d = declarations.get(byMeeting[random.nextInt(eligible)]);
        advances.add(GoalRef.of(d.id(), pick(d.goals()).number()));
      }
      List<DeclarationId> adoptedHere = new ArrayList<>();
      for (int j : adoptedAtMeeting.get(i)) {
        if (declarations.get(j).adoptedAt().isPresent()) {
          adoptedHere.add(declarations.get(j).id());
        }
      }
      meetings.add(meeting(meetingIds[i], refs.dialogues.get(meetingDialogue[i]), kinds[i],
          ordinals[i].isPresent() ? Optional.of(ordinals[i].getAsInt()) : Optional.empty(),
          when[i], refs, advances, adoptedHere,
          dialogues.get(meetingDialogue[i])));
    }

    List<RemittanceSeries> series = new ArrayList<>();
    for (int i = 0; i < nSeries; i++) {
      RemittanceSeries r = remittanceSeries(SeriesId.of("series-" + i), plain ? between(12, 120)
          : between(0, 30));
      boolean cited = !r.sources().isEmpty()
          || r.observations().stream().anyMatch(o -> o.source().isPresent());
      series.add(cited ? r : r.toBuilder().addSources(source()).build());
    }
    List<CountryFigure> figures = new ArrayList<>();
    for (int i = 0; i < nFigures; i++) {
      figures.add(countryFigure());
    }
    return data.addAllOrganisations(organisations).addAllPeople(people)
        .addAllDialogues(dialogues).addAllDeclarations(declarations).addAllMeetings(meetings)
        .addAllRemittanceSeries(series).addAllCountryFigures(figures).build();
  }

  // ===== entities, given their ids and what they may refer to

  private Organisation organisation(OrganisationId id, Optional<OrganisationId> parent) {
    return Organisation.builder().id(id).name(plain ? words(2, 6) : text())
        .acronym(maybe(0.5, () -> chance(0.7) ? pick(ACRONYMS) : text()))
        .kind(pick(OrganisationKind.values())).country(maybe(0.5, this::country)).parent(parent)
        .addAllSources(sources(0, 2)).build();
  }

  private Person person(PersonId id, Refs refs) {
    Person.Builder b = Person.builder().id(id).name(personName())
        .honorific(maybe(0.5, () -> pick(HONORIFICS)));
    Set<String> titles = new LinkedHashSet<>();
    int n = between(0, 3);
    for (int i = 0; i < n; i++) {
      String title = plain ? words(2, 7) : text();
      if (titles.add(title)) {
        Range r = range(0.5, 0.5);
        b.addPositions(Position.builder().title(title)
            .organisation(chance(0.5) ? refs.organisation() : Optional.empty())
            .dialogue(chance(0.3) ? refs.dialogue() : Optional.empty())
            .country(maybe(0.4, this::country)).start(r.start).end(r.end).build());
      }
    }
    return b.addAllSources(sources(0, 2)).build();
  }

  private Dialogue dialogue(DialogueId id, Refs refs) {
    Dialogue.Builder b = Dialogue.builder().id(id).name(plain ? words(2, 4) : text())
        .shortName(maybe(0.5, () -> plain ? pick(ACRONYMS) : text()))
        .description(maybe(0.5, this::text));
    int established = between(0, 3);
    for (int i = 0; i < established; i++) {
      b.addEstablished(SourcedDate.builder().date(partialDate())
          .source(maybe(0.5, this::source)).build());
    }
    Set<Party> members = new LinkedHashSet<>();
    int wanted = plain ? between(10, 60) : between(0, 8);
    for (int i = 0; i < wanted * 2 && members.size() < wanted; i++) {
      members.add(refs.party());
    }
    for (Party p : members) {
      Range r = range(0.4, 0.2);
      b.addMembers(Membership.builder().party(p).role(pick(MembershipRole.values()))
          .since(r.start).until(r.end).build());
    }
    int regions = between(0, 2);
    for (int i = 0; i < regions; i++) {
      b.addRegions(region(RegionId.of((plain ? "region" : slug(30)) + "-" + i)));
    }
    b.addAllTerms(terms(refs));
    int groups = between(0, 3);
    for (int i = 0; i < groups; i++) {
      b.addWorkingGroups(WorkingGroup.builder()
          .id(WorkingGroupId.of((plain ? "working-group" : slug(30)) + "-" + i))
          .name(plain ? words(3, 7) : text()).kind(pick(WorkingGroupKind.values()))
          .theme(maybe(0.5, this::text)).addAllTerms(terms(refs))
          .addAllSources(sources(0, 1)).build());
    }
    int size = between(0, 2);
    for (int i = 0; i < size; i++) {
      b.addSize(figure());
    }
    return b.addAllSources(sources(refs.standalone ? 0 : 1, 3)).build();
  }

  private Region region(RegionId id) {
    Region.Builder b = Region.builder().id(id).name(plain ? words(1, 3) : text());
    Set<Optional<PartialDate>> dates = new LinkedHashSet<>();
    int n = between(0, 3);
    for (int i = 0; i < n; i++) {
      Optional<PartialDate> asOf = maybe(0.8, this::partialDate);
      if (dates.add(asOf)) {
        RegionListing.Builder l = RegionListing.builder().asOf(asOf)
            .source(maybe(0.5, this::source));
        int countries = between(1, 7);
        for (int k = 0; k < countries; k++) {
          l.addCountries(country());
        }
        b.addListings(l.build());
      }
    }
    return b.build();
  }

  /**
   * Terms of a dialogue or working group. Terms of one exclusive role (all but co-chair) follow
   * each other: each starts after the previous ended, and a term without end is the last.
   */
  private List<RoleTerm> terms(Refs refs) {
    List<RoleTerm> terms = new ArrayList<>();
    Map<DialogueRole, LocalDate> next = new HashMap<>();
    int n = between(0, 4);
    for (int i = 0; i < n; i++) {
      DialogueRole role = pick(DialogueRole.values());
      Optional<PartialDate> start;
      Optional<PartialDate> end;
      if (role == DialogueRole.CO_CHAIR) {
        Range r = range(0.7, 0.5);
        start = r.start;
        end = r.end;
      } else {
        LocalDate from = next.getOrDefault(role, day(between(1900, 2000)));
        if (from.equals(LocalDate.MAX)) {
          continue; // this role's last term has no end
        }
        LocalDate s = from.plusDays(random.nextInt(400));
        LocalDate e = s.plusDays(between(30, 3000));
        start = maybe(0.9, () -> coarsen(s));
        end = maybe(0.8, () -> coarsen(e));
        next.put(role, end.isPresent() || start.isEmpty() ? e.plusDays(1) : LocalDate.MAX);
      }
      terms.add(RoleTerm.builder().holder(refs.party()).role(role).start(start).end(end)
          .addAllSources(sources(0, 1)).build());
    }
    return terms;
  }

  private Declaration declaration(DeclarationId id, DialogueId dialogue,
      Optional<PartialDate> adopted, Optional<MeetingId> adoptedAt, int goals) {
    Range implementation = range(0.6, 0.6);
    Declaration.Builder b = Declaration.builder().id(id).title(plain ? words(4, 12) : text())
        .dialogue(dialogue).kind(pick(DeclarationKind.values())).adopted(adopted)
        .adoptedAt(adoptedAt).implementationStart(implementation.start)
        .implementationEnd(implementation.end);
    int number = 0;
    for (int i = 0; i < goals; i++) {
      number += chance(0.85) ? 1 : between(2, 5);
      PriorityGoal.Builder g = PriorityGoal.builder().number(number)
          .text(plain ? words(8, 25) : text()).shortTitle(maybe(0.5, this::text));
      Set<GoalLink> links = new LinkedHashSet<>();
      int n = between(0, 3);
      for (int k = 0; k < n; k++) {
        GoalFramework framework = pick(GoalFramework.values());
        String code = framework == GoalFramework.SDG_TARGET ? between(1, 17) + "." + pick(
            new String[] {"1", "2", "7", "a", "b", "c"}) : String.valueOf(between(1, 23));
        links.add(GoalLink.builder().framework(framework).code(code)
            .label(maybe(0.5, this::text)).build());
      }
      b.addGoals(g.addAllLinks(links).build());
    }
    return b.addAllSources(sources(1, 3)).build();
  }

  /**
   * When a meeting took place: its true first and last days, and what is known of them (start
   * and end of any precision, or unknown; the duration, or unknown).
   */
  private record When(LocalDate first, LocalDate last, Optional<PartialDate> start,
      Optional<PartialDate> end, OptionalInt days) {}

  private When when(LocalDate first, int days) {
    LocalDate last = first.plusDays(days - 1L);
    return new When(first, last, maybe(0.7, () -> coarsen(first)),
        maybe(0.6, () -> coarsen(last)), chance(0.5) ? OptionalInt.of(days) : OptionalInt.empty());
  }

  /**
   * A day on which a declaration can have been adopted at the meeting: not certainly before its
   * start (or its end, if the start is unknown) nor certainly after its end (or its start).
   */
  private LocalDate adoptionDay(When w) {
    if (w.end.isPresent()) {
      return w.start.isPresent()
          ? w.first.plusDays(random.nextInt((int) (w.last.toEpochDay() - w.first.toEpochDay()) + 1))
          : w.last;
    }
    return w.first;
  }

  private Meeting meeting(MeetingId id, DialogueId dialogue, MeetingKind kind,
      Optional<Integer> ordinal, When when, Refs refs, List<GoalRef> advances,
      List<DeclarationId> adopted, Dialogue of) {
    Meeting.Builder b = Meeting.builder().id(id).dialogue(dialogue).kind(kind)
        .title(plain ? words(4, 12) : text())
        .hostCountry(maybe(0.6, this::country))
        .city(maybe(0.5, () -> plain || chance(0.7) ? pick(CITIES) : text()))
        .start(when.start).end(when.end).durationDays(when.days);
    ordinal.ifPresent(b::ordinal);
    if (refs.standalone) {
      b.convenedBy(maybe(0.3, () -> WorkingGroupId.of(slug())));
    } else if (of != null && !of.workingGroups().isEmpty() && chance(0.4)) {
      b.convenedBy(pick(of.workingGroups()).id());
    }
    b.addAllConveners(parties(refs, 0, 2));
    int opened = between(0, 2);
    for (int i = 0; i < opened; i++) {
      refs.person().ifPresent(b::addOpenedBy);
    }
    b.addAllAims(texts(0, 3));
    int figures = plain ? between(1, 2) : between(0, 3);
    for (int i = 0; i < figures; i++) {
      b.addParticipation(figure());
    }
    b.addAllParticipants(parties(refs, plain ? 5 : 0, plain ? 20 : 10));
    int statements = plain ? between(2, 6) : between(0, 4);
    for (int i = 0; i < statements; i++) {
      refs.person().ifPresent(speaker -> b.addStatements(statement(speaker, refs)));
    }
    int sessions = between(0, 2);
    for (int i = 0; i < sessions; i++) {
      b.addSessions(Session.builder().title(maybe(0.5, this::text))
          .focus(maybe(0.5, this::text))
          .count(chance(0.4) ? OptionalInt.of(between(1, 12)) : OptionalInt.empty()).build());
    }
    int visits = between(0, 3);
    for (int i = 0; i < visits; i++) {
      refs.organisation().ifPresent(o -> b.addSiteVisits(SiteVisit.builder().organisation(o)
          .purpose(maybe(0.5, this::text)).build()));
    }
    for (DeclarationId d : adopted) {
      b.addOutcomes(Outcome.builder().kind(OutcomeKind.DECLARATION).declaration(d)
          .description(maybe(0.5, this::text)).build());
    }
    int outcomes = between(0, 2);
    for (int i = 0; i < outcomes; i++) {
      b.addOutcomes(Outcome.builder().kind(pick(OutcomeKind.values()))
          .description(maybe(0.5, this::text)).text(maybe(0.4, this::text))
          .declaration(chance(0.3) ? refs.declaration() : Optional.empty()).build());
    }
    Set<GoalRef> goals = new LinkedHashSet<>(advances);
    if (refs.standalone) {
      int n = between(0, 3);
      for (int i = 0; i < n; i++) {
        goals.add(GoalRef.of(DeclarationId.of(slug()), between(1, 8)));
      }
    }
    return b.addAllAdvances(goals).addAllHighlights(texts(0, 2)).addAllNotes(texts(0, 2))
        .addAllSources(sources(refs.standalone ? 0 : 1, 3)).build();
  }

  private Statement statement(PersonId speaker, Refs refs) {
    Statement.Builder b = Statement.builder().speaker(speaker)
        .kind(pick(StatementKind.values()));
    if (refs.standalone) {
      b.addAllPositions(texts(0, 2));
    } else {
      for (String title : refs.titles.getOrDefault(speaker, List.of())) {
        if (chance(0.6)) {
          b.addPositions(title);
        }
      }
    }
    return b.onBehalfOf(chance(0.4) ? Optional.of(refs.party()) : Optional.empty())
        .addAllQuotes(texts(0, 2)).addAllReported(texts(0, 2)).build();
  }

  private RemittanceSeries remittanceSeries(SeriesId id, int observations) {
    Frequency frequency = switch (random.nextInt(5)) {
      case 0 -> Frequency.MONTHLY;
      case 1 -> Frequency.QUARTERLY;
      case 2 -> Frequency.ANNUAL;
      case 3 -> Frequency.fiscalYear(pick(Month.values()));
      default -> Frequency.IRREGULAR;
    };
    RemittanceSeries.Builder b = RemittanceSeries.builder().id(id).reporter(country())
        .direction(pick(FlowDirection.values())).measure(pick(RemittanceMeasure.values()))
        .currency(pick(CURRENCIES)).frequency(frequency)
        .unitMultiplier(chance(0.7) ? pick(new Integer[] {0, 3, 6, 9}) : between(0, 18));
    Supplier<String> title = plain ? () -> words(3, 8) : this::text;
    maybe(0.5, title).ifPresent(b::title);
    maybe(0.4, this::country).ifPresent(b::counterpart);
    maybe(0.4, () -> chance(0.7) ? "BX.TRF.PWKR.CD.DT" : text()).ifPresent(b::indicator);
    b.addAllSources(sources(0, 2));

    List<Observation> list = new ArrayList<>();
    for (Period p : periods(frequency, observations)) {
      list.add(Observation.builder().period(p).value(plain ? figureValue() : signedValue())
          .status(pick(ObservationStatus.values())).qualifier(pick(Qualifier.values()))
          .source(maybe(0.2, this::source)).build());
    }
    if (chance(0.5)) {
      Collections.shuffle(list, random);
    }
    for (Observation o : list) {
      if (o.source().isPresent() || chance(0.5)) {
        b.addObservations(o);
      } else {
        b.addObservations(o.period(), o.value(), o.status(), o.qualifier());
      }
    }
    return b.build();
  }

  /** Distinct periods fitting {@code frequency}, with a few gaps for regular ones. */
  private List<Period> periods(Frequency frequency, int n) {
    List<Period> periods = new ArrayList<>();
    if (frequency.kind() == Frequency.Kind.IRREGULAR) {
      Set<Period> distinct = new LinkedHashSet<>();
      for (int i = 0; i < n * 3 && distinct.size() < n; i++) {
        distinct.add(period());
      }
      periods.addAll(distinct);
      return periods;
    }
    // a first period with room for n periods and their gaps (at most 4 apart) after it
    int year = Math.min(year(), 9999 - n * 4 - 1);
    year = Math.max(year, 2);
    int step = 0;
    for (int i = 0; i < n; i++) {
      step += i == 0 ? 0 : chance(0.85) ? 1 : between(2, 4);
      switch (frequency.kind()) {
        case MONTHLY -> periods.add(Period.of(YearMonth.of(year, 1).plusMonths(step)));
        case QUARTERLY -> periods.add(Period.ofQuarter(year + step / 4, step % 4 + 1));
        case ANNUAL -> periods.add(Period.ofYear(year + step));
        default -> periods.add(Period.ofFiscalYear(year + step, frequency.fiscalYearStart().get()));
      }
    }
    return periods;
  }

  // ===== small values

  /** A start and an end, each maybe present, the end never before the start. */
  private record Range(Optional<PartialDate> start, Optional<PartialDate> end) {}

  private Range range(double start, double end) {
    LocalDate s = day(chance(0.8) ? between(1900, 2040) : year());
    LocalDate e = s.plusDays(random.nextInt(chance(0.5) ? 40 : 5000));
    LocalDate last = e.getYear() > 9999 ? LocalDate.of(9999, 12, 31) : e;
    return new Range(maybe(start, () -> coarsen(s)), maybe(end, () -> coarsen(last)));
  }

  private int year() {
    int r = random.nextInt(100);
    return r < 85 ? between(1950, 2030) : r < 95 ? between(1, 9999) : chance(0.5) ? 1 : 9999;
  }

  private LocalDate day(int year) {
    return LocalDate.ofYearDay(year, between(1, Year.isLeap(year) ? 366 : 365));
  }

  private PartialDate coarsen(LocalDate day) {
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(day.getYear());
      case 1 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
      default -> PartialDate.of(day);
    };
  }

  private CountryCode country() {
    return pick(COUNTRIES);
  }

  private List<Party> parties(Refs refs, int min, int max) {
    Set<Party> parties = new LinkedHashSet<>();
    int n = between(min, max);
    for (int i = 0; i < n * 2 && parties.size() < n; i++) {
      parties.add(refs.party());
    }
    return new ArrayList<>(parties);
  }

  private List<Source> sources(int min, int max) {
    List<Source> sources = new ArrayList<>();
    int n = between(min, max);
    for (int i = 0; i < n; i++) {
      sources.add(source());
    }
    return sources;
  }

  private List<String> texts(int min, int max) {
    List<String> texts = new ArrayList<>();
    int n = between(min, max);
    for (int i = 0; i < n; i++) {
      texts.add(text());
    }
    return texts;
  }

  /** A value a figure may have: not negative. */
  private BigDecimal figureValue() {
    if (plain) {
      return chance(0.8) ? BigDecimal.valueOf(between(1, 10_000))
          : BigDecimal.valueOf(between(1, 1_000_000), between(1, 2));
    }
    return chance(0.15) ? new BigDecimal(pick(NOTABLE_VALUES)) : magnitude();
  }

  /** A value of any sign. */
  private BigDecimal signedValue() {
    BigDecimal v = chance(0.15) ? new BigDecimal(pick(NOTABLE_VALUES)) : magnitude();
    return chance(0.3) ? v.negate() : v;
  }

  private BigDecimal magnitude() {
    int r = random.nextInt(100);
    BigInteger unscaled = r < 50 ? BigInteger.valueOf(random.nextInt(1_000_001))
        : r < 80 ? new BigInteger(between(21, 62), random)
        : r < 95 ? new BigInteger(between(63, 128), random) // often beyond a long
        : new BigInteger(between(129, 296), random); // at most 90 digits, as the model holds
    int s = random.nextInt(100);
    int scale = s < 50 ? between(0, 2) : s < 75 ? between(3, 10) : s < 88 ? between(-5, -1)
        : s < 94 ? between(11, 40) : between(-40, -6);
    return new BigDecimal(unscaled, scale);
  }

  /** Text of any kind, or plain words in plain mode. Never blank. */
  private String text() {
    if (plain) {
      return words(1, 8);
    }
    int r = random.nextInt(100);
    if (r < 55) {
      return words(1, 8);
    }
    if (r < 85) {
      StringBuilder sb = new StringBuilder(words(1, 4));
      int odd = between(1, 3);
      for (int i = 0; i < odd; i++) {
        sb.append(chance(0.7) ? " " : "").append(pick(ODD));
      }
      return sb.toString();
    }
    if (r < 95) {
      return pick(ODD);
    }
    StringBuilder sb = new StringBuilder();
    int length = between(500, 3000);
    while (sb.length() < length) {
      sb.append(chance(0.8) ? pick(WORDS) : pick(ODD)).append(' ');
    }
    return sb.toString();
  }

  private String words(int min, int max) {
    StringBuilder sb = new StringBuilder();
    int n = between(min, max);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(pick(WORDS));
    }
    return sb.toString();
  }

  private String personName() {
    String name = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    return plain || chance(0.8) ? name : name + " " + text();
  }

  /** A random slug: one character, a few segments, or exactly 100 characters. */
  private String slug() {
    int r = random.nextInt(20);
    if (r == 0) {
      return String.valueOf(ALNUM.charAt(random.nextInt(ALNUM.length())));
    }
    return slug(r == 1 ? 100 : between(2, 40));
  }

  /** A slug of exactly {@code length} characters. */
  private String slug(int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      if (sb.length() > 0) {
        sb.append('-');
      }
      int segment = between(1, 10);
      for (int i = 0; i < segment; i++) {
        sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
      }
    }
    sb.setLength(length);
    if (sb.charAt(length - 1) == '-') {
      sb.setCharAt(length - 1, 'z');
    }
    return sb.toString();
  }

  private OrganisationId otherThan(OrganisationId id) {
    OrganisationId other = OrganisationId.of(slug());
    return other.equals(id) ? OrganisationId.of(id.value().length() < 100 ? id.value() + "0"
        : "parent") : other;
  }

  // ===== randomness

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private <T> T pick(T[] array) {
    return array[random.nextInt(array.length)];
  }

  private <T> Optional<T> maybe(double p, Supplier<T> value) {
    return chance(p) ? Optional.of(value.get()) : Optional.empty();
  }
}
