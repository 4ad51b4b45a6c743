package org.annalist.timeline;

import static org.annalist.timeline.TimelineBuilderTest.agent;
import static org.annalist.timeline.TimelineBuilderTest.telling;
import static org.annalist.timeline.TimelineBuilderTest.time;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.Certainty;
import org.annalist.events.EventMention.EventKind;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Factuality;
import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventMention.Polarity;
import org.annalist.events.EventMention.Role;
import org.annalist.model.EntityType;
import org.annalist.model.FlagName;
import org.annalist.model.Span;
import org.annalist.timeline.TimelineBuilder.EntityInfo;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Undated events are kept as events of their own, events only fiction tells are marked, and the
 * mentions kept off the timeline say why.
 */
class UndatedAndFictionEventsTest {
  private static final Map<String, Source> SOURCES = Map.of(
      "a", new Source("a", "a.txt", List.of(), "a"),
      "b", new Source("b", "b.txt", List.of(), "b"),
      "novel",
          new Source(
              "novel",
              "novel.txt",
              List.of(new SourceFlag(FlagName.FICTION, "a chapter heading and dialogue")),
              "novel"));
  private static final Map<String, EntityInfo> ENTITIES =
      Map.of("vaslov", new EntityInfo("Vaslov", EntityType.PERSON));

  private static Timeline build(Attestation... attestations) {
    return new TimelineBuilder(SOURCES, ENTITIES).build(List.of(attestations));
  }

  private static Attestation sent(String document, @Nullable EventTime when) {
    return telling(
        document, "send", "telegram", Outcome.NONE, when, null, null, List.of(), agent("vaslov"));
  }

  @Test
  void undatedTellingsAreEventsOfTheirOwnWhileTheDatedOnesAlign() {
    Timeline timeline = build(
        sent("a", time("1941-07", "1941-07-01", "1941-07-31")),
        sent("b", time("1941-07-12", "1941-07-12", "1941-07-12")),
        sent("a", null),
        sent("b", null));

    assertThat(timeline.events()).hasSize(3);
    assertThat(timeline.events().get(0).time()).isNotNull();
    assertThat(timeline.events().get(0).attestations()).hasSize(2);
    assertThat(timeline.events().subList(1, 3))
        .as("the same word and doer, but nothing dates them: never merged, never dropped")
        .allSatisfy(event -> {
          assertThat(event.time()).isNull();
          assertThat(event.attestations()).hasSize(1);
        });
  }

  @Test
  void anUndatedEventIsReportableButAStatementIsNot() {
    assertThat(Aligner.isReportable(mention(EventKind.EVENT, Factuality.ASSERTED, true)))
        .as("a named doer and no date")
        .isTrue();
    assertThat(Aligner.isReportable(mention(EventKind.EVENT, Factuality.ASSERTED, false)))
        .as("nothing to identify it by")
        .isFalse();
    assertThat(Aligner.isReportable(mention(EventKind.REPORT, Factuality.ASSERTED, true)))
        .isFalse();
    assertThat(Aligner.isReportable(mention(EventKind.EVENT, negated(), true))).isFalse();
  }

  @Test
  void aStatementSaysWhyItIsOffTheTimeline() {
    assertThat(StatementReason.of(mention(EventKind.EVENT, Factuality.ASSERTED, true)))
        .isNull();
    assertThat(StatementReason.of(mention(EventKind.REPORT, Factuality.ASSERTED, true)))
        .isEqualTo(StatementReason.REPORT);
    assertThat(StatementReason.of(mention(EventKind.STATE, Factuality.ASSERTED, true)))
        .isEqualTo(StatementReason.MENTAL_STATE);
    assertThat(StatementReason.of(mention(EventKind.REPORT, negated(), true)))
        .as("how the sentence commits to it comes first")
        .isEqualTo(StatementReason.NEGATED);
    Factuality intended =
        new Factuality(Polarity.POSITIVE, Certainty.CERTAIN, null, false, true, false, null);
    assertThat(StatementReason.of(mention(EventKind.EVENT, intended, true)))
        .isEqualTo(StatementReason.INTENDED);
    assertThat(StatementReason.MENTAL_STATE.exportName()).isEqualTo("mental-state");
  }

  @Test
  void anEventOnlyFictionTellsIsMarkedAndOneHistoryTellsToo() {
    Timeline onlyFiction = build(sent("novel", time("1941-07", "1941-07-01", "1941-07-31")));
    Timeline both = build(
        sent("novel", time("1941-07", "1941-07-01", "1941-07-31")),
        sent("a", time("1941-07-12", "1941-07-12", "1941-07-12")));

    assertThat(onlyFiction.events())
        .singleElement()
        .satisfies(e -> assertThat(e.fiction()).isTrue());
    assertThat(both.events()).singleElement().satisfies(e -> {
      assertThat(e.attestations()).hasSize(2);
      assertThat(e.fiction()).isFalse();
    });
  }

  private static Factuality negated() {
    return new Factuality(Polarity.NEGATIVE, Certainty.CERTAIN, null, false, false, false, null);
  }

  /** A mention of this kind and factuality, with or without a named doer. */
  private static EventMention mention(EventKind kind, Factuality factuality, boolean named) {
    EventMention.Builder builder = EventMention.builder(Span.of(0, 4), Span.of(0, 20))
        .lemma("send")
        .group("send")
        .kind(kind)
        .factuality(factuality);
    if (named) {
      builder.participants(
          List.of(new EventMention.Participant(Role.AGENT, Span.of(5, 11), Span.of(5, 11))));
    }
    return builder.build();
  }
}
