package org.annalist.store;

import static org.annalist.store.StoreFixtures.PIPELINE;
import static org.annalist.store.StoreFixtures.analyzed;
import static org.annalist.store.StoreFixtures.withReferences;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.EntityType;
import org.annalist.model.EventStatus;
import org.annalist.model.Span;
import org.annalist.model.layers.Timex;
import org.annalist.model.layers.TimexMod;
import org.annalist.model.layers.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir
  Path directory;

  @Test
  void findsReadableTextAndGivesMatchesAsSpansOfTheDocumentText() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document =
        analyzed("/c/a.txt", "Subscribe newsletter\nStalin sent a telegram to ** in July.\n");
    store.save(document, PIPELINE, "run-1");

    try (SearchIndex index = store.searchIndex()) {
      List<SearchHit> hits = index.search(SearchRequest.of("telegram", 10)).hits();

      assertThat(hits).hasSize(1);
      SearchHit hit = hits.get(0);
      assertThat(hit.document()).isEqualTo(document.document().id());
      assertThat(hit.path()).isEqualTo("/c/a.txt");
      List<Span> matches = hit.passages().get(0).matches();
      assertThat(matches)
          .extracting(span -> span.quote(document.text()))
          .containsExactly("telegram");
    }
  }

  @Test
  void doesNotFindWordsThatOnlyBoilerplateContains() {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(
        analyzed("/c/a.txt", "Subscribe newsletter\nStalin sent a telegram.\n"), PIPELINE, "run-1");

    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.search(SearchRequest.of("newsletter", 10)).hits()).isEmpty();
    }
  }

  @Test
  void isRebuiltWhenTheStoreChangesOrTheIndexIsLostOrDamaged() throws IOException {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(analyzed("/c/a.txt", "Menu\nFirst document about Moscow.\n"), PIPELINE, "run-1");
    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.search(SearchRequest.of("Moscow", 10)).total()).isEqualTo(1);
    }

    store.save(analyzed("/c/b.txt", "Menu\nSecond document about Moscow.\n"), PIPELINE, "run-2");
    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.search(SearchRequest.of("Moscow", 10)).total()).isEqualTo(2);
      assertThat(index.version()).isEqualTo(store.indexVersion());
    }

    Path indexDirectory = directory.resolve(AnnalistStore.INDEX_DIRECTORY);
    try (Stream<Path> files = Files.list(indexDirectory)) {
      for (Path file : files.toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.search(SearchRequest.of("Moscow", 10)).hits()).hasSize(2);
    }
  }

  @Test
  void aQueryThatDoesNotParseIsSearchedAsWords() {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(analyzed("/c/a.txt", "Menu\nThe treaty (signed in Moscow).\n"), PIPELINE, "run-1");

    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.search(SearchRequest.of("treaty (signed", 10)).hits()).hasSize(1);
    }
  }

  @Test
  void countsAndNarrowsSentencesBySourceEntityStatusAndYears() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument a = withReferences(
        analyzed("/c/a.txt", "Menu\nStalin sent a telegram to Mao.\nA telegram came back.\n"),
        new Timex(TimexType.DATE, "1941-07", null));
    AnnotatedDocument b = withReferences(
        analyzed("/c/b.txt", "Menu\nThe telegram was lost.\n"),
        new Timex(TimexType.DATE, "1960", TimexMod.END));
    store.save(a, PIPELINE, "run-1");
    store.save(b, PIPELINE, "run-1");
    String first = a.document().id().value();
    store.replaceEntities(List.of(new StoredEntity(
        "person:stalin",
        "Stalin",
        EntityType.PERSON,
        List.of("Stalin"),
        List.of(new StoredEntity.Mention(a.document().id(), Span.of(5, 11))),
        List.of())));
    store.replaceTimeline(
        new StoredTimeline(
            List.of(TimelineFixtures.event(
                "ev-1",
                "conflicting",
                "1943-01-01",
                "1943-12-31",
                List.of("person:stalin"),
                List.of(new TimelineFixtures.Attesting(first, Span.of(5, 35))))),
            List.of(),
            List.of()),
        store.generation());

    try (SearchIndex index = store.searchIndex()) {
      SearchResult all = index.search(SearchRequest.of("telegram", 10));
      assertThat(all.total()).isEqualTo(3);
      assertThat(facet(all, "source"))
          .containsEntry(first, 2)
          .containsEntry(b.document().id().value(), 1);
      assertThat(facet(all, "entity")).containsExactly(Map.entry("person:stalin", 1));
      assertThat(facet(all, "status")).containsExactly(Map.entry("conflicting", 1));
      assertThat(facet(all, "years"))
          .as("the event's year, else the sentence's reference time")
          .containsExactly(Map.entry("1940-1949", 2), Map.entry("1960-1969", 1));

      SearchResult byEntity = index.search(
          new SearchRequest("telegram", null, "person:stalin", null, null, null, 0, 10));
      assertThat(byEntity.hits()).singleElement().satisfies(hit -> {
        assertThat(hit.passages().get(0).span().quote(a.text()))
            .isEqualTo("Stalin sent a telegram to Mao.");
        assertThat(hit.passages().get(0).text()).isEqualTo("Stalin sent a telegram to Mao.");
      });
      assertThat(index
              .search(new SearchRequest("telegram", first, null, null, 1950, null, 0, 10))
              .total())
          .isZero();
      assertThat(index
              .search(new SearchRequest("telegram", null, null, null, 1941, 1941, 0, 10))
              .total())
          .isEqualTo(1);
      assertThat(index
              .search(new SearchRequest(
                  "telegram", null, null, EventStatus.CONFLICTING, null, null, 0, 10))
              .total())
          .isEqualTo(1);
      SearchResult secondPage =
          index.search(new SearchRequest("telegram", null, null, null, null, null, 2, 2));
      assertThat(secondPage.hits()).hasSize(1);
      assertThat(secondPage.total()).isEqualTo(3);
    }
  }

  private static Map<String, Integer> facet(SearchResult result, String dimension) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    result.facets().stream()
        .filter(f -> f.dimension().equals(dimension))
        .findFirst()
        .orElseThrow()
        .counts()
        .forEach(count -> counts.put(count.value(), count.count()));
    return counts;
  }
}
