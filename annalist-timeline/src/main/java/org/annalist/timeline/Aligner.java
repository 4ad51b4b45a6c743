package org.annalist.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.annalist.events.EventLexicon;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Outcome;
import org.jgrapht.alg.util.UnionFind;

/**
 * Clusters the attestations that tell the same event, within and across documents.
 *
 * <p>Blocking: only attestations of the same synonym group are compared (responses, and the
 * numbered acts of related groups, each form one block). Within a block a pair is scored from
 * its evidence — the same word, the same place in a numbered series, shared participants,
 * overlapping dates, the same object or counted thing — and pairs that cannot be the same event
 * are vetoed (different series numbers, different named doers, different objects, dates that
 * cannot both hold unless both are the same numbered act: the same series number and a shared
 * participant). Pairs are merged best first, and a merge that would put two series numbers into
 * one event is refused.
 */
public final class Aligner {
  /** The score a pair needs to be merged. */
  static final double THRESHOLD = 2.0;
  /**
   * Two sources using the same word for an event in the same block, with nothing against it
   * (no other date, doer, object or series number), are taken to tell the same event.
   */
  static final double SAME_WORD = 1.5;
  /** Evidence that the event is about the same thing ("sent a telegram" twice). */
  static final double SAME_THEME = 0.5;
  /** The score two tellings in one document need: a source mostly tells an event once, so repeats need more. */
  static final double SAME_DOCUMENT_THRESHOLD = 4.5;
  /**
   * The block of numbered acts of related groups (sending a message, making a request), joined by
   * every telling of a frame that some source numbers: "sent a telegram" meets "the first telegram".
   */
  static final String SERIES = "series|related";
  /** The least slack after a narrative's reference time: what a story tells next may be a little later. */
  static final long REFERENCE_SLACK_DAYS = 31;
  /**
   * Within this many sentences of where the narrative told its date, an event keeps only the
   * least slack; further on the story may have moved on by as much as the date's own length.
   */
  static final int RECENT_SENTENCES = 2;
  /** An interval wider than this many days dates an event only weakly. */
  static final long VAGUE_DAYS = 731;

  /**
   * Whether an attestation belongs on a timeline: an event told as having happened (no {@link
   * StatementReason}), with something to identify it by. It may be undated: the timeline keeps
   * such an event apart from the dated ones ({@link TimelineBuilder}) instead of dropping it.
   */
  public static boolean isReportable(EventMention mention) {
    return StatementReason.of(mention) == null
        && (!mention.participants().isEmpty()
            || !mention.quantities().isEmpty()
            || mention.ordinal() != null
            || mention.series() != null);
  }

  /**
   * The block an attestation is compared within: responses together, numbered acts of related
   * groups together, else its synonym group (what the event is about is weighed in the score).
   */
  static String block(EventMention mention) {
    if (mention.outcome() != Outcome.NONE) {
      return "response";
    }
    if (mention.ordinal() != null && EventLexicon.english().isRelatedGroup(mention.group())) {
      return SERIES;
    }
    return mention.group();
  }

  private static String plainFrame(EventMention mention) {
    return mention.group() + "|" + (mention.theme() == null ? "" : mention.theme());
  }

  private final TimelineTasks tasks;

  /** An aligner that clusters its blocks in parallel in this process. */
  public Aligner() {
    this(TimelineTasks.IN_PROCESS);
  }

  /** An aligner that has its blocks clustered elsewhere. */
  public Aligner(TimelineTasks tasks) {
    this.tasks = tasks;
  }

  /** The clusters, each in document and offset order; every attestation is in exactly one. */
  public List<List<Attestation>> align(List<Attestation> attestations) {
    Set<String> numberedFrames = new HashSet<>();
    for (Attestation attestation : attestations) {
      EventMention mention = attestation.mention();
      if (mention.ordinal() != null && EventLexicon.english().isRelatedGroup(mention.group())) {
        numberedFrames.add(plainFrame(mention));
      }
    }
    Map<String, List<Attestation>> blocks = new LinkedHashMap<>();
    for (Attestation attestation : attestations) {
      String frame = numberedFrames.contains(plainFrame(attestation.mention()))
          ? SERIES
          : block(attestation.mention());
      blocks.computeIfAbsent(frame, key -> new ArrayList<>()).add(attestation);
    }
    List<List<Attestation>> clusters = new ArrayList<>();
    tasks.clusterEach(List.copyOf(blocks.values())).forEach(clusters::addAll);
    return clusters;
  }

  private record Pair(int a, int b, double score) {}

