package org.annalist.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Rule 5: a rare name that machine translation garbled from a frequent one ("Rosevelt", "Oosevelt"
 * for "Roosevelt") joins the frequent one when all of these hold:
 *
 * <ul>
 *   <li>the rare name is capitalized, has at least {@code minNameLength} letters, and its cluster
 *       has at most {@code maxRareMentions} mentions;
 *   <li>the frequent cluster has at least {@code frequencyRatio} times as many mentions, so two
 *       names that are both common (two people called "Johnson" and "Johnston") never join;
 *   <li>the spellings are within the allowed edits ({@link SpellingSimilarity#allowedEdits}) and
 *       score at least {@code minSpellingScore};
 *   <li>the contexts agree: at least {@code minSharedContextWords} shared content words and an
 *       IDF-weighted containment of the rare name's context in the frequent one's of at least
 *       {@code minContextScore}.
 * </ul>
 *
 * <p>If two different frequent clusters pass with nearly the same score, the rare name is
 * ambiguous and stays alone. Decisions are made on the clusters as rules 2-4 left them, then
 * applied together, so they do not depend on the order clusters are visited in.
 */
final class GarbledNameRule {
  static final String RULE = MergeEvidence.GARBLED_SPELLING;
  private static final double AMBIGUITY_MARGIN = 0.02;

  private final ResolverThresholds thresholds;

  GarbledNameRule(ResolverThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** A candidate frequent cluster for a rare one. */
  private record Candidate(
      int rareForm,
      int frequentForm,
      int frequentRoot,
      int edits,
      double spelling,
      double context,
      Set<String> sharedWords) {
    double total() {
      return (spelling + context) / 2;
    }
  }

  void apply(NameClusters clusters, ContextProfile.Weights weights) {
    Map<Integer, List<Integer>> snapshot = clusters.clusters();
    Map<Integer, ContextProfile> contexts = new TreeMap<>();
    Map<Integer, Integer> counts = new HashMap<>();
    snapshot.forEach((root, members) -> {
      contexts.put(
          root,
          ContextProfile.union(
              members.stream().map(i -> ContextProfile.of(clusters.form(i))).toList()));
      counts.put(root, count(clusters, members));
    });
    Frequent frequent = new Frequent(clusters, counts);
    List<MergeEvidence> evidence = new ArrayList<>();
    List<int[]> joins = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> rare : snapshot.entrySet()) {
      Candidate best = bestCandidate(
          clusters, snapshot, contexts, counts, frequent, weights, rare.getKey(), rare.getValue());
      if (best != null) {
        joins.add(new int[] {best.frequentForm(), best.rareForm()});
        evidence.add(evidence(clusters, snapshot, best));
      }
    }
    for (int i = 0; i < joins.size(); i++) {
      clusters.join(joins.get(i)[0], joins.get(i)[1], evidence.get(i));
    }
  }

  /**
   * The forms that may be the frequent side of a garbling, those in clusters with at least
   * {@code frequencyRatio} mentions, indexed by spelling.
   */
  private final class Frequent {
    private final List<Integer> forms = new ArrayList<>();
    private final SpellingIndex spellings;

    Frequent(NameClusters clusters, Map<Integer, Integer> counts) {
      for (int i = 0; i < clusters.forms().size(); i++) {
        if (clusters.form(i).mergeable()
            && atRoot(counts, clusters.root(i)) >= thresholds.frequencyRatio()) {
          forms.add(i);
        }
      }
      spellings = new SpellingIndex(
          forms.stream().map(i -> clusters.form(i).display()).toList(), thresholds.maxEdits());
    }

    /** Roots of the clusters with a form spelled within the most edits of one of the rare forms, ascending. */
    Set<Integer> rootsNear(NameClusters clusters, List<Integer> rareForms) {
      Set<Integer> roots = new TreeSet<>();
      for (int r : rareForms) {
        if (eligibleRare(clusters.form(r))) {
          spellings
              .near(clusters.form(r).display())
              .forEach(f -> roots.add(clusters.root(forms.get(f))));
        }
      }
      return roots;
    }
  }

  private @Nullable Candidate bestCandidate(
      NameClusters clusters,
      Map<Integer, List<Integer>> snapshot,
      Map<Integer, ContextProfile> contexts,
      Map<Integer, Integer> counts,
      Frequent frequent,
      ContextProfile.Weights weights,
      int rareRoot,
      List<Integer> rareMembers) {
    int rareCount = atRoot(counts, rareRoot);
    if (rareCount > thresholds.maxRareMentions()) {
      return null;
    }
    List<Candidate> passing = new ArrayList<>();
    for (int root : frequent.rootsNear(clusters, rareMembers)) {
      if (root == rareRoot || atRoot(counts, root) < thresholds.frequencyRatio() * rareCount) {
        continue;
      }
      Candidate spelled = bestSpelling(clusters, rareMembers, atRoot(snapshot, root), root);
      if (spelled == null) {
        continue;
      }
      ContextProfile rareContext = atRoot(contexts, rareRoot);
      ContextProfile frequentContext = atRoot(contexts, root);
      Set<String> shared = rareContext.shared(frequentContext);
      double context = rareContext.containmentIn(frequentContext, weights);
      if (shared.size() >= thresholds.minSharedContextWords()
          && context >= thresholds.minContextScore()) {
        passing.add(new Candidate(
            spelled.rareForm(),
            spelled.frequentForm(),
            root,
            spelled.edits(),
            spelled.spelling(),
            context,
            shared));
      }
    }
    passing.sort((a, b) -> Double.compare(b.total(), a.total()));
    if (passing.isEmpty()
        || passing.size() > 1
            && passing.get(0).total() - passing.get(1).total() < AMBIGUITY_MARGIN) {
      return null;
    }
    return passing.get(0);
  }

  private @Nullable Candidate bestSpelling(
      NameClusters clusters,
      List<Integer> rareMembers,
      List<Integer> frequentMembers,
      int frequentRoot) {
    @Nullable Candidate best = null;
    for (int r : rareMembers) {
      NameForm rare = clusters.form(r);
      if (!eligibleRare(rare)) {
        continue;
      }
      for (int f : frequentMembers) {
        NameForm frequent = clusters.form(f);
        if (!frequent.mergeable()
            || frequent.group() != rare.group()
            || frequent.group() == TypeGroup.OTHER && !frequent.type().equals(rare.type())
            || Math.abs(frequent.display().length() - rare.display().length())
                > thresholds.maxEdits()) {
          continue;
        }
        int edits = SpellingSimilarity.editDistance(rare.display(), frequent.display());
        double spelling = SpellingSimilarity.score(rare.display(), frequent.display());
        if (edits
                <= SpellingSimilarity.allowedEdits(
                    rare.display(), frequent.display(), thresholds.maxEdits())
            && spelling >= thresholds.minSpellingScore()
            && (best == null || spelling > best.spelling())) {
          best = new Candidate(r, f, frequentRoot, edits, spelling, 0, Set.of());
        }
      }
    }
    return best;
  }

  private boolean eligibleRare(NameForm rare) {
    String name = rare.display();
    long letters = name.codePoints().filter(Character::isLetter).count();
    return rare.mergeable()
        && letters >= thresholds.minNameLength()
        && Character.isUpperCase(name.codePointAt(0));
  }

  /**
   * The entry of a cluster root in a map keyed by the snapshot's roots: the decisions are made
   * before any join, so every root met has one.
   */
  private static <V> V atRoot(Map<Integer, V> byRoot, int root) {
    return Objects.requireNonNull(byRoot.get(root), () -> "no entry for cluster root " + root);
  }

  private static int count(NameClusters clusters, List<Integer> members) {
    return members.stream().mapToInt(i -> clusters.form(i).count()).sum();
  }

  private static MergeEvidence evidence(
      NameClusters clusters, Map<Integer, List<Integer>> snapshot, Candidate c) {
    NameForm rare = clusters.form(c.rareForm());
    NameForm frequent = clusters.form(c.frequentForm());
    List<Integer> rareMembers = atRoot(snapshot, clusters.root(c.rareForm()));
    int rareCount = count(clusters, rareMembers);
    Set<String> documents = new TreeSet<>();
    rareMembers.forEach(i -> documents.addAll(clusters.form(i).documents()));
    int frequentCount = count(clusters, atRoot(snapshot, c.frequentRoot()));
    String explanation = String.format(
        Locale.ROOT,
        "'%s' (%d %s in %d %s) is %d %s from '%s' (%d %s) and shares %d context words (spelling %.2f, context %.2f)",
        rare.display(),
        rareCount,
        plural(rareCount, "mention"),
        documents.size(),
        plural(documents.size(), "document"),
        c.edits(),
        plural(c.edits(), "edit"),
        frequent.display(),
        frequentCount,
        plural(frequentCount, "mention"),
        c.sharedWords().size(),
        c.spelling(),
        c.context());
    return new MergeEvidence(rare.display(), frequent.display(), RULE, c.total(), explanation);
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }
}
