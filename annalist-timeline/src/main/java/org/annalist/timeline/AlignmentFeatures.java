package org.annalist.timeline;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Quantity;
import org.annalist.events.EventMention.Role;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * What the aligner compares of one attestation, worked out once instead of for every pair: its
 * entities by role, its counted units and the days its date allows.
 *
 * @param ordinal its place in a numbered series, or null
 * @param seriesClaim whether it claims something of a whole series (such tellings are never aligned)
 * @param others the entities in roles other than doer
 * @param timed whether it has a date; {@code start} and {@code end} are meaningless without one
 * @param start the first day its date allows, as an epoch day
 * @param end the last day its date allows ({@link Aligner#latest}), as an epoch day
 * @param vague whether the date spans more than {@link Aligner#VAGUE_DAYS} days
 * @param seriesCast for a numbered telling, the entities its document names in the numbered
 *     tellings of its block (its own among them): who takes part in the series it counts; else empty
 */
record AlignmentFeatures(
    String document,
    Span sentence,
    String lemma,
    @Nullable String theme,
    @Nullable Integer ordinal,
    boolean seriesClaim,
    Set<String> agents,
    Set<String> namedAgents,
    Set<String> others,
    Set<String> units,
    boolean timed,
    long start,
    long end,
    boolean vague,
    Set<String> seriesCast) {

  /** The features of a block's attestations, in order. */
  static AlignmentFeatures[] of(List<Attestation> block) {
    Map<String, Set<String>> casts = new HashMap<>();
    for (Attestation attestation : block) {
      if (attestation.mention().ordinal() != null) {
        casts
            .computeIfAbsent(attestation.document(), d -> new HashSet<>())
            .addAll(attestation.entities());
      }
    }
    AlignmentFeatures[] features = new AlignmentFeatures[block.size()];
    for (int i = 0; i < features.length; i++) {
      Attestation attestation = block.get(i);
      boolean numbered = attestation.mention().ordinal() != null;
      features[i] =
          of(attestation, numbered ? Set.copyOf(casts.get(attestation.document())) : Set.of());
    }
    return features;
  }

  private static AlignmentFeatures of(Attestation attestation, Set<String> seriesCast) {
    EventMention mention = attestation.mention();
    Set<String> agents = attestation.entities(Role.AGENT);
    Set<String> others = new HashSet<>(attestation.entities());
    others.removeAll(agents);
    Set<String> units = new HashSet<>();
    mention.quantities().stream().map(Quantity::unit).forEach(units::add);
    EventTime time = mention.time();
    long start = time == null ? 0 : time.days().earliest().toEpochDay();
    long end = time == null ? 0 : Aligner.latest(time).toEpochDay();
    return new AlignmentFeatures(
        attestation.document(),
        mention.sentence(),
        mention.lemma(),
        mention.theme(),
        mention.ordinal() == null ? null : mention.ordinal().value(),
        mention.series() != null,
        Set.copyOf(agents),
        attestation.namedEntities(Role.AGENT),
        Set.copyOf(others),
        Set.copyOf(units),
        time != null,
        start,
        end,
        end - start + 1 > Aligner.VAGUE_DAYS,
        seriesCast);
  }

  /**
   * Whether both are the same numbered act: the same place in a series whose casts share someone.
   * A number alone names no act across a corpus ("the first letter" of two unrelated stories);
   * "by the time of the sixth call for help" is the sixth telegram of another source when both
   * sources' numbered tellings name the same sender or receiver.
   */
  boolean sameNumberedAct(AlignmentFeatures other) {
    return ordinal != null
        && ordinal.equals(other.ordinal)
        && !Collections.disjoint(seriesCast, other.seriesCast);
  }

  boolean otherNumber(AlignmentFeatures other) {
    return ordinal != null && other.ordinal != null && !ordinal.equals(other.ordinal);
  }

  boolean sameSentence(AlignmentFeatures other) {
    return document.equals(other.document) && sentence.equals(other.sentence);
  }

  Aligner.Overlap overlap(AlignmentFeatures other) {
    if (!timed || !other.timed) {
      return Aligner.Overlap.UNKNOWN;
    }
    if (end < other.start || other.end < start) {
      return Aligner.Overlap.DISJOINT;
    }
    return vague || other.vague ? Aligner.Overlap.VAGUE : Aligner.Overlap.PRECISE;
  }
}
