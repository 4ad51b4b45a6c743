package org.annalist.time;

import java.util.List;

/**
 * What the tagger found in a text: its temporal expressions, the ranges they form, and the
 * reference time in force at the start of each sentence it was asked about, as the expression
 * that set it told it, encoded as {@link TimexCodec} does ({@code DATE 1941 END}; {@code ""}
 * where none is known).
 */
public record TemporalAnalysis(
    List<TemporalExpression> expressions, List<TemporalRange> ranges, List<String> sentenceReferences) {
  public TemporalAnalysis {
    expressions = List.copyOf(expressions);
    ranges = List.copyOf(ranges);
    sentenceReferences = List.copyOf(sentenceReferences);
  }
}
