package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class MentionScorerTest {
  private static final EventText TEXT = HandMade.text(
      "d1",
      "Police arrested the gunman after the shooting .",
      "Reporters were not there .",
      "He was charged on Monday .");
  /** Sentences 0 and 2 annotated; sentence 1 not. */
  private static final GoldEventDocument GOLD = new GoldEventDocument(
      TEXT,
      "1",
      "1ecb",
      List.of(
          HandMade.mention(TEXT, "arrested", "arrest"),
          HandMade.mention(TEXT, "shooting", "shoot"),
          HandMade.mention(TEXT, "charged", "charge")),
      List.of(TEXT.sentences().get(0), TEXT.sentences().get(2)));

  private static SystemEventMention found(String words) {
    return new SystemEventMention(HandMade.span(TEXT, words), null);
  }

  @Test
  void countsStrictAndOverlappingPairsOneToOne() {
    List<SystemEventMention> system = List.of(
        found("arrested"),
        found("arrested"),
        found("the shooting"),
        found("was charged"),
        found("gunman"));

    MentionCounts counts = MentionScorer.score(GOLD, system);

    assertThat(counts).isEqualTo(new MentionCounts(3, 5, 0, 1, 3));
    assertThat(counts.strictScore().precision()).isEqualTo(0.2);
    assertThat(counts.overlapScore().recall()).isEqualTo(1.0);
    assertThat(counts.overlapScore().f1()).isCloseTo(2 * 0.6 / 1.6, within(1e-12));
  }

  @Test
  void ignoresSystemMentionsOutsideAnnotatedSentences() {
    MentionCounts counts = MentionScorer.score(GOLD, List.of(found("were"), found("charged")));

    assertThat(counts).isEqualTo(new MentionCounts(3, 1, 1, 1, 1));
  }

  @Test
  void leavesGoldOutsideAnnotatedSentencesUnscored() {
    GoldEventDocument partly = new GoldEventDocument(
        TEXT, "1", "1ecb", GOLD.mentions(), List.of(TEXT.sentences().get(2)));

    assertThat(partly.scoredMentions())
        .extracting(GoldEventMention::text)
        .containsExactly("charged");
    assertThat(MentionScorer.score(partly, List.of())).isEqualTo(new MentionCounts(1, 0, 0, 0, 0));
    assertThat(partly.isAnnotated(Span.of(0, 3))).isFalse();
  }

  @Test
  void sumsOverDocuments() {
    MentionCounts one = new MentionCounts(3, 5, 1, 1, 3);

    assertThat(one.plus(one).plus(MentionCounts.ZERO)).isEqualTo(new MentionCounts(6, 10, 2, 2, 6));
  }
}
