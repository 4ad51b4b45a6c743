package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Flags on a document, each with a count of what raised it, e.g. {@code redacted -> 41}; in the
 * order of their names.
 */
public record DocumentFlags(Map<FlagName, Integer> counts) {
  public static final DocumentFlags NONE = new DocumentFlags(Map.of());

  public DocumentFlags {
    for (Map.Entry<FlagName, Integer> entry : counts.entrySet()) {
      requireArgument(
          entry.getValue() > 0,
          "flag %s must count at least 1, was %s",
          entry.getKey(),
          entry.getValue());
    }
    counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }

  public static DocumentFlags of(Map<FlagName, Integer> counts) {
    return new DocumentFlags(counts);
  }

  /** These flags and the other's; counts of a flag on both sides are added. */
  public DocumentFlags plus(DocumentFlags other) {
    Map<FlagName, Integer> merged = new TreeMap<>(counts);
    other.counts.forEach((flag, count) -> merged.merge(flag, count, Integer::sum));
    return new DocumentFlags(merged);
  }

  public boolean has(FlagName flag) {
    return counts.containsKey(flag);
  }

  public int count(FlagName flag) {
    return counts.getOrDefault(flag, 0);
  }

  /** The counts by each flag's name, as stored and exported, in the order of the names. */
  public Map<String, Integer> countsByName() {
    SortedMap<String, Integer> byName = new TreeMap<>();
    counts.forEach((flag, count) -> byName.put(flag.value(), count));
    return Collections.unmodifiableSortedMap(byName);
  }
}
