package org.annalist.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses how to anchor a document's relative expressions. A text whose years mostly lie near
 * its creation time is dated news; a text that mostly tells of years long before it was
 * written, or has no creation time, is a narrative with its own reference time.
 */
public final class AnchoringModes {
  /** Years this close to the creation time (before it, or one after) count as "near". */
  static final int NEAR_YEARS = 3;

  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d.,])(1\\d{3}|2\\d{3})(?!\\d|[.,]\\d)");

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
      all++;
      if (year >= creationTime.getYear() - NEAR_YEARS && year <= creationTime.getYear() + 1) {
        near++;
      }
    }
    return all == 0 || 2 * near > all ? AnchoringMode.NEWS : AnchoringMode.NARRATIVE;
  }
}
