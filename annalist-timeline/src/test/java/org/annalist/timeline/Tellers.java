package org.annalist.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Ordinal;
import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventType;
import org.annalist.model.EntityType;
import org.annalist.model.FlagName;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.annalist.timeline.Attestation.EntityRole;
import org.annalist.timeline.TimelineBuilder.EntityInfo;
import org.jspecify.annotations.Nullable;

/**
 * Tellings written by hand for the tests of relations, importance and titles: each says who tells
 * what, where in its document, when, and with which type and title.
 */
final class Tellers {
  static final Map<String, Source> SOURCES = Map.of(
      "a", new Source("a", "a.txt", List.of(), "a"),
      "b", new Source("b", "b.txt", List.of(), "b"),
      "c", new Source("c", "c.txt", List.of(), "c"),
      "novel",
          new Source(
              "novel",
              "novel.txt",
              List.of(new SourceFlag(FlagName.FICTION, "a chapter heading and dialogue")),
              "novel"));
  static final Map<String, EntityInfo> ENTITIES = Map.of(
      "vaslov", new EntityInfo("Vaslov", EntityType.PERSON, 40, 3),
      "brenn", new EntityInfo("Brenn", EntityType.PERSON, 30, 3),
      "clerk", new EntityInfo("Clerk", EntityType.PERSON, 1, 1),
      "korsk", new EntityInfo("Korsk", EntityType.LOCATION, 5, 2));

  private Tellers() {}

  /** A telling at {@code offset} of {@code document} (its sentence 50 characters long). */
  record Told(
      String document,
      int offset,
      String lemma,
      EventType type,
      @Nullable EventTime time,
      Outcome outcome,
      @Nullable Integer ordinal,
      List<EntityRole> roles) {
    Told {
      roles = List.copyOf(roles);
    }

    Told with(Outcome answer) {
      return new Told(document, offset, lemma, type, time, answer, ordinal, roles);
    }

    Told numbered(int number) {
      return new Told(document, offset, lemma, type, time, outcome, number, roles);
    }

    Told dated(@Nullable EventTime when) {
      return new Told(document, offset, lemma, type, when, outcome, ordinal, roles);
    }

    Attestation attestation() {
      return attestation(lemma + " told at " + offset);
    }

    Attestation attestation(String title) {
      EventMention mention = EventMention.builder(
              Span.of(offset, offset + 4), Span.of(offset, offset + 50))
          .lemma(lemma)
          .group(lemma)
          .type(type)
          .title(title)
          .outcome(outcome)
          .time(time)
          .ordinal(ordinal == null ? null : new Ordinal(ordinal, lemma, Span.of(0, 1), false))
          .build();
      return new Attestation(document, mention, roles);
    }
  }

  static Told told(
      String document,
      int offset,
      String lemma,
      EventType type,
      @Nullable EventTime time,
      EntityRole... roles) {
    return new Told(document, offset, lemma, type, time, Outcome.NONE, null, List.of(roles));
  }

  /** A date the telling's own sentence states. */
  static EventTime stated(String earliest, String latest) {
    return EventTime.stated(Span.of(1, 5), earliest, earliest, days(earliest, latest));
  }

  /** A date the story told {@code back} sentences before. */
  static EventTime fromStory(String earliest, String latest, int back) {
    return EventTime.fromStory(Span.of(1, 5), earliest, earliest, days(earliest, latest), back);
  }

  static DayInterval days(String earliest, String latest) {
    return DayInterval.of(LocalDate.parse(earliest), LocalDate.parse(latest));
  }

  static EntityRole agent(String entity) {
    return new EntityRole(Role.AGENT, entity, true);
  }

  static EntityRole recipient(String entity) {
    return new EntityRole(Role.RECIPIENT, entity, true);
  }

  static Timeline build(Attestation... attestations) {
    return new TimelineBuilder(SOURCES, ENTITIES).build(List.of(attestations));
  }

  /** The event that has the telling at {@code offset} of {@code document}. */
  static TimelineEvent eventAt(Timeline timeline, String document, int offset) {
    return timeline.events().stream()
        .filter(e -> e.attestations().stream()
            .anyMatch(
                a -> a.document().equals(document) && a.mention().trigger().start() == offset))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event told at " + document + ":" + offset));
  }
}
