package org.annalist.eval.gold;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.english.CalendarNames;

/**
 * The day a news dateline gives as written, e.g. {@code 2007-04-02} for "POSTED : 04 / 02 / 07 ,
 * 9 : 00 PM PDT". ESC's DCT values convert the dateline's clock to UTC ({@code
 * 2007-04-03T03:00Z}), which moves an evening dateline to the next day, while its annotators
 * resolved "Tuesday" or "yesterday" against the day the reader sees. A written date may be read
 * several ways (day and month order, a two-digit year's century); the reading nearest the value's
 * own day is taken.
 */
final class DatelineDate {
  private DatelineDate() {}

  /** A month's name, whole or cut to three letters ("Sept" too), with an optional full stop. */
  private static final String MONTH =
      "(" + String.join("|", CalendarNames.monthWords()) + ")(?: ?\\.)?";

  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + " " + DAY + " (?:, )?" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b" + DAY + " " + MONTH + " (?:, )?" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,4}) ?([/.-]) ?(\\d{1,2}) ?\\2 ?(\\d{2,4})\\b");

  /** The written day nearest {@code near}, or empty when the text writes no whole date. */
  static Optional<LocalDate> written(String text, LocalDate near) {
    List<LocalDate> readings = new ArrayList<>();
    Matcher named = MONTH_DAY_YEAR.matcher(text);
    while (named.find()) {
      add(readings, named.group(3), month(named.group(1)), named.group(2));
    }
    named = DAY_MONTH_YEAR.matcher(text);
    while (named.find()) {
      add(readings, named.group(3), month(named.group(2)), named.group(1));
    }
    Matcher numeric = NUMERIC.matcher(text);
    while (numeric.find()) {
      String first = numeric.group(1);
      String second = numeric.group(3);
      String last = numeric.group(4);
      if (first.length() == 4) {
        add(readings, first, second, last);
      } else if (last.length() != 3) {
        for (String year : years(last)) {
          add(readings, year, first, second);
          add(readings, year, second, first);
        }
      }
    }
    return readings.stream()
        .min(Comparator.comparingLong(day -> Math.abs(ChronoUnit.DAYS.between(near, day))));
  }

  private static List<String> years(String written) {
    return written.length() == 4 ? List.of(written) : List.of("19" + written, "20" + written);
  }

  private static String month(String name) {
    return Integer.toString(CalendarNames.month(name)
        .orElseThrow(() -> new IllegalArgumentException("not a month: " + name))
        .getValue());
  }

  /** Adds the reading if it is a date (not month 14, not April 31). */
  private static void add(List<LocalDate> readings, String year, String month, String day) {
    int y = Integer.parseInt(year);
    int m = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    if (m >= 1 && m <= 12 && YearMonth.of(y, m).isValidDay(d)) {
      readings.add(LocalDate.of(y, m, d));
    }
  }
}
