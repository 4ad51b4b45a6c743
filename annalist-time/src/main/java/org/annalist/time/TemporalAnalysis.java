package org.annalist.time;

import java.util.List;

/**
 * What the tagger found in a text: its temporal expressions, the ranges they form, and the
 * reference time in force at the start of each sentence it was asked about ({@code ""} where
 * none is known).
 */
public record TemporalAnalysis(
    List<TemporalExpression> expressions, List<TemporalRange> ranges, List<String> sentenceReferences) {
  public TemporalAnalysis {
    expressions = List.copyOf(expressions);
    ranges = List.copyOf(ranges);
    sentenceReferences = List.copyOf(sentenceReferences);
  }
}
