package org.annalist.eval.events.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.eval.score.Prf;
import org.jgrapht.alg.util.UnionFind;

/**
 * The link-based, mention-based and entity-based coreference metrics, from their definitions.
 * Each compares a key (gold) clustering with a response (system) clustering; a mention in only
 * one of them counts as its own cluster in the other's partition (MUC) or shares nothing with
 * it (B-cubed, CEAF). A score with nothing to divide by is 0.
 */
public final class CorefMetrics {
  private CorefMetrics() {}

  /**
   * MUC (Vilain et al. 1995). Recall: for each key cluster {@code K}, {@code |K| - |p(K)|} over
   * {@code |K| - 1}, summed over key clusters before dividing, where {@code p(K)} partitions
   * {@code K} by the response clusters (a mention the response lacks is a part of its own).
   * Precision: the same with key and response swapped. Singletons add nothing either way.
   */
  public static Prf muc(Clustering key, Clustering response) {
    return Prf.of(mucRecall(response, key), mucRecall(key, response));
  }

  private static double mucRecall(Clustering key, Clustering response) {
    long links = 0;
    long found = 0;
    for (Set<String> cluster : key.clusters()) {
      Set<String> parts = new HashSet<>();
      for (String mention : cluster) {
        parts.add(response.contains(mention) ? "r:" + response.labelOf(mention) : "m:" + mention);
      }
      links += cluster.size() - 1;
      found += cluster.size() - parts.size();
    }
    return links == 0 ? 0 : (double) found / links;
  }

  /**
   * B-cubed (Bagga &amp; Baldwin 1998), every mention weighted equally. Recall: the mean over key
   * mentions of {@code |K ∩ R| / |K|}, where {@code K} and {@code R} are the mention's key and
   * response clusters ({@code 0} when the response lacks the mention). Precision: the mean over
   * response mentions of {@code |K ∩ R| / |R|}.
   */
  public static Prf bCubed(Clustering key, Clustering response) {
    Map<Pair, Integer> overlaps = overlaps(key, response);
    Map<String, Integer> keySizes = sizes(key);
    Map<String, Integer> responseSizes = sizes(response);
    double recall = 0;
    double precision = 0;
    for (Map.Entry<Pair, Integer> overlap : overlaps.entrySet()) {
      double shared = overlap.getValue();
      recall += shared * shared / of(keySizes, overlap.getKey().key());
      precision += shared * shared / of(responseSizes, overlap.getKey().response());
    }
    return Prf.of(
        response.size() == 0 ? 0 : precision / response.size(),
        key.size() == 0 ? 0 : recall / key.size());
  }

  /**
   * Entity-based CEAF, CEAF-e (Luo 2005): the similarity of a key and a response cluster is
   * {@code φ4(K, R) = 2 |K ∩ R| / (|K| + |R|)}; the key and response clusters are aligned one to
   * one so that the sum of similarities {@code Φ} is largest. Recall {@code Φ / |key clusters|},
   * precision {@code Φ / |response clusters|}. The alignment is found for each connected part of
   * the overlap graph on its own (clusters that share no mention have similarity 0), with the
   * Kuhn-Munkres algorithm.
   */
  public static Prf ceafE(Clustering key, Clustering response) {
    Map<Pair, Integer> overlaps = overlaps(key, response);
    Map<String, Integer> keySizes = sizes(key);
    Map<String, Integer> responseSizes = sizes(response);
    double total = 0;
    for (List<Pair> component : components(overlaps.keySet())) {
      Map<String, Integer> rows = indices(component.stream().map(Pair::key).toList());
      Map<String, Integer> columns =
          indices(component.stream().map(Pair::response).toList());
      double[][] similarity = new double[rows.size()][columns.size()];
      for (Pair pair : component) {
        similarity[of(rows, pair.key())][of(columns, pair.response())] = 2.0
            * of(overlaps, pair)
            / (of(keySizes, pair.key()) + of(responseSizes, pair.response()));
      }
      total += KuhnMunkres.maximumWeight(similarity);
    }
    int keyClusters = key.clusters().size();
    int responseClusters = response.clusters().size();
    return Prf.of(
        responseClusters == 0 ? 0 : total / responseClusters,
        keyClusters == 0 ? 0 : total / keyClusters);
  }

  /** A key cluster label and a response cluster label. */
  private record Pair(String key, String response) {
    /** The key cluster as a node of the overlap graph. */
    String keyNode() {
      return "k:" + key;
    }

    /** The response cluster as a node of the overlap graph. */
    String responseNode() {
      return "r:" + response;
    }
  }

  /** The number of shared mentions of each key and response cluster that share any. */
  private static Map<Pair, Integer> overlaps(Clustering key, Clustering response) {
    Map<Pair, Integer> overlaps = new HashMap<>();
    key.labels().forEach((mention, keyLabel) -> {
      if (response.contains(mention)) {
        overlaps.merge(new Pair(keyLabel, response.labelOf(mention)), 1, Integer::sum);
      }
    });
    return overlaps;
  }

  /**
   * The count or index of a key that is in the map: the maps are built from the same two
   * clusterings (or the same component) as the keys looked up in them.
   */
  private static <K> int of(Map<K, Integer> values, K key) {
    return Objects.requireNonNull(values.get(key), "a label of these clusterings");
  }

  private static Map<String, Integer> sizes(Clustering clustering) {
    Map<String, Integer> sizes = new HashMap<>();
    clustering.labels().values().forEach(label -> sizes.merge(label, 1, Integer::sum));
    return sizes;
  }

  /** The overlapping pairs grouped into the connected parts of the bipartite overlap graph. */
  private static List<List<Pair>> components(Set<Pair> pairs) {
    Set<String> nodes = new HashSet<>();
    for (Pair pair : pairs) {
      nodes.add(pair.keyNode());
      nodes.add(pair.responseNode());
    }
    UnionFind<String> connected = new UnionFind<>(nodes);
    for (Pair pair : pairs) {
      connected.union(pair.keyNode(), pair.responseNode());
    }
    Map<String, List<Pair>> byRoot = new LinkedHashMap<>();
    for (Pair pair : pairs) {
      byRoot
          .computeIfAbsent(connected.find(pair.keyNode()), r -> new ArrayList<>())
          .add(pair);
    }
    return List.copyOf(byRoot.values());
  }

  /** Each distinct label with its index in order of first appearance. */
  private static Map<String, Integer> indices(List<String> labels) {
    Map<String, Integer> indices = new LinkedHashMap<>();
    labels.forEach(label -> indices.putIfAbsent(label, indices.size()));
    return indices;
  }
}
