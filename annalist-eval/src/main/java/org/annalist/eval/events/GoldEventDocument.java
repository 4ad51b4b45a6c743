package org.annalist.eval.events;

import static org.annalist.model.Checks.requireArgument;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * A gold document: its text, where it belongs, and its gold mentions.
 *
 * <p>Construction checks that every mention's span fits the text, covers exactly the mention's
 * text and lies in the sentence it names, so a reader that misplaces an offset fails where it
 * reads.
 *
 * @param text the document as systems are given it
 * @param topic the topic (ECB+ {@code 1}..{@code 45}; MEANTIME {@code airbus}, {@code apple},
 *     {@code gm}, {@code stock})
 * @param subtopic the sub-topic: ECB+ splits each topic into the original ECB documents and the
 *     ECB+ additions about a similar event ({@code 1ecb}, {@code 1ecbplus}); MEANTIME has none
 *     and repeats the topic
 * @param mentions the gold mentions, in text order
 * @param annotated the spans of the sentences whose mentions were annotated exhaustively; mention
 *     detection is scored only there
 */
public record GoldEventDocument(
    EventText text,
    String topic,
    String subtopic,
    List<GoldEventMention> mentions,
    List<Span> annotated) {

  public GoldEventDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(subtopic, "subtopic");
    mentions = List.copyOf(mentions);
    annotated = List.copyOf(annotated);
    for (GoldEventMention mention : mentions) {
      text.requireCovers(mention.id(), mention.span(), mention.text());
      requireArgument(
          mention.sentence() < text.sentences().size()
              && text.sentences()
                  .get(mention.sentence())
                  .contains(mention.span().start()),
          "document %s: mention %s %s does not start in its sentence %s",
          text.id(),
          mention.id(),
          mention.span(),
          mention.sentence());
    }
  }

  public String id() {
    return text.id();
  }

  /** True if the span touches a sentence whose mentions were annotated exhaustively. */
  public boolean isAnnotated(Span span) {
    return annotated.stream()
        .anyMatch(sentence -> sentence.overlaps(span) || sentence.contains(span.start()));
  }

  /** The gold mentions that mention detection scores: those in annotated sentences. */
  public List<GoldEventMention> scoredMentions() {
    return mentions.stream().filter(mention -> isAnnotated(mention.span())).toList();
  }

  /** The mentions as a coreference system is given them. */
  public CorefDocument forCoref(List<GoldEventMention> selected) {
    return new CorefDocument(
        text,
        selected.stream()
            .map(m ->
                new CorefMention(m.id(), m.span(), m.text(), text.sentences().get(m.sentence())))
            .toList());
  }
}
