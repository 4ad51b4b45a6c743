package org.annalist.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of a text, where documents state their title, source and date: the first {@link
 * #MAX_LINES} non-blank lines within the first {@link #MAX_CHARS} characters after any leading
 * whitespace, each stripped of surrounding whitespace.
 */
final class TextTop {
  static final int MAX_LINES = 15;
  static final int MAX_CHARS = 2000;

  private TextTop() {}

  static List<String> lines(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    String top = text.substring(start, Math.min(text.length(), start + MAX_CHARS));
    List<String> lines = new ArrayList<>();
    for (String line : top.split("\\r\\n|[\\r\\n\\u2028\\u2029\\u0085]")) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !TextLimits.isBlank(stripped)) {
        lines.add(stripped);
        if (lines.size() == MAX_LINES) {
          break;
        }
      }
    }
    return lines;
  }
}
