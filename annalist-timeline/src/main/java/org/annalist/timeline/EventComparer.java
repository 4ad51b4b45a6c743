package org.annalist.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.annalist.events.EventMention.Outcome;

/**
 * Compares the sources of one aligned event at a time: their tellings against each other, and
 * the claims about a whole series ("refused all six") that share a participant with them. Needs nothing of the corpus
 * but the path of each document (for explanations) and the series claims, so events can be
 * compared wherever those are.
 */
public final class EventComparer {
  private final Map<String, String> paths;
  private final List<Attestation> seriesClaims;
  private final SeriesClaims claimsByEntity;
  private final ConflictFinder finder;

  /**
   * @param paths how explanations name each document (its file name, or its path if another has that name), by id
   * @param seriesClaims the attestations that claim something of a whole series, in document and
   *     offset order
   */
  public EventComparer(Map<String, String> paths, List<Attestation> seriesClaims) {
    this.paths = Map.copyOf(paths);
    this.seriesClaims = List.copyOf(seriesClaims);
    this.claimsByEntity = new SeriesClaims(this.seriesClaims);
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
    for (Attestation claim : claimsByEntity.about(event)) {
      finder.seriesAgainst(claim, event).ifPresent(drafts::add);
    }
    return drafts;
  }

  /**
   * The claims about a whole series that went one way ("refused all six requests"), indexed by
   * the entities they name: a claim can only be checked against an event with a numbered response
   * that shares a participant with it ({@link ConflictFinder#seriesAgainst}), so each event is
   * checked against those claims alone, not against every claim of the corpus.
   */
  private static final class SeriesClaims {
    private final List<Attestation> claims = new ArrayList<>();
    private final Map<String, List<Integer>> byEntity = new HashMap<>();

    SeriesClaims(List<Attestation> ordered) {
      for (Attestation attestation : ordered) {
        if (attestation.mention().series() != null
            && attestation.mention().outcome() != Outcome.NONE) {
          for (String entity : attestation.entities()) {
            byEntity.computeIfAbsent(entity, e -> new ArrayList<>()).add(claims.size());
          }
          claims.add(attestation);
        }
      }
    }

    /** The claims that may concern the event, in corpus order. */
    List<Attestation> about(List<Attestation> event) {
      SortedSet<Integer> found = new TreeSet<>();
      for (Attestation member : event) {
        if (member.mention().ordinal() != null && member.mention().outcome() != Outcome.NONE) {
          member
              .entities()
              .forEach(entity -> found.addAll(byEntity.getOrDefault(entity, List.of())));
        }
      }
      return found.stream().map(claims::get).toList();
    }
  }
}
