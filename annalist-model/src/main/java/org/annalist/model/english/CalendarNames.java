package org.annalist.model.english;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The English names of the months and the days of the week, as {@code java.time} gives them, in any
 * case: the full names ("January", "Monday") and the months' abbreviations ("Jan", "Sep"), to which
 * "Sept" is added, as it is written as often as "Sep"; "May" is a name, never an abbreviation.
 * Abbreviations are read without their full stop.
 */
public final class CalendarNames {
  private CalendarNames() {}

  /** The abbreviation of September that {@code java.time} does not give. */
  private static final String SEPT = "sept";

  private static final Map<String, Month> MONTH_NAMES =
      byWord(Month.values(), month -> List.of(name(month)));
  private static final Map<String, Month> MONTH_ABBREVIATIONS =
      byWord(Month.values(), CalendarNames::abbreviations);
  private static final Map<String, DayOfWeek> DAY_NAMES = byWord(
      DayOfWeek.values(),
      day -> List.of(lower(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH))));
  private static final List<String> MONTH_WORDS = Stream.concat(
          Arrays.stream(Month.values()).map(CalendarNames::name),
          Arrays.stream(Month.values()).flatMap(month -> abbreviations(month).stream()))
      .toList();

  /** The month a full name names ("january", "May"), if it names one. */
  public static Optional<Month> monthOfName(String word) {
    return Optional.ofNullable(MONTH_NAMES.get(lower(word)));
  }

  /** The month an abbreviation names ("Jan", "sept"; not "may"), if it is one. */
  public static Optional<Month> monthOfAbbreviation(String word) {
    return Optional.ofNullable(MONTH_ABBREVIATIONS.get(lower(word)));
  }

  /** The month a full name or an abbreviation names, if it names one. */
  public static Optional<Month> month(String word) {
    return monthOfName(word).or(() -> monthOfAbbreviation(word));
  }

  /** The day of the week a full name names ("monday", "Sunday"), if it names one. */
  public static Optional<DayOfWeek> dayOfWeek(String word) {
    return Optional.ofNullable(DAY_NAMES.get(lower(word)));
  }

  /**
   * Every name and abbreviation of a month, in lower case: the names in calendar order, then the
   * abbreviations in calendar order, "sept" before "sep". Joined by {@code |}, they are the
   * alternatives of a regular expression, which tries the longer of two words that begin alike first.
   */
  public static List<String> monthWords() {
    return MONTH_WORDS;
  }

  private static String name(Month month) {
    return lower(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
  }

  /** A month's abbreviations, the longer first: "sept" and "sep" for September, none for May. */
  private static List<String> abbreviations(Month month) {
    String abbreviation = lower(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    if (abbreviation.equals(name(month))) {
      return List.of();
    }
    return month == Month.SEPTEMBER ? List.of(SEPT, abbreviation) : List.of(abbreviation);
  }

  private static <T> Map<String, T> byWord(T[] values, Function<T, List<String>> words) {
    Map<String, T> byWord = new HashMap<>();
    for (T value : values) {
      words.apply(value).forEach(word -> byWord.put(word, value));
    }
    return Map.copyOf(byWord);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
