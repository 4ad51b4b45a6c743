package org.annalist.eval.events;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.annalist.eval.events.coref.Clustering;
import org.annalist.eval.events.coref.CorefScore;
import org.jspecify.annotations.Nullable;

/**
 * One coreference system run over a corpus, given gold mentions, and scored three ways:
 *
 * <ol>
 *   <li><b>all mentions</b>: singletons count, as in the key;
 *   <li><b>singletons removed</b> from key and response after the run (Cattan et al. 2021);
 *   <li><b>gold singletons left out of the input</b>: the system is run again without the
 *       mentions whose gold cluster has no other mention in the same set of documents (Zhukova
 *       et al. 2022 compute their "without singletons" score this way).
 * </ol>
 *
 * <p>The system gets one call per set of documents ({@link Grouping}); labels from different
 * calls never join. A call that throws, or leaves a mention without a label, is reported on
 * {@code err}, and its mentions are scored as singletons; the run goes on.
 *
 * @param corpus the gold corpus
 * @param grouping the sets of documents the system was given
 * @param system the system's name
 * @param rows the three scorings, in the order above
 * @param failures one line per failed call
 * @param millis the time the system took over both runs, in milliseconds
 */
public record CorefRun(
    EventCorpus corpus,
    Grouping grouping,
    String system,
    List<CorefRow> rows,
    List<String> failures,
    long millis) {

  public CorefRun {
    rows = List.copyOf(rows);
    failures = List.copyOf(failures);
  }

  public static CorefRun of(
      EventCorpus corpus, Grouping grouping, EventCorefSystem system, PrintStream err) {
    List<List<GoldEventDocument>> groups = corpus.groups(grouping);
    List<List<GoldEventMention>> sets =
        groups.stream().map(CorefRun::mentionsOf).toList();
    Clustering key =
        Clustering.of(goldLabels(sets.stream().flatMap(List::stream).toList()));
    Calls calls = new Calls(groups, corpus.name(), system, err);
    Clustering all = calls.run(set -> set);
    Clustering withoutGoldSingletons = calls.run(CorefRun::withoutGoldSingletons);
    List<CorefRow> rows = List.of(
        row("all mentions", key, all, sets, UnaryOperator.identity()),
        row(
            "singletons removed from key and response",
            key,
            all,
            sets,
            Clustering::withoutSingletons),
        row(
            "gold singletons left out of the input",
            key.restrictedTo(withoutGoldSingletons.labels().keySet()),
            withoutGoldSingletons,
            sets,
            UnaryOperator.identity()));
    return new CorefRun(
        corpus, grouping, system.name(), rows, calls.failures, calls.nanos / 1_000_000);
  }

  /** The calls of one system over the sets of a corpus, with the failures and time they took. */
  private static final class Calls {
    private final List<List<GoldEventDocument>> sets;
    private final EventCorefSystem system;
    private final PrintStream err;
    private final String corpusName;
    private final List<String> failures = new ArrayList<>();
    private long nanos;

    Calls(
        List<List<GoldEventDocument>> sets,
        String corpusName,
        EventCorefSystem system,
        PrintStream err) {
      this.sets = sets;
      this.corpusName = corpusName;
      this.system = system;
      this.err = err;
    }

    /** Calls the system once per set on the mentions {@code select} keeps; the labels joined over sets. */
    Clustering run(UnaryOperator<List<GoldEventMention>> select) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (int i = 0; i < sets.size(); i++) {
        List<GoldEventDocument> set = sets.get(i);
        List<GoldEventMention> kept = select.apply(mentionsOf(set));
        Set<String> keptIds = kept.stream().map(GoldEventMention::id).collect(Collectors.toSet());
        List<CorefDocument> input = set.stream()
            .map(document -> document.forCoref(document.mentions().stream()
                .filter(mention -> keptIds.contains(mention.id()))
                .toList()))
            .toList();
        String prefix = "set" + i + ":";
        Map<String, String> answer = call(input, set);
        for (GoldEventMention mention : kept) {
          @Nullable String label = answer.get(mention.id());
          labels.put(mention.id(), label == null ? "alone:" + mention.id() : prefix + label);
        }
      }
      return Clustering.of(labels);
    }

    private Map<String, String> call(List<CorefDocument> input, List<GoldEventDocument> set) {
      String where = corpusName + " " + set.get(0).id()
          + (set.size() > 1 ? " and " + (set.size() - 1) + " more" : "");
      long started = System.nanoTime();
      try {
        Map<String, String> answer = system.cluster(input);
        List<String> missing = input.stream()
            .flatMap(document -> document.mentions().stream())
            .map(CorefMention::id)
            .filter(id -> answer.get(id) == null)
            .toList();
        if (!missing.isEmpty()) {
          fail(where + ": " + system.name() + " gave no cluster to " + missing.size()
              + " mentions, e.g. " + missing.get(0));
          return Map.of();
        }
        return answer;
      } catch (RuntimeException e) {
        fail(where + ": " + system.name() + " failed: " + e);
        return Map.of();
      } finally {
        nanos += System.nanoTime() - started;
      }
    }

    private void fail(String message) {
      err.println("error: " + message);
      failures.add(message);
    }
  }

  private static List<GoldEventMention> mentionsOf(List<GoldEventDocument> documents) {
    return documents.stream().flatMap(document -> document.mentions().stream()).toList();
  }

  private static Map<String, String> goldLabels(List<GoldEventMention> mentions) {
    Map<String, String> labels = new LinkedHashMap<>();
    mentions.forEach(mention -> labels.put(mention.id(), mention.cluster()));
    return labels;
  }

  /** The mentions whose gold cluster has another mention among them. */
  private static List<GoldEventMention> withoutGoldSingletons(List<GoldEventMention> mentions) {
    Map<String, Integer> sizes = new HashMap<>();
    mentions.forEach(mention -> sizes.merge(mention.cluster(), 1, Integer::sum));
    return mentions.stream()
        .filter(mention -> sizes.getOrDefault(mention.cluster(), 0) > 1)
        .toList();
  }

  /**
   * Scores the key against the response pooled over all sets, and set by set for the macro
   * average; {@code prepare} is applied to both sides after they are restricted to a set.
   */
  private static CorefRow row(
      String label,
      Clustering key,
      Clustering response,
      List<List<GoldEventMention>> sets,
      UnaryOperator<Clustering> prepare) {
    Clustering pooledKey = prepare.apply(key);
    Clustering pooledResponse = prepare.apply(response);
    double sum = 0;
    int scored = 0;
    for (List<GoldEventMention> set : sets) {
      List<String> ids = set.stream().map(GoldEventMention::id).toList();
      Clustering setKey = prepare.apply(key.restrictedTo(ids));
      if (setKey.size() > 0) {
        sum += CorefScore.of(setKey, prepare.apply(response.restrictedTo(ids))).conllF1();
        scored++;
      }
    }
    return new CorefRow(
        label,
        pooledKey.size(),
        pooledKey.clusters().size(),
        pooledResponse.clusters().size(),
        CorefScore.of(pooledKey, pooledResponse),
        scored == 0 ? 0 : sum / scored,
        scored);
  }
}
