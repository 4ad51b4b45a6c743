package org.annalist.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.annotate.AnnotateStage;
import org.annalist.entities.MergeEvidence;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMentionCodec;
import org.annalist.events.EventStage;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Span;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredEntity;
import org.annalist.store.StoredTimeline;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;
import org.annalist.timeline.TimelineTasks;
import org.annalist.timeline.Conflict;
import org.annalist.timeline.Copies;
import org.annalist.timeline.Source;
import org.annalist.timeline.SourceFlag;
import org.annalist.timeline.SourceProfile;
import org.annalist.timeline.SourceSignals;
import org.annalist.timeline.Timeline;
import org.annalist.timeline.TimelineBuilder;
import org.annalist.timeline.TimelineBuilder.EntityInfo;
import org.annalist.timeline.TimelineEvent;

/**
 * The corpus-level timeline step, after entity linking: reads each document's event mentions
 * and signals once (keeping only compact attestations, quotes and shingle hashes), profiles the
 * sources, aligns, compares, and replaces the store's timeline in one transaction.
 */
final class TimelineLinking {
  /** A person named this often in one source and in no other is taken for an invented character. */
  static final int CHARACTER_MENTIONS = 3;
  /** Invented characters are only judged in a corpus of at least this many documents. */
  static final int CHARACTER_CORPUS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  private TimelineLinking() {}

  /**
   * Builds and stores the timeline of the whole store, as linked from the documents of {@code
   * generation}, blocks clustered and events compared by {@code tasks}; returns how many events it has.
   */
  static int link(AnnalistStore store, long generation, TimelineTasks tasks) {
    Corpus corpus = new Corpus(store.entities());
    store.forEachAnnotated(corpus::read);
    Timeline timeline = new TimelineBuilder(corpus.sources(), corpus.entityInfo, tasks).build(corpus.attestations);
    store.replaceTimeline(corpus.stored(timeline), generation);
    return timeline.events().size();
  }

  /** What the step keeps of the corpus while reading it. */
  private static final class Corpus {
    private final Map<String, Map<Span, String>> entityAt = new HashMap<>();
    private final Map<String, EntityInfo> entityInfo = new HashMap<>();
    private final Map<String, List<String>> garbledAliases = new HashMap<>();
    private final Map<String, List<String>> charactersOnlyIn = new HashMap<>();
    private final List<Attestation> attestations = new ArrayList<>();
    private final Map<String, Map<Span, String>> quotes = new HashMap<>();
    private final Map<String, String> paths = new TreeMap<>();
    private final Map<String, List<SourceFlag>> flags = new LinkedHashMap<>();
    private final Copies copies = new Copies();

    Corpus(List<StoredEntity> entities) {
      int documents = (int) entities.stream().flatMap(e -> e.documents().stream()).distinct().count();
      for (StoredEntity entity : entities) {
        entityInfo.put(entity.id(), new EntityInfo(entity.name(), entity.type()));
        for (StoredEntity.Mention mention : entity.mentions()) {
          entityAt.computeIfAbsent(mention.document().value(), d -> new HashMap<>()).put(mention.span(), entity.id());
        }
        entity.merges().stream().filter(m -> m.rule().equals(MergeEvidence.GARBLED_SPELLING))
            .forEach(m -> garbledAliases.computeIfAbsent(entity.id(), e -> new ArrayList<>()).add(m.alias()));
        if (documents >= CHARACTER_CORPUS && entity.type().equals("PERSON") && entity.documents().size() == 1
            && entity.mentions().size() >= CHARACTER_MENTIONS) {
          charactersOnlyIn.computeIfAbsent(entity.documents().get(0).value(), d -> new ArrayList<>()).add(entity.name());
        }
      }
    }

    void read(AnnotatedDocument document) {
      String id = document.document().id().value();
      String text = document.text();
      paths.put(id, document.document().sourcePath());
      Map<Span, String> entities = entityAt.getOrDefault(id, Map.of());
      Map<Span, String> documentQuotes = quotes.computeIfAbsent(id, d -> new HashMap<>());
      document.layer(EventStage.MENTIONS).ifPresent(layer -> {
        for (Annotation annotation : layer.annotations()) {
          EventMention mention = EventMentionCodec.decode(annotation.value());
          if (!Aligner.isReportable(mention)) {
            continue;
          }
          List<Attestation.EntityRole> roles = new ArrayList<>();
          mention.participants().forEach(p -> {
            String entity = entities.get(p.mention());
            if (entity != null) {
              roles.add(new Attestation.EntityRole(p.role(), entity, p.mention().equals(p.evidence())));
            }
          });
          attestations.add(new Attestation(id, mention, roles));
          documentQuotes.put(mention.sentence(), mention.sentence().quote(text));
          mention.quantities().forEach(q -> documentQuotes.put(q.span(), q.span().quote(text)));
          if (mention.time() != null) {
            documentQuotes.put(mention.time().span(), mention.time().span().quote(text));
          }
          mention.redacted().forEach(r -> documentQuotes.put(r.mark(), r.mark().quote(text)));
        }
      });
      copies.add(id, document.maskedText());
      flags.put(id, flagsOf(document, entities));
    }

