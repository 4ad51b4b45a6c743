package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class TimeStageSentencesTest {
  private static List<String> sentences(String text) {
    return TimeStage.sentences(text, List.of(Span.of(0, text.length()))).stream()
        .map(s -> s.quote(text))
        .toList();
  }

  @Test
  void aFullStopGluedToTheNextSentenceEndsIt() {
    assertThat(sentences("The siege lasted from 1942 to 1943.The city was saved. Then peace came."))
        .containsExactly(
            "The siege lasted from 1942 to 1943.", "The city was saved.", "Then peace came.");
    assertThat(sentences("They marched on.Winter came."))
        .containsExactly("They marched on.", "Winter came.");
  }

  @Test
  void abbreviationsAndNumbersAreNotSentenceEnds() {
    assertThat(sentences("He met Mr.Smith in the U.S.A. at 3.5 miles.")).hasSize(1);
  }

  @Test
  void sentencesAreTrimmedAndStayInsideTheirRegions() {
    String text = "  One here.  Two there.\n\nSkipped. Three.";
    List<Span> regions = List.of(Span.of(0, 24), Span.of(34, text.length()));
    assertThat(TimeStage.sentences(text, regions).stream().map(s -> s.quote(text)))
        .containsExactly("One here.", "Two there.", "Three.");
  }
}
