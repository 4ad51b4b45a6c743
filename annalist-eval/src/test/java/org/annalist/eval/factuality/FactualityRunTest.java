package org.annalist.eval.factuality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.events.EventMention;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class FactualityRunTest {
  private static EventMention at(int start, int end, String lemma) {
    return EventMention.builder(Span.of(start, end), Span.of(0, 40))
        .lemma(lemma)
        .group(lemma)
        .build();
  }

  @Test
  void aGoldMentionIsTheAnnalistMentionOnItsWordsTheExactOneFirst() {
    List<EventMention> mentions =
        List.of(at(0, 3, "car"), at(4, 12, "accident"), at(13, 20, "report"));

    assertThat(FactualityRun.on(mentions, Span.of(4, 12)).orElseThrow().lemma())
        .isEqualTo("accident");
    assertThat(FactualityRun.on(mentions, Span.of(0, 12)).orElseThrow().lemma())
        .isEqualTo("accident");
    assertThat(FactualityRun.on(mentions, Span.of(21, 30))).isEmpty();
  }
}
