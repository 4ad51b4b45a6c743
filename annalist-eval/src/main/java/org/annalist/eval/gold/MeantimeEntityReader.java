package org.annalist.eval.gold;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.model.Span;

/**
 * Reads the entity annotation of MEANTIME English from the same CAT XML files as
 * {@link MeantimeReader}, with the text rebuilt the same way.
 *
 * <p>Each ENTITY_MENTION with token anchors becomes a {@link GoldEntityMention}; the entity it
 * refers to comes from the REFERS_TO relation whose target is an ENTITY markable, and is the
 * ENTITY's {@code instance_id} when it has one (the same id in every document that mentions it),
 * else an id local to the document. The document-level pass annotated every entity mention of
 * the title and of the sentences up to {@link MeantimeReader#LAST_ANNOTATED_SENTENCE} (a few
 * documents go one sentence further); the dateline (sentence 1) has none. Those regions are
 * {@link EntityGoldDocument#annotated()}. The cross-document pass added mentions of the
 * cross-document entities anywhere in the text, without attributes.
 */
public final class MeantimeEntityReader {
  private MeantimeEntityReader() {}

  /** The documents of the given topics (all four when empty), sorted by topic and file name. */
  public static List<EntityGoldDocument> read(Path evalData, Set<String> topics)
      throws IOException {
    List<EntityGoldDocument> documents = new ArrayList<>();
    for (Path file : MeantimeReader.files(evalData, topics)) {
      documents.add(readDocument(file, MeantimeReader.topic(file)));
    }
    return documents;
  }

  /** Reads one CAT XML file as a document of the given topic. */
  public static EntityGoldDocument readDocument(Path file, String topic) throws IOException {
    return CatParser.read(file, cat -> of(cat, topic));
  }

  static EntityGoldDocument of(CatDocument cat, String topic) {
    TokenText text = TokenText.join(cat.tokens());
    Map<String, CatDocument.Markable> entities = new HashMap<>();
    cat.markables().stream()
        .filter(m -> m.tag().equals("ENTITY"))
        .forEach(entity -> entities.put(entity.id(), entity));
    Map<String, CatDocument.Markable> referents = new HashMap<>();
    for (CatDocument.Relation reference : cat.relations()) {
      CatDocument.Markable target =
          reference.tag().equals("REFERS_TO") && !reference.targets().isEmpty()
              ? entities.get(reference.targets().get(0))
              : null;
      if (target != null) {
        reference.sources().forEach(source -> referents.putIfAbsent(source, target));
      }
    }
    List<GoldEntityMention> mentions = new ArrayList<>();
    int lastSentence = MeantimeReader.LAST_ANNOTATED_SENTENCE;
    for (CatDocument.Markable mention : cat.markables()) {
      if (!mention.tag().equals("ENTITY_MENTION") || mention.tokenIds().isEmpty()) {
        continue;
      }
      boolean documentLevel = mention.hasAttribute("syntactic_type");
      if (documentLevel) {
        lastSentence = Math.max(
            lastSentence,
            text.sentencesOf(mention.tokenIds()).stream().max(Integer::compare).orElseThrow());
      }
      Span span = text.cover(mention.tokenIds());
      CatDocument.Markable entity = referents.get(mention.id());
      String instance = entity == null ? null : entity.attribute("instance_id");
      mentions.add(new GoldEntityMention(
          cat.id() + "/m" + mention.id(),
          span,
          span.quote(text.text()),
          mention.attribute("syntactic_type"),
          documentLevel,
          entity == null ? null : entity.attribute("ent_type"),
          entity == null ? null : instance != null ? instance : cat.id() + "/e" + entity.id()));
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    List<Span> annotated = new ArrayList<>();
    text.sentences(0, 0).ifPresent(annotated::add);
    text.sentences(2, lastSentence).ifPresent(annotated::add);
    return new EntityGoldDocument(cat.id(), topic, text.text(), mentions, annotated);
  }
}
