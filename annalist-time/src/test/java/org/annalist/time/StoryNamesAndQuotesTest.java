package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates that name a time without moving a story's reference: a year inside a name, and a date
 * said inside quotation marks.
 */
class StoryNamesAndQuotesTest {
  private static final TemporalContext HISTORY =
      TemporalContext.narrative(LocalDate.of(2024, 2, 8));

  @Test
  void anEarlierYearBetweenADeterminerAndANameBelongsToTheNameAndDoesNotMoveTheStory() {
    assertThat(
            values(
                "On 3 March 1871 the council sat. Tarn spoke of the 1862 Accord at length. On 9 March the vote was held."))
        .containsExactly("1871-03-03", "1862", "1871-03-09");
    assertThat(values(
            "In 1871 the fair opened. Tarn recalled the 1860 Games. In May the fair closed."))
        .containsExactly("1871", "1860", "1871-05");
  }

  @Test
  void aNamedTimeTheStoryGoesOnToMovesIt() {
    assertThat(values(
            "In 1870 the war began. In the 1871 Battle of Tarn the line broke. In May it rained."))
        .containsExactly("1870", "1871", "1871-05");
  }

  @Test
  void aNamedYearBeforeTheStoryHasADateMovesIt() {
    assertThat(values("Tarn wrote of the 1862 Accord. In May the vote was held."))
        .containsExactly("1862", "1862-05");
  }

  @Test
  void aDayBeforeANameStillMovesTheStory() {
    assertThat(values("In 1871 the fair opened. On the 16 March Tarn left. The next day he wrote."))
        .containsExactly("1871", "1871-03-16", "1871-03-17");
  }

  @Test
  void aDateSaidInsideQuotationMarksDoesNotMoveTheStory() {
    assertThat(
            values(
                "On 3 March 1871 the council sat. Tarn said, \"We will hold until the year 1890.\" On 9 March the vote was held."))
        .containsExactly("1871-03-03", "1890", "1871-03-09");
    assertThat(
            values(
                "On 3 March 1871 the council sat. Tarn said, “In 1850 my father built this hall.” On 9 March the vote was held."))
        .containsExactly("1871-03-03", "1850", "1871-03-09");
  }

  @Test
  void theSameDateOutsideQuotationMarksMovesIt() {
    assertThat(
            values(
                "On 3 March 1871 the council sat. In 1890 the hall was sold. On 9 March the vote was held."))
        .containsExactly("1871-03-03", "1890", "1890-03-09");
  }

  @Test
  void theSentenceReferenceAfterAQuotedYearIsTheNarrations() {
    String text = "In June 1871 the council sat. \"By 1890 we will be gone,\" Tarn said. He left.";
    TemporalAnalysis analysis = TemporalTagger.english()
        .analyze(
            text,
            List.of(org.annalist.model.Span.of(0, text.length())),
            List.of(0, 30, 67),
            HISTORY);

    assertThat(analysis.sentenceReferences().get(2))
        .hasValueSatisfying(timex -> assertThat(timex.value()).isEqualTo("1871-06"));
  }

  private static List<String> values(String text) {
    return Tagged.values(text, HISTORY);
  }
}
