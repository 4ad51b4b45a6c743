package org.annalist.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.events.EventMention.Certainty;
import org.annalist.events.EventMention.TimeBasis;
import org.annalist.events.EventType;
import org.annalist.timeline.EventRelation.Kind;
import org.annalist.timeline.TimelineBuilder.EntityInfo;
import org.annalist.timeline.TimelineEvent.When;
import org.jspecify.annotations.Nullable;

/**
 * How much an event matters to a reader of the timeline, from 0 to 1, from evidence any corpus
 * has: how exactly its own sentence dates it, how many independent witnesses tell it (and how
 * often), whether it names who took part and how central they are in the corpus, its type,
 * whether it stands in a series, answers a request or is answered, or holds or is part of another
 * event, and whether a document tells it first (in its headline or lead, where news and essays put
 * what matters most). The weighted sum is scaled down for events only probably told, and for a story's events
 * (told only by fiction). docs/EVENTS.md gives the formula and why.
 */
final class Importance {
  static final double DATE = 0.20;
  static final double WITNESSES = 0.20;
  static final double NAMED = 0.08;
  static final double CENTRAL = 0.12;
  static final double TYPE = 0.12;
  static final double RELATIONS = 0.16;
  static final double LEAD = 0.12;
  /** What a telling in a document's first, second and third sentence that tells events is worth. */
  private static final double[] LEAD_WEIGHTS = {1.0, 0.6, 0.3};
  /** What an event only fiction tells keeps of its score: a story's event, not history's. */
  static final double FICTION = 0.4;
  /** What an event only probably told keeps ("reportedly", "probably"). */
  static final double PROBABLE = 0.85;

  /**
   * The weight of each type: the kinds of event that chronologies are made of (wars and battles,
   * treaties, meetings and visits, requests and their answers, appointments, births and deaths,
   * trials) above everyday communication, change and the verbs of no type.
   */
  static final Map<EventType, Double> TYPE_WEIGHTS = typeWeights();

  private final Map<String, Source> sources;
  private final Map<String, EntityInfo> entities;
  private final Map<String, List<EventRelation>> relations;
  private final Map<String, Set<Kind>> pointedBy = new HashMap<>();
  /** For each document, the starts of its sentences that tell events, in order. */
  private final Map<String, List<Integer>> eventSentences = new HashMap<>();

  private final int mostMentions;
  private final int documents;

  /**
   * @param relations each event's relations ({@link EventRelations}), by its id
   */
  Importance(
      Map<String, Source> sources,
      Map<String, EntityInfo> entities,
      Map<String, List<EventRelation>> relations,
      List<TimelineEvent> events) {
    this.sources = sources;
    this.entities = entities;
    this.relations = relations;
    relations
        .values()
        .forEach(list -> list.forEach(relation -> pointedBy
            .computeIfAbsent(relation.event(), e -> EnumSet.noneOf(Kind.class))
            .add(relation.kind())));
    Map<String, Set<Integer>> starts = new HashMap<>();
    for (TimelineEvent event : events) {
      for (Attestation attestation : event.attestations()) {
        starts
            .computeIfAbsent(attestation.document(), d -> new TreeSet<>())
            .add(attestation.mention().sentence().start());
      }
    }
    starts.forEach((document, sentences) -> eventSentences.put(document, List.copyOf(sentences)));
    this.mostMentions = Math.max(
        1, entities.values().stream().mapToInt(EntityInfo::mentions).max().orElse(1));
    this.documents = Math.max(1, sources.size());
  }

