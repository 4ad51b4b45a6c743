package org.annalist.eval.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gold documents of one corpus split, with notes on what the reader decided.
 *
 * @param name the corpus name as the command line spells it ({@code ecbplus}, {@code meantime})
 * @param split the split read ({@code all}, {@code train}, {@code dev}, {@code test})
 * @param documents the documents, in topic and file order
 * @param notes one line per reading decision that changes counts, for the report
 */
public record EventCorpus(
    String name, String split, List<GoldEventDocument> documents, List<String> notes) {

  public EventCorpus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
    documents = List.copyOf(documents);
    notes = List.copyOf(notes);
  }

  /** The documents set by set, in order of first appearance. */
  public List<List<GoldEventDocument>> groups(Grouping grouping) {
    Map<String, List<GoldEventDocument>> groups = new LinkedHashMap<>();
    for (GoldEventDocument document : documents) {
      groups.computeIfAbsent(grouping.keyOf(document), key -> new ArrayList<>()).add(document);
    }
    return groups.values().stream().map(List::copyOf).toList();
  }

  /** Every gold mention of the corpus. */
  public List<GoldEventMention> mentions() {
    return documents.stream().flatMap(document -> document.mentions().stream()).toList();
  }
}
