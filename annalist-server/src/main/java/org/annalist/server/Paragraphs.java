package org.annalist.server;

import org.annalist.model.Span;

/**
 * The paragraph of a text around a span: from the line break before it to the line break after
 * it, at most {@value #MOST_AROUND} characters either side of the span.
 */
final class Paragraphs {
  static final int MOST_AROUND = 600;

  private Paragraphs() {}

  static Span around(String text, Span span) {
    int start = span.start() == 0 ? 0 : text.lastIndexOf('\n', span.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', span.end());
    int end = lineEnd < 0 ? text.length() : lineEnd;
    return Span.of(
        Math.max(start, span.start() - MOST_AROUND), Math.min(end, span.end() + MOST_AROUND));
  }
}
