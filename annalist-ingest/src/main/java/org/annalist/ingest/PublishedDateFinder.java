package org.annalist.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds when a document was published, trying in order:
 *
 * <ol>
 *   <li>the format's publication properties (e.g. HTML {@code article:published_time});
 *   <li>a date labelled as a publication date near the top of the text ({@code Published:
 *       March 3, 2021}, {@code Posted on 2024-02-08}, {@code Date: ...}); a date labelled as an
 *       update ({@code Updated on ...}) is taken only if no publication date is labelled;
 *   <li>a time stamp near the top: a date written with a time of day ({@code 2023-11-05 08:12},
 *       {@code 2024/05/2419:04:33}), or a numeric date on a line of its own or with at most
 *       {@link #MAX_OTHER_WORDS} other words (a source name, say);
 *   <li>a dateline: a date written in words with its day and year ({@code March 01, 2008},
 *       {@code Tuesday, 4 March 2008}) alone on one of the first {@link #DATELINE_LINES} lines,
 *       before or after the title, or with a place in capitals ({@code WASHINGTON, March 1,
 *       2008}): news puts it there;
 *   <li>the format's creation or modification date.
 * </ol>
 *
 * <p>Dates in running prose ("On June 22, 1941, Germany invaded...") are not taken: they date
 * events, not the document.
 */
final class PublishedDateFinder {
  static final int MAX_OTHER_WORDS = 4;
  /** How many lines at the very top may hold a dateline: the title's, and one or two around it. */
  static final int DATELINE_LINES = 3;
  /** The most words a dateline holds besides its date: a weekday, or a place of a few words. */
  static final int MAX_DATELINE_WORDS = 3;

  private static final String WEEKDAY =
      "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s*";

  /** A publication label, then optional "on"/":" and weekday; the date must follow at once. */
  private static final Pattern PUBLISHED_LABEL = Pattern.compile(
      "(?<![\\p{L}])(?:published|posted|released|issued|publication date|date published|dated"
          + "|date)(?:\\s+(?:on|at))?\\s*[:：]?\\s*(?:" + WEEKDAY + ")?",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern UPDATED_LABEL = Pattern.compile(
      "(?<![\\p{L}])(?:last\\s+)?(?:updated|modified|edited)(?:\\s+(?:on|at))?\\s*[:：]?\\s*" + "(?:"
          + WEEKDAY + ")?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private PublishedDateFinder() {}

  static @Nullable LocalDate find(List<String> topLines, FormatMetadata format) {
    LocalDate date = firstIn(format.publishedValues());
    if (date == null) {
      date = labelled(topLines, PUBLISHED_LABEL);
    }
    if (date == null) {
      date = labelled(topLines, UPDATED_LABEL);
    }
    if (date == null) {
      date = timeStamp(topLines);
    }
    if (date == null) {
      date = dateline(topLines);
    }
    if (date == null) {
      date = firstIn(format.createdValues());
    }
    return date;
  }

  /** The first date in any of the property values. */
  private static @Nullable LocalDate firstIn(List<String> values) {
    for (String value : values) {
      StatedDate date = DateFinder.first(value);
      if (date != null) {
        return date.date();
      }
    }
    return null;
  }

  /** The first date that directly follows the label on one of the lines. */
  static @Nullable LocalDate labelled(List<String> lines, Pattern label) {
    for (String line : lines) {
      Matcher m = label.matcher(line);
      while (m.find()) {
        StatedDate date = dateAt(line, m.end());
        if (date != null) {
          return date.date();
        }
      }
    }
    return null;
  }

  /** The date that starts exactly at {@code offset} in the line, or null. */
  static @Nullable StatedDate dateAt(String line, int offset) {
    StatedDate date = DateFinder.first(line.substring(offset));
    return date != null && date.start() == 0 ? date : null;
  }

  private static @Nullable LocalDate timeStamp(List<String> lines) {
    for (String line : lines) {
      for (StatedDate date : DateFinder.findAll(line)) {
        if (date.withTime() || (date.numeric() && otherWords(line, date) <= MAX_OTHER_WORDS)) {
          return date.date();
        }
      }
    }
    return null;
  }

  /**
   * A worded date with day and year that is all its line says, but for a weekday or a place whose
   * words all start with a capital; a line that ends like a sentence is prose, not a dateline.
   */
  private static @Nullable LocalDate dateline(List<String> lines) {
    for (String line : lines.subList(0, Math.min(DATELINE_LINES, lines.size()))) {
      List<StatedDate> dates = DateFinder.findAll(line);
      if (dates.size() != 1 || dates.get(0).numeric() || line.matches(".*[.!?]\\s*$")) {
        continue;
      }
      StatedDate date = dates.get(0);
      String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
      Matcher word = WORD.matcher(rest);
      int words = 0;
      boolean capitalized = true;
      while (word.find()) {
        words++;
        capitalized &= Character.isUpperCase(word.group().codePointAt(0));
      }
      if (words <= MAX_DATELINE_WORDS && capitalized) {
        return date.date();
      }
    }
    return null;
  }

  private static int otherWords(String line, StatedDate date) {
    String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
    Matcher m = WORD.matcher(rest);
    int words = 0;
    while (m.find()) {
      words++;
    }
    return words;
  }
}
