package org.annalist.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.layers.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * Finds ranges among the expressions of a text: two dates joined by "to", "until", "through",
 * "and" (after "between") or a dash, optionally opened by "from" or "between". The first must not
 * end after the second ends; otherwise it is two dates, not a range.
 */
final class Ranges {
  private Ranges() {}

  static List<TemporalRange> find(String text, List<TemporalExpression> expressions) {
    List<TemporalRange> ranges = new ArrayList<>();
    for (int i = 0; i + 1 < expressions.size(); i++) {
      TemporalRange range = range(text, expressions.get(i), expressions.get(i + 1));
      if (range != null) {
        ranges.add(range);
        i++;
      }
    }
    return ranges;
  }

  private static @Nullable TemporalRange range(
      String text, TemporalExpression from, TemporalExpression to) {
    if (from.type() != TimexType.DATE
        || to.type() != TimexType.DATE
        || from.interval() == null
        || to.interval() == null
        || from.interval().latest().isAfter(to.interval().latest())) {
      return null;
    }
    String between =
        text.substring(from.span().end(), to.span().start()).strip().toLowerCase(Locale.ROOT);
    String opener = opener(text, from.span().start());
    boolean dash = between.equals("-") || between.equals("–") || between.equals("—");
    boolean linked = between.equals("to")
        || between.equals("until")
        || between.equals("till")
        || between.equals("through")
        || (between.equals("and") && opener.equals("between"));
    if (!dash && !linked) {
      return null;
    }
    int start = opener.isEmpty()
        ? from.span().start()
        : from.span().start() - opener.length() - gap(text, from.span().start());
    return new TemporalRange(
        org.annalist.model.Span.of(start, to.span().end()),
        from,
        to,
        DayInterval.of(from.interval().earliest(), to.interval().latest()));
  }

  /** "from" or "between" just before the first date, as written (lower-cased), or "". */
  private static String opener(String text, int start) {
    int end = start - gap(text, start);
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    String word = text.substring(begin, end).toLowerCase(Locale.ROOT);
    return word.equals("from") || word.equals("between") ? word : "";
  }

  private static int gap(String text, int start) {
    int spaces = 0;
    while (start - spaces > 0 && text.charAt(start - spaces - 1) == ' ') {
      spaces++;
    }
    return spaces;
  }
}
