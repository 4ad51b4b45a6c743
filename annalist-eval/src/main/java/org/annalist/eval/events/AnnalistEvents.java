package org.annalist.eval.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annalist.annotate.AnnotateStage;
import org.annalist.clean.CleanStage;
import org.annalist.entities.DocumentNames;
import org.annalist.entities.Entity;
import org.annalist.entities.EntityResolver;
import org.annalist.entities.NameMention;
import org.annalist.entities.UntaggedName;
import org.annalist.events.EventLexicon;
import org.annalist.events.EventMention;
import org.annalist.events.EventMentionCodec;
import org.annalist.events.EventStage;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Span;
import org.annalist.model.layers.AnnotateLayers;
import org.annalist.model.layers.TokenTag;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.time.TimeStage;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;

/**
 * Annalist's own event system under evaluation: the standard per-document stages (clean, time,
 * annotate, events) for mention detection, and for coreference the entity resolver and the
 * timeline's {@link Aligner} over the gold mentions, each gold mention read as the event
 * mention whose trigger it covers (or, when the events stage found none there, as a bare
 * mention of its head token's lemma, which only aligns on shared participants and dates).
 */
public final class AnnalistEvents implements EventMentionSystem, EventCorefSystem {
  private static final Pipeline PIPELINE =
      Pipeline.of(new CleanStage(), new TimeStage(), new AnnotateStage(), new EventStage());
  private static final RunContext RUN = new RunContext("eval");

  @Override
  public String name() {
    return "annalist (events stage; entity resolver and aligner on gold mentions)";
  }

  @Override
  public List<SystemEventMention> find(EventText document) {
    List<SystemEventMention> found = new ArrayList<>();
    for (EventMention mention : mentions(analyse(document))) {
      found.add(new SystemEventMention(mention.trigger(), mention.lemma()));
    }
    return found;
  }

  @Override
  public Map<String, String> cluster(List<CorefDocument> documents) {
    List<AnnotatedDocument> analysed =
        documents.stream().map(d -> analyse(d.document())).toList();
    Map<String, Map<Span, String>> entityAt = entities(analysed);
    Map<Attestation, String> mentionIds = new IdentityHashMap<>();
    List<Attestation> attestations = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      AnnotatedDocument document = analysed.get(i);
      String id = document.document().id().value();
      List<EventMention> found = mentions(document);
      Map<Span, String> entities = entityAt.getOrDefault(id, Map.of());
      for (CorefMention gold : documents.get(i).mentions()) {
        EventMention mention = covered(found, gold.span()).orElseGet(() -> bare(document, gold));
        List<Attestation.EntityRole> roles = new ArrayList<>();
        mention.participants().forEach(p -> {
          String entity = entities.get(p.mention());
          if (entity != null) {
            roles.add(
                new Attestation.EntityRole(p.role(), entity, p.mention().equals(p.evidence())));
          }
        });
        Attestation attestation = new Attestation(id, mention, roles);
        mentionIds.put(attestation, gold.id());
        attestations.add(attestation);
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    int cluster = 0;
    for (List<Attestation> members : new Aligner().align(attestations)) {
      String label = "c" + cluster++;
      members.forEach(member -> labels.put(mentionIds.get(member), label));
    }
    return labels;
  }

  private static AnnotatedDocument analyse(EventText text) {
    Document document = new Document(
        DocumentId.ofBytes((text.id() + "\n" + text.text()).getBytes(StandardCharsets.UTF_8)),
        text.id(),
        "text/plain",
        text.text(),
        DocumentMetadata.EMPTY);
    return PIPELINE.run(document, RUN);
  }

  private static List<EventMention> mentions(AnnotatedDocument document) {
    return document.expectLayer(EventStage.MENTIONS).annotations().stream()
        .map(annotation -> EventMentionCodec.decode(annotation.value()))
        .toList();
  }

  /** Entity ids by document id and mention span, from the resolver run over these documents together. */
  private static Map<String, Map<Span, String>> entities(List<AnnotatedDocument> documents) {
    List<NameMention> names = new ArrayList<>();
    List<UntaggedName> untagged = new ArrayList<>();
    for (AnnotatedDocument document : documents) {
      DocumentNames read = DocumentNames.read(document);
      names.addAll(read.mentions());
      untagged.addAll(read.untagged());
    }
    Map<String, Map<Span, String>> entityAt = new HashMap<>();
    for (Entity entity : new EntityResolver().resolve(names, untagged)) {
      for (NameMention mention : entity.mentions()) {
        entityAt
            .computeIfAbsent(mention.documentId(), d -> new HashMap<>())
            .put(mention.span(), entity.id());
      }
    }
    return entityAt;
  }

  /** The event mention whose trigger lies in the gold span (the first, if several do). */
  private static Optional<EventMention> covered(List<EventMention> found, Span gold) {
    return found.stream()
        .filter(m -> gold.contains(m.trigger()) || m.trigger().contains(gold))
        .findFirst();
  }

  /** A gold mention the events stage did not find: its last token's lemma and synonym group, nothing else. */
  private static EventMention bare(AnnotatedDocument document, CorefMention gold) {
    String lemma = gold.text().toLowerCase(Locale.ROOT);
    boolean noun = false;
    Span trigger = gold.span();
    for (Annotation token : document.expectLayer(AnnotateLayers.TOKEN.name()).annotations()) {
      if (gold.span().contains(token.span())) {
        TokenTag tag = token.value(AnnotateLayers.TOKEN);
        lemma = tag.lemma().toLowerCase(Locale.ROOT);
        noun = tag.pos().startsWith("NN");
        trigger = token.span();
      }
    }
    String group = EventLexicon.english().group(lemma, noun);
    return EventMention.builder(trigger, gold.sentence())
        .lemma(lemma)
        .group(group)
        .build();
  }
}
