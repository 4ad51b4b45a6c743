package org.annalist.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;

/**
 * How each file of a hostile corpus ended: reported on a {@code failed: PATH: REASON: MESSAGE}
 * line (the outcome is the reason), stored, or neither.
 *
 * @param outcomes each checked file's outcome
 * @param reportedPaths every path the run reported as failed
 */
record HostileOutcomes(Map<Path, String> outcomes, Set<String> reportedPaths) {
  static final String STORED = "stored";
  static final String NEITHER = "neither reported nor stored";
  private static final String FAILED = "failed: ";

  static HostileOutcomes of(HostileCorpus corpus, String output, AnnalistStore store) {
    Map<String, String> reasons = new TreeMap<>();
    output.lines().filter(line -> line.startsWith(FAILED)).forEach(line -> {
      String[] parts = line.substring(FAILED.length()).split(": ", 3);
      reasons.put(parts[0], parts.length > 1 ? parts[1] : "");
    });
    Set<String> stored = new HashSet<>();
    for (DocumentSummary summary : store.documents()) {
      store.document(summary.id()).ifPresent(document -> stored.addAll(document.paths()));
    }
    Map<Path, String> outcomes = new LinkedHashMap<>();
    Set<Path> checked = new java.util.LinkedHashSet<>(corpus.files().keySet());
    checked.addAll(corpus.good());
    for (Path file : checked) {
      String path = file.toString();
      outcomes.put(
          file,
          reasons.containsKey(path) ? reasons.get(path) : stored.contains(path) ? STORED : NEITHER);
    }
    return new HostileOutcomes(outcomes, reasons.keySet());
  }

  String outcome(Path file) {
    return outcomes.getOrDefault(file, NEITHER);
  }

  /** Outcome counts per kind, for the report. */
  Map<HostileKind, Map<String, Integer>> byKind(HostileCorpus corpus) {
    Map<HostileKind, Map<String, Integer>> counts = new EnumMap<>(HostileKind.class);
    corpus
        .files()
        .forEach((file, kind) -> counts
            .computeIfAbsent(kind, k -> new TreeMap<>())
            .merge(outcome(file), 1, Integer::sum));
    return counts;
  }
}
