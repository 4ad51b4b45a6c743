package org.annalist.store;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Span;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Finds where a query's words match in a sentence, as spans of the sentence. */
final class PassageHighlighter {
  private static final int WHOLE_SENTENCE = 1;

  private final UnifiedHighlighter highlighter;
  private final Query query;

  PassageHighlighter(Analyzer analyzer, Query query) {
    this.query = query;
    this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withFormatter(new MatchSpans())
        .build();
  }

  List<Span> matches(String sentence) throws java.io.IOException {
    Object found = highlighter.highlightWithoutSearcher(
        PassageDocuments.BODY, query, sentence, WHOLE_SENTENCE);
    @SuppressWarnings("unchecked")
    List<Span> spans = found == null ? List.of() : (List<Span>) found;
    return spans;
  }

  /** Formats passages as the spans of their matches. */
  private static final class MatchSpans extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Span> matches = new ArrayList<>();
      for (Passage passage : passages) {
        for (int m = 0; m < passage.getNumMatches(); m++) {
          matches.add(Span.of(passage.getMatchStarts()[m], passage.getMatchEnds()[m]));
        }
      }
      return matches;
    }
  }
}
