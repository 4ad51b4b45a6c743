package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.annalist.clean.CleanStage;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.layers.TimeLayers;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.store.AnnalistStore;
import org.annalist.store.SearchIndex;
import org.annalist.store.SearchRequest;
import org.annalist.store.SearchResult;
import org.annalist.time.TimeStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the search index files a sentence that tells no event under the year of its
 * reference time, read from what the real time stage writes ({@code DATE 1941-07}). It read the
 * year with {@code ^(\d{4})}, which only a hand-written fixture ({@code 1941-07}) ever matched.
 */
class SearchYearsTest {
  private static final Pipeline PIPELINE = Pipeline.of(new CleanStage(), new TimeStage());
  private static final String TEXT = "In July 1941 the siege began.\nThe city held out.\n";

  @TempDir
  Path directory;

  @Test
  void aSentenceIsFiledUnderTheYearOfTheReferenceTimeTheTimeStageGaveIt() {
    Document document = new Document(
        DocumentId.ofBytes(TEXT.getBytes(StandardCharsets.UTF_8)),
        "/c/siege.txt",
        "text/plain",
        TEXT,
        DocumentMetadata.EMPTY);
    AnnotatedDocument analyzed = PIPELINE.run(document, new RunContext("run-1"));
    assertThat(analyzed.expectLayer(TimeLayers.SENTENCE_REFERENCE.name()).annotations())
        .extracting(Annotation::value)
        .containsExactly("none", "DATE 1941-07");
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(analyzed, PIPELINE.fingerprint(), "run-1");

    try (SearchIndex index = store.searchIndex()) {
      SearchResult city = index.search(SearchRequest.of("city", 10));
      assertThat(city.facets())
          .contains(
              new SearchResult.Facet("years", List.of(new SearchResult.Count("1940-1949", 1))));
      assertThat(index
              .search(new SearchRequest("city", null, null, null, 1941, 1941, 0, 10))
              .total())
          .isEqualTo(1);
      assertThat(index
              .search(new SearchRequest("siege", null, null, null, 1941, 1941, 0, 10))
              .total())
          .as("the first sentence has no reference time")
          .isZero();
    }
  }
}
