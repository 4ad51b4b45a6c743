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
   */
  public record Passage(Span span, String text, List<Span> matches) {
    public Passage {
      matches = List.copyOf(matches);
    }
  }
}