  private static Map<EventType, Double> typeWeights() {
    Map<EventType, Double> weights = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      weights.put(
          type,
          switch (type) {
            case CONFLICT, AGREEMENT -> 1.0;
            case MEETING, PERSONNEL, LIFE -> 0.9;
            case MOVEMENT, REQUEST, RESPONSE, JUSTICE, DEMONSTRATION, BUSINESS, CREATION -> 0.8;
            case TRANSACTION, COMMUNICATION -> 0.6;
            case CHANGE -> 0.5;
            case OTHER -> 0.2;
          });
    }
    return Map.copyOf(weights);
  }

  /** The score of an event. */
  double of(TimelineEvent event) {
    double score = DATE * date(event.time())
        + WITNESSES * witnesses(event)
        + NAMED * named(event)
        + CENTRAL * central(event)
        + TYPE * TYPE_WEIGHTS.getOrDefault(event.type(), 0.0)
        + RELATIONS * related(event.id())
        + LEAD * lead(event);
    if (event.attestations().stream()
        .allMatch(a -> a.mention().factuality().certainty() != Certainty.CERTAIN)) {
      score *= PROBABLE;
    }
    if (!witnessed(event)) {
      score *= FICTION;
    }
    return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
  }

  /**
   * How exactly the event is dated: the confidence of its date times its precision (1 for a
   * day, less for wider spans); a date from the story or the publication counts for what its
   * confidence says; undated 0.
   */
  static double date(@Nullable When time) {
    if (time == null) {
      return 0;
    }
    long days =
        ChronoUnit.DAYS.between(LocalDate.parse(time.earliest()), LocalDate.parse(time.latest()))
            + 1;
    double precision = days <= 1
        ? 1.0
        : days <= 31 ? 0.85 : days <= 92 ? 0.7 : days <= 366 ? 0.55 : days <= 731 ? 0.4 : 0.25;
    double basis = time.basis() == TimeBasis.STATED ? 1.0 : 0.6;
    return Math.min(1, time.confidence() / 0.9) * precision * basis;
  }

  /**
   * Independent witnesses (sources not copying each other, fiction not counted): one 0.3, two
   * 0.7, three or more 1; with a fifth more for every further telling up to five, since a source
   * that returns to an event dwells on it.
   */
  private double witnesses(TimelineEvent event) {
    Set<String> groups = new HashSet<>();
    for (Attestation attestation : event.attestations()) {
      Source source = sources.get(attestation.document());
      if (source != null && source.isWitness()) {
        groups.add(source.witness());
      }
    }
    double independent = switch (groups.size()) {
      case 0 -> 0;
      case 1 -> 0.3;
      case 2 -> 0.7;
      default -> 1.0;
    };
    double tellings = Math.min(1, (event.attestations().size() - 1) / 4.0);
    return Math.min(1, 0.8 * independent + 0.2 * tellings);
  }

  private boolean witnessed(TimelineEvent event) {
    return event.attestations().stream().anyMatch(a -> {
      Source source = sources.get(a.document());
      return source == null || source.isWitness();
    });
  }

  /** Named participants and places: none 0, one 0.6, two or more 1. */
  private static double named(TimelineEvent event) {
    int named = event.participants().size() + event.places().size();
    return named == 0 ? 0 : named == 1 ? 0.6 : 1.0;
  }

  /**
   * How central its most central participant is in the corpus: the mean of its share of the
   * most-mentioned entity's mentions (on a log scale) and its share of the documents.
   */
  private double central(TimelineEvent event) {
    double best = 0;
    for (String id : event.participants()) {
      EntityInfo entity = entities.get(id);
      if (entity == null) {
        continue;
      }
      double mentions = Math.log1p(entity.mentions()) / Math.log1p(mostMentions);
      double spread = Math.min(1, (double) entity.documents() / documents);
      best = Math.max(best, (mentions + spread) / 2);
    }
    return best;
  }

  /**
   * A member of a series, or an answer to one, 1; a request answered 0.8; an answer to a request
   * outside a series 0.7; a part of another event, or one that holds others, 0.6; none 0.
   */
  private double related(String id) {
    Set<Kind> toIt = pointedBy.getOrDefault(id, Set.of());
    double best = toIt.contains(Kind.ANSWER_OF) ? 0.8 : toIt.contains(Kind.PART_OF) ? 0.6 : 0;
    for (EventRelation relation : relations.getOrDefault(id, List.of())) {
      double weight = switch (relation.kind()) {
        case SERIES -> 1.0;
        case ANSWER_OF -> inSeries(relation.event()) ? 1.0 : 0.7;
        case PART_OF -> 0.6;
      };
      best = Math.max(best, weight);
    }
    return best;
  }

  /**
   * Whether a document tells the event first: 1 in its first sentence that tells events (a
   * headline, a lead), 0.6 in the second, 0.3 in the third, else 0; the best of its tellings.
   */
  private double lead(TimelineEvent event) {
    double best = 0;
    for (Attestation attestation : event.attestations()) {
      List<Integer> sentences = eventSentences.getOrDefault(attestation.document(), List.of());
      int rank =
          Collections.binarySearch(sentences, attestation.mention().sentence().start());
      if (rank >= 0 && rank < LEAD_WEIGHTS.length) {
        best = Math.max(best, LEAD_WEIGHTS[rank]);
      }
    }
    return best;
  }

  private boolean inSeries(String id) {
    return relations.getOrDefault(id, List.of()).stream().anyMatch(r -> r.kind() == Kind.SERIES);
  }
}
