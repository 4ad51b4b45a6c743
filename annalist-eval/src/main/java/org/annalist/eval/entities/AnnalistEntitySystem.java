package org.annalist.eval.entities;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.annotate.AnnotateStage;
import org.annalist.entities.DocumentNames;
import org.annalist.entities.Entity;
import org.annalist.entities.EntityResolver;
import org.annalist.entities.NameMention;
import org.annalist.entities.UntaggedName;
import org.annalist.eval.gold.EntityGoldDocument;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Layers;
import org.annalist.pipeline.RunContext;

/**
 * Annalist's entity step run over gold documents as the application runs it over a corpus: the
 * annotate stage on each text (nothing masked: the gold texts have no web chrome), then one
 * {@link EntityResolver} call over the names of all the documents given.
 */
public final class AnnalistEntitySystem {
  private final AnnotateStage annotate = new AnnotateStage();
  private final RunContext run = new RunContext("eval-entities");
  private final EntityResolver resolver = new EntityResolver();

  public String name() {
    return "annotate " + annotate.version() + " + EntityResolver (default thresholds)";
  }

  /** The system mentions of each document, by gold document id, each with its entity. */
  public Map<String, List<SystemMention>> resolve(List<EntityGoldDocument> documents) {
    Map<String, String> goldIds = new HashMap<>();
    List<NameMention> mentions = new ArrayList<>();
    List<UntaggedName> untagged = new ArrayList<>();
    for (EntityGoldDocument gold : documents) {
      AnnotatedDocument annotated = annotate(gold);
      goldIds.put(annotated.document().id().value(), gold.id());
      DocumentNames names = DocumentNames.read(annotated);
      mentions.addAll(names.mentions());
      untagged.addAll(names.untagged());
    }
    Set<NameMention> tagged = new HashSet<>(mentions);
    Map<String, List<SystemMention>> byDocument = new HashMap<>();
    documents.forEach(gold -> byDocument.put(gold.id(), new ArrayList<>()));
    for (Entity entity : resolver.resolve(mentions, untagged)) {
      for (NameMention m : entity.mentions()) {
        List<SystemMention> documentMentions = Objects.requireNonNull(
            byDocument.get(goldIds.get(m.documentId())),
            "the resolver was given only the names of the documents annotated above");
        documentMentions.add(
            new SystemMention(m.span(), m.text(), m.type(), entity.id(), tagged.contains(m)));
      }
    }
    byDocument.values().forEach(list -> list.sort((a, b) -> a.span().compareTo(b.span())));
    return byDocument;
  }

  private AnnotatedDocument annotate(EntityGoldDocument gold) {
    Document document = new Document(
        DocumentId.ofBytes(gold.text().getBytes(StandardCharsets.UTF_8)),
        gold.topic() + "/" + gold.id(),
        "text/plain",
        gold.text(),
        DocumentMetadata.EMPTY);
    AnnotatedDocument unmasked = AnnotatedDocument.of(document)
        .with(
            List.of(
                AnnotationLayer.empty(Layers.BOILERPLATE), AnnotationLayer.empty(Layers.REDACTION)),
            DocumentFlags.NONE);
    return unmasked.with(annotate.apply(unmasked, run).layers(), DocumentFlags.NONE);
  }
}
