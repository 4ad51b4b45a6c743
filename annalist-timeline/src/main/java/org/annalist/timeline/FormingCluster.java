package org.annalist.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cluster while the aligner forms it, kept so that asking whether two clusters may join costs
 * what they hold in common, not the product of their sizes: its tellings by document (only
 * tellings from one document are scored against each other), and the distinct sets of named
 * doers of its numbered and of its other members (two sets that share no one forbid the join,
 * unless both tellings carry the same series number).
 */
final class FormingCluster {
  private final Map<String, List<Integer>> byDocument = new HashMap<>();
  private final Set<Set<String>> numberedDoers = new HashSet<>();
  private final Set<Set<String>> otherDoers = new HashSet<>();
  private @Nullable Integer ordinal;

  FormingCluster(int member, AlignmentFeatures features) {
    byDocument.put(features.document(), new ArrayList<>(List.of(member)));
    ordinal = features.ordinal();
    if (!features.namedAgents().isEmpty()) {
      (ordinal == null ? otherDoers : numberedDoers).add(features.namedAgents());
    }
  }

  /**
   * Whether the two may become one event: not two series numbers, no two tellings naming
   * different doers (unless they are the same numbered act), and every two tellings from one
   * document alike enough on their own ({@link Aligner#THRESHOLD}).
   */
  boolean mayJoin(FormingCluster other, AlignmentFeatures[] features) {
    if (ordinal != null && other.ordinal != null && !ordinal.equals(other.ordinal)) {
      return false;
    }
    if (anyDisjoint(otherDoers, other.otherDoers)
        || anyDisjoint(otherDoers, other.numberedDoers)
        || anyDisjoint(numberedDoers, other.otherDoers)) {
      return false;
    }
    FormingCluster smaller = byDocument.size() <= other.byDocument.size() ? this : other;
    FormingCluster larger = smaller == this ? other : this;
    for (Map.Entry<String, List<Integer>> document : smaller.byDocument.entrySet()) {
      for (int i : document.getValue()) {
        for (int j : larger.byDocument.getOrDefault(document.getKey(), List.of())) {
          if (Aligner.score(features[i], features[j]) < Aligner.THRESHOLD) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Takes in the other's tellings. */
  void absorb(FormingCluster other) {
    other.byDocument.forEach((document, tellings) ->
        byDocument.computeIfAbsent(document, d -> new ArrayList<>()).addAll(tellings));
    numberedDoers.addAll(other.numberedDoers);
    otherDoers.addAll(other.otherDoers);
    if (ordinal == null) {
      ordinal = other.ordinal;
    }
  }

  private static boolean anyDisjoint(Set<Set<String>> these, Set<Set<String>> those) {
    for (Set<String> doers : these) {
      for (Set<String> others : those) {
        if (Collections.disjoint(doers, others)) {
          return true;
        }
      }
    }
    return false;
  }
}
