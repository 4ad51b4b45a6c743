package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class VerbBaselineTest {

  @Test
  void findsMainVerbsAndSkipsAuxiliaries() {
    EventText text =
        HandMade.text("d1", "Police have arrested a man who was hiding .", "He is a suspect .");

    assertThat(new VerbBaseline().find(text))
        .extracting(mention -> mention.span().quote(text.text()), SystemEventMention::trigger)
        .containsExactly(tuple("arrested", "arrest"), tuple("hiding", "hide"));
  }
}
