package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's text.
 *
 * <p>Offsets are checked where the span is made: {@code 0 <= start <= end}. Whether the span
 * fits a particular text is checked by {@link Document#span(int, int)} and wherever a layer
 * is attached to a document.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    requireArgument(start >= 0, "span start must be >= 0, was %s", start);
    requireArgument(end >= start, "span end must be >= start (%s), was %s", start, end);
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** True if this span lies within a text of the given length. */
  public boolean fits(int textLength) {
    return end <= textLength;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  /** True if the two spans share at least one code unit. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The exact text this span covers; the only way a quote is made. */
  public String quote(String text) {
    requireArgument(
        fits(text.length()), "span %s does not fit a text of length %s", this, text.length());
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
