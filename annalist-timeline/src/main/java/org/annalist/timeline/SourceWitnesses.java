package org.annalist.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.annalist.model.FlagName;
import org.jgrapht.alg.util.UnionFind;

/**
 * The sources of a corpus as the timeline weighs them: each document with its flags, and the
 * group of documents that copy passages from one another ({@link Copies}), which count as one
 * witness. A group's witness id is the smallest document id in it, so it does not depend on the
 * order documents were read in.
 */
public final class SourceWitnesses {
  private SourceWitnesses() {}

  /**
   * @param paths every document's path by its id, in id order
   * @param flags each document's flags found so far
   * @param shared for each document, the documents it shares copied passages with and how many
   * @return every source by document id, in id order; a document sharing passages gets the
   *     {@link FlagName#NEAR_DUPLICATE} flag naming the others
   */
  public static Map<String, Source> of(
      SortedMap<String, String> paths,
      Map<String, List<SourceFlag>> flags,
      Map<String, Map<String, Integer>> shared) {
    UnionFind<String> groups = new UnionFind<>(paths.keySet());
    shared.forEach((a, others) -> others.keySet().forEach(b -> groups.union(a, b)));
    Map<String, String> witness = new LinkedHashMap<>();
    for (String id : paths.keySet()) {
      witness.merge(
          groups.find(id), id, (first, next) -> first.compareTo(next) <= 0 ? first : next);
    }
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Map.Entry<String, String> document : paths.entrySet()) {
      String id = document.getKey();
      List<SourceFlag> sourceFlags = new ArrayList<>(flags.getOrDefault(id, List.of()));
      Map<String, Integer> copiedFrom = shared.getOrDefault(id, Map.of());
      if (!copiedFrom.isEmpty()) {
        List<String> with = new ArrayList<>();
        copiedFrom.forEach(
            (other, count) -> with.add(paths.get(other) + " (" + count + " shared 8-word runs)"));
        sourceFlags.add(new SourceFlag(
            FlagName.NEAR_DUPLICATE,
            "Shares copied passages with " + String.join(", ", with)
                + "; they count as one witness."));
      }
      String witnessId = Objects.requireNonNull(
          witness.get(groups.find(id)), "every group's witness was chosen above");
      sources.put(id, new Source(id, document.getValue(), sourceFlags, witnessId));
    }
    return sources;
  }
}
