package org.annalist.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a document's title: the format's title property when it is a real title, otherwise the
 * first line of the text that has a letter or digit in it, without Markdown heading marks. Titles
 * have their runs of whitespace collapsed and are capped at {@link #MAX_CHARS} characters.
 */
final class TitleFinder {
  static final int MAX_CHARS = 200;

  /** Titles that are really file names or placeholders, as office programs leave them. */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)untitled(?:\\s+document)?|.*\\.(?:docx?|odt|rtf|pdf|txt|md|html?|epub|tex|pages)");

  private static final Pattern ATX_HEADING = Pattern.compile("^#{1,6}\\s+|\\s+#+$");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

  private TitleFinder() {}

  static @Nullable String find(List<String> topLines, FormatMetadata format) {
    String formatTitle = format.title() == null ? "" : collapse(format.title());
    if (!formatTitle.isEmpty() && !PLACEHOLDER.matcher(formatTitle).matches()) {
      return cap(formatTitle);
    }
    for (String line : topLines) {
      String title = collapse(ATX_HEADING.matcher(line).replaceAll(""));
      if (LETTER_OR_DIGIT.matcher(title).find()) {
        return cap(title);
      }
    }
    return null;
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** At most {@link #MAX_CHARS} characters, cut at a space where one is near, ending in "…". */
  static String cap(String title) {
    if (title.length() <= MAX_CHARS) {
      return title;
    }
    int cut = MAX_CHARS - 1;
    if (Character.isLowSurrogate(title.charAt(cut))) {
      cut--;
    }
    int space = title.lastIndexOf(' ', cut);
    if (space >= MAX_CHARS / 2) {
      cut = space;
    }
    return title.substring(0, cut).strip() + "…";
  }
}
