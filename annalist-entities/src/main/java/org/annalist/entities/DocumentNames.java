package org.annalist.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Span;
import org.annalist.model.SpanSet;
import org.annalist.model.layers.AnnotateLayers;

/**
 * The names of one annotated document as the resolver takes them: the named-entity mentions, and
 * the runs of proper nouns ({@code NNP}, {@code NNPS}) within a sentence that no mention covers.
 *
 * <p>Each comes with its context: the sentence it stands in, or, when that sentence has fewer than
 * {@value #MIN_CONTEXT_WORDS} content words (a heading, a caption: "Valborg, when young"), that
 * sentence with the one before and the one after, which say what it is about (the sentences
 * joined, never masked text between them). A name outside
 * every sentence is its own context. A document without the mentions layer has no names.
 *
 * <p>The names are read from the annotate stage's layers ({@link AnnotateLayers#MENTION},
 * {@link AnnotateLayers#SENTENCE}, {@link AnnotateLayers#TOKEN}) through their keys.
 *
 * @param mentions the named-entity mentions, in document order
 * @param untagged the untagged runs of proper nouns, in document order
 */
public record DocumentNames(List<NameMention> mentions, List<UntaggedName> untagged) {
  /** A sentence with fewer content words than this is read with its neighbours. */
  public static final int MIN_CONTEXT_WORDS = 4;

  private static final Set<String> PROPER_NOUNS = Set.of("NNP", "NNPS");

  public DocumentNames {
    mentions = List.copyOf(mentions);
    untagged = List.copyOf(untagged);
  }

  public static DocumentNames read(AnnotatedDocument document) {
    if (!document.hasLayer(AnnotateLayers.MENTION.name())) {
      return new DocumentNames(List.of(), List.of());
    }
    Contexts contexts = new Contexts(
        document.text(),
        document
            .layer(AnnotateLayers.SENTENCE.name())
            .map(layer -> layer.spans())
            .orElse(List.of()));
    String id = document.document().id().value();
    String text = document.text();
    List<NameMention> mentions = new ArrayList<>();
    for (Annotation mention :
        document.expectLayer(AnnotateLayers.MENTION.name()).annotations()) {
      mentions.add(new NameMention(
          id,
          mention.span(),
          mention.span().quote(text),
          mention.value(AnnotateLayers.MENTION),
          contexts.of(mention.span())));
    }
    SpanSet tagged = SpanSet.union(mentions.stream().map(NameMention::span).toList());
    List<UntaggedName> untagged = new ArrayList<>();
    for (Span run : properNounRuns(document, tagged, contexts)) {
      untagged.add(new UntaggedName(id, run, run.quote(text), contexts.of(run)));
    }
    return new DocumentNames(mentions, untagged);
  }

  /** Maximal runs of proper-noun tokens, within one sentence, that no mention overlaps. */
  private static List<Span> properNounRuns(
      AnnotatedDocument document, SpanSet tagged, Contexts contexts) {
    List<Span> runs = new ArrayList<>();
    Span run = null;
    List<Annotation> tokens = document
        .layer(AnnotateLayers.TOKEN.name())
        .map(layer -> layer.annotations())
        .orElse(List.of());
    for (Annotation token : tokens) {
      boolean properNoun =
          PROPER_NOUNS.contains(token.value(AnnotateLayers.TOKEN).pos())
              && !tagged.overlaps(token.span());
      if (properNoun
          && run != null
          && contexts.sentenceOf(run) == contexts.sentenceOf(token.span())) {
        run = Span.of(run.start(), token.span().end());
      } else {
        if (run != null) {
          runs.add(run);
        }
        run = properNoun ? token.span() : null;
      }
    }
    if (run != null) {
      runs.add(run);
    }
    return runs;
  }

  /** The sentences of a document and the context each gives a name in it. */
  private static final class Contexts {
    private final String text;
    private final List<Span> sentences;

    Contexts(String text, List<Span> sentences) {
      this.text = text;
      this.sentences = sentences;
    }

    /** The index of the sentence that contains the span, or -1. */
    int sentenceOf(Span span) {
      int low = 0;
      int high = sentences.size() - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        Span sentence = sentences.get(middle);
        if (sentence.end() <= span.start()) {
          low = middle + 1;
        } else if (sentence.start() > span.start()) {
          high = middle - 1;
        } else {
          return sentence.contains(span) ? middle : -1;
        }
      }
      return -1;
    }

    String of(Span span) {
      int i = sentenceOf(span);
      if (i < 0) {
        return span.quote(text);
      }
      String sentence = sentences.get(i).quote(text);
      if (ContextProfile.words(sentence).size() >= MIN_CONTEXT_WORDS) {
        return sentence;
      }
      List<String> around = new ArrayList<>();
      for (int k = Math.max(0, i - 1); k <= Math.min(sentences.size() - 1, i + 1); k++) {
        around.add(sentences.get(k).quote(text));
      }
      return String.join(" ", around);
    }
  }
}
