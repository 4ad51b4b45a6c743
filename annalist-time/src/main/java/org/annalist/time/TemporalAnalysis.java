package org.annalist.time;

import java.util.List;

/**
 * What the tagger found in a text: its temporal expressions, and the reference time in force at
 * the start of each sentence it was asked about ({@code ""} where none is known).
 */
public record TemporalAnalysis(List<TemporalExpression> expressions, List<String> sentenceReferences) {
  public TemporalAnalysis {
    expressions = List.copyOf(expressions);
    sentenceReferences = List.copyOf(sentenceReferences);
  }
}
