package org.annalist.eval.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.annalist.model.Span;

/**
 * The same-lemma baseline of cross-document coreference: mentions whose head tokens have the
 * same lemma (CoreNLP, lower-cased) are one cluster, across all documents it is given. The head
 * of a mention of several tokens is chosen by {@link MentionHeads}; a mention that covers no
 * token is labelled by its lower-cased text. Each distinct sentence text is tagged once per
 * instance (the tags depend on the sentence alone).
 */
public final class SameLemmaBaseline implements EventCorefSystem {
  private final Map<String, List<TaggedToken>> taggedSentences = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "lemma-baseline (same CoreNLP head lemma)";
  }

  @Override
  public Map<String, String> cluster(List<CorefDocument> documents) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (CorefDocument document : documents) {
      String text = document.document().text();
      for (CorefMention mention : document.mentions()) {
        List<TaggedToken> tokens = tagged(text, mention.sentence()).stream()
            .filter(token -> token.span().overlaps(mention.span()))
            .toList();
        String lemma =
            tokens.isEmpty() ? mention.text() : MentionHeads.head(tokens).lemma();
        labels.put(mention.id(), lemma.toLowerCase(Locale.ROOT));
      }
    }
    return labels;
  }

  private List<TaggedToken> tagged(String text, Span sentence) {
    String words = sentence.quote(text);
    return taggedSentences
        .computeIfAbsent(words, w -> PosLemmaTagger.tag(w, Span.of(0, w.length())))
        .stream()
        .map(token -> token.shifted(sentence.start()))
        .toList();
  }
}
