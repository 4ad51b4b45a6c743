package org.annalist.eval.events;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Span;

/**
 * Documents built by hand for tests: sentences of space-separated tokens, joined by newlines, as
 * the readers rebuild gold texts; mentions picked by their text.
 */
final class HandMade {
  private HandMade() {}

  static EventText text(String id, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Span> tokens = new ArrayList<>();
    List<Span> sentenceSpans = new ArrayList<>();
    for (String sentence : sentences) {
      if (text.length() > 0) {
        text.append('\n');
      }
      int sentenceStart = text.length();
      for (String token : sentence.split(" ")) {
        if (text.length() > sentenceStart) {
          text.append(' ');
        }
        tokens.add(Span.of(text.length(), text.length() + token.length()));
        text.append(token);
      }
      sentenceSpans.add(Span.of(sentenceStart, text.length()));
    }
    return new EventText(id, text.toString(), tokens, sentenceSpans);
  }

  /** The span of the first occurrence of {@code words} in the text. */
  static Span span(EventText text, String words) {
    int start = text.text().indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in " + text.id());
    }
    return Span.of(start, start + words.length());
  }

  /** A gold mention of the words, in the cluster given; its id is the document id, "/", the words. */
  static GoldEventMention mention(EventText text, String words, String cluster) {
    Span span = span(text, words);
    int sentence = 0;
    while (!text.sentences().get(sentence).contains(span.start())) {
      sentence++;
    }
    return new GoldEventMention(
        text.id() + "/" + words, span, words, sentence, cluster, "ACTION_OCCURRENCE");
  }

  /** A document with gold mentions of these words, as a coreference system is given it. */
  static CorefDocument corefDocument(EventText text, String... words) {
    return new CorefDocument(
        text,
        List.of(words).stream()
            .map(w -> mention(text, w, "unused"))
            .map(m ->
                new CorefMention(m.id(), m.span(), m.text(), text.sentences().get(m.sentence())))
            .toList());
  }

  /** A document of one topic and sub-topic whose sentences are all annotated. */
  static GoldEventDocument document(EventText text, String topic, List<GoldEventMention> mentions) {
    return new GoldEventDocument(text, topic, topic + "ecb", mentions, text.sentences());
  }
}
