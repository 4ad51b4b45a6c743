package org.annalist.eval.events.coref;

import static org.annalist.model.Checks.requireArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A partition of mentions into clusters (a key or a response), given as one cluster label per
 * mention id. Key and response may hold different mentions: a mention in only one of them is
 * scored as the metrics define (it can never be a correct link).
 */
public final class Clustering {
  private final Map<String, String> labels;
  private final List<Set<String>> clusters;

  private Clustering(Map<String, String> labels) {
    this.labels = labels;
    Map<String, Set<String>> byLabel = new LinkedHashMap<>();
    labels.forEach(
        (mention, label) -> byLabel.computeIfAbsent(label, l -> new HashSet<>()).add(mention));
    this.clusters = byLabel.values().stream().map(Set::copyOf).toList();
  }

  /** The clustering in which mentions with equal labels are one cluster. */
  public static Clustering of(Map<String, String> labelByMention) {
    labelByMention.forEach((mention, label) -> {
      Objects.requireNonNull(mention, "mention");
      Objects.requireNonNull(label, "label of " + mention);
    });
    return new Clustering(Collections.unmodifiableMap(new LinkedHashMap<>(labelByMention)));
  }

  /** The clustering whose clusters are the given disjoint sets. */
  public static Clustering ofClusters(Collection<? extends Collection<String>> clusters) {
    Map<String, String> labels = new LinkedHashMap<>();
    int index = 0;
    for (Collection<String> cluster : clusters) {
      requireArgument(!cluster.isEmpty(), "cluster %s is empty", index);
      for (String mention : cluster) {
        @Nullable String previous = labels.put(mention, String.valueOf(index));
        requireArgument(
            previous == null, "mention %s is in clusters %s and %s", mention, previous, index);
      }
      index++;
    }
    return of(labels);
  }

  /** The clusters, none empty. */
  public List<Set<String>> clusters() {
    return clusters;
  }

  /** The label of each mention. */
  public Map<String, String> labels() {
    return labels;
  }

  public boolean contains(String mention) {
    return labels.containsKey(mention);
  }

  /** The label of the mention's cluster; it must be in this clustering. */
  public String labelOf(String mention) {
    @Nullable String label = labels.get(mention);
    requireArgument(label != null, "mention %s is not in this clustering", mention);
    return label;
  }

  /** The number of mentions. */
  public int size() {
    return labels.size();
  }

  /** The same clusters with only the given mentions (clusters left empty disappear). */
  public Clustering restrictedTo(Collection<String> mentions) {
    Set<String> kept = new HashSet<>(mentions);
    Map<String, String> restricted = new LinkedHashMap<>();
    labels.forEach((mention, label) -> {
      if (kept.contains(mention)) {
        restricted.put(mention, label);
      }
    });
    return of(restricted);
  }

  /** The clusters of two or more mentions. */
  public Clustering withoutSingletons() {
    List<Set<String>> kept = new ArrayList<>();
    for (Set<String> cluster : clusters) {
      if (cluster.size() > 1) {
        kept.add(cluster);
      }
    }
    return ofClusters(kept);
  }

  @Override
  public String toString() {
    return clusters.toString();
  }
}
