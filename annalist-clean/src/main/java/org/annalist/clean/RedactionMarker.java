package org.annalist.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * Finds a censor's redaction marks: each maximal run of two or more {@code *} characters, such
 * as the {@code **} or {@code ***} left where a name was masked. A single {@code *} (a bullet,
 * a footnote) is never a redaction.
 *
 * <p>In Markdown, asterisks are also markup, so two kinds of run are left alone there: an
 * emphasis pair on one line, {@code **text**} or {@code ***text***}, whose opening run is
 * followed and closing run preceded by a non-space character; and a thematic break, a line of
 * nothing but three or more asterisks and spaces. In plain text every run counts. Stateless
 * and thread-safe.
 */
public final class RedactionMarker {
  private static final Pattern RUN = Pattern.compile("\\*{2,}");
  private static final Pattern THEMATIC_BREAK = Pattern.compile("(?:\\*[ \\t]*){3,}");

  /** The redaction marks in the lines, in document order, as spans of the document's text. */
  public List<Span> find(List<Line> lines, boolean markdown) {
    List<Span> marks = new ArrayList<>();
    for (Line line : lines) {
      if (line.text().indexOf("**") < 0) {
        continue;
      }
      if (markdown && THEMATIC_BREAK.matcher(line.stripped()).matches()) {
        continue;
      }
      for (Span run :
          markdown ? withoutEmphasis(line.text(), runs(line.text())) : runs(line.text())) {
        marks.add(Span.of(line.start() + run.start(), line.start() + run.end()));
      }
    }
    return marks;
  }

  private static List<Span> runs(String text) {
    List<Span> runs = new ArrayList<>();
    Matcher matcher = RUN.matcher(text);
    while (matcher.find()) {
      runs.add(Span.of(matcher.start(), matcher.end()));
    }
    return runs;
  }

  private static List<Span> withoutEmphasis(String text, List<Span> runs) {
    List<Span> kept = new ArrayList<>();
    int i = 0;
    while (i < runs.size()) {
      Span open = runs.get(i);
      if (i + 1 < runs.size() && isEmphasisPair(text, open, runs.get(i + 1))) {
        i += 2;
      } else {
        kept.add(open);
        i++;
      }
    }
    return kept;
  }

  private static boolean isEmphasisPair(String text, Span open, Span close) {
    return open.length() == close.length()
        && open.length() <= 3
        && !Character.isWhitespace(text.charAt(open.end()))
        && !Character.isWhitespace(text.charAt(close.start() - 1));
  }
}
