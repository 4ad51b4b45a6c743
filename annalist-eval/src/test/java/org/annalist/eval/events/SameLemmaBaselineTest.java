package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The baseline with CoreNLP's real models on hand-made documents. */
class SameLemmaBaselineTest {
  private static final EventText FIRST = HandMade.text(
      "d1", "Police arrested the gunman on Friday .", "He was charged after the shooting .");
  private static final EventText SECOND = HandMade.text(
      "d2", "The arrest came a day after shootings at the mall .", "Officers checked the area .");

  @Test
  void clustersMentionsWithTheSameHeadLemmaAcrossDocuments() {
    Map<String, String> labels = new SameLemmaBaseline()
        .cluster(List.of(
            HandMade.corefDocument(FIRST, "arrested", "was charged", "shooting"),
            HandMade.corefDocument(SECOND, "arrest", "shootings", "checked")));

    assertThat(labels)
        .containsOnlyKeys(
            "d1/arrested",
            "d1/was charged",
            "d1/shooting",
            "d2/arrest",
            "d2/shootings",
            "d2/checked");
    assertThat(labels.get("d1/arrested")).isEqualTo(labels.get("d2/arrest")).isEqualTo("arrest");
    assertThat(labels.get("d1/shooting"))
        .isEqualTo(labels.get("d2/shootings"))
        .isEqualTo("shooting");
    assertThat(labels.get("d1/was charged")).isEqualTo("charge");
    assertThat(labels.get("d2/checked")).isEqualTo("check");
  }

  @Test
  void givesTheSameLabelsTwice() {
    List<CorefDocument> input = List.of(
        HandMade.corefDocument(FIRST, "arrested", "shooting"),
        HandMade.corefDocument(SECOND, "arrest"));

    assertThat(new SameLemmaBaseline().cluster(input))
        .isEqualTo(new SameLemmaBaseline().cluster(input));
  }
}
