package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Ordinal;
import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventMention.Quantity;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventMention.SeriesClaim;
import org.annalist.model.EntityType;
import org.annalist.model.EventStatus;
import org.annalist.model.FlagName;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.annalist.timeline.Attestation.EntityRole;
import org.annalist.timeline.Conflict.Kind;
import org.annalist.timeline.TimelineBuilder.EntityInfo;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  private static final Map<String, Source> SOURCES = Map.of(
      "a", new Source("a", "a.txt", List.of(), "a"),
      "b", new Source("b", "b.txt", List.of(), "b"),
      "c", new Source("c", "c.txt", List.of(), "a"),
      "novel",
          new Source(
              "novel",
              "novel.txt",
              List.of(new SourceFlag(FlagName.FICTION, "a chapter heading")),
              "novel"));
  private static final Map<String, EntityInfo> ENTITIES = Map.of(
      "vaslov",
      new EntityInfo("Vaslov", EntityType.PERSON),
      "brenn",
      new EntityInfo("Brenn", EntityType.PERSON),
      "korsk",
      new EntityInfo("Korsk", EntityType.LOCATION),
      "valdish",
      new EntityInfo("Valdish", EntityType.MISC),
      "north-league",
      new EntityInfo("North League", EntityType.MISC));

  private static int next = 0;

  static Attestation telling(
      String document,
      String group,
      @Nullable String theme,
      Outcome outcome,
      @Nullable EventTime time,
      @Nullable Ordinal ordinal,
      @Nullable SeriesClaim series,
      List<Quantity> quantities,
      EntityRole... roles) {
    int at = next += 100;
    EventMention mention = EventMention.builder(Span.of(at, at + 4), Span.of(at, at + 50))
        .lemma(group)
        .group(group)
        .outcome(outcome)
        .theme(theme)
        .time(time)
        .quantities(quantities)
        .ordinal(ordinal)
        .series(series)
        .build();
    return new Attestation(document, mention, List.of(roles));
  }

  static EventTime time(String value, String earliest, String latest) {
    return EventTime.stated(Span.of(1, 5), value, value, days(earliest, latest));
  }

  /** The days from {@code earliest} to {@code latest}, ISO dates. */
  static DayInterval days(String earliest, String latest) {
    return DayInterval.of(LocalDate.parse(earliest), LocalDate.parse(latest));
  }

  static EntityRole agent(String entity) {
    return new EntityRole(Role.AGENT, entity, true);
  }

  static Ordinal nth(int value) {
    return new Ordinal(value, "telegram", Span.of(0, 1), false);
  }

  private static Timeline build(Attestation... attestations) {
    return new TimelineBuilder(SOURCES, ENTITIES).build(List.of(attestations));
  }

  @Test
  void independentSourcesTellingOneDatedEventCorroborateIt() {
    Timeline timeline = build(
        telling(
            "a",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941-07", "1941-07-01", "1941-07-31"),
            null,
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941-07-12", "1941-07-12", "1941-07-12"),
            null,
            null,
            List.of(),
            agent("vaslov")));

    assertThat(timeline.events()).singleElement().satisfies(event -> {
      assertThat(event.status()).isEqualTo(EventStatus.CORROBORATED);
      assertThat(event.time().value()).isEqualTo("1941-07-12");
      assertThat(event.summary()).isEqualTo("Vaslov send telegram");
    });
  }

  @Test
  void aSummaryPutsANationalityBeforeTheThemeAndDoesNotRepeatAName() {
    EntityRole valdish = new EntityRole(Role.PATIENT, "valdish", true);
    EntityRole korsk = new EntityRole(Role.PATIENT, "korsk", true);
    EntityRole league = new EntityRole(Role.PATIENT, "north-league", true);
    assertThat(build(telling(
                "a",
                "wipe_out",
                "troops",
                Outcome.NONE,
                null,
                null,
                null,
                List.of(),
                agent("vaslov"),
                valdish))
            .events())
        .singleElement()
        .extracting(TimelineEvent::summary)
        .isEqualTo("Vaslov wipe out Valdish troops");
    assertThat(build(telling(
                "a",
                "occupy",
                "korsk",
                Outcome.NONE,
                null,
                null,
                null,
                List.of(),
                agent("vaslov"),
                korsk))
            .events())
        .singleElement()
        .extracting(TimelineEvent::summary)
        .isEqualTo("Vaslov occupy Korsk");
    assertThat(build(telling(
                "a",
                "join",
                "army",
                Outcome.NONE,
                null,
                null,
                null,
                List.of(),
                agent("vaslov"),
                league))
            .events())
        .singleElement()
        .extracting(TimelineEvent::summary)
        .isEqualTo("Vaslov join army North League");
    assertThat(build(telling(
                "a",
                "praise",
                null,
                Outcome.NONE,
                null,
                null,
                null,
                List.of(),
                agent("vaslov"),
                valdish))
            .events())
        .singleElement()
        .extracting(TimelineEvent::summary)
        .isEqualTo("Vaslov praise Valdish");
  }

  @Test
  void copiesAndFictionDoNotCorroborate() {
    Timeline copies = build(
        telling(
            "a",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941", "1941-01-01", "1941-12-31"),
            null,
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "c",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941", "1941-01-01", "1941-12-31"),
            null,
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "novel",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941", "1941-01-01", "1941-12-31"),
            null,
            null,
            List.of(),
            agent("vaslov")));

    assertThat(copies.events())
        .singleElement()
        .satisfies(event -> assertThat(event.status()).isEqualTo(EventStatus.SINGLE_SOURCE));
  }

  @Test
  void differentDoersOrDisjointDatesAreDifferentEvents() {
    Timeline timeline = build(
        telling(
            "a",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941-07", "1941-07-01", "1941-07-31"),
            null,
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941-07", "1941-07-01", "1941-07-31"),
            null,
            null,
            List.of(),
            agent("brenn")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            time("1943", "1943-01-01", "1943-12-31"),
            null,
            null,
            List.of(),
            agent("vaslov")));

    assertThat(timeline.events()).hasSize(3);
    assertThat(timeline.conflicts()).isEmpty();
  }

  @Test
  void twoTellingsInOneSourceJoinThroughAThirdOnlyWhenTheyHaveEnoughInCommon() {
    EventTime july = time("1941-07", "1941-07-01", "1941-07-31");
    Timeline alike = build(
        telling("a", "request", null, Outcome.NONE, july, null, null, List.of(), agent("vaslov")),
        telling("b", "request", null, Outcome.NONE, july, null, null, List.of(), agent("vaslov")),
        telling("b", "request", null, Outcome.NONE, july, null, null, List.of(), agent("vaslov")));
    Timeline apart = build(
        telling(
            "a",
            "request",
            null,
            Outcome.NONE,
            july,
            null,
            null,
            List.of(),
            agent("vaslov"),
            agent("brenn")),
        telling("b", "request", null, Outcome.NONE, july, null, null, List.of(), agent("vaslov")),
        telling("b", "request", null, Outcome.NONE, null, null, null, List.of(), agent("brenn")));

    assertThat(alike.events()).hasSize(1);
    assertThat(apart.events()).hasSize(2);
  }

  @Test
  void aNarrativeDateLeavesRoomForWhatTheStoryTellsNext() {
    EventTime june =
        EventTime.fromStory(Span.of(0, 9), "", "1941-06", days("1941-06-01", "1941-06-30"), 3);
    Timeline timeline = build(
        telling(
            "a", "send", "telegram", Outcome.NONE, june, null, null, List.of(), agent("vaslov")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941-07", "1941-07-01", "1941-07-31"),
            null,
            null,
            List.of(),
            agent("vaslov")));

    assertThat(timeline.events()).hasSize(1);
  }

  @Test
  void aNumberedActDatedJustAfterItsNarrativeDateConflictsWithALaterTelling() {
    EventTime springNext = EventTime.fromStory(
        Span.of(0, 9),
        "the spring of the next year",
        "1937-SP",
        days("1937-03-01", "1937-05-31"),
        4);
    Timeline justTold = build(
        telling(
            "a",
            "send",
            "telegram",
            Outcome.NONE,
            endOf1936(1),
            nth(3),
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            springNext,
            nth(3),
            null,
            List.of(),
            agent("vaslov")));
    Timeline toldLongBefore = build(
        telling(
            "a",
            "send",
            "telegram",
            Outcome.NONE,
            endOf1936(9),
            nth(3),
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            springNext,
            nth(3),
            null,
            List.of(),
            agent("vaslov")));

    assertThat(justTold.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Kind.TIME);
      assertThat(conflict.explanation())
          .contains("told a sentence before as \"the end of 1936\"")
          .contains("told 4 sentences before as \"the spring of the next year\"");
    });
    assertThat(toldLongBefore.events()).hasSize(1);
    assertThat(toldLongBefore.conflicts()).isEmpty();
  }

  private static EventTime endOf1936(int sentencesBack) {
    return EventTime.fromStory(
        Span.of(0, 9), "the end of 1936", "1936", days("1936-09-01", "1936-12-31"), sentencesBack);
  }

  @Test
  void oneTriggerTellingTwoNumberedActsGivesTwoEventsWithTheirOwnIds() {
    Attestation second = telling(
        "a",
        "send",
        "telegram",
        Outcome.NONE,
        time("1941", "1941-01-01", "1941-12-31"),
        nth(2),
        null,
        List.of(),
        agent("vaslov"));
    Attestation third =
        new Attestation("a", second.mention().withOrdinal(nth(3)), second.participants());

    Timeline timeline = build(second, third);

    assertThat(timeline.events()).hasSize(2);
    assertThat(timeline.events()).extracting(TimelineEvent::id).doesNotHaveDuplicates();
  }

  @Test
  void seriesNounsArePluralized() {
    assertThat(List.of("request", "dispatch", "reply", "day", "tax").stream()
            .map(ConflictFinder::plural))
        .containsExactly("requests", "dispatches", "replies", "days", "taxes");
  }

  @Test
  void numberedMembersAlignAcrossSendingAndRequesting() {
    EventTime late = time("1943", "1943-01-01", "1943-12-31");
    Timeline timeline = build(
        telling(
            "a", "send", "telegram", Outcome.NONE, late, nth(6), null, List.of(), agent("vaslov")),
        telling(
            "b", "request", null, Outcome.NONE, late, nth(6), null, List.of(), agent("vaslov")));

    assertThat(timeline.events())
        .singleElement()
        .satisfies(e -> assertThat(e.attestations()).hasSize(2));
  }

  @Test
  void anUnnumberedTellingMeetsTheNumberedOnesOfItsKind() {
    EventTime july = time("1941-07", "1941-07-01", "1941-07-31");
    Timeline timeline = build(
        telling(
            "a", "send", "telegram", Outcome.NONE, july, nth(1), null, List.of(), agent("vaslov")),
        telling(
            "b", "send", "telegram", Outcome.NONE, july, null, null, List.of(), agent("vaslov")),
        telling("b", "send", "troops", Outcome.NONE, july, null, null, List.of(), agent("vaslov")));

    assertThat(timeline.events())
        .hasSize(2)
        .anySatisfy(e -> assertThat(e.attestations())
            .extracting(Attestation::document)
            .containsExactly("a", "b"));
  }

  @Test
  void twoSourcesAreNeverJoinedThroughAThirdAgainstAVeto() {
    EventTime july = time("1941-07", "1941-07-01", "1941-07-31");
    Timeline timeline = build(
        telling("a", "attack", null, Outcome.NONE, july, null, null, List.of(), agent("vaslov")),
        telling(
            "b",
            "attack",
            null,
            Outcome.NONE,
            july,
            null,
            null,
            List.of(),
            new EntityRole(Role.PATIENT, "korsk", true)),
        telling("c", "attack", null, Outcome.NONE, july, null, null, List.of(), agent("brenn")));

    assertThat(timeline.events())
        .noneSatisfy(
            e -> assertThat(e.attestations()).extracting(Attestation::document).contains("a", "c"));
    assertThat(timeline.conflicts()).isEmpty();
  }

  @Test
  void theSameNumberedActDatedApartIsATimeConflict() {
    Timeline timeline = build(
        telling(
            "a",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941-07", "1941-07-01", "1941-07-31"),
            nth(3),
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            time("1942-05", "1942-05-01", "1942-05-31"),
            nth(3),
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941-07", "1941-07-01", "1941-07-31"),
            nth(4),
            null,
            List.of(),
            agent("vaslov")));

    assertThat(timeline.events()).hasSize(2);
    assertThat(timeline.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Kind.TIME);
      assertThat(conflict.claims())
          .extracting(Conflict.Claim::value)
          .containsExactly("1941-07", "1942-05");
      assertThat(conflict.explanation())
          .contains("a.txt")
          .contains("b.txt")
          .contains("both cannot be true");
    });
  }

  @Test
  void aNumberAloneNamesNoActAcrossUnrelatedStories() {
    Timeline timeline = build(
        telling(
            "a",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941-07", "1941-07-01", "1941-07-31"),
            nth(1),
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            time("1902-05", "1902-05-01", "1902-05-31"),
            nth(1),
            null,
            List.of(),
            agent("brenn")));

    assertThat(timeline.events()).hasSize(2);
    assertThat(timeline.conflicts()).isEmpty();
  }

  @Test
  void aNumberedTellingThatNamesNoOneTakesTheCastOfItsSourcesSeries() {
    EventTime june = time("1942-06", "1942-06-01", "1942-06-30");
    EventTime later = time("1943", "1943-01-01", "1943-12-31");
    Timeline timeline = build(
        telling(
            "a", "send", "telegram", Outcome.NONE, june, nth(5), null, List.of(), agent("vaslov")),
        telling("a", "request", null, Outcome.NONE, june, nth(6), null, List.of()),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            later,
            nth(6),
            null,
            List.of(),
            agent("vaslov")));

    assertThat(timeline.events())
        .anySatisfy(e -> assertThat(e.attestations())
            .extracting(Attestation::document)
            .containsExactly("a", "b"));
    assertThat(timeline.conflicts())
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.TIME));
  }

  @Test
  void countsOfTheSameThingFarApartAreAQuantityConflict() {
    Quantity many = new Quantity(Span.of(2, 9), 1_500_000, "troops", List.of("german"));
    Quantity fewer = new Quantity(Span.of(3, 8), 500_000, "troops", List.of("german"));
    Quantity close = new Quantity(Span.of(3, 8), 1_400_000, "troops", List.of("german"));
    EventTime winter = time("1943-02", "1943-02-01", "1943-02-28");

    Timeline far = build(
        telling(
            "a",
            "destroy",
            "troops",
            Outcome.NONE,
            winter,
            null,
            null,
            List.of(many),
            agent("korsk")),
        telling(
            "b",
            "destroy",
            "troops",
            Outcome.NONE,
            winter,
            null,
            null,
            List.of(fewer),
            agent("korsk")));
    Timeline near = build(
        telling(
            "a",
            "destroy",
            "troops",
            Outcome.NONE,
            winter,
            null,
            null,
            List.of(many),
            agent("korsk")),
        telling(
            "b",
            "destroy",
            "troops",
            Outcome.NONE,
            winter,
            null,
            null,
            List.of(close),
            agent("korsk")));

    assertThat(far.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Kind.QUANTITY);
      assertThat(conflict.claims())
          .extracting(Conflict.Claim::value)
          .containsExactly("1,500,000", "500,000");
    });
    assertThat(near.conflicts()).isEmpty();
  }

  @Test
  void aClaimThatAWholeSeriesWasRefusedIsCheckedAgainstEachMember() {
    EventTime late = time("1943", "1943-01-01", "1943-12-31");
    Timeline timeline = build(
        telling(
            "a",
            "refuse",
            "request",
            Outcome.REFUSED,
            late,
            null,
            new SeriesClaim(6, "request", Span.of(0, 4)),
            List.of(),
            agent("brenn")),
        telling(
            "b",
            "accept",
            "request",
            Outcome.ACCEPTED,
            late,
            nth(6),
            null,
            List.of(),
            agent("brenn")),
        telling(
            "b",
            "accept",
            "request",
            Outcome.ACCEPTED,
            late,
            nth(7),
            null,
            List.of(),
            agent("brenn")));

    assertThat(timeline.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Kind.OUTCOME);
      assertThat(conflict.explanation())
          .contains("all 6 requests were refused")
          .contains("6th as granted");
    });
  }

  @Test
  void grantedAgainstRefusedInOneEventIsAnOutcomeConflict() {
    EventTime late = time("1943-06", "1943-06-01", "1943-06-30");
    Timeline timeline = build(
        telling(
            "a",
            "refuse",
            "request",
            Outcome.REFUSED,
            late,
            nth(6),
            null,
            List.of(),
            agent("brenn")),
        telling(
            "b",
            "accept",
            "request",
            Outcome.ACCEPTED,
            late,
            nth(6),
            null,
            List.of(),
            agent("brenn")));

    assertThat(timeline.events())
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.CONFLICTING));
    assertThat(timeline.conflicts()).extracting(Conflict::kind).containsExactly(Kind.OUTCOME);
  }

  @Test
  void profilesWeighFlagsAndCorroborationWithReasons() {
    Timeline timeline = build(
        telling(
            "a",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941", "1941-01-01", "1941-12-31"),
            null,
            null,
            List.of(),
            agent("vaslov")),
        telling(
            "b",
            "send",
            "telegram",
            Outcome.NONE,
            time("1941", "1941-01-01", "1941-12-31"),
            null,
            null,
            List.of(),
            agent("vaslov")));

    Map<String, SourceProfile> profiles = new java.util.HashMap<>();
    timeline.profiles().forEach(p -> profiles.put(p.document(), p));
    assertThat(profiles.get("a").reliability()).isEqualTo(0.8);
    assertThat(profiles.get("a").reasons())
        .anyMatch(r -> r.contains("1 of its 1 events are corroborated"));
    assertThat(profiles.get("novel").reliability()).isEqualTo(0.15);
    assertThat(profiles.get("novel").reasons()).anyMatch(r -> r.contains("chapter heading"));
  }

  @Test
  void explanationsNameADocumentByItsFileNameUnlessAnotherSourceSharesIt() {
    Map<String, Source> sources = Map.of(
        "a", new Source("a", "/corpus/2024/report.txt", List.of(), "a"),
        "b", new Source("b", "/corpus/2025/report.txt", List.of(), "b"),
        "c", new Source("c", "C:\\corpus\\letters.html", List.of(), "c"),
        "d", new Source("d", "/corpus/memoir.pdf", List.of(), "d"),
        "e", new Source("e", "/corpus/", List.of(), "e"));

    assertThat(TimelineBuilder.names(sources))
        .containsOnly(
            entry("a", "/corpus/2024/report.txt"),
            entry("b", "/corpus/2025/report.txt"),
            entry("c", "letters.html"),
            entry("d", "memoir.pdf"),
            entry("e", "/corpus/"));
  }
}
