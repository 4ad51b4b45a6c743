package org.annalist.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of a block that can score enough to merge, found without comparing every pair.
 *
 * <p>A pair reaches the aligner's threshold only if it is the same numbered act (the same series
 * number, in series whose casts share someone), or else: no claim about a whole series, dates that can both
 * hold (or one undated), no two different sets of named doers (so, when both name doers, a shared
 * one), and besides at most 1.0 for the dates at least 1.0 more, which takes the same word, a
 * shared entity, or the same object counted in the same unit. So every such pair is found in one
 * of these groups, each joined by date with {@link IntervalJoin}: the same series number and
 * member of the cast (all pairs, dates regardless); the same named doer; or, where one side names no doer, the
 * same entity, object and unit, or word with precise dates, object or unit. Each pair found is then scored as before, so alignment
 * gives what comparing every pair gave.
 */
final class CandidatePairs {
  /** Whether a pair, smaller index first, scores enough to merge. */
  interface PairTest {
    boolean qualifies(int a, int b);
  }

  private CandidatePairs() {}

  /** The pairs that pass the test, each as {@code a << 32 | b} with {@code a < b}, in ascending order. */
  static long[] qualifying(AlignmentFeatures[] features, PairTest test) {
    Collector found = new Collector(test);
    Map<String, List<Integer>> byNumberedAct = new HashMap<>();
    Map<String, List<Integer>> byNamedDoer = new LinkedHashMap<>();
    Map<String, List<Integer>> byOtherKey = new LinkedHashMap<>();
    for (int i = 0; i < features.length; i++) {
      AlignmentFeatures feature = features[i];
      if (feature.seriesClaim()) {
        continue;
      }
      if (feature.ordinal() != null) {
        for (String entity : feature.seriesCast()) {
          byNumberedAct
              .computeIfAbsent(feature.ordinal() + "|" + entity, key -> new ArrayList<>())
              .add(i);
        }
      }
      for (String doer : feature.namedAgents()) {
        byNamedDoer.computeIfAbsent(doer, key -> new ArrayList<>()).add(i);
      }
      for (String key : otherKeys(feature)) {
        byOtherKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    byNumberedAct.values().forEach(members -> allPairs(members, found));
    IntervalJoin join = new IntervalJoin(features);
    byNamedDoer.values().forEach(members -> join.within(members, found));
    for (List<Integer> members : byOtherKey.values()) {
      List<Integer> anonymous =
          members.stream().filter(i -> features[i].namedAgents().isEmpty()).toList();
      if (!anonymous.isEmpty()) {
        join.across(anonymous, members, found);
      }
    }
    return found.sortedDistinct();
  }

  /**
   * Every entity, the object with each counted unit, and the word with what it needs besides to
   * score enough: dates told to within {@link Aligner#VAGUE_DAYS} days, the object, or a counted
   * unit (a shared entity has its own key). The same word with a vague or no date and nothing
   * else never scores enough, so such tellings are not paired by word: a corpus's vaguely dated
   * tellings of a common word would otherwise pair with all its tellings of that word.
   */
  private static List<String> otherKeys(AlignmentFeatures feature) {
    List<String> keys = new ArrayList<>();
    if (feature.timed() && !feature.vague()) {
      keys.add("word:" + feature.lemma());
    }
    if (feature.theme() != null) {
      keys.add("word-object:" + feature.lemma() + "|" + feature.theme());
    }
    feature.units().forEach(unit -> keys.add("word-unit:" + feature.lemma() + "|" + unit));
    feature.agents().forEach(entity -> keys.add("entity:" + entity));
    feature.others().forEach(entity -> keys.add("entity:" + entity));
    if (feature.theme() != null) {
      feature.units().forEach(unit -> keys.add("object:" + feature.theme() + "|" + unit));
    }
    return keys;
  }

  private static void allPairs(List<Integer> members, IntervalJoin.PairSink sink) {
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        sink.accept(members.get(i), members.get(j));
      }
    }
  }

  /** Keeps the pairs that pass the test; a pair found in several groups is tested again and kept once. */
  private static final class Collector implements IntervalJoin.PairSink {
    private final PairTest test;
    private long[] pairs = new long[16];
    private int size;

    Collector(PairTest test) {
      this.test = test;
    }

    @Override
    public void accept(int a, int b) {
      if (a == b) {
        return;
      }
      int low = Math.min(a, b);
      int high = Math.max(a, b);
      if (test.qualifies(low, high)) {
        if (size == pairs.length) {
          pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = (long) low << 32 | high;
      }
    }

    long[] sortedDistinct() {
      long[] sorted = Arrays.copyOf(pairs, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }
}
