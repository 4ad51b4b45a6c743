package org.annalist.eval.events.anchoring;

import java.util.List;
import java.util.Objects;

/**
 * The gold documents of one corpus split for the anchoring evaluation.
 *
 * @param name the corpus as the command line spells it ({@code tbaq}, {@code meantime}, {@code
 *     timeline})
 * @param split the split read ({@code dev}, {@code test}, {@code all})
 * @param documents the documents in file order
 * @param notes one line per reading decision that changes counts, for the report
 */
public record AnchoringCorpus(
    String name, String split, List<AnchoredDocument> documents, List<String> notes) {
  public AnchoringCorpus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
    documents = List.copyOf(documents);
    notes = List.copyOf(notes);
  }

  /** How many gold anchors the corpus holds. */
  public int anchors() {
    return documents.stream().mapToInt(document -> document.anchors().size()).sum();
  }
}
