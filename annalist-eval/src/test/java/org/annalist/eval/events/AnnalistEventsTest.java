package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Annalist's own event system through the harness interfaces, on hand-made documents. */
class AnnalistEventsTest {
  private static final EventText FIRST = HandMade.text(
      "d1", "On 1 September 1939 , Germany attacked Poland .", "The mayor praised the police .");
  private static final EventText SECOND = HandMade.text(
      "d2",
      "Poland was attacked by Germany on 1 September 1939 , officials said .",
      "Farmers sold their grain .");

  @Test
  void findsVerbsAsEventMentions() {
    List<SystemEventMention> found = new AnnalistEvents().find(FIRST);

    assertThat(found).extracting(m -> m.span().quote(FIRST.text())).contains("attacked", "praised");
  }

  @Test
  void alignsOneEventToldByTwoDocumentsAndKeepsOthersApart() {
    Map<String, String> labels = new AnnalistEvents()
        .cluster(List.of(
            HandMade.corefDocument(FIRST, "attacked", "praised"),
            HandMade.corefDocument(SECOND, "was attacked", "sold")));

    assertThat(labels).containsOnlyKeys("d1/attacked", "d1/praised", "d2/was attacked", "d2/sold");
    assertThat(labels.get("d1/attacked")).isEqualTo(labels.get("d2/was attacked"));
    assertThat(labels.get("d1/praised"))
        .isNotEqualTo(labels.get("d2/sold"))
        .isNotEqualTo(labels.get("d1/attacked"));
  }
}
