package org.annalist.timeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.events.EventLexicon;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventType;
import org.annalist.model.EntityType;
import org.annalist.model.EventStatus;
import org.annalist.model.FlagName;
import org.annalist.timeline.TimelineEvent.When;
import org.jspecify.annotations.Nullable;

/**
 * Builds the timeline from the reportable attestations of every document: aligns them into
 * events, finds the conflicts, decides each event's status from independent witnesses, and
 * profiles each source.
 */
public final class TimelineBuilder {
  /**
   * What the timeline needs to know about an entity: its name, its type (null when it is not
   * known), and how often and in how many documents the corpus mentions it (how central it is).
   */
  public record EntityInfo(String name, @Nullable EntityType type, int mentions, int documents) {
    /** An entity whose mentions are not counted. */
    public EntityInfo(String name, @Nullable EntityType type) {
      this(name, type, 0, 0);
    }
  }

  private final Map<String, Source> sources;
  private final Map<String, EntityInfo> entities;
  private final TimelineTasks tasks;

  public TimelineBuilder(Map<String, Source> sources, Map<String, EntityInfo> entities) {
    this(sources, entities, TimelineTasks.IN_PROCESS);
  }

  /** A builder whose blocks are clustered and events compared by {@code tasks}. */
  public TimelineBuilder(
      Map<String, Source> sources, Map<String, EntityInfo> entities, TimelineTasks tasks) {
    this.sources = Map.copyOf(sources);
    this.entities = Map.copyOf(entities);
    this.tasks = tasks;
  }

  /**
   * How explanations name each document: by its file name, or by its whole path where another
   * source has the same file name.
   */
  static Map<String, String> names(Map<String, Source> sources) {
    Map<String, Integer> sharing = new HashMap<>();
    sources.values().forEach(source -> sharing.merge(fileName(source.path()), 1, Integer::sum));
    Map<String, String> names = new HashMap<>();
    sources.forEach((document, source) -> {
      String fileName = fileName(source.path());
      names.put(
          document,
          fileName.isEmpty() || sharing.getOrDefault(fileName, 0) > 1 ? source.path() : fileName);
    });
    return names;
  }

