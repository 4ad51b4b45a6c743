package org.annalist.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the site or publisher a document names: the format's {@code og:site_name} or publisher
 * property, else a byline near the top of the text, on a short line:
 *
 * <ul>
 *   <li>{@code <Name> Updated on <date>}, {@code <Name> | Published: <date>}, {@code <Name>
 *       Posted <date>}: the name before the keyword;
 *   <li>{@code By <Name>}, alone on its line or followed by a separator and a date.
 * </ul>
 *
 * <p>A name is one to {@link #MAX_NAME_WORDS} capitalized words, which may be joined by small
 * words such as "of" or "the" ({@code Voice of America}). Nothing is guessed: with no such line
 * the site is unknown. Note that {@code By <Name>} cannot tell an author from a publisher.
 */
final class SiteFinder {
  static final int MAX_NAME_WORDS = 4;
  static final int MAX_LINE_CHARS = 100;
  static final int MAX_PROPERTY_CHARS = 100;

  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*";
  private static final String CONNECTOR = "(?:of|the|and|for|de|du|des|la|le|el|di|&)";
  private static final String NAME = "(?<name>" + WORD + "(?:\\s+(?:" + CONNECTOR + "\\s+){0,2}"
      + WORD + "){0," + (MAX_NAME_WORDS - 1) + "})";
  private static final String SEPARATOR = "[|·•,;:–—-]";

  private static final Pattern NAME_THEN_KEYWORD = Pattern.compile("^" + NAME + "\\s*" + SEPARATOR
      + "?\\s*(?i:updated|published|posted)(?:\\s+(?i:on))?" + "\\s*[:：]?\\s*");
  private static final Pattern BY_NAME =
      Pattern.compile("^(?i:by)\\s+" + NAME + "\\s*(?:" + SEPARATOR + "\\s*(?<rest>.*))?$");

  /** Words of labels and bylines; a "name" with one of them in it is not a name. */
  private static final Set<String> LABEL_WORDS = Set.of(
      "last",
      "first",
      "updated",
      "published",
      "posted",
      "date",
      "dated",
      "released",
      "modified",
      "source",
      "on",
      "at",
      "by");

  /** Words that are not a site's name when they stand alone. */
  private static final Set<String> NOT_NAMES_ALONE =
      Set.of("the", "news", "photo", "image", "video", "page", "home", "share", "staff", "admin");

  private SiteFinder() {}

  static @Nullable String find(List<String> topLines, FormatMetadata format) {
    String property = format.siteName() == null ? "" : format.siteName().strip();
    if (!property.isEmpty() && property.length() <= MAX_PROPERTY_CHARS) {
      return property.replaceAll("\\s+", " ");
    }
    for (String line : topLines) {
      if (line.length() <= MAX_LINE_CHARS) {
        String site = siteInByline(line);
        if (site != null) {
          return site;
        }
      }
    }
    return null;
  }

  private static @Nullable String siteInByline(String line) {
    Matcher m = NAME_THEN_KEYWORD.matcher(line);
    if (m.find() && PublishedDateFinder.dateAt(line, m.end()) != null) {
      return nameOrNull(m.group("name"));
    }
    m = BY_NAME.matcher(line);
    if (m.matches()) {
      String rest = m.group("rest");
      if (rest == null || rest.isBlank() || PublishedDateFinder.dateAt(rest.strip(), 0) != null) {
        return nameOrNull(m.group("name"));
      }
    }
    return null;
  }

  private static @Nullable String nameOrNull(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
    for (String word : words) {
      if (LABEL_WORDS.contains(word)) {
        return null;
      }
    }
    if (words.length == 1 && NOT_NAMES_ALONE.contains(words[0])) {
      return null;
    }
    return name.replaceAll("\\s+", " ");
  }
}
