package org.annalist.timeline;

import static org.annalist.timeline.Tellers.agent;
import static org.annalist.timeline.Tellers.build;
import static org.annalist.timeline.Tellers.eventAt;
import static org.annalist.timeline.Tellers.fromStory;
import static org.annalist.timeline.Tellers.recipient;
import static org.annalist.timeline.Tellers.stated;
import static org.annalist.timeline.Tellers.told;
import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.events.EventType;
import org.annalist.timeline.Attestation.EntityRole;
import org.junit.jupiter.api.Test;

/** Each piece of evidence raises an event's importance, all else equal. */
class ImportanceTest {
  private static final String DAY = "1937-05-03";

  private static double importance(Timeline timeline, String document, int offset) {
    return eventAt(timeline, document, offset).importance();
  }

  @Test
  void aDayItsOwnSentenceStatesOutweighsTheStorysMonth() {
    Timeline timeline = build(
        told("a", 100, "arrive", EventType.MOVEMENT, stated(DAY, DAY), agent("vaslov"))
            .attestation(),
        told(
                "b",
                100,
                "arrive",
                EventType.MOVEMENT,
                fromStory("1937-05-01", "1937-05-31", 2),
                agent("brenn"))
            .attestation(),
        told("c", 100, "arrive", EventType.MOVEMENT, null, agent("vaslov")).attestation());

    assertThat(importance(timeline, "a", 100)).isGreaterThan(importance(timeline, "b", 100));
    assertThat(importance(timeline, "b", 100)).isGreaterThan(importance(timeline, "c", 100));
  }

  @Test
  void independentWitnessesOutweighOne() {
    Timeline timeline = build(
        told("a", 100, "arrive", EventType.MOVEMENT, stated(DAY, DAY), agent("vaslov"))
            .attestation(),
        told("b", 100, "arrive", EventType.MOVEMENT, stated(DAY, DAY), agent("vaslov"))
            .attestation(),
        told("c", 100, "leave", EventType.MOVEMENT, stated(DAY, DAY), agent("brenn"))
            .attestation());

    assertThat(eventAt(timeline, "a", 100).attestations()).hasSize(2);
    assertThat(importance(timeline, "a", 100)).isGreaterThan(importance(timeline, "c", 100));
  }

  @Test
  void aConflictOutweighsAVerbOfNoType() {
    Timeline timeline = build(
        told("a", 100, "attack", EventType.CONFLICT, stated(DAY, DAY), agent("vaslov"))
            .attestation(),
        told("b", 100, "linger", EventType.OTHER, stated(DAY, DAY), agent("vaslov"))
            .attestation());

    assertThat(importance(timeline, "a", 100)).isGreaterThan(importance(timeline, "b", 100));
  }

  @Test
  void aCentralParticipantOutweighsOneNamedOnce() {
    Timeline timeline = build(
        told("a", 100, "arrive", EventType.MOVEMENT, stated(DAY, DAY), agent("vaslov"))
            .attestation(),
        told("b", 100, "arrive", EventType.MOVEMENT, stated(DAY, DAY), agent("clerk"))
            .attestation());

    assertThat(importance(timeline, "a", 100)).isGreaterThan(importance(timeline, "b", 100));
  }

  @Test
  void aSeriesMemberOutweighsTheSameActUnnumbered() {
    EntityRole to = recipient("brenn");
    Timeline timeline = build(
        told(
                "a",
                100,
                "send",
                EventType.COMMUNICATION,
                stated("1937-01-02", "1937-01-02"),
                agent("vaslov"),
                to)
            .numbered(1)
            .attestation(),
        told("a", 300, "send", EventType.COMMUNICATION, stated(DAY, DAY), agent("vaslov"), to)
            .numbered(2)
            .attestation(),
        told("b", 100, "send", EventType.COMMUNICATION, stated(DAY, DAY), agent("clerk"), to)
            .attestation());

    assertThat(importance(timeline, "a", 300)).isGreaterThan(importance(timeline, "b", 100));
  }

  @Test
  void aStorysEventCountsForLessThanHistorysAndEveryScoreIsBetweenZeroAndOne() {
    Timeline timeline = build(
        told("a", 100, "attack", EventType.CONFLICT, stated(DAY, DAY), agent("vaslov"))
            .attestation(),
        told(
                "novel",
                100,
                "attack",
                EventType.CONFLICT,
                stated("1937-09-01", "1937-09-01"),
                agent("brenn"))
            .attestation());

    assertThat(importance(timeline, "novel", 100)).isLessThan(importance(timeline, "a", 100) / 2);
    assertThat(timeline.events()).allSatisfy(e -> assertThat(e.importance()).isBetween(0.0, 1.0));
  }
}
