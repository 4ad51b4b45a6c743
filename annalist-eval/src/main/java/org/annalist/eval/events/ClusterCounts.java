package org.annalist.eval.events;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How gold mentions fall into clusters.
 *
 * @param mentions the number of mentions
 * @param clusters the number of clusters, singletons included
 * @param singletons the clusters of one mention
 */
public record ClusterCounts(int mentions, int clusters, int singletons) {

  public static ClusterCounts of(Collection<GoldEventMention> mentions) {
    Map<String, Long> sizes = mentions.stream()
        .collect(Collectors.groupingBy(GoldEventMention::cluster, Collectors.counting()));
    int singletons = (int) sizes.values().stream().filter(size -> size == 1).count();
    return new ClusterCounts(mentions.size(), sizes.size(), singletons);
  }

  @Override
  public String toString() {
    return mentions + " mentions in " + clusters + " clusters (" + singletons + " singletons)";
  }
}
