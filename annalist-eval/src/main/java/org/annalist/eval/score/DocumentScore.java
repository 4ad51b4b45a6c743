package org.annalist.eval.score;

import java.util.List;
import java.util.Objects;

/**
 * The score of one document, with what went wrong in it.
 *
 * @param documentId the document
 * @param counts the counts
 * @param valueErrors relaxed matches whose values disagree
 * @param missed texts of gold expressions with no relaxed match
 * @param spurious texts of scored system expressions with no relaxed match
 */
public record DocumentScore(
    String documentId,
    TimexCounts counts,
    List<ValueError> valueErrors,
    List<String> missed,
    List<String> spurious) {

  public DocumentScore {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(counts, "counts");
    valueErrors = List.copyOf(valueErrors);
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }
}
