package org.annalist.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.events.EventMention.Ordinal;
import org.annalist.events.EventMention.Outcome;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Carries a numbered series through the narrative: after "he sent the sixth telegram", the
 * next sentences' "this telegram" and the answer to it ("he agreed to the request") belong to
 * the sixth member. The carried ordinal is marked inferred and keeps its evidence.
 */
final class SeriesContext {
  /** How many sentences an ordinal stays in force. */
  static final int REACH = 3;

  private SeriesContext() {}

  /** The mentions in document order, with inferred ordinals where the narrative gives them. */
  static List<EventMention> carry(List<EventMention> mentions, List<SentenceGraph> sentences) {
    Map<Span, Integer> sentenceIndex = new HashMap<>();
    sentences.forEach(sentence -> sentenceIndex.put(sentence.span(), sentence.index()));
    List<EventMention> carried = new ArrayList<>(mentions.size());
    @Nullable Ordinal last = null;
    int lastSentence = -1;
    for (EventMention mention : mentions) {
      int sentence = sentenceIndex.getOrDefault(mention.sentence(), -1);
      if (mention.ordinal() != null) {
        last = mention.ordinal();
        lastSentence = sentence;
        carried.add(mention);
        continue;
      }
      boolean inReach = last != null && sentence >= lastSentence && sentence - lastSentence <= REACH;
      boolean sameSeries = last != null && last.series().equals(mention.theme());
      boolean answer = mention.outcome() != Outcome.NONE;
      if (inReach && mention.series() == null && (sameSeries || answer)) {
        carried.add(mention.withOrdinal(new Ordinal(last.value(), last.series(), last.evidence(), true)));
      } else {
        carried.add(mention);
      }
    }
    return carried;
  }
}
