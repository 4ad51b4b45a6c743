package org.annalist.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.english.CalendarNames;

/**
 * Calendar dates and times of day as web pages print them in datelines: {@code 2024-02-08},
 * {@code 2024/05/24 19:04:33} (also glued, {@code 2024/05/2419:04:33}), {@code 08.02.2024},
 * {@code March 3, 2021}, {@code 3 March 2021}, {@code 2024年2月8日}, {@code 10:30 am}.
 */
final class DatePatterns {
  private static final String MONTH =
      "(?:" + String.join("|", CalendarNames.monthWords()) + ")\\.?";
  private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final List<Pattern> DATES = List.of(
      Pattern.compile(
          "(?<!\\d)\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:(?:T|\\s*)" + TIME + ")?(?!\\d)", FLAGS),
      Pattern.compile("(?<!\\d)\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}(?!\\d)", FLAGS),
      Pattern.compile(
          "(?<!\\p{L})" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)", FLAGS),
      Pattern.compile(
          "(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4}(?!\\d)", FLAGS),
      Pattern.compile("(?<!\\d)\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日", FLAGS));
  private static final Pattern TIME_OF_DAY =
      Pattern.compile("(?<![\\d:])" + TIME + "(?![\\d:])", FLAGS);

  private DatePatterns() {}

  /**
   * True if the text contains a calendar date that is set off from the words around it: it
   * opens or closes the text, or punctuation such as {@code |}, {@code ·} or {@code :} stands
   * on one side of it. A date in the middle of running words ("On March 3, 2021 the treaty
   * was") is not set off.
   */
  static boolean containsSetOffDate(String text) {
    for (Pattern date : DATES) {
      Matcher matcher = date.matcher(text);
      while (matcher.find()) {
        if (isSetOff(text.substring(0, matcher.start()).stripTrailing(), true)
            || isSetOff(text.substring(matcher.end()).stripLeading(), false)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isSetOff(String neighbour, boolean before) {
    if (neighbour.isEmpty()) {
      return true;
    }
    char next = before ? neighbour.charAt(neighbour.length() - 1) : neighbour.charAt(0);
    return !Character.isLetterOrDigit(next);
  }

  /** The text with every date and time of day replaced by a space. */
  static String withoutDatesAndTimes(String text) {
    String rest = text;
    for (Pattern date : DATES) {
      rest = blankOut(date.matcher(rest));
    }
    return blankOut(TIME_OF_DAY.matcher(rest));
  }

  private static String blankOut(Matcher matcher) {
    return matcher.replaceAll(" ");
  }
}
