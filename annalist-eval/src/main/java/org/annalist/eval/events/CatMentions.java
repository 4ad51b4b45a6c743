package org.annalist.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.annalist.eval.gold.CatDocument;
import org.annalist.eval.gold.TokenText;
import org.annalist.model.Span;

/**
 * Turns one CAT document into a gold document: the text rebuilt from the tokens ({@link
 * TokenText}), one gold mention per selected markable with token anchors, each in the cluster
 * the corpus reader found for it or else alone.
 */
final class CatMentions {
  private CatMentions() {}

  /** Where a document belongs and which of its markables and sentences count. */
  record Selection(
      String documentId,
      String topic,
      String subtopic,
      Predicate<String> mentionTag,
      IntPredicate mentionSentence,
      IntPredicate annotatedSentence) {}

  /**
   * A document read, with counts for the reader's notes.
   *
   * @param document the gold document
   * @param outsideSentences markables of a mention tag left out for their sentence
   * @param gapped mentions whose tokens are not adjacent (their span covers the gap)
   */
  record Read(GoldEventDocument document, int outsideSentences, int gapped) {}

  /**
   * Reads the document.
   *
   * @param clusters the cluster of each markable (by {@code m_id}) that the corpus links to others
   */
  static Read read(CatDocument cat, Selection selection, Map<String, String> clusters) {
    TokenText tokens = TokenText.join(cat.tokens());
    List<Integer> sentenceNumbers = List.copyOf(tokens.sentenceSpans().keySet());
    List<Span> sentenceSpans = List.copyOf(tokens.sentenceSpans().values());
    EventText text =
        new EventText(selection.documentId(), tokens.text(), tokens.tokenSpans(), sentenceSpans);
    List<GoldEventMention> mentions = new ArrayList<>();
    int outside = 0;
    int gapped = 0;
    for (CatDocument.Markable markable : cat.markables()) {
      if (markable.tokenIds().isEmpty() || !selection.mentionTag().test(markable.tag())) {
        continue;
      }
      int sentence =
          tokens.sentencesOf(markable.tokenIds()).stream().min(Integer::compare).orElseThrow();
      if (!selection.mentionSentence().test(sentence)) {
        outside++;
        continue;
      }
      Span span = tokens.cover(markable.tokenIds());
      gapped += text.tokensIn(span).size() > markable.tokenIds().size() ? 1 : 0;
      String id = selection.documentId() + "/m" + markable.id();
      mentions.add(new GoldEventMention(
          id,
          span,
          span.quote(text.text()),
          sentenceNumbers.indexOf(sentence),
          clusters.getOrDefault(markable.id(), id),
          markable.tag()));
    }
    mentions.sort(Comparator.comparing(GoldEventMention::span));
    List<Span> annotated = new ArrayList<>();
    for (int i = 0; i < sentenceNumbers.size(); i++) {
      if (selection.annotatedSentence().test(sentenceNumbers.get(i))) {
        annotated.add(sentenceSpans.get(i));
      }
    }
    return new Read(
        new GoldEventDocument(text, selection.topic(), selection.subtopic(), mentions, annotated),
        outside,
        gapped);
  }

  /** The id of a within-document chain, named after the markable the chain's relation targets. */
  static String chainId(String documentId, String targetMarkableId) {
    return documentId + "/chain" + targetMarkableId;
  }
}
