package org.annalist.entities;

import static org.annalist.model.Checks.requireArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.annalist.model.KeptApart;
import org.jgrapht.alg.util.UnionFind;

/**
 * Name forms joined into clusters, each join with its {@link MergeEvidence}. A union-find over
 * the positions of the forms (JGraphT's); the root of a cluster is always its lowest position, so
 * the result depends only on which joins were made, not on their order.
 */
final class NameClusters {
  private final List<NameForm> forms;
  private final UnionFind<Integer> joined;
  /** The lowest position of each cluster, at the position the union-find keeps as the cluster's representative. */
  private final int[] lowest;

  private final List<List<MergeEvidence>> evidence = new ArrayList<>();
  /** For each pair kept apart, the positions of the forms that spell its first and its second name. */
  private final List<List<List<Integer>>> apart = new ArrayList<>();

  private final NameIndex index;

  /** Clusters of the forms that never join two names the user kept apart. */
  NameClusters(List<NameForm> forms, List<KeptApart> keptApart) {
    this.forms = List.copyOf(forms);
    this.joined =
        new UnionFind<>(IntStream.range(0, forms.size()).boxed().collect(Collectors.toSet()));
    this.lowest = IntStream.range(0, forms.size()).toArray();
    for (int i = 0; i < forms.size(); i++) {
      evidence.add(new ArrayList<>());
    }
    for (KeptApart pair : keptApart) {
      List<Integer> first = new ArrayList<>();
      List<Integer> second = new ArrayList<>();
      for (int i = 0; i < forms.size(); i++) {
        if (forms.get(i).spells(pair.name())) {
          first.add(i);
        }
        if (forms.get(i).spells(pair.other())) {
          second.add(i);
        }
      }
      apart.add(List.of(first, second));
    }
    this.index = new NameIndex(this.forms);
  }

  List<NameForm> forms() {
    return forms;
  }

  /** The forms indexed for the rules that compare names. */
  NameIndex index() {
    return index;
  }

  NameForm form(int index) {
    return forms.get(index);
  }

  /** The lowest position of the form's cluster. */
  int root(int index) {
    return lowest[joined.find(index)];
  }

  boolean together(int a, int b) {
    return root(a) == root(b);
  }

  /**
   * Joins the clusters of {@code a} and {@code b}; returns false if they were already one, or if
   * the join would put together two names the user kept apart.
   */
  boolean join(int a, int b, MergeEvidence why) {
    requireArgument(
        forms.get(a).group() == forms.get(b).group(),
        "cannot join '%s' (%s) with '%s' (%s)",
        forms.get(a).display(),
        forms.get(a).group(),
        forms.get(b).display(),
        forms.get(b).group());
    int ra = root(a);
    int rb = root(b);
    if (ra == rb || keptApart(ra, rb)) {
      return false;
    }
    int low = Math.min(ra, rb);
    int high = Math.max(ra, rb);
    joined.union(a, b);
    lowest[joined.find(a)] = low;
    evidence.get(low).addAll(evidence.get(high));
    evidence.get(high).clear();
    evidence.get(low).add(why);
    return true;
  }

  /** Whether joining the two clusters would put together two names the user kept apart. */
  private boolean keptApart(int rootA, int rootB) {
    for (List<List<Integer>> spelled : apart) {
      if (spells(rootA, spelled.get(0)) && spells(rootB, spelled.get(1))
          || spells(rootA, spelled.get(1)) && spells(rootB, spelled.get(0))) {
        return true;
      }
    }
    return false;
  }

  private boolean spells(int root, List<Integer> positions) {
    return positions.stream().anyMatch(i -> root(i) == root);
  }

  /** Positions of the forms in each cluster, keyed by root, in ascending order. */
  Map<Integer, List<Integer>> clusters() {
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < forms.size(); i++) {
      byRoot.computeIfAbsent(root(i), r -> new ArrayList<>()).add(i);
    }
    return byRoot;
  }

  /** The joins made into the cluster whose root is {@code root}. */
  List<MergeEvidence> joins(int root) {
    return List.copyOf(evidence.get(root));
  }
}
