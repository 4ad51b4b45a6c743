package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Flags on a document, each with a count of what raised it, e.g. {@code redacted -> 41}.
 * Flag names are lower-case words joined by hyphens.
 */
public record DocumentFlags(Map<String, Integer> counts) {
  public static final String BOILERPLATE_REMOVED = "boilerplate-removed";
  public static final String REDACTED = "redacted";

  public static final DocumentFlags NONE = new DocumentFlags(Map.of());

  private static final Pattern FORM = Pattern.compile("[a-z]+(-[a-z]+)*");

  public DocumentFlags {
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      requireArgument(FORM.matcher(entry.getKey()).matches(),
          "flag must be lower-case words joined by hyphens, was '%s'", entry.getKey());
      requireArgument(entry.getValue() > 0, "flag %s must count at least 1, was %s",
          entry.getKey(), entry.getValue());
    }
    counts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }

  public static DocumentFlags of(Map<String, Integer> counts) {
    return new DocumentFlags(counts);
  }

  /** These flags and the other's; counts of a flag on both sides are added. */
  public DocumentFlags plus(DocumentFlags other) {
    Map<String, Integer> merged = new TreeMap<>(counts);
    other.counts.forEach((flag, count) -> merged.merge(flag, count, Integer::sum));
    return new DocumentFlags(merged);
  }

  public boolean has(String flag) {
    return counts.containsKey(flag);
  }

  public int count(String flag) {
    return counts.getOrDefault(flag, 0);
  }
}
