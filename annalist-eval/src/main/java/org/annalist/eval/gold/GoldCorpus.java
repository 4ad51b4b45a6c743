package org.annalist.eval.gold;

import java.util.List;
import java.util.Objects;

/**
 * The documents of one gold corpus, with notes on what the reader left out and why.
 *
 * @param name the corpus name as the command line spells it ({@code wikiwars}, {@code meantime})
 * @param documents the documents, in file-name order
 * @param notes one line per reading decision that changes counts (e.g. annotations without a
 *     span), for the verbose report
 */
public record GoldCorpus(String name, List<GoldDocument> documents, List<String> notes) {

  public GoldCorpus {
    Objects.requireNonNull(name, "name");
    documents = List.copyOf(documents);
    notes = List.copyOf(notes);
  }

  /** The number of gold expressions that are scored. */
  public int timexCount() {
    return documents.stream().mapToInt(document -> document.timexes().size()).sum();
  }
}