    private List<SourceFlag> flagsOf(AnnotatedDocument document, Map<Span, String> entities) {
      String id = document.document().id().value();
      List<SourceFlag> found = new ArrayList<>();
      document.flags().counts().forEach((flag, count) -> found.add(new SourceFlag(flag, cleanReason(flag, count))));
      found.addAll(SourceSignals.fiction(document.text(), charactersOnlyIn.getOrDefault(id, List.of())));
      List<String> garbled = new ArrayList<>();
      entities.forEach((span, entity) -> {
        String quote = span.quote(document.text());
        if (garbledAliases.getOrDefault(entity, List.of()).contains(quote) && !garbled.contains(quote)) {
          garbled.add(quote);
        }
      });
      garbled.sort(null);
      int unattached = 0;
      int tokens = 0;
      if (document.hasLayer(AnnotateStage.DEPENDENCIES)) {
        for (Annotation dependency : document.expectLayer(AnnotateStage.DEPENDENCIES).annotations()) {
          tokens++;
          unattached += dependency.value().startsWith("dep ") ? 1 : 0;
        }
      }
      found.addAll(SourceSignals.machineTranslation(garbled, unattached, tokens));
      return found;
    }

    private static String cleanReason(String flag, int count) {
      return switch (flag) {
        case "redacted" -> count + " redaction marks hide words of the text.";
        case "boilerplate-removed" -> count + " spans of web chrome, captions or repeated lines are set aside.";
        default -> "flagged " + count + " times by the clean stage.";
      };
    }

    Map<String, Source> sources() {
      Map<String, Map<String, Integer>> shared = copies.shared();
      Map<String, String> witness = new HashMap<>();
      paths.keySet().forEach(id -> witness.put(id, id));
      shared.forEach((a, others) -> others.keySet().forEach(b -> union(witness, a, b)));
      Map<String, Source> sources = new LinkedHashMap<>();
      for (String id : paths.keySet()) {
        List<SourceFlag> sourceFlags = new ArrayList<>(flags.getOrDefault(id, List.of()));
        Map<String, Integer> copiedFrom = shared.getOrDefault(id, Map.of());
        if (!copiedFrom.isEmpty()) {
          List<String> with = new ArrayList<>();
          copiedFrom.forEach((other, count) -> with.add(paths.get(other) + " (" + count + " shared 8-word runs)"));
          sourceFlags.add(new SourceFlag(SourceSignals.NEAR_DUPLICATE,
              "Shares copied passages with " + String.join(", ", with) + "; they count as one witness."));
        }
        sources.put(id, new Source(id, paths.get(id), sourceFlags, find(witness, id)));
      }
      return sources;
    }

    private static String find(Map<String, String> parent, String id) {
      String root = id;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
      String ra = find(parent, a);
      String rb = find(parent, b);
      if (!ra.equals(rb)) {
        parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
      }
    }

    StoredTimeline stored(Timeline timeline) {
      List<StoredTimeline.Item> events = new ArrayList<>();
      for (TimelineEvent event : timeline.events()) {
        String key = (event.time() == null ? "9999" : event.time().earliest()) + " " + event.id();
        events.add(new StoredTimeline.Item(event.id(), key, eventJson(event).toString()));
      }
      List<StoredTimeline.Item> conflicts = new ArrayList<>();
      for (Conflict conflict : timeline.conflicts()) {
        conflicts.add(new StoredTimeline.Item(conflict.id(), conflict.event(), conflictJson(conflict).toString()));
      }
      List<StoredTimeline.Item> profiles = new ArrayList<>();
      for (SourceProfile profile : timeline.profiles()) {
        profiles.add(new StoredTimeline.Item(profile.document(), paths.get(profile.document()), profileJson(profile).toString()));
      }
      return new StoredTimeline(events, conflicts, profiles);
    }

