package org.annalist.timeline;

import static org.annalist.timeline.Tellers.agent;
import static org.annalist.timeline.Tellers.build;
import static org.annalist.timeline.Tellers.fromStory;
import static org.annalist.timeline.Tellers.stated;
import static org.annalist.timeline.Tellers.told;
import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.events.EventType;
import org.annalist.timeline.Tellers.Told;
import org.junit.jupiter.api.Test;

/** An event takes the title of its best telling, not of its first. */
class TellingsTest {
  private static final String DAY = "1937-05-03";

  private static Told arrival(String document, int offset) {
    return told(document, offset, "arrive", EventType.MOVEMENT, stated(DAY, DAY), agent("vaslov"));
  }

  @Test
  void historyOutranksFictionAndAStatedDateOutranksTheStorys() {
    Timeline timeline = build(
        arrival("a", 100)
            .dated(fromStory("1937-05-01", "1937-05-31", 1))
            .attestation("Vaslov arrived at last"),
        arrival("novel", 100).attestation("Vaslov rode into Korsk at dawn"),
        arrival("b", 100).attestation("Vaslov arrived in Korsk"));

    assertThat(timeline.events())
        .singleElement()
        .satisfies(event -> assertThat(event.title()).isEqualTo("Vaslov arrived in Korsk"));
  }

  @Test
  void aStatementOutranksAQuestionAndAClauseANounPhrase() {
    Timeline timeline = build(
        arrival("a", 100).attestation("Did Vaslov arrive in Korsk"),
        arrival("b", 100).attestation("Vaslov's arrival"),
        arrival("c", 100).attestation("Vaslov arrived in Korsk"));

    assertThat(timeline.events())
        .singleElement()
        .satisfies(event -> assertThat(event.title()).isEqualTo("Vaslov arrived in Korsk"));
  }

  @Test
  void aQuestionIsToldByItsOpeningWord() {
    assertThat(Tellings.isQuestion("Why did Brenn refuse")).isTrue();
    assertThat(Tellings.isQuestion("Was the treaty signed")).isTrue();
    assertThat(Tellings.isQuestion("Brenn refused")).isFalse();
    assertThat(Tellings.isQuestion("Whitby burned")).isFalse();
  }
}
