package org.annalist.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.annalist.entities.MergeEvidence;
import org.annalist.events.EventMention;
import org.annalist.events.EventMentionCodec;
import org.annalist.events.EventStage;
import org.annalist.export.ExportContract;
import org.annalist.export.TimelineContract;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.DocumentId;
import org.annalist.model.EntityType;
import org.annalist.model.Span;
import org.annalist.model.layers.AnnotateLayers;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredEntity;
import org.annalist.store.StoredTimeline;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;
import org.annalist.timeline.Conflict;
import org.annalist.timeline.Copies;
import org.annalist.timeline.Source;
import org.annalist.timeline.SourceFlag;
import org.annalist.timeline.SourceProfile;
import org.annalist.timeline.SourceSignals;
import org.annalist.timeline.SourceWitnesses;
import org.annalist.timeline.Timeline;
import org.annalist.timeline.TimelineBuilder;
import org.annalist.timeline.TimelineBuilder.EntityInfo;
import org.annalist.timeline.TimelineEvent;
import org.annalist.timeline.TimelineTasks;

/**
 * The corpus-level timeline step, after entity linking: reads each document's event mentions
 * and signals once (keeping only compact attestations, quotes and shingle hashes), profiles the
 * sources, aligns, compares, and replaces the store's timeline in one transaction.
 */
final class TimelineLinking {
  /** The relation of a word the parser could not attach, a sign of broken grammar. */
  private static final String UNATTACHED = "dep";

  private TimelineLinking() {}

  /**
   * Builds and stores the timeline of the whole store, as linked from the documents of {@code
   * generation}, blocks clustered and events compared by {@code tasks}; returns how many events it has.
   */
  static int link(AnnalistStore store, long generation, TimelineTasks tasks) {
    Corpus corpus = new Corpus(store.entities());
    store.forEachAnnotated(corpus::read);
    Timeline timeline =
        new TimelineBuilder(corpus.sources(), corpus.entityInfo, tasks).build(corpus.attestations);
    store.replaceTimeline(corpus.stored(timeline), generation);
    return timeline.events().size();
  }

  /** What the step keeps of the corpus while reading it. */
  private static final class Corpus {
    private final Map<String, Map<Span, String>> entityAt = new HashMap<>();
    private final Map<String, EntityInfo> entityInfo = new HashMap<>();
    private final Map<String, List<String>> garbledAliases = new HashMap<>();
    private final Map<String, List<String>> charactersOnlyIn;
    private final List<Attestation> attestations = new ArrayList<>();
    private final Map<String, Map<Span, String>> quotes = new HashMap<>();
    private final SortedMap<String, String> paths = new TreeMap<>();
    private final Map<String, List<SourceFlag>> flags = new LinkedHashMap<>();
    private final Copies copies = new Copies();

    Corpus(List<StoredEntity> entities) {
      List<SourceSignals.CastMember> cast = new ArrayList<>();
      for (StoredEntity entity : entities) {
        entityInfo.put(entity.id(), new EntityInfo(entity.name(), entity.type()));
        for (StoredEntity.Mention mention : entity.mentions()) {
          entityAt
              .computeIfAbsent(mention.document().value(), d -> new HashMap<>())
              .put(mention.span(), entity.id());
        }
        entity.merges().stream()
            .filter(m -> m.rule().equals(MergeEvidence.GARBLED_SPELLING))
            .forEach(m -> garbledAliases
                .computeIfAbsent(entity.id(), e -> new ArrayList<>())
                .add(m.alias()));
        cast.add(new SourceSignals.CastMember(
            entity.name(),
            entity.type() == EntityType.PERSON,
            entity.documents().stream().map(DocumentId::value).toList(),
            entity.mentions().size()));
      }
      charactersOnlyIn = SourceSignals.charactersOnlyIn(cast);
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
              roles.add(
                  new Attestation.EntityRole(p.role(), entity, p.mention().equals(p.evidence())));
            }
          });
          attestations.add(new Attestation(id, mention, roles));
          documentQuotes.put(mention.sentence(), mention.sentence().quote(text));
          mention
              .quantities()
              .forEach(q -> documentQuotes.put(q.span(), q.span().quote(text)));
          if (mention.time() != null) {
            documentQuotes.put(mention.time().span(), mention.time().span().quote(text));
          }
          mention.redacted().forEach(r -> documentQuotes.put(r.mark(), r.mark().quote(text)));
          Span reporter = mention.factuality().reportedBy();
          if (reporter != null) {
            documentQuotes.put(reporter, reporter.quote(text));
          }
        }
      });
      copies.add(id, document.maskedText());
      flags.put(id, flagsOf(document, entities));
    }

    private List<SourceFlag> flagsOf(AnnotatedDocument document, Map<Span, String> entities) {
      String id = document.document().id().value();
      List<SourceFlag> found = new ArrayList<>();
      document
          .flags()
          .counts()
          .forEach((flag, count) -> found.add(SourceSignals.cleanFlag(flag, count)));
      found.addAll(
          SourceSignals.fiction(document.text(), charactersOnlyIn.getOrDefault(id, List.of())));
      List<String> garbled = new ArrayList<>();
      entities.forEach((span, entity) -> {
        String quote = span.quote(document.text());
        if (garbledAliases.getOrDefault(entity, List.of()).contains(quote)
            && !garbled.contains(quote)) {
          garbled.add(quote);
        }
      });
      garbled.sort(null);
      int unattached = 0;
      int tokens = 0;
      if (document.hasLayer(AnnotateLayers.DEPENDENCY.name())) {
        for (Annotation dependency :
            document.expectLayer(AnnotateLayers.DEPENDENCY.name()).annotations()) {
          tokens++;
          unattached +=
              dependency.value(AnnotateLayers.DEPENDENCY).relation().equals(UNATTACHED) ? 1 : 0;
        }
      }
      found.addAll(SourceSignals.machineTranslation(garbled, unattached, tokens));
      return found;
    }

    Map<String, Source> sources() {
      return SourceWitnesses.of(paths, flags, copies.shared());
    }

    StoredTimeline stored(Timeline timeline) {
      TimelineContract contract = new TimelineContract(this::quote, this::entityName);
      List<StoredTimeline.Item> events = new ArrayList<>();
      for (TimelineEvent event : timeline.events()) {
        String key = (event.time() == null ? "9999" : event.time().earliest()) + " " + event.id();
        events.add(
            new StoredTimeline.Item(event.id(), key, ExportContract.toJson(contract.event(event))));
      }
      List<StoredTimeline.Item> conflicts = new ArrayList<>();
      for (Conflict conflict : timeline.conflicts()) {
        conflicts.add(new StoredTimeline.Item(
            conflict.id(), conflict.event(), ExportContract.toJson(contract.conflict(conflict))));
      }
      List<StoredTimeline.Item> profiles = new ArrayList<>();
      for (SourceProfile profile : timeline.profiles()) {
        String path = Objects.requireNonNull(
            paths.get(profile.document()), "every profile is of a document read here");
        profiles.add(new StoredTimeline.Item(
            profile.document(), path, ExportContract.toJson(TimelineContract.profile(profile))));
      }
      return new StoredTimeline(events, conflicts, profiles);
    }

    private String entityName(String id) {
      EntityInfo info = entityInfo.get(id);
      return info == null ? id : info.name();
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