  private static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  public Timeline build(List<Attestation> attestations) {
    List<Attestation> ordered = new ArrayList<>(attestations);
    ordered.sort(Comparator.comparing(Attestation::document)
        .thenComparing(a -> a.mention().trigger()));
    List<List<Attestation>> clusters = clusters(ordered);
    List<TimelineEvent> events = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    List<Attestation> seriesClaims =
        ordered.stream().filter(a -> a.mention().series() != null).toList();
    List<List<ConflictDraft>> compared =
        tasks.compareEach(new EventComparer(names(sources), seriesClaims), clusters);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < clusters.size(); i++) {
      List<Attestation> cluster = clusters.get(i);
      String id = uniqueId(cluster.get(0), ids);
      List<ConflictDraft> drafts = compared.get(i);
      for (ConflictDraft draft : drafts) {
        conflicts.add(new Conflict(
            "cf-" + digest(id + ":" + draft.kind() + ":" + draft.claims()),
            id,
            draft.kind(),
            draft.explanation(),
            draft.claims()));
      }
      events.add(event(id, cluster, drafts.isEmpty() ? status(cluster) : EventStatus.CONFLICTING));
    }
    events = assessed(events);
    events.sort(Comparator.comparing(
            (TimelineEvent e) -> e.time() == null ? "9999" : e.time().earliest())
        .thenComparing(TimelineEvent::id));
    conflicts.sort(Comparator.comparing(Conflict::event).thenComparing(Conflict::id));
    return new Timeline(events, conflicts, new Profiler(sources).profiles(events, conflicts));
  }

  /** The events with their relations to each other and their importance. */
  private List<TimelineEvent> assessed(List<TimelineEvent> events) {
    Map<String, List<EventRelation>> relations =
        new EventRelations(EventLexicon.english()).of(events);
    Importance importance = new Importance(sources, entities, relations, events);
    List<TimelineEvent> assessed = new ArrayList<>(events.size());
    for (TimelineEvent event : events) {
      assessed.add(
          event.assessed(importance.of(event), relations.getOrDefault(event.id(), List.of())));
    }
    return assessed;
  }

  /**
   * The aligned clusters of the dated attestations, then each undated attestation as an event of
   * its own. Undated tellings are not aligned: with nothing to rule a pair out by date, the
   * candidate search would pair each of them with every telling of its groups, and the same word
   * and a shared participant would merge tellings that may lie years apart. An undated event is
   * kept, never dropped, and shown apart from the dated ones.
   */
  private List<List<Attestation>> clusters(List<Attestation> ordered) {
    List<List<Attestation>> clusters = new ArrayList<>(new Aligner(tasks)
        .align(ordered.stream().filter(a -> a.mention().time() != null).toList()));
    ordered.stream().filter(a -> a.mention().time() == null).forEach(a -> clusters.add(List.of(a)));
    return clusters;
  }

  /**
   * An event's id: a digest of its first telling, the document, the trigger and the series number
   * (one trigger can tell two numbered acts: "sent a second and third telegram"), with a counter
   * should two events still begin with the same telling.
   */
  private static String uniqueId(Attestation first, Set<String> taken) {
    EventMention mention = first.mention();
    String key = first.document() + ":" + mention.trigger().start()
        + (mention.ordinal() == null ? "" : "#" + mention.ordinal().value());
    String id = "ev-" + digest(key);
    for (int n = 2; !taken.add(id); n++) {
      id = "ev-" + digest(key + ":" + n);
    }
    return id;
  }

  private EventStatus status(List<Attestation> cluster) {
    Set<String> witnesses = new LinkedHashSet<>();
    for (Attestation attestation : cluster) {
      Source source = sources.get(attestation.document());
      if (source != null && source.isWitness()) {
        witnesses.add(source.witness());
      }
    }
    return witnesses.size() >= 2 ? EventStatus.CORROBORATED : EventStatus.SINGLE_SOURCE;
  }

  private TimelineEvent event(String id, List<Attestation> cluster, EventStatus status) {
    Set<String> participants = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    for (Attestation attestation : cluster) {
      for (Attestation.EntityRole role : attestation.participants()) {
        boolean place = role.role() == Role.PLACE
            || entities.containsKey(role.entity())
                && entities.get(role.entity()).type() == EntityType.LOCATION
                && role.role() != Role.AGENT;
        (place ? places : participants).add(role.entity());
      }
    }
    return new TimelineEvent(
        id,
        summary(cluster.get(0)),
        Tellings.best(cluster, sources).mention().title(),
        type(cluster),
        0,
        List.of(),
        when(cluster),
        List.copyOf(participants),
        List.copyOf(places),
        status,
        toldOnlyByFiction(cluster),
        cluster);
  }

  /** Whether every source that tells the event is flagged fiction: a story's event, not history's. */
  private boolean toldOnlyByFiction(List<Attestation> cluster) {
    return cluster.stream().allMatch(attestation -> {
      Source source = sources.get(attestation.document());
      return source != null && source.has(FlagName.FICTION);
    });
  }

  /** The best date: the narrowest explicit one, else the narrowest reference time. */
  private static @Nullable When when(List<Attestation> cluster) {
    EventTime best = null;
    for (Attestation attestation : cluster) {
      EventTime time = attestation.mention().time();
      if (time != null && (best == null || better(time, best))) {
        best = time;
      }
    }
    return best == null
        ? null
        : new When(
            best.value(),
            best.days().earliest().toString(),
            best.days().latest().toString(),
            best.basis(),
            best.confidence(),
            best.text());
  }

  /** The type most of the tellings have; of equally common types, the first telling's. */
  private static EventType type(List<Attestation> cluster) {
    Map<EventType, Integer> counts = new LinkedHashMap<>();
    cluster.forEach(a -> counts.merge(a.mention().type(), 1, Integer::sum));
    EventType best = cluster.get(0).mention().type();
    for (Map.Entry<EventType, Integer> count : counts.entrySet()) {
      if (count.getValue() > counts.getOrDefault(best, 0)) {
        best = count.getKey();
      }
    }
    return best;
  }

  private static boolean better(EventTime candidate, EventTime best) {
    if (candidate.explicit() != best.explicit()) {
      return candidate.explicit();
    }
    return width(candidate) < width(best);
  }

  private static long width(EventTime time) {
    return time.days().days();
  }

  /**
   * "Vaslov send telegram to Brenn (6th)". A one-word MISC name among the patients is the
   * theme's modifier and goes before it ("wipe out German troops", not "wipe out troops German"),
   * and a theme that only repeats a patient's name is left out ("occupy Finland").
   */
  private String summary(Attestation attestation) {
    EventMention mention = attestation.mention();
    StringBuilder summary = new StringBuilder();
    String agents = names(attestation, Role.AGENT);
    if (!agents.isEmpty()) {
      summary.append(agents).append(' ');
    }
    summary.append(mention.lemma().replace('_', ' '));
    List<EntityInfo> patients = entities(attestation, Role.PATIENT);
    String theme = mention.theme();
    if (theme != null
        && patients.stream().noneMatch(patient -> patient.name().equalsIgnoreCase(theme))) {
      patients.stream()
          .filter(TimelineBuilder::isModifier)
          .forEach(modifier -> summary.append(' ').append(modifier.name()));
      summary.append(' ').append(theme);
      patients = patients.stream().filter(patient -> !isModifier(patient)).toList();
    }
    if (!patients.isEmpty()) {
      summary
          .append(' ')
          .append(String.join(" and ", patients.stream().map(EntityInfo::name).toList()));
    }
    String recipients = names(attestation, Role.RECIPIENT);
    if (!recipients.isEmpty()) {
      summary.append(" to ").append(recipients);
    }
    String places = names(attestation, Role.PLACE);
    if (!places.isEmpty()) {
      summary.append(" in ").append(places);
    }
    if (mention.ordinal() != null) {
      summary
          .append(" (")
          .append(ConflictFinder.ordinalWord(mention.ordinal().value()))
          .append(')');
    } else if (mention.series() != null) {
      summary.append(
          mention.series().count() == 0 ? " (all)" : " (×" + mention.series().count() + ")");
    }
    return summary.toString();
  }

  private String names(Attestation attestation, Role role) {
    return String.join(
        " and ", entities(attestation, role).stream().map(EntityInfo::name).toList());
  }

  /** The entities in a role, by id; one the store does not know is named by its id. */
  private List<EntityInfo> entities(Attestation attestation, Role role) {
    return attestation.entities(role).stream()
        .sorted()
        .map(entity -> entities.getOrDefault(entity, new EntityInfo(entity, null)))
        .toList();
  }

  /** A one-word MISC name is an adjective of nationality or creed ("German", "Soviet", "Bolshevik"). */
  private static boolean isModifier(EntityInfo entity) {
    return entity.type() == EntityType.MISC && !entity.name().contains(" ");
  }

  static String digest(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Reliability per source from its flags, its corroborated events and the conflicts it is part of. */
  private static final class Profiler {
    private static final double PRIOR = 0.5;
    /** What each flag takes off a source's reliability; other flags take nothing. */
    private static final Map<FlagName, Double> PENALTIES = Map.of(
        FlagName.FICTION,
        0.35,
        FlagName.MACHINE_TRANSLATION,
        0.1,
        FlagName.NEAR_DUPLICATE,
        0.05,
        FlagName.REDACTED,
        0.05);

    private final Map<String, Source> sources;

    Profiler(Map<String, Source> sources) {
      this.sources = sources;
    }

    List<SourceProfile> profiles(List<TimelineEvent> events, List<Conflict> conflicts) {
      Map<String, int[]> told = new HashMap<>();
      for (TimelineEvent event : events) {
        Set<String> documents = new LinkedHashSet<>();
        event.attestations().forEach(a -> documents.add(a.document()));
        for (String document : documents) {
          int[] counts = told.computeIfAbsent(document, d -> new int[2]);
          counts[0]++;
          counts[1] += event.status() == EventStatus.CORROBORATED ? 1 : 0;
        }
      }
      Map<String, Integer> disputed = new HashMap<>();
      for (Conflict conflict : conflicts) {
        conflict.claims().stream()
            .map(Conflict.Claim::document)
            .distinct()
            .forEach(document -> disputed.merge(document, 1, Integer::sum));
      }
      List<SourceProfile> profiles = new ArrayList<>();
      for (Source source :
          sources.values().stream().sorted(Comparator.comparing(Source::path)).toList()) {
        profiles.add(profile(
            source,
            told.getOrDefault(source.document(), new int[2]),
            disputed.getOrDefault(source.document(), 0)));
      }
      return profiles;
    }

    private SourceProfile profile(Source source, int[] told, int disputed) {
      List<String> reasons = new ArrayList<>();
      double score = PRIOR;
      reasons.add("starts at 0.50, the neutral prior");
      if (told[0] > 0) {
        double corroboration = 0.3 * told[1] / told[0];
        score += corroboration;
        reasons.add(String.format(
            Locale.ROOT,
            "+%.2f: %d of its %d events are corroborated by independent sources",
            corroboration,
            told[1],
            told[0]));
      }
      if (disputed > 0) {
        double penalty = Math.min(0.15, 0.03 * disputed);
        score -= penalty;
        reasons.add(String.format(
            Locale.ROOT, "-%.2f: other sources contradict it in %d conflicts", penalty, disputed));
      }
      for (SourceFlag flag : source.flags()) {
        double penalty = PENALTIES.getOrDefault(flag.flag(), 0.0);
        if (penalty > 0) {
          score -= penalty;
          reasons.add(String.format(Locale.ROOT, "-%.2f: %s", penalty, flag.reason()));
        }
      }
      double clamped = Math.round(Math.max(0.02, Math.min(0.98, score)) * 100) / 100.0;
      return new SourceProfile(source.document(), source.flags(), clamped, reasons);
    }
  }
}
