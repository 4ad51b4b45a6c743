package org.annalist.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.events.EventLexicon;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventMention.TimeBasis;
import org.annalist.events.EventType;
import org.annalist.timeline.EventRelation.Kind;
import org.annalist.timeline.TimelineEvent.When;
import org.jgrapht.alg.util.UnionFind;
import org.jspecify.annotations.Nullable;

/**
 * The relations between the events of a timeline that any corpus can have:
 *
 * <ul>
 *   <li>{@link Kind#SERIES}: the numbered acts of one series (the same kind of act, numbered, by
 *       a cast that shares someone: "the first letter", "a second letter", "the third letter"),
 *       each pointing to the series' first member, itself included, with its number. A series has
 *       at least two numbers; responses are not members, they answer one.
 *   <li>{@link Kind#ANSWER_OF}: a response (granted or refused) to the request it answers: the
 *       member of a series with the response's number whose cast it shares, else the nearest
 *       request told before it (or in its own sentence: "refused Vaslov's request") in a document
 *       that tells both, made by someone the response goes to, or to someone who responds.
 *   <li>{@link Kind#PART_OF}: an event inside another, only where the evidence is clear: both
 *       dated by their own sentences, the whole a conflict, meeting or movement whose days hold
 *       the part's and are wider, the part of a compatible type and another synonym group, with the
 *       same doer, told in a document that tells the whole (a battle of a campaign, a day of a
 *       visit); of several wholes, the narrowest.
 * </ul>
 */
final class EventRelations {
  /** What a whole of each type may hold. */
  private static final Map<EventType, Set<EventType>> PARTS = Map.of(
      EventType.CONFLICT, Set.of(EventType.CONFLICT),
      EventType.MEETING, visitParts(),
      EventType.MOVEMENT, visitParts());

  private final EventLexicon lexicon;

