package org.annalist.store;

import static org.annalist.store.StoreFixtures.PIPELINE;
import static org.annalist.store.StoreFixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir Path directory;

  @Test
  void findsReadableTextAndGivesMatchesAsSpansOfTheDocumentText() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/c/a.txt", "Subscribe newsletter\nStalin sent a telegram to ** in July.\n");
    store.save(document, PIPELINE, "run-1");

    try (SearchIndex index = store.searchIndex()) {
      List<SearchHit> hits = index.search("telegram", 10);

      assertThat(hits).hasSize(1);
      SearchHit hit = hits.get(0);
      assertThat(hit.document()).isEqualTo(document.document().id());
      assertThat(hit.path()).isEqualTo("/c/a.txt");
      List<Span> matches = hit.passages().get(0).matches();
      assertThat(matches).extracting(span -> span.quote(document.text())).containsExactly("telegram");
    }
  }

  @Test
  void doesNotFindWordsThatOnlyBoilerplateContains() {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(analyzed("/c/a.txt", "Subscribe newsletter\nStalin sent a telegram.\n"), PIPELINE, "run-1");

    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.search("newsletter", 10)).isEmpty();
    }
  }

  @Test
  void isRebuiltWhenTheStoreChangesOrTheIndexIsLostOrDamaged() throws IOException {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(analyzed("/c/a.txt", "Menu\nFirst document about Moscow.\n"), PIPELINE, "run-1");
    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.documentCount()).isEqualTo(1);
    }

    store.save(analyzed("/c/b.txt", "Menu\nSecond document about Moscow.\n"), PIPELINE, "run-2");
    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.documentCount()).isEqualTo(2);
      assertThat(index.generation()).isEqualTo(store.generation());
    }

    Path indexDirectory = directory.resolve(AnnalistStore.INDEX_DIRECTORY);
    try (Stream<Path> files = Files.list(indexDirectory)) {
      for (Path file : files.toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.search("Moscow", 10)).hasSize(2);
    }
  }

  @Test
  void aQueryThatDoesNotParseIsSearchedAsWords() {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(analyzed("/c/a.txt", "Menu\nThe treaty (signed in Moscow).\n"), PIPELINE, "run-1");

    try (SearchIndex index = store.searchIndex()) {
      assertThat(index.search("treaty (signed", 10)).hasSize(1);
    }
  }

}
