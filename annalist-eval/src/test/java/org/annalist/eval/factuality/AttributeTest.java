package org.annalist.eval.factuality;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.events.EventLexicon;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.Certainty;
import org.annalist.events.EventMention.EventKind;
import org.annalist.events.EventMention.Factuality;
import org.annalist.events.EventMention.Polarity;
import org.annalist.events.EventMention.Tense;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** Annalist's attributes in the gold corpora's terms. */
class AttributeTest {
  private static final EventLexicon LEXICON = EventLexicon.english();

  private static EventMention mention(
      String lemma, EventKind kind, Factuality factuality, Tense tense) {
    return EventMention.builder(Span.of(0, 4), Span.of(0, 10))
        .lemma(lemma)
        .group(lemma)
        .kind(kind)
        .factuality(factuality)
        .tense(tense)
        .build();
  }

  private static Factuality intended() {
    return new Factuality(Polarity.POSITIVE, Certainty.CERTAIN, "would", false, true, false, null);
  }

  @Test
  void anIntendedEventOrAFutureTenseIsTheFuture() {
    assertThat(Attribute.TIME.of(mention("send", EventKind.EVENT, intended(), Tense.NONE), LEXICON))
        .isEqualTo("FUTURE");
    assertThat(Attribute.TIME.of(
            mention("send", EventKind.EVENT, Factuality.ASSERTED, Tense.FUTURE), LEXICON))
        .isEqualTo("FUTURE");
    assertThat(Attribute.TIME.of(
            mention("send", EventKind.EVENT, Factuality.ASSERTED, Tense.PAST), LEXICON))
        .isEqualTo("NON_FUTURE");
  }

  @Test
  void readsPolarityCertaintyModalityAndFactuality() {
    EventMention wouldSend = mention("send", EventKind.EVENT, intended(), Tense.NONE);

    assertThat(Attribute.POLARITY.of(wouldSend, LEXICON)).isEqualTo("POS");
    assertThat(Attribute.CERTAINTY.of(wouldSend, LEXICON)).isEqualTo("CERTAIN");
    assertThat(Attribute.MODALITY.of(wouldSend, LEXICON)).isEqualTo("would");
    assertThat(Attribute.FACTUAL.of(wouldSend, LEXICON)).isEqualTo("NOT_FACTUAL");
    assertThat(Attribute.MODALITY.of(
            mention("send", EventKind.EVENT, Factuality.ASSERTED, Tense.PAST), LEXICON))
        .isEqualTo("none");
  }

  @Test
  void mapsKindsAndLexiconClassesToTimeMlClasses() {
    assertThat(Attribute.CLASS.of(
            mention("say", EventKind.REPORT, Factuality.ASSERTED, Tense.PAST), LEXICON))
        .isEqualTo("REPORTING");
    assertThat(Attribute.CLASS.of(
            mention("see", EventKind.STATE, Factuality.ASSERTED, Tense.PAST), LEXICON))
        .isEqualTo("PERCEPTION");
    assertThat(Attribute.CLASS.of(
            mention("believe", EventKind.STATE, Factuality.ASSERTED, Tense.PAST), LEXICON))
        .isEqualTo("I_STATE");
    assertThat(Attribute.CLASS.of(
            mention("want", EventKind.EVENT, Factuality.ASSERTED, Tense.PAST), LEXICON))
        .isEqualTo("I_ACTION");
    assertThat(Attribute.CLASS.of(
            mention("begin", EventKind.EVENT, Factuality.ASSERTED, Tense.PAST), LEXICON))
        .isEqualTo("ASPECTUAL");
    assertThat(Attribute.CLASS.of(
            mention("attack", EventKind.EVENT, Factuality.ASSERTED, Tense.PAST), LEXICON))
        .isEqualTo("OCCURRENCE");
  }

  @Test
  void timeMlTensesWithoutATenseOfTheirOwnAreNone() {
    assertThat(Attribute.tenseOf("INFINITIVE")).isEqualTo("NONE");
    assertThat(Attribute.tenseOf("PRESPART")).isEqualTo("NONE");
    assertThat(Attribute.tenseOf("PASTPART")).isEqualTo("NONE");
    assertThat(Attribute.tenseOf("past")).isEqualTo("PAST");
  }
}