  EventRelations(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  private static Set<EventType> visitParts() {
    return Set.of(
        EventType.MEETING,
        EventType.MOVEMENT,
        EventType.COMMUNICATION,
        EventType.AGREEMENT,
        EventType.REQUEST,
        EventType.RESPONSE);
  }

  /** The relations of each event, by its id; an event without any is not in the map. */
  Map<String, List<EventRelation>> of(List<TimelineEvent> events) {
    List<Facts> facts = events.stream().map(this::facts).toList();
    Map<String, List<EventRelation>> relations = new LinkedHashMap<>();
    List<List<Facts>> series = series(facts);
    for (List<Facts> members : series) {
      Facts first = members.get(0);
      for (Facts member : members) {
        add(relations, member, new EventRelation(Kind.SERIES, first.id(), member.ordinal()));
      }
    }
    Map<String, List<Facts>> requests =
        byDocument(facts.stream().filter(Facts::asks).toList());
    Map<String, List<Facts>> wholes = byDocument(facts.stream()
        .filter(f -> f.stated() && f.days() > 1 && PARTS.containsKey(f.type()))
        .toList());
    for (Facts response : facts) {
      if (response.response()) {
        Facts request = answered(response, series, candidates(response, requests));
        if (request != null) {
          add(relations, response, new EventRelation(Kind.ANSWER_OF, request.id(), null));
        }
      }
    }
    for (Facts part : facts) {
      Facts whole = whole(part, candidates(part, wholes));
      if (whole != null) {
        add(relations, part, new EventRelation(Kind.PART_OF, whole.id(), null));
      }
    }
    return relations;
  }

  /** The events each document tells, for the relations that need a shared story. */
  private static Map<String, List<Facts>> byDocument(List<Facts> facts) {
    Map<String, List<Facts>> byDocument = new HashMap<>();
    for (Facts event : facts) {
      event.tellings().stream()
          .map(Telling::document)
          .distinct()
          .forEach(d -> byDocument.computeIfAbsent(d, k -> new ArrayList<>()).add(event));
    }
    return byDocument;
  }

  /** The events of {@code index} told in a document that also tells {@code event}, each once. */
  private static List<Facts> candidates(Facts event, Map<String, List<Facts>> index) {
    Set<Facts> found = new LinkedHashSet<>();
    event.tellings().forEach(t -> found.addAll(index.getOrDefault(t.document(), List.of())));
    return List.copyOf(found);
  }

  private static void add(
      Map<String, List<EventRelation>> relations, Facts event, EventRelation relation) {
    relations.computeIfAbsent(event.id(), id -> new ArrayList<>()).add(relation);
  }

  /** Where one event was told: a document and the offsets of its trigger and sentence. */
  private record Telling(String document, int trigger, int sentenceStart) {}

  /** What the relations compare of one event, worked out once. */
  private record Facts(
      String id,
      int size,
      EventType type,
      String group,
      String block,
      @Nullable Integer ordinal,
      boolean response,
      boolean asks,
      Set<String> agents,
      Set<String> others,
      @Nullable LocalDate earliest,
      @Nullable LocalDate latest,
      boolean stated,
      List<Telling> tellings) {
    Set<String> cast() {
      Set<String> cast = new HashSet<>(agents);
      cast.addAll(others);
      return cast;
    }

    long days() {
      return earliest == null || latest == null
          ? Long.MAX_VALUE
          : latest.toEpochDay() - earliest.toEpochDay() + 1;
    }
  }

  private Facts facts(TimelineEvent event) {
    EventMention first = event.attestations().get(0).mention();
    Integer ordinal = null;
    int answers = 0;
    Set<String> agents = new HashSet<>();
    Set<String> others = new HashSet<>();
    List<Telling> tellings = new ArrayList<>();
    for (Attestation attestation : event.attestations()) {
      EventMention mention = attestation.mention();
      if (mention.ordinal() != null && ordinal == null) {
        ordinal = mention.ordinal().value();
      }
      answers += mention.outcome() == Outcome.NONE ? 0 : 1;
      agents.addAll(attestation.entities(Role.AGENT));
      others.addAll(attestation.entities(Role.RECIPIENT));
      others.addAll(attestation.entities(Role.PATIENT));
      tellings.add(new Telling(
          attestation.document(), mention.trigger().start(), mention.sentence().start()));
    }
    When time = event.time();
    boolean related = lexicon.isRelatedGroup(first.group());
    return new Facts(
        event.id(),
        event.attestations().size(),
        event.type(),
        first.group(),
        related ? "related" : first.group(),
        ordinal,
        2 * answers > event.attestations().size(),
        event.type() == EventType.REQUEST
            || lexicon.asks(first.group())
            || related && ordinal != null,
        agents,
        others,
        time == null ? null : LocalDate.parse(time.earliest()),
        time == null ? null : LocalDate.parse(time.latest()),
        time != null && time.basis() == TimeBasis.STATED,
        tellings);
  }

  /**
   * The series: numbered events that are not responses, of one block (synonym group, or the
   * related groups together), joined where their casts share someone; each with at least two
   * numbers, first member first (of the lowest number, the most told), then by number.
   */
  private static List<List<Facts>> series(List<Facts> facts) {
    List<Facts> numbered =
        facts.stream().filter(f -> f.ordinal() != null && !f.response()).toList();
    UnionFind<Integer> joined = new UnionFind<>(new HashSet<>(indexes(numbered.size())));
    for (int a = 0; a < numbered.size(); a++) {
      for (int b = a + 1; b < numbered.size(); b++) {
        if (numbered.get(a).block().equals(numbered.get(b).block())
            && !Collections.disjoint(numbered.get(a).cast(), numbered.get(b).cast())) {
          joined.union(a, b);
        }
      }
    }
    Map<Integer, List<Facts>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < numbered.size(); i++) {
      byRoot.computeIfAbsent(joined.find(i), r -> new ArrayList<>()).add(numbered.get(i));
    }
    List<List<Facts>> series = new ArrayList<>();
    for (List<Facts> members : byRoot.values()) {
      if (members.stream().map(Facts::ordinal).distinct().count() >= 2) {
        List<Facts> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing((Facts f) -> Objects.requireNonNull(f.ordinal()))
            .thenComparing(Comparator.comparingInt(Facts::size).reversed())
            .thenComparing(Facts::id));
        series.add(ordered);
      }
    }
    return series;
  }

  private static List<Integer> indexes(int size) {
    List<Integer> indexes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      indexes.add(i);
    }
    return indexes;
  }

  /** The request a response answers, or null ({@link EventRelations}). */
  private static @Nullable Facts answered(
      Facts response, List<List<Facts>> series, List<Facts> requests) {
    if (response.ordinal() != null) {
      for (List<Facts> members : series) {
        for (Facts member : members) {
          if (response.ordinal().equals(member.ordinal())
              && !Collections.disjoint(member.cast(), response.cast())) {
            return member;
          }
        }
      }
    }
    Facts best = null;
    long nearest = Long.MAX_VALUE;
    for (Facts request : requests) {
      if (request == response || !addressed(request, response)) {
        continue;
      }
      if (request.earliest() != null
          && response.latest() != null
          && request.earliest().isAfter(response.latest())) {
        continue;
      }
      long distance = distance(request, response);
      if (distance < nearest) {
        nearest = distance;
        best = request;
      }
    }
    return best;
  }

  /** Whether the request was made by someone the response goes to, or to someone who responds. */
  private static boolean addressed(Facts request, Facts response) {
    return !Collections.disjoint(request.agents(), response.others())
        || !Collections.disjoint(request.others(), response.agents());
  }

  /**
   * How far before a response a request was told in a document that tells both: 0 in the same
   * sentence, else the characters between their triggers; {@link Long#MAX_VALUE} when no document
   * tells the request before the response.
   */
  private static long distance(Facts request, Facts response) {
    long nearest = Long.MAX_VALUE;
    for (Telling answer : response.tellings()) {
      for (Telling asked : request.tellings()) {
        if (!asked.document().equals(answer.document())) {
          continue;
        }
        if (asked.sentenceStart() == answer.sentenceStart()) {
          return 0;
        }
        if (asked.trigger() < answer.trigger()) {
          nearest = Math.min(nearest, answer.trigger() - asked.trigger());
        }
      }
    }
    return nearest;
  }

  /** The narrowest of the wholes that holds this event ({@link EventRelations}), or null. */
  private static @Nullable Facts whole(Facts part, List<Facts> wholes) {
    if (!part.stated() || part.earliest() == null || part.latest() == null) {
      return null;
    }
    Facts best = null;
    for (Facts whole : wholes) {
      Set<EventType> holds = PARTS.get(whole.type());
      boolean fits = whole != part
          && holds != null
          && holds.contains(part.type())
          && whole.stated()
          && !whole.group().equals(part.group())
          && holdsDays(whole, part)
          && !Collections.disjoint(whole.agents(), part.agents());
      if (fits && (best == null || whole.days() < best.days())) {
        best = whole;
      }
    }
    return best;
  }

  private static boolean holdsDays(Facts whole, Facts part) {
    return whole.earliest() != null
        && whole.latest() != null
        && part.earliest() != null
        && part.latest() != null
        && !whole.earliest().isAfter(part.earliest())
        && !whole.latest().isBefore(part.latest())
        && whole.days() > part.days();
  }
}
