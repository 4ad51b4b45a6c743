package org.annalist.store;

import static org.annalist.store.StoreFixtures.PIPELINE;
import static org.annalist.store.StoreFixtures.analyzed;
import static org.annalist.store.TimelineFixtures.conflict;
import static org.annalist.store.TimelineFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.DocumentId;
import org.annalist.model.EntityType;
import org.annalist.model.EventStatus;
import org.annalist.model.Span;
import org.annalist.store.TimelineFixtures.Attesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineReaderTest {
  @TempDir
  Path directory;

  private AnnalistStore store;
  private DocumentId first;
  private DocumentId second;

  @BeforeEach
  void storeATimeline() {
    store = AnnalistStore.open(directory);
    AnnotatedDocument a =
        analyzed("/c/a.txt", "Menu\nStalin sent a telegram to Mao.\nMao refused.\n");
    AnnotatedDocument b = analyzed("/c/b.txt", "Menu\nMao agreed to the request.\n");
    store.save(a, PIPELINE, "run-1");
    store.save(b, PIPELINE, "run-1");
    first = a.document().id();
    second = b.document().id();
    store.replaceTimeline(
        new StoredTimeline(
            List.of(
                event(
                    "ev-telegram",
                    "single-source",
                    "1941-07-01",
                    "1941-07-31",
                    List.of("person:stalin", "person:mao"),
                    List.of(new Attesting(first.value(), Span.of(5, 35)))),
                event(
                    "ev-answer",
                    "conflicting",
                    "1943-01-01",
                    "1943-12-31",
                    List.of("person:mao"),
                    List.of(
                        new Attesting(first.value(), Span.of(36, 48)),
                        new Attesting(second.value(), Span.of(5, 32)))),
                event(
                    "ev-undated",
                    "single-source",
                    null,
                    null,
                    List.of("person:stalin", "person:mao"),
                    List.of(new Attesting(second.value(), Span.of(5, 32))))),
            List.of(
                conflict("cf-outcome", "ev-answer", "outcome"),
                conflict("cf-time", "ev-telegram", "time")),
            List.of()),
        store.generation());
    store.replaceEntities(List.of(
        new StoredEntity(
            "person:stalin",
            "Stalin",
            EntityType.PERSON,
            List.of("Stalin"),
            List.of(new StoredEntity.Mention(first, Span.of(5, 11))),
            List.of()),
        new StoredEntity(
            "person:mao",
            "Mao Zedong",
            EntityType.PERSON,
            List.of("Mao", "Mao_Zedong"),
            List.of(
                new StoredEntity.Mention(first, Span.of(31, 34)),
                new StoredEntity.Mention(first, Span.of(36, 39)),
                new StoredEntity.Mention(second, Span.of(5, 8))),
            List.of(
                new StoredEntity.Merge("Mao", "Mao Zedong", "short-form", 0.9, "a short form")))));
  }

  @Test
  void listsEventsInDateOrderAPageAtATimeWithTheTotal() {
    ItemPage<String> page = store.timeline().events(EventFilter.ALL, 1, 1);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).singleElement().asString().contains("\"id\":\"ev-answer\"");
    assertThat(store.timeline().events(EventFilter.ALL, 2, 5).items())
        .singleElement()
        .asString()
        .contains("ev-undated");
  }

  @Test
  void filtersEventsByStatusEntitySourceAndTime() {
    assertThat(ids(new EventFilter(EventStatus.CONFLICTING, null, null, null, null)))
        .containsExactly("ev-answer");
    assertThat(ids(EventFilter.withEntity("person:stalin")))
        .containsExactly("ev-telegram", "ev-undated");
    assertThat(ids(new EventFilter(null, null, second, null, null)))
        .containsExactly("ev-answer", "ev-undated");
    assertThat(ids(new EventFilter(
            null, null, null, LocalDate.of(1941, 7, 31), LocalDate.of(1942, 12, 31))))
        .as("overlapping the range; undated left out")
        .containsExactly("ev-telegram");
    assertThat(ids(new EventFilter(EventStatus.CORROBORATED, null, null, null, null)))
        .isEmpty();
  }

  private List<String> ids(EventFilter filter) {
    List<String> ids = new ArrayList<>();
    store.timeline().forEachSummary(filter, summary -> ids.add(summary.id()));
    assertThat(store.timeline().events(filter, 0, 10).total()).isEqualTo(ids.size());
    return ids;
  }

  @Test
  void summariesCarryWhatTheTimelineDraws() {
    List<EventSummary> summaries = new ArrayList<>();
    store.timeline().forEachSummary(EventFilter.ALL, summaries::add);

    assertThat(summaries.get(1))
        .isEqualTo(new EventSummary(
            "ev-answer",
            "summary of ev-answer",
            "conflicting",
            "1943",
            "1943-01-01",
            "1943-12-31",
            2,
            false,
            "summary of ev-answer",
            "other",
            0.0));
    assertThat(summaries.get(2).earliest()).isNull();
  }

  @Test
  void givesOneEventAndTheConflictsOfAKindOrAnEvent() {
    assertThat(store.timeline().event("ev-telegram"))
        .hasValueSatisfying(json -> assertThat(json).contains("1941-07"));
    assertThat(store.timeline().event("ev-none")).isEmpty();
    assertThat(store.timeline().conflicts(null, null, 0, 10).total()).isEqualTo(2);
    assertThat(store.timeline().conflicts("outcome", null, 0, 10).items())
        .singleElement()
        .asString()
        .contains("cf-outcome");
    assertThat(store.timeline().conflicts(null, "ev-telegram", 0, 10).items())
        .singleElement()
        .asString()
        .contains("cf-time");
  }

  @Test
  void countsTheEventsAnEntitySharesWithOthers() {
    assertThat(store.timeline().coParticipants("person:stalin", 5))
        .containsExactly(new CoParticipant("person:mao", "Mao Zedong", "PERSON", 2));
    assertThat(store.timeline().coParticipants("person:mao", 5))
        .containsExactly(new CoParticipant("person:stalin", "Stalin", "PERSON", 2));
  }

  @Test
  void readsOneEntityAndPagesOfEntitiesByNameOrAlias() {
    assertThat(store.entity("person:mao")).hasValueSatisfying(mao -> {
      assertThat(mao.mentions()).hasSize(3);
      assertThat(mao.merges()).extracting(StoredEntity.Merge::rule).containsExactly("short-form");
    });
    assertThat(store.entity("person:nobody")).isEmpty();

    ItemPage<EntitySummary> all = store.entitySummaries(null, null, 0, 10);
    assertThat(all.items())
        .extracting(EntitySummary::id)
        .containsExactly("person:mao", "person:stalin");
    assertThat(all.items().get(0))
        .isEqualTo(new EntitySummary("person:mao", "Mao Zedong", "PERSON", 2, 3, 2));
    assertThat(store.entitySummaries(null, "stal", 0, 10).items())
        .extracting(EntitySummary::id)
        .containsExactly("person:stalin");
    assertThat(store.entitySummaries(null, "o_Z", 0, 10).items())
        .as("the underscore is a letter, not a wildcard")
        .extracting(EntitySummary::id)
        .containsExactly("person:mao");
    assertThat(store.entitySummaries(null, "o%Z", 0, 10).total()).isZero();
    assertThat(store.entitySummaries("LOCATION", null, 0, 10).total()).isZero();
  }
}
