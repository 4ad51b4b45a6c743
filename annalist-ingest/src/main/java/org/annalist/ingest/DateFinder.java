package org.annalist.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.english.CalendarNames;
import org.jspecify.annotations.Nullable;

/**
 * Finds complete calendar dates (year, month and day) written in text, in the forms that web pages
 * and documents use to date themselves: {@code 2024-02-08}, {@code 2024/05/24 19:04:33} (also
 * with the time glued on, {@code 2024/05/2419:04:33}), {@code 08.02.2024}, {@code 2024年2月8日},
 * {@code March 3, 2021}, {@code 3 March 2021}. Impossible dates such as {@code 2023-02-30} are
 * ignored. Ambiguous numeric forms ({@code 03/04/2021}) are not read.
 */
final class DateFinder {
  private static final String MONTH =
      "(?<month>" + String.join("|", CalendarNames.monthWords()) + ")(?![a-z])";
  private static final String TIME =
      "(?<time>(?:T|\\s{0,2}|,\\s*|\\s+at\\s+)" + "\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d))";

  /** Year-month-day; the day is matched lazily so that a time glued to it is split off. */
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
      "(?<!\\d)(?<year>\\d{4})(?<sep>[-/.])(?<monthNumber>\\d{1,2})\\k<sep>(?<day>\\d{1,2}?)"
          + "(?:" + TIME + "|(?!\\d))");

  private static final Pattern CJK = Pattern.compile(
      "(?<!\\d)(?<year>\\d{4})\\s*年\\s*(?<monthNumber>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*[日号]"
          + "(?:" + TIME + ")?");
  private static final Pattern DAY_DOT_MONTH_DOT_YEAR =
      Pattern.compile("(?<!\\d)(?<day>\\d{1,2})\\.(?<monthNumber>\\d{1,2})\\.(?<year>\\d{4})(?!\\d)"
          + "(?:" + TIME + ")?");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![a-z])" + MONTH + "\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})(?!\\d)"
          + "(?:" + TIME + ")?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
          + "\\.?,?\\s+(?<year>\\d{4})(?!\\d)(?:" + TIME + ")?",
      Pattern.CASE_INSENSITIVE);

  private static final List<Pattern> NUMERIC = List.of(YEAR_MONTH_DAY, CJK, DAY_DOT_MONTH_DOT_YEAR);
  private static final List<Pattern> WORDED = List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR);

  private DateFinder() {}

  /** The valid dates in the text, in order, none overlapping another. */
  static List<StatedDate> findAll(String text) {
    List<StatedDate> found = new ArrayList<>();
    for (Pattern pattern : NUMERIC) {
      collect(pattern, text, true, found);
    }
    for (Pattern pattern : WORDED) {
      collect(pattern, text, false, found);
    }
    found.sort(Comparator.comparingInt(StatedDate::start)
        .thenComparing(Comparator.comparingInt(StatedDate::end).reversed()));
    List<StatedDate> disjoint = new ArrayList<>();
    for (StatedDate date : found) {
      if (disjoint.isEmpty()
          || date.start() >= disjoint.get(disjoint.size() - 1).end()) {
        disjoint.add(date);
      }
    }
    return disjoint;
  }

  /** The first valid date in the text, or null. */
  static @Nullable StatedDate first(String text) {
    List<StatedDate> all = findAll(text);
    return all.isEmpty() ? null : all.get(0);
  }

  private static void collect(
      Pattern pattern, String text, boolean numeric, List<StatedDate> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      LocalDate date = validDate(m, numeric);
      if (date != null) {
        found.add(new StatedDate(date, m.start(), m.end(), m.group("time") != null, numeric));
      }
    }
  }

  private static @Nullable LocalDate validDate(Matcher m, boolean numeric) {
    int year = Integer.parseInt(m.group("year"));
    int month = numeric
        ? Integer.parseInt(m.group("monthNumber"))
        : CalendarNames.month(m.group("month")).orElseThrow().getValue();
    int day = Integer.parseInt(m.group("day"));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