  /**
   * The clusters of one block, in order of their first attestation: pairs that qualify, merged
   * best first, unless a merge would join what cannot be one event.
   */
  public static List<List<Attestation>> cluster(List<Attestation> block) {
    AlignmentFeatures[] features = AlignmentFeatures.of(block);
    List<Pair> pairs = new ArrayList<>();
    for (long pair :
        CandidatePairs.qualifying(features, (a, b) -> merges(features[a], features[b]))) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      pairs.add(new Pair(a, b, score(features[a], features[b])));
    }
    pairs.sort(Comparator.comparingDouble(Pair::score)
        .reversed()
        .thenComparingInt(Pair::a)
        .thenComparingInt(Pair::b));
    UnionFind<Integer> merged =
        new UnionFind<>(IntStream.range(0, block.size()).boxed().collect(Collectors.toSet()));
    // Each cluster's tellings so far, at the position the union-find keeps as its representative.
    List<FormingCluster> forming = new ArrayList<>(block.size());
    for (int i = 0; i < block.size(); i++) {
      forming.add(new FormingCluster(i, features[i]));
    }
    for (Pair pair : pairs) {
      int a = merged.find(pair.a());
      int b = merged.find(pair.b());
      if (a != b && forming.get(a).mayJoin(forming.get(b), features)) {
        FormingCluster joined = forming.get(a);
        joined.absorb(forming.get(b));
        merged.union(a, b);
        forming.set(merged.find(a), joined);
      }
    }
    Map<Integer, List<Attestation>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < block.size(); i++) {
      byRoot.computeIfAbsent(merged.find(i), key -> new ArrayList<>()).add(block.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  /** Whether a pair scores enough to merge directly: more when both tellings are in one document. */
  private static boolean merges(AlignmentFeatures a, AlignmentFeatures b) {
    return score(a, b) >= (a.document().equals(b.document()) ? SAME_DOCUMENT_THRESHOLD : THRESHOLD);
  }

  /**
   * Whether two attestations cannot be one event whatever else they share: different series
   * numbers, or (unless both are the same numbered act) different named doers, different objects or dates
   * that cannot both hold. Different doers are also checked for every pair a merge would bring
   * together, so that two sources naming different doers are never joined through a third.
   */
  static boolean vetoed(AlignmentFeatures a, AlignmentFeatures b) {
    if (a.otherNumber(b)) {
      return true;
    }
    if (a.sameNumberedAct(b)) {
      return false;
    }
    boolean otherObjects = a.theme() != null && b.theme() != null && !a.theme().equals(b.theme());
    return otherDoers(a, b) || otherObjects || a.overlap(b) == Overlap.DISJOINT;
  }

  /** Whether the sentences name different doers, and the two are not the same numbered act. */
  private static boolean otherDoers(AlignmentFeatures a, AlignmentFeatures b) {
    if (a.sameNumberedAct(b)) {
      return false;
    }
    return !a.namedAgents().isEmpty()
        && !b.namedAgents().isEmpty()
        && Collections.disjoint(a.namedAgents(), b.namedAgents());
  }

  /** The evidence that two attestations tell one event; 0 when something rules it out. */
  static double score(AlignmentFeatures a, AlignmentFeatures b) {
    if (a.sameSentence(b) || a.seriesClaim() || b.seriesClaim() || vetoed(a, b)) {
      return 0;
    }
    double score = a.sameNumberedAct(b) ? 2 : 0;
    score += a.lemma().equals(b.lemma()) ? SAME_WORD : 0;
    score += a.theme() != null && a.theme().equals(b.theme()) ? SAME_THEME : 0;
    score += Collections.disjoint(a.agents(), b.agents()) ? 0 : 1;
    score += Math.min(1.5, shared(a.others(), b.others()));
    score += Collections.disjoint(a.units(), b.units()) ? 0 : 0.5;
    score += switch (a.overlap(b)) {
      case PRECISE -> 1.0;
      case VAGUE -> 0.3;
      default -> 0;
    };
    return score;
  }

  private static int shared(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String entity : a) {
      shared += b.contains(entity) ? 1 : 0;
    }
    return shared;
  }

  enum Overlap {
    PRECISE,
    VAGUE,
    DISJOINT,
    UNKNOWN
  }

  /**
   * The last day an attestation's date allows. A narrative's reference time says where the story
   * stands when the sentence begins; what it tells may come later, so the window is extended by
   * a month right after the date was told, and further on by its own length ("in 1942" may run
   * into 1943), at least a month.
   */
  static LocalDate latest(EventTime time) {
    LocalDate end = time.days().latest();
    if (time.explicit()) {
      return end;
    }
    return end.plusDays(
        time.sentencesBack() <= RECENT_SENTENCES
            ? REFERENCE_SLACK_DAYS
            : Math.max(REFERENCE_SLACK_DAYS, time.days().days()));
  }
}
