package org.annalist.clean;

import static org.annalist.model.Checks.requireArgument;

import org.annalist.model.Span;

/**
 * One line of a document's text, without its line terminator.
 *
 * @param index the line's number, counting from 0
 * @param start the UTF-16 offset of the line's first character in the document's text
 * @param end the UTF-16 offset just after the line's last character, before its terminator
 * @param text the line's text, exactly {@code documentText.substring(start, end)}
 */
public record Line(int index, int start, int end, String text) {

  public Line {
    requireArgument(index >= 0, "line index must be >= 0, was %s", index);
    requireArgument(
        start >= 0 && end >= start, "line %s has bad offsets [%s, %s)", index, start, end);
    requireArgument(
        text.length() == end - start,
        "line %s text has length %s but its offsets [%s, %s) say %s",
        index,
        text.length(),
        start,
        end,
        end - start);
  }

  /** The line's text without leading and trailing white space. */
  public String stripped() {
    return text.strip();
  }

  /** True if the line holds nothing but white space. */
  public boolean isBlank() {
    return text.isBlank();
  }

  /** The line's span in the document's text, without the terminator. */
  public Span span() {
    return Span.of(start, end);
  }
}