    private ObjectNode eventJson(TimelineEvent event) {
      ObjectNode json = JSON.createObjectNode();
      json.put("id", event.id());
      json.put("summary", event.summary());
      if (event.time() == null) {
        json.putNull("time");
      } else {
        json.putObject("time").put("value", event.time().value()).put("earliest", event.time().earliest())
            .put("latest", event.time().latest());
      }
      event.participants().forEach(json.putArray("participants")::add);
      event.places().forEach(json.putArray("places")::add);
      json.put("status", event.status().label());
      ArrayNode attestations = json.putArray("attestations");
      for (Attestation attestation : event.attestations()) {
        EventMention mention = attestation.mention();
        ObjectNode a = attestations.addObject();
        a.put("document", attestation.document());
        a.put("start", mention.sentence().start());
        a.put("end", mention.sentence().end());
        a.put("quote", quote(attestation.document(), mention.sentence()));
        EventTime time = mention.time();
        a.put("time_text", time == null || !time.explicit() ? null : time.text());
        a.put("time_value", time == null ? null : time.value());
        a.put("time_source", time == null ? "none" : time.explicit() ? "sentence" : "narrative");
        a.put("trigger_start", mention.trigger().start());
        a.put("trigger_end", mention.trigger().end());
        a.put("trigger", mention.lemma());
        a.put("polarity", mention.polarity().name().toLowerCase(Locale.ROOT));
        a.put("outcome", mention.outcome().name().toLowerCase(Locale.ROOT));
        if (mention.ordinal() != null) {
          a.put("ordinal", mention.ordinal().value());
          a.put("ordinal_inferred", mention.ordinal().inferred());
        }
        ArrayNode redacted = a.putArray("redacted_participants");
        for (EventMention.Redacted slot : mention.redacted()) {
          ObjectNode hidden = redacted.addObject();
          redactedSlot(hidden, attestation, slot, event);
          if (slot.role() == EventMention.Role.AGENT) {
            a.set("redacted_agent", hidden.deepCopy());
          }
        }
        ArrayNode quantities = a.putArray("quantities");
        mention.quantities().forEach(q -> quantities.addObject().put("value", q.value()).put("unit", q.unit())
            .put("start", q.span().start()).put("end", q.span().end()).put("quote", quote(attestation.document(), q.span())));
      }
      return json;
    }

    /**
     * A censor's mark in a participant's slot, with the participant another source names in the
     * same role of the same event as a candidate and that source's sentence as evidence; never put
     * in the mark's place.
     */
    private void redactedSlot(ObjectNode json, Attestation attestation, EventMention.Redacted slot, TimelineEvent event) {
      Span mark = slot.mark();
      json.put("role", slot.role().name().toLowerCase(Locale.ROOT));
      json.put("start", mark.start()).put("end", mark.end()).put("quote", quote(attestation.document(), mark));
      for (Attestation other : event.attestations()) {
        List<String> named = other.namedEntities(slot.role()).stream().sorted().toList();
        if (!other.document().equals(attestation.document()) && !named.isEmpty()) {
          EntityInfo candidate = entityInfo.get(named.get(0));
          json.put("candidate", named.get(0));
          json.put("candidate_name", candidate == null ? named.get(0) : candidate.name());
          Span sentence = other.mention().sentence();
          json.putObject("evidence").put("document", other.document()).put("start", sentence.start())
              .put("end", sentence.end()).put("quote", quote(other.document(), sentence));
          return;
        }
      }
      json.putNull("candidate");
    }

    private ObjectNode conflictJson(Conflict conflict) {
      ObjectNode json = JSON.createObjectNode();
      json.put("id", conflict.id());
      json.put("event", conflict.event());
      json.put("kind", conflict.kind().label());
      json.put("explanation", conflict.explanation());
      ArrayNode claims = json.putArray("claims");
      for (Conflict.Claim claim : conflict.claims()) {
        claims.addObject().put("document", claim.document()).put("start", claim.span().start())
            .put("end", claim.span().end()).put("quote", quote(claim.document(), claim.span())).put("value", claim.value());
      }
      return json;
    }

    private static ObjectNode profileJson(SourceProfile profile) {
      ObjectNode json = JSON.createObjectNode();
      ArrayNode flagNames = json.putArray("flags");
      ArrayNode flagReasons = json.putArray("flag_reasons");
      for (SourceFlag flag : profile.flags()) {
        flagNames.add(flag.flag());
        flagReasons.addObject().put("flag", flag.flag()).put("reason", flag.reason());
      }
      json.put("reliability", profile.reliability());
      profile.reasons().forEach(json.putArray("reasons")::add);
      return json;
    }

    private String quote(String document, Span span) {
      String quote = quotes.getOrDefault(document, Map.of()).get(span);
      if (quote == null) {
        throw new IllegalStateException("no quote kept for " + span + " of " + document);
      }
      return quote;
    }
  }
}
