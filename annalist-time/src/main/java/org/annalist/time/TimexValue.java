package org.annalist.time;

import static org.annalist.model.Checks.requireArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parsed form of a TIMEX3 or TIMEX2 {@code value} string: a calendar value such as
 * {@code 1941-07-02T04:30}, {@code 193}, {@code 1942-SP}, {@code BC0480} or {@code XXXX-07}; a
 * duration such as {@code P3Y} or {@code P1.5Y}; or a reference such as {@code PRESENT_REF}.
 *
 * <p>Values are immutable. {@link #toString()} gives the canonical string, so for a canonical input
 * {@code parse(v).orElseThrow().toString().equals(v)}. Parsing is strict (upper case, no spaces) and
 * checks the calendar where it can: {@code 1941-02-29} and {@code 1941-W53} are refused, {@code
 * XXXX-02-29} is accepted. The days a value denotes are given by {@link TimexIntervals}.
 */
public final class TimexValue {

  /** What a value denotes. */
  public enum Kind {
    /** A date, period or time on the calendar, possibly with unknown parts: {@code XXXX-WI}. */
    CALENDAR,
    /** An amount of time: {@code P3Y}, {@code PT4H}, {@code PXY}. */
    DURATION,
    /** A vague reference to now, the past or the future: {@code PRESENT_REF}. */
    REFERENCE
  }

  /** The unit a value is stated in, coarsest first. */
  public enum Granularity {
    CENTURY,
    DECADE,
    YEAR,
    HALF,
    QUARTER,
    SEASON,
    MONTH,
    WEEK,
    DAY,
    PART_OF_DAY,
    HOUR,
    MINUTE,
    SECOND
  }

  /** The TIMEX references to the present, past and future. */
  public enum Reference {
    PRESENT_REF,
    PAST_REF,
    FUTURE_REF
  }

  /**
   * One term of a duration: {@code P1Y6M} has two.
   *
   * @param amount how many units, or null when unknown ({@code PXY})
   * @param unit the unit; one of CENTURY, DECADE, YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND
   */
  public record DurationPart(@Nullable BigDecimal amount, Granularity unit) {
    public DurationPart {
      Objects.requireNonNull(unit, "unit");
      requireArgument(
          amount == null || amount.signum() >= 0, "negative duration amount %s", amount);
      requireArgument(DURATION_UNITS.contains(unit), "%s is not a duration unit", unit);
    }
  }

  /**
   * The year of a calendar value as written.
   *
   * @param beforeCommonEra written with the TIMEX2 prefix {@code BC}
   * @param known the known leading digits as a number ({@code 193} for the 1930s), or -1 for {@code XXXX}
   * @param digits how many leading digits are known: 4 (a year), 3 (a decade), 2 (a century) or 0
   * @param padded written with {@code X} up to four characters ({@code 193X}) rather than short ({@code 193})
   */
  record Year(boolean beforeCommonEra, int known, int digits, boolean padded) {
    boolean isKnown() {
      return digits > 0;
    }

    /** The ISO proleptic year of a four-digit year: 1 BC is year 0, 480 BC is year -479. */
    int isoYear() {
      return beforeCommonEra ? 1 - known : known;
    }

    Granularity granularity() {
      return digits == 2
          ? Granularity.CENTURY
          : digits == 3 ? Granularity.DECADE : Granularity.YEAR;
    }

    String text() {
      String era = beforeCommonEra ? "BC" : "";
      if (!isKnown()) {
        return era + "XXXX";
      }
      String number = String.format("%0" + digits + "d", known);
      return era + number + (padded ? "X".repeat(4 - digits) : "");
    }
  }

  /**
   * The parts a calendar value can have below the year, in the order they are written. A coded part
   * ({@code SP}, {@code NI}) has as value the index of its code; a numbered one its number.
   */
  enum Unit {
    SEASON(Granularity.SEASON, "-", 0, "SP", "SU", "FA", "WI"),
    QUARTER(Granularity.QUARTER, "-Q", 1),
    HALF(Granularity.HALF, "-H", 1),
    WEEK(Granularity.WEEK, "-W", 2),
    WEEKDAY(Granularity.DAY, "-", 1),
    WEEKEND(Granularity.WEEK, "-", 0, "WE"),
    MONTH(Granularity.MONTH, "-", 2),
    DAY(Granularity.DAY, "-", 2),
    PART_OF_DAY(Granularity.PART_OF_DAY, "T", 0, "MO", "AF", "EV", "NI", "DT"),
    HOUR(Granularity.HOUR, "T", 2),
    MINUTE(Granularity.MINUTE, ":", 2),
    SECOND(Granularity.SECOND, ":", 2);

    final Granularity granularity;
    final String prefix;
    final int digits;
    final List<String> codes;

    Unit(Granularity granularity, String prefix, int digits, String... codes) {
      this.granularity = granularity;
      this.prefix = prefix;
      this.digits = digits;
      this.codes = List.of(codes);
    }

    /** The name of the group that reads this part in {@code BELOW_YEAR}. */
    String group() {
      return name().replace("_", "").toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One part of a calendar value below the year.
   *
   * @param value the number (month 1-12, ISO weekday 1-7, ...), the index of the code, or
   *     {@link #UNKNOWN} for {@code XX}
   */
  record Field(Unit unit, int value) {
    String text() {
      if (!unit.codes.isEmpty()) {
        return unit.prefix + unit.codes.get(value);
      }
      String number = value == UNKNOWN ? "XX" : String.format("%0" + unit.digits + "d", value);
      return unit.prefix + number;
    }
  }

  /** The value of a {@link Field} written {@code XX}. */
  static final int UNKNOWN = -1;
  /** The value of night, the one part of day that runs into the next day. */
  static final int NIGHT = Unit.PART_OF_DAY.codes.indexOf("NI");

  /** Duration units and their codes, largest first; H, M (minutes) and S are written after a T. */
  private static final List<Granularity> DURATION_UNITS = List.of(
      Granularity.CENTURY,
      Granularity.DECADE,
      Granularity.YEAR,
      Granularity.QUARTER,
      Granularity.MONTH,
      Granularity.WEEK,
      Granularity.DAY,
      Granularity.HOUR,
      Granularity.MINUTE,
      Granularity.SECOND);

  private static final List<String> DURATION_CODES =
      List.of("CE", "DE", "Y", "Q", "M", "W", "D", "H", "M", "S");
  private static final String MALFORMED = "not a TIMEX value: \"%s\": ";
  private static final Pattern CALENDAR = Pattern.compile(
      "(?:BC(?<bc>\\d{2,4})|(?<year>\\d{4}|XXXX|\\d{3}X?|\\d{2}(?:XX)?))(?<rest>-.*)?",
      Pattern.DOTALL);
  private static final Pattern BELOW_YEAR = Pattern.compile(
      "-(?:(?<season>SP|SU|FA|WI)|Q(?<quarter>[1-4])|H(?<half>[12])"
          + "|W(?<week>\\d\\d|XX)(?:-(?:(?<weekday>[1-7])|(?<weekend>WE)))?"
          + "|(?<month>\\d\\d|XX)(?:-(?<day>\\d\\d|XX)(?:T(?:(?<partofday>MO|AF|EV|NI|DT)"
          + "|(?<hour>\\d\\d|XX)(?::(?<minute>\\d\\d|XX)(?::(?<second>\\d\\d))?)?(?<zone>Z)?))?)?)");
  private static final Pattern DATE_TERM = Pattern.compile("(\\d+(?:\\.\\d+)?|X)(CE|DE|Y|Q|M|W|D)");
  private static final Pattern TIME_TERM = Pattern.compile("(\\d+(?:\\.\\d+)?|X)([HMS])");

  private final Kind kind;
  private final @Nullable Granularity granularity;
  private final @Nullable Year year;
  private final List<Field> fields;
  private final List<DurationPart> durationParts;
  private final @Nullable Reference reference;
  private final String text;

  private TimexValue(
      Kind kind,
      @Nullable Granularity granularity,
      @Nullable Year year,
      List<Field> fields,
      List<DurationPart> durationParts,
      @Nullable Reference reference,
      String text) {
    this.kind = kind;
    this.granularity = granularity;
    this.year = year;
    this.fields = List.copyOf(fields);
    this.durationParts = List.copyOf(durationParts);
    this.reference = reference;
    this.text = text;
  }

  /** The parsed value, or empty if {@code value} is not a TIMEX value this class understands. */
  public static Optional<TimexValue> parse(String value) {
    try {
      return Optional.of(parseOrThrow(value));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /**
   * The parsed value.
   *
   * @throws IllegalArgumentException naming the value and what is wrong with it
   */
  public static TimexValue parseOrThrow(String value) {
    Objects.requireNonNull(value, "value");
    for (Reference reference : Reference.values()) {
      if (reference.name().equals(value)) {
        return new TimexValue(Kind.REFERENCE, null, null, List.of(), List.of(), reference, value);
      }
    }
    return value.startsWith("P") ? parseDuration(value) : parseCalendar(value);
  }

  public Kind kind() {
    return kind;
  }

  /** The unit the value is stated in; the finest unit of a duration; empty for a reference. */
  public Optional<Granularity> granularity() {
    return Optional.ofNullable(granularity);
  }

  /** Which reference this is, if it is one. */
  public Optional<Reference> reference() {
    return Optional.ofNullable(reference);
  }

  /** The terms of a duration, largest unit first; empty for other kinds. */
  public List<DurationPart> durationParts() {
    return durationParts;
  }

  /** True if some part is written {@code X}: {@code XXXX-07}, {@code 1941-XX}, {@code PXY}. */
  public boolean hasUnknownParts() {
    if (year != null && !year.isKnown()) {
      return true;
    }
    return fields.stream().anyMatch(field -> field.value() == UNKNOWN)
        || durationParts.stream().anyMatch(part -> part.amount() == null);
  }

  /** The year of a calendar value, else null. */
  @Nullable
  Year year() {
    return year;
  }

  /** The parts of a calendar value below the year, coarsest first. */
  List<Field> fields() {
    return fields;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TimexValue value && value.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The canonical TIMEX string. */
  @Override
  public String toString() {
    return text;
  }

  private static TimexValue parseCalendar(String value) {
    Matcher matcher = CALENDAR.matcher(value);
    requireArgument(
        matcher.matches(),
        MALFORMED + "expected a date such as 1941-07-02, a duration such as P3Y, or PRESENT_REF",
        value);
    String bc = matcher.group("bc");
    Year year =
        bc != null ? bcYear(value, bc) : ceYear(Objects.requireNonNull(matcher.group("year")));
    String rest = matcher.group("rest");
    List<Field> fields = List.of();
    boolean utc = false;
    if (rest != null) {
      requireArgument(
          year.digits() == 4 || year.digits() == 0,
          MALFORMED + "only a four-digit year can have months, seasons or weeks",
          value);
      Matcher below = BELOW_YEAR.matcher(rest);
      requireArgument(
          below.matches(), MALFORMED + "cannot read \"%s\" after the year", value, rest);
      fields = fields(below);
      checkCalendar(value, year, fields);
      utc = below.group("zone") != null;
    }
    Granularity granularity =
        fields.isEmpty() ? year.granularity() : fields.get(fields.size() - 1).unit().granularity;
    StringBuilder text = new StringBuilder(year.text());
    fields.forEach(field -> text.append(field.text()));
    text.append(utc ? "Z" : "");
    return new TimexValue(
        Kind.CALENDAR, granularity, year, fields, List.of(), null, text.toString());
  }

  private static Year bcYear(String value, String digits) {
    int known = Integer.parseInt(digits);
    requireArgument(
        digits.length() < 4 || known > 0,
        MALFORMED + "there is no year 0 BC; 1 BC is BC0001",
        value);
    return new Year(true, known, digits.length(), false);
  }

  private static Year ceYear(String written) {
    if (written.equals("XXXX")) {
      return new Year(false, UNKNOWN, 0, true);
    }
    String digits = written.replace("X", "");
    return new Year(
        false, Integer.parseInt(digits), digits.length(), digits.length() < written.length());
  }

  private static List<Field> fields(Matcher matcher) {
    List<Field> fields = new ArrayList<>();
    for (Unit unit : Unit.values()) {
      String written = matcher.group(unit.group());
      if (written == null) {
        continue;
      }
      int value = !unit.codes.isEmpty()
          ? unit.codes.indexOf(written)
          : written.startsWith("X") ? UNKNOWN : Integer.parseInt(written);
      fields.add(new Field(unit, value));
    }
    return fields;
  }

  /**
   * Whether the time is 24:00 (or 24:00:00), which ISO 8601 and TIMEX3 allow for the end of a day
   * and the tagger gives for "midnight"; a bare hour 24 stays refused.
   */
  private static boolean isEndOfDay(List<Field> fields) {
    List<Field> time = fields.stream()
        .filter(f -> f.unit() == Unit.HOUR || f.unit() == Unit.MINUTE || f.unit() == Unit.SECOND)
        .toList();
    return time.size() >= 2
        && time.get(0).value() == 24
        && time.stream().skip(1).allMatch(f -> f.value() == 0);
  }

  /** Refuses months, days, weeks and times that the calendar does not have. */
  private static void checkCalendar(String value, Year year, List<Field> fields) {
    int month = UNKNOWN;
    for (Field field : fields) {
      int number = field.value();
      if (number == UNKNOWN) {
        continue;
      }
      switch (field.unit()) {
        case MONTH -> {
          requireArgument(
              number >= 1 && number <= 12, MALFORMED + "month %02d is not 01-12", value, number);
          month = number;
        }
        case DAY -> {
          int last = lastDayOfMonth(year, month);
          requireArgument(
              number >= 1 && number <= last,
              MALFORMED + "day %02d is not 01-%02d",
              value,
              number,
              last);
        }
        case WEEK -> {
          long last = year.isKnown() ? weeksInWeekBasedYear(year.isoYear()) : 53;
          requireArgument(
              number >= 1 && number <= last,
              MALFORMED + "week %02d is not 01-%02d",
              value,
              number,
              last);
        }
        case HOUR ->
          requireArgument(
              number <= 23 || isEndOfDay(fields),
              MALFORMED + "hour %02d is not 00-23 (or 24:00, the end of the day)",
              value,
              number);
        case MINUTE, SECOND ->
          requireArgument(
              number <= 59,
              MALFORMED + "%s %02d is not 00-59",
              value,
              field.unit().name().toLowerCase(Locale.ROOT),
              number);
        default -> {}
      }
    }
  }

  private static int lastDayOfMonth(Year year, int month) {
    if (month == UNKNOWN) {
      return 31;
    }
    return year.isKnown()
        ? YearMonth.of(year.isoYear(), month).lengthOfMonth()
        : Month.of(month).maxLength();
  }

  private static long weeksInWeekBasedYear(int isoYear) {
    return LocalDate.of(isoYear, 1, 4).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }

  private static TimexValue parseDuration(String value) {
    List<DurationPart> parts = new ArrayList<>();
    int at = readTerms(value, 1, DATE_TERM, false, parts);
    if (at < value.length() && value.charAt(at) == 'T') {
      int before = parts.size();
      at = readTerms(value, at + 1, TIME_TERM, true, parts);
      requireArgument(
          parts.size() > before,
          MALFORMED + "T must be followed by hours, minutes or seconds",
          value);
    }
    requireArgument(
        at == value.length() && !parts.isEmpty(),
        MALFORMED + "expected a duration such as P3Y, P1.5Y, PXD, P1DE or PT4H",
        value);
    Granularity finest = parts.get(parts.size() - 1).unit();
    return new TimexValue(Kind.DURATION, finest, null, List.of(), parts, null, durationText(parts));
  }

  /** Reads terms such as {@code 3Y} from {@code from}; returns where it stopped. */
  private static int readTerms(
      String value, int from, Pattern term, boolean time, List<DurationPart> parts) {
    Matcher matcher = term.matcher(value);
    int at = from;
    while (at < value.length()) {
      matcher.region(at, value.length());
      if (!matcher.lookingAt()) {
        break;
      }
      Granularity unit = durationUnit(matcher.group(2), time);
      requireArgument(
          parts.isEmpty() || parts.get(parts.size() - 1).unit().compareTo(unit) < 0,
          MALFORMED + "duration units must go from largest to smallest, each at most once",
          value);
      String amount = matcher.group(1);
      parts.add(new DurationPart(amount.equals("X") ? null : new BigDecimal(amount), unit));
      at = matcher.end();
    }
    return at;
  }

  /** The unit a code stands for; M is months before the T and minutes after it. */
  private static Granularity durationUnit(String code, boolean time) {
    return DURATION_UNITS.get(
        time ? DURATION_CODES.lastIndexOf(code) : DURATION_CODES.indexOf(code));
  }

  private static String durationText(List<DurationPart> parts) {
    StringBuilder text = new StringBuilder("P");
    boolean inTime = false;
    for (DurationPart part : parts) {
      boolean time = part.unit().compareTo(Granularity.DAY) > 0;
      if (time && !inTime) {
        text.append('T');
        inTime = true;
      }
      BigDecimal amount = part.amount();
      text.append(amount == null ? "X" : amount.toPlainString())
          .append(DURATION_CODES.get(DURATION_UNITS.indexOf(part.unit())));
    }
    return text.toString();
  }
}
