package org.annalist.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.annalist.store.StatementDrafts;
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
import org.annalist.timeline.StatementReason;
import org.annalist.timeline.Timeline;
import org.annalist.timeline.TimelineBuilder;
import org.annalist.timeline.TimelineBuilder.EntityInfo;
import org.annalist.timeline.TimelineEvent;
import org.annalist.timeline.TimelineTasks;

/**
 * The corpus-level timeline step, after entity linking: reads each document's event mentions
 * and signals once (keeping only compact attestations, quotes and shingle hashes, and writing the
 * mentions kept off the timeline ahead to the store as statements), profiles the sources, aligns,
 * compares, and replaces the store's timeline and statements in one transaction.
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
    StatementDrafts statements = store.draftStatements();
    Corpus corpus = new Corpus(store.entities(), statements);
    store.forEachAnnotated(corpus::read);
    Timeline timeline =
        new TimelineBuilder(corpus.sources(), corpus.entityInfo, tasks).build(corpus.attestations);
    store.replaceTimeline(corpus.stored(timeline), statements, generation);
    return timeline.events().size();
  }

  /**
   * What the step keeps of the corpus while reading it. The statements (mentions kept off the
   * timeline) are not kept: each is quoted from its document's text while that is read and goes to
   * the store's drafts at once, so memory holds only the timeline's attestations.
   */
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
    private final StatementDrafts statements;

    Corpus(List<StoredEntity> entities, StatementDrafts statements) {
      this.statements = statements;
      List<SourceSignals.CastMember> cast = new ArrayList<>();
      for (StoredEntity entity : entities) {
        entityInfo.put(
            entity.id(),
            new EntityInfo(
                entity.name(),
                entity.type(),
                entity.mentions().size(),
                entity.documents().size()));
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
      TimelineContract quoted =
          new TimelineContract((d, span) -> span.quote(text), this::entityName);
      Set<String> statementIds = new HashSet<>();
      document.layer(EventStage.MENTIONS).ifPresent(layer -> {
        for (Annotation annotation : layer.annotations()) {
          EventMention mention = EventMentionCodec.decode(annotation.value());
          StatementReason why = StatementReason.of(mention);
          if (why != null) {
            Attestation telling = new Attestation(id, mention, roles(mention, entities));
            statements.add(statement(document, quoted, telling, why, statementIds));
            continue;
          }
          if (!Aligner.isReportable(mention)) {
            continue;
          }
          attestations.add(new Attestation(id, mention, roles(mention, entities)));
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

    /** The mention's participants that are corpus entities, each in its role. */
    private static List<Attestation.EntityRole> roles(
        EventMention mention, Map<Span, String> entities) {
      List<Attestation.EntityRole> roles = new ArrayList<>();
      mention.participants().forEach(p -> {
        String entity = entities.get(p.mention());
        if (entity != null) {
          roles.add(new Attestation.EntityRole(p.role(), entity, p.mention().equals(p.evidence())));
        }
      });
      return roles;
    }

    /**
     * A mention kept off the timeline as the store keeps it, quoted from its document's text while
     * that is read, and listed by the document's path, then its sentence and trigger.
     */
    private static StoredTimeline.Item statement(
        AnnotatedDocument document,
        TimelineContract quoted,
        Attestation telling,
        StatementReason why,
        Set<String> taken) {
      EventMention mention = telling.mention();
      String id = statementId(telling.document(), mention, taken);
      String sortKey = String.format(
          Locale.ROOT,
          "%s#%010d#%010d",
          document.document().sourcePath(),
          mention.sentence().start(),
          mention.trigger().start());
      return new StoredTimeline.Item(
          id, sortKey, ExportContract.toJson(quoted.statement(id, telling, why)));
    }

    /**
     * A statement's id: {@code st-} and 16 hex digits of a digest of the document, the trigger and
     * its series number, with a counter should two mentions of a document still share them. Longer
     * than an event's, since a corpus has many more statements than events.
     */
    private static String statementId(String document, EventMention mention, Set<String> taken) {
      String key = document + ":" + mention.trigger().start()
          + (mention.ordinal() == null ? "" : "#" + mention.ordinal().value());
      String id = "st-" + digest(key);
      for (int n = 2; !taken.add(id); n++) {
        id = "st-" + digest(key + ":" + n);
      }
      return id;
    }

    private static String digest(String key) {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 8);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every JVM", e);
      }
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
