package org.annalist.time;

import java.util.List;

/** What the English tagger finds in a test sentence, as the tests compare it. */
final class Tagged {
  private Tagged() {}

  /** The values of the expressions found, in text order. */
  static List<String> values(String text, TemporalContext context) {
    return TemporalTagger.english().tag(text, context).stream()
        .map(TemporalExpression::value)
        .toList();
  }

  /** The text each expression found covers, in text order. */
  static List<String> texts(String text, TemporalContext context) {
    return TemporalTagger.english().tag(text, context).stream()
        .map(e -> e.span().quote(text))
        .toList();
  }
}
