package org.annalist.events;

import static org.annalist.events.EventStageTest.events;
import static org.annalist.events.EventStageTest.names;
import static org.annalist.events.EventStageTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventMention.Role;
import org.junit.jupiter.api.Test;

/** What the lexicon declares of its synonym groups, and what the event reader does with it. */
class EventLexiconTest {
  private static final EventLexicon LEXICON = EventLexicon.english();

  @Test
  void groupPropertiesAreDeclaredInTheLexiconNotInCode() {
    assertThat(LEXICON.asks("request")).isTrue();
    assertThat(LEXICON.asks("send")).isFalse();
    assertThat(LEXICON.placeAfterOf("battle")).isTrue();
    assertThat(LEXICON.placeAfterOf("attack")).isFalse();
    assertThat(LEXICON.isRelatedGroup("send")).isTrue();
  }

  @Test
  void refusingANounOfAnAskingGroupAnswersARequest() {
    String text = "In 1937 Brenn rejected the appeal. In 1938 Brenn rejected the harvest.";
    assertThat(events(text).stream().filter(m -> m.lemma().equals("reject")))
        .extracting(EventMention::outcome)
        .containsExactly(Outcome.REFUSED, Outcome.NONE);
  }

  @Test
  void theOfPhraseOfABattleIsWhereItWasFoughtAndOfAnInvasionWhatItBefell() {
    String text = "The battle of Korsk began in 1937. The invasion of Valdia followed in 1938.";
    assertThat(names(text, only(events(text), "battle"), Role.PLACE)).containsExactly("Korsk");
    assertThat(names(text, only(events(text), "invasion"), Role.PATIENT)).containsExactly("Valdia");
  }
}
