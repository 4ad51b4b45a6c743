package org.annalist.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into {@link Line}s at {@code \n}, {@code \r\n} and {@code \r}.
 *
 * <p>Every text has at least one line; a text that ends with a terminator has an empty last
 * line. The lines and their terminators cover the text exactly, in order.
 */
public final class LineSplitter {
  private LineSplitter() {}

  /** The lines of the text, in order. */
  public static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int at = 0;
    int length = text.length();
    while (at < length) {
      char c = text.charAt(at);
      if (c == '\n' || c == '\r') {
        lines.add(new Line(lines.size(), start, at, text.substring(start, at)));
        boolean crlf = c == '\r' && at + 1 < length && text.charAt(at + 1) == '\n';
        at += crlf ? 2 : 1;
        start = at;
      } else {
        at++;
      }
    }
    lines.add(new Line(lines.size(), start, length, text.substring(start, length)));
    return List.copyOf(lines);
  }
}
