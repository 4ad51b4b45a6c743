package org.annalist.eval.score;

import java.util.List;
import java.util.Objects;

/**
 * The scores of every document of a corpus; totals are micro-averaged (counts summed first).
 *
 * @param corpus the corpus name
 * @param documents one score per document, in corpus order
 */
public record CorpusScore(String corpus, List<DocumentScore> documents) {

  public CorpusScore {
    Objects.requireNonNull(corpus, "corpus");
    documents = List.copyOf(documents);
  }

  public TimexCounts total() {
    return documents.stream()
        .map(DocumentScore::counts)
        .reduce(TimexCounts.ZERO, TimexCounts::plus);
  }

  public List<ValueError> valueErrors() {
    return documents.stream()
        .flatMap(document -> document.valueErrors().stream())
        .toList();
  }

  public List<String> missed() {
    return documents.stream().flatMap(document -> document.missed().stream()).toList();
  }

  public List<String> spurious() {
    return documents.stream().flatMap(document -> document.spurious().stream()).toList();
  }
}
