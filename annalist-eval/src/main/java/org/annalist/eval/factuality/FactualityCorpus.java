package org.annalist.eval.factuality;

import java.util.List;
import java.util.Objects;

/**
 * The gold documents of one corpus split, the attributes it annotates, and notes on what the
 * reader decided.
 *
 * @param name {@code meantime} or {@code tbaq}
 * @param split {@code dev}, {@code test} or {@code all}
 * @param documents the documents in file order
 * @param attributes the attributes scored on this corpus, in report order
 * @param notes one line per reading decision that changes counts
 */
public record FactualityCorpus(
    String name,
    String split,
    List<FactualityDocument> documents,
    List<Attribute> attributes,
    List<String> notes) {
  public FactualityCorpus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
    documents = List.copyOf(documents);
    attributes = List.copyOf(attributes);
    notes = List.copyOf(notes);
  }

  /** How many gold mentions the corpus holds. */
  public int mentionCount() {
    return documents.stream().mapToInt(document -> document.mentions().size()).sum();
  }
}
