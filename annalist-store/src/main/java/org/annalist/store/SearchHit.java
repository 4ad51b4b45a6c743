package org.annalist.store;

import java.util.List;
import org.annalist.model.DocumentId;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A document that matches a search, with the passages that matched as spans of its text.
 */
public record SearchHit(
    DocumentId document, String path, @Nullable String title, float score, List<Passage> passages) {

  public SearchHit {
    passages = List.copyOf(passages);
  }

  /**
   * A passage of the document's text and the spans in it that matched the query.
   *
   * @param text the passage's text, {@code span.quote(document text)}
   * @param statements why each statement the passage holds is off the timeline ({@code negated},
   *     {@code report}, ...), each reason once; empty when it holds none
   */
  public record Passage(Span span, String text, List<Span> matches, List<String> statements) {
    public Passage {
      matches = List.copyOf(matches);
      statements = List.copyOf(statements);
    }
  }
}
