package org.annalist.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
      if (last == null) {
        carried.add(mention);
        continue;
      }
      boolean inReach = sentence >= lastSentence && sentence - lastSentence <= REACH;
      boolean sameSeries = last.series().equals(mention.theme());
      boolean answer = mention.outcome() != Outcome.NONE;
      if (inReach && mention.series() == null && (sameSeries || answer)) {
        carried.add(
            mention.withOrdinal(new Ordinal(last.value(), last.series(), last.evidence(), true)));
      } else {
        carried.add(mention);
      }
    }
    return numberPredecessors(carried);
  }

  /**
   * "He sent a telegram. ... He sent a second telegram": the nearest unnumbered telling of the
   * same act before an explicit k-th member, and after the member before it, is member k-1.
   */
  private static List<EventMention> numberPredecessors(List<EventMention> mentions) {
    List<EventMention> numbered = new ArrayList<>(mentions);
    for (int i = 0; i < numbered.size(); i++) {
      Ordinal ordinal = numbered.get(i).ordinal();
      if (ordinal == null || ordinal.inferred() || ordinal.value() < 2) {
        continue;
      }
      EventMention member = numbered.get(i);
      for (int j = i - 1; j >= 0; j--) {
        EventMention earlier = numbered.get(j);
        if (!sameAct(earlier, member) || earlier.sentence().equals(member.sentence())) {
          continue;
        }
        if (earlier.ordinal() == null && earlier.series() == null) {
          numbered.set(
              j,
              earlier.withOrdinal(
                  new Ordinal(ordinal.value() - 1, ordinal.series(), ordinal.evidence(), true)));
        }
        break;
      }
    }
    return numbered;
  }

  private static boolean sameAct(EventMention a, EventMention b) {
    return a.group().equals(b.group()) && Objects.equals(a.theme(), b.theme()) && a.isAsserted();
  }
}
