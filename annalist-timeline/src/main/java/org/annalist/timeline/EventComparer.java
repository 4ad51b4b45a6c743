package org.annalist.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the sources of one aligned event at a time: their tellings against each other, and
 * every claim about a whole series ("refused all six") against them. Needs nothing of the corpus
 * but the path of each document (for explanations) and the series claims, so events can be
 * compared wherever those are.
 */
public final class EventComparer {
  private final Map<String, String> paths;
  private final List<Attestation> seriesClaims;
  private final ConflictFinder finder;

  /**
   * @param paths each document's path, by id
   * @param seriesClaims the attestations that claim something of a whole series, in document and
   *     offset order
   */
  public EventComparer(Map<String, String> paths, List<Attestation> seriesClaims) {
    this.paths = Map.copyOf(paths);
    this.seriesClaims = List.copyOf(seriesClaims);
    this.finder = new ConflictFinder(this.paths);
  }

  public Map<String, String> paths() {
    return paths;
  }

  public List<Attestation> seriesClaims() {
    return seriesClaims;
  }

  /** The event's conflicts: those within it first, then each series claim against it. */
  public List<ConflictDraft> compare(List<Attestation> event) {
    List<ConflictDraft> drafts = new ArrayList<>(finder.within(event));
    for (Attestation claim : seriesClaims) {
      finder.seriesAgainst(claim, event).ifPresent(drafts::add);
    }
    return drafts;
  }
}
