package org.annalist.time;

import java.util.List;
import java.util.Optional;
import org.annalist.model.layers.Timex;

/**
 * What the tagger found in a text: its temporal expressions, the ranges they form, and the
 * reference time in force at the start of each sentence it was asked about, as the expression
 * that set it told it ({@code DATE 1941 END}; empty where none is known).
 */
public record TemporalAnalysis(
    List<TemporalExpression> expressions,
    List<TemporalRange> ranges,
    List<Optional<Timex>> sentenceReferences) {
  public TemporalAnalysis {
    expressions = List.copyOf(expressions);
    ranges = List.copyOf(ranges);
    sentenceReferences = List.copyOf(sentenceReferences);
  }
}
