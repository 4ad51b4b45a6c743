package org.annalist.events;

import static org.annalist.events.EventStageTest.events;
import static org.annalist.events.EventStageTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypesTest {
  private static final EventTypes TYPES = EventTypes.english();

  @Test
  void aLemmaTakesItsOwnTypeElseItsSynonymGroups() {
    assertThat(TYPES.of("annihilate", false)).isEqualTo(EventType.CONFLICT);
    assertThat(TYPES.of("turn_down", false)).isEqualTo(EventType.RESPONSE);
    assertThat(TYPES.of("cable", false)).isEqualTo(EventType.COMMUNICATION);
    assertThat(TYPES.of("trip", true)).isEqualTo(EventType.MOVEMENT);
    assertThat(TYPES.of("visit", true)).isEqualTo(EventType.MEETING);
    assertThat(TYPES.of("coronation", true)).isEqualTo(EventType.PERSONNEL);
    assertThat(TYPES.of("arrest", false)).isEqualTo(EventType.JUSTICE);
    assertThat(TYPES.of("treaty", true)).isEqualTo(EventType.AGREEMENT);
    assertThat(TYPES.of("blink", false)).isEqualTo(EventType.OTHER);
  }

  @Test
  void aPhrasalVerbWithoutALineOfItsOwnFallsBackToItsVerb() {
    assertThat(TYPES.of("march_off", false)).isEqualTo(EventType.MOVEMENT);
  }

  @Test
  void aSupportVerbTakesTheTypeOfTheEventNounItGoverns() {
    String text = "In 1937 the northern army launched an offensive against Korsk.";
    assertThat(only(events(text), "launch").type()).isEqualTo(EventType.CONFLICT);
  }

  @Test
  void anAspectualVerbTakesTheTypeOfItsEventNounSubject() {
    String text = "In 1937 a rebellion broke out in Korsk.";
    assertThat(only(events(text), "break_out").type()).isEqualTo(EventType.DEMONSTRATION);
  }

  @Test
  void sendingAMessageIsACommunicationAndSendingTroopsAMovement() {
    assertThat(only(events("In 1937 Vaslov sent a letter to Brenn."), "send").type())
        .isEqualTo(EventType.COMMUNICATION);
    assertThat(only(events("In 1937 Vaslov sent troops to Korsk."), "send").type())
        .isEqualTo(EventType.MOVEMENT);
  }

  @Test
  void aRelativeClauseSendsTheNounItModifies() {
    String text = "The letter that Vaslov sent to Brenn in 1937 was lost.";
    assertThat(only(events(text), "send").type()).isEqualTo(EventType.COMMUNICATION);
  }

  @Test
  void everyMentionHasAType() {
    assertThat(events("Brenn agreed in 1937. Vaslov was born in Korsk in 1901."))
        .extracting(EventMention::type)
        .contains(EventType.RESPONSE, EventType.LIFE);
  }
}
