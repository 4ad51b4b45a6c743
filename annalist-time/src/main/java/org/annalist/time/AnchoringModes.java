package org.annalist.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses how to anchor a document's relative expressions. A text whose years mostly lie near
 * its creation time is dated news; a text that mostly tells of years long before it was
 * written, or has no creation time, is a narrative with its own reference time. Words that point
 * at the days around the creation time ("yesterday", "on Friday") count as near years; a year
 * after the creation time is a plan or a forecast, which news makes and a history does not tell,
 * and counts as neither (TimeBank/AQUAINT, dev split: 36 of 205 news articles were read as
 * narratives before, 15 after; a forecast's single "1993" in a 1989 article had made one).
 */
public final class AnchoringModes {
  /** Years this close to the creation time (before it, or one after) count as "near". */
  static final int NEAR_YEARS = 3;

  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d.,])(1\\d{3}|2\\d{3})(?!\\d|[.,]\\d)");

  /** Words that point at the days around the creation time, as news does. */
  private static final Pattern NEWS_DAYS = Pattern.compile(
      "\\b(?:[Yy]esterday|[Tt]omorrow|[Tt]onight|Monday|Tuesday|Wednesday|Thursday|Friday"
          + "|Saturday|Sunday)\\b");

  private AnchoringModes() {}

  public static AnchoringMode choose(String text, @Nullable LocalDate creationTime) {
    if (creationTime == null) {
      return AnchoringMode.NARRATIVE;
    }
    int near = 0;
    int all = 0;
    Matcher years = YEAR.matcher(text);
    while (years.find()) {
      int year = Integer.parseInt(years.group(1));
      if (year > creationTime.getYear() + 1) {
        continue;
      }
      all++;
      if (year >= creationTime.getYear() - NEAR_YEARS) {
        near++;
      }
    }
    Matcher days = NEWS_DAYS.matcher(text);
    while (days.find()) {
      all++;
      near++;
    }
    return all == 0 || 2 * near > all ? AnchoringMode.NEWS : AnchoringMode.NARRATIVE;
  }
}
