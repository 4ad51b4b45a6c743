package org.annalist.timeline;

import static org.annalist.timeline.Tellers.agent;
import static org.annalist.timeline.Tellers.build;
import static org.annalist.timeline.Tellers.eventAt;
import static org.annalist.timeline.Tellers.recipient;
import static org.annalist.timeline.Tellers.stated;
import static org.annalist.timeline.Tellers.told;
import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventType;
import org.annalist.timeline.EventRelation.Kind;
import org.annalist.timeline.Tellers.Told;
import org.junit.jupiter.api.Test;

class EventRelationsTest {
  private static Told letter(int offset, String day) {
    return told("a", offset, "send", EventType.COMMUNICATION, stated(day, day), agent("vaslov"));
  }

  @Test
  void theMembersOfANumberedSeriesPointToItsFirstMemberWithTheirNumbers() {
    Timeline timeline = build(
        letter(100, "1937-01-05").numbered(1).attestation(),
        letter(300, "1937-03-05").numbered(2).attestation(),
        letter(500, "1937-06-05").numbered(3).attestation());

    TimelineEvent first = eventAt(timeline, "a", 100);
    assertThat(eventAt(timeline, "a", 500).relations())
        .containsExactly(new EventRelation(Kind.SERIES, first.id(), 3));
    assertThat(eventAt(timeline, "a", 300).relations())
        .containsExactly(new EventRelation(Kind.SERIES, first.id(), 2));
    assertThat(first.relations()).containsExactly(new EventRelation(Kind.SERIES, first.id(), 1));
  }

  @Test
  void aNumberAloneOrNumbersOfUnrelatedCastsMakeNoSeries() {
    Timeline timeline = build(
        letter(100, "1937-01-05").numbered(1).attestation(),
        told(
                "b",
                100,
                "send",
                EventType.COMMUNICATION,
                stated("1937-02-01", "1937-02-01"),
                agent("brenn"))
            .numbered(2)
            .attestation());

    assertThat(timeline.events())
        .allSatisfy(event -> assertThat(event.relations()).isEmpty());
  }

  @Test
  void aNumberedAnswerAnswersTheMemberWithItsNumber() {
    Told refusal = told(
            "b",
            900,
            "refuse",
            EventType.RESPONSE,
            stated("1937-04-01", "1937-04-01"),
            agent("brenn"),
            recipient("vaslov"))
        .with(Outcome.REFUSED)
        .numbered(2);
    Timeline timeline = build(
        letter(100, "1937-01-05").numbered(1).attestation(),
        letter(300, "1937-03-05").numbered(2).attestation(),
        refusal.attestation());

    assertThat(eventAt(timeline, "b", 900).relations())
        .containsExactly(
            new EventRelation(Kind.ANSWER_OF, eventAt(timeline, "a", 300).id(), null));
  }

  @Test
  void anUnnumberedAnswerAnswersTheNearestRequestBeforeItThatWasMadeToItsMaker() {
    Told asked = told(
        "a",
        100,
        "request",
        EventType.REQUEST,
        stated("1937-01-05", "1937-01-05"),
        agent("vaslov"),
        recipient("brenn"));
    Told askedAgain = told(
        "a",
        300,
        "request",
        EventType.REQUEST,
        stated("1937-03-05", "1937-03-05"),
        agent("vaslov"),
        recipient("brenn"));
    Told askedByAnother = told(
        "a", 400, "request", EventType.REQUEST, stated("1937-03-07", "1937-03-07"), agent("clerk"));
    Told granted = told(
            "a",
            500,
            "agree",
            EventType.RESPONSE,
            stated("1937-03-09", "1937-03-09"),
            agent("brenn"))
        .with(Outcome.ACCEPTED);
    Told grantedElsewhere = told(
            "b",
            100,
            "agree",
            EventType.RESPONSE,
            stated("1937-05-09", "1937-05-09"),
            agent("brenn"))
        .with(Outcome.ACCEPTED);
    Timeline timeline = build(
        asked.attestation(),
        askedAgain.attestation(),
        askedByAnother.attestation(),
        granted.attestation(),
        grantedElsewhere.attestation());

    assertThat(eventAt(timeline, "a", 500).relations())
        .containsExactly(
            new EventRelation(Kind.ANSWER_OF, eventAt(timeline, "a", 300).id(), null));
    assertThat(eventAt(timeline, "b", 100).relations())
        .as("no document tells both")
        .isEmpty();
  }

  @Test
  void aDayOfAVisitIsPartOfTheVisitThatHoldsItsDateWithTheSameVisitor() {
    Told visit = told(
        "a",
        100,
        "visit",
        EventType.MEETING,
        stated("1937-12-16", "1938-02-17"),
        agent("brenn"),
        recipient("korsk"));
    Told arrival = told(
        "a", 300, "arrive", EventType.MOVEMENT, stated("1937-12-16", "1937-12-16"), agent("brenn"));
    Told otherVisitor = told(
        "a", 500, "arrive", EventType.MOVEMENT, stated("1937-12-20", "1937-12-20"), agent("clerk"));
    Told later = told(
        "a", 700, "leave", EventType.MOVEMENT, stated("1938-03-01", "1938-03-01"), agent("brenn"));
    Told battle = told(
        "a", 900, "battle", EventType.CONFLICT, stated("1938-01-10", "1938-01-10"), agent("brenn"));
    Timeline timeline = build(
        visit.attestation(),
        arrival.attestation(),
        otherVisitor.attestation(),
        later.attestation(),
        battle.attestation());

    String whole = eventAt(timeline, "a", 100).id();
    assertThat(eventAt(timeline, "a", 300).relations())
        .containsExactly(new EventRelation(Kind.PART_OF, whole, null));
    assertThat(eventAt(timeline, "a", 500).relations()).as("another doer").isEmpty();
    assertThat(eventAt(timeline, "a", 700).relations()).as("after the visit").isEmpty();
    assertThat(eventAt(timeline, "a", 900).relations()).as("no part of a visit").isEmpty();
  }
}
