package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** A reader that misplaces an offset fails where it reads, with a message that says where. */
class GoldEventDocumentTest {
  private static final EventText TEXT =
      HandMade.text("d1", "Police arrested him .", "He was charged .");

  @Test
  void refusesAMentionWhoseSpanDoesNotCoverItsText() {
    GoldEventMention shifted =
        new GoldEventMention("d1/m1", Span.of(8, 16), "arrested", 0, "c", "ACTION_OCCURRENCE");

    assertThatThrownBy(() -> HandMade.document(TEXT, "1", List.of(shifted)))
        .hasMessage("document d1: mention d1/m1 [8, 16) does not cover its text 'arrested'");
  }

  @Test
  void refusesAMentionOutsideItsSentence() {
    GoldEventMention wrongSentence = new GoldEventMention(
        "d1/m1", HandMade.span(TEXT, "arrested"), "arrested", 1, "c", "ACTION_OCCURRENCE");

    assertThatThrownBy(() -> HandMade.document(TEXT, "1", List.of(wrongSentence)))
        .hasMessage("document d1: mention d1/m1 [7, 15) does not start in its sentence 1");
  }

  @Test
  void refusesSpansBeyondTheText() {
    assertThatThrownBy(() -> new EventText("d2", "short", List.of(Span.of(0, 9)), List.of()))
        .hasMessage("document d2: token [0, 9) does not fit the text (length 5)");
  }
}
