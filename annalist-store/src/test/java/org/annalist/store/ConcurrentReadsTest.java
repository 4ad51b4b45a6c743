package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Layers;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, concurrency: readers of a store that a writer keeps changing never see half a
 * document, and searches go on answering while the index is rebuilt under them or another
 * process holds it. The polling tests are bounded by the writer's number of writes.
 */
class ConcurrentReadsTest {
  private static final int DOCUMENT_WRITES = 300;
  private static final int INDEXED_WRITES = 200;
  private static final int READERS = 3;

  @TempDir
  Path directory;

  /**
   * Regression: the list of documents read every document's flags in one statement and the
   * documents in another, each its own snapshot, so a document saved between the two was listed
   * without its flags. Each read is now one transaction; a document read with its layers must
   * come whole too.
   */
  @Test
  void aReaderSeesEachDocumentWholeWhileAWriterReplacesAndDeletesIt() throws InterruptedException {
    AnnalistStore store = AnnalistStore.open(directory);
    List<AnnotatedDocument> versions = List.of(
        StoreFixtures.analyzed("/c/a.txt", text(1)),
        StoreFixtures.analyzed("/c/a.txt", text(2)),
        StoreFixtures.analyzed("/c/a.txt", text(3)));
    store.save(versions.get(0), StoreFixtures.PIPELINE, "r");
    AtomicInteger wholeReads = new AtomicInteger();
    List<String> problems = whileWriting(
        () -> {
          for (DocumentSummary summary : store.documents()) {
            AnnotatedDocument version = versions.stream()
                .filter(v -> v.document().id().equals(summary.id()))
                .findFirst()
                .orElseThrow();
            if (!summary.flags().equals(version.flags())) {
              return "document " + summary.id().value() + " listed with flags " + summary.flags();
            }
          }
          for (AnnotatedDocument version : versions) {
            Optional<AnnotatedDocument> read =
                store.annotated(version.document().id());
            if (read.isPresent()) {
              String problem = whole(read.get(), versions);
              if (problem != null) {
                return problem;
              }
              wholeReads.incrementAndGet();
            }
          }
          return null;
        },
        DOCUMENT_WRITES,
        i -> store.save(versions.get(i % versions.size()), StoreFixtures.PIPELINE, "r"));

    assertThat(problems).isEmpty();
    assertThat(wholeReads.get()).isPositive();
  }

  @Test
  void searchesAnswerWhileTheStoreChangesAndTheIndexIsRebuilt() throws InterruptedException {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(StoreFixtures.analyzed("/c/a.txt", text(0)), StoreFixtures.PIPELINE, "r");
    AtomicInteger answered = new AtomicInteger();
    List<String> problems = whileWriting(
        () -> {
          try (SearchIndex index = store.searchIndex()) {
            index.search(new SearchRequest("grain", null, null, null, null, null, 0, 10));
          }
          answered.incrementAndGet();
          return null;
        },
        INDEXED_WRITES,
        i -> store.save(
            StoreFixtures.analyzed("/c/" + (i % 7) + ".txt", text(i)),
            StoreFixtures.PIPELINE,
            "r"));

    assertThat(problems).isEmpty();
    assertThat(answered.get()).isPositive();
  }

  /**
   * Another process (here: another writer in this one) holding the index's write lock, as an
   * analysis rebuilding the index beside a server does: a search waits for it instead of failing,
   * then finds the store's documents.
   */
  @Test
  void aSearchWaitsForAnotherWriterOfTheIndexInsteadOfFailing() throws Exception {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(StoreFixtures.analyzed("/c/a.txt", text(0)), StoreFixtures.PIPELINE, "r");
    store.searchIndex().close();
    store.save(StoreFixtures.analyzed("/c/b.txt", text(1)), StoreFixtures.PIPELINE, "r");
    IndexWriter other = new IndexWriter(
        FSDirectory.open(directory.resolve(AnnalistStore.INDEX_DIRECTORY)),
        new IndexWriterConfig().setCommitOnClose(false));
    CompletableFuture<Integer> search = CompletableFuture.supplyAsync(() -> {
      try (SearchIndex index = store.searchIndex()) {
        return index
            .search(new SearchRequest("grain", null, null, null, null, null, 0, 100))
            .total();
      }
    });
    Thread.sleep(1500);
    assertThat(search)
        .as("the search waits while the other writer holds the lock")
        .isNotDone();
    other.rollback();
    other.getDirectory().close();
    assertThat(search.get(60, TimeUnit.SECONDS))
        .as("one passage per document without sentences")
        .isEqualTo(2);
  }

  private static String text(int version) {
    StringBuilder text = new StringBuilder("Site menu and links\n");
    for (int line = 0; line < 20 + version; line++) {
      text.append("Line ")
          .append(line)
          .append(" of version ")
          .append(version)
          .append(" tells of ** and grain.\n");
    }
    return text.toString();
  }

  /** What is wrong with a document read back, or null when it is one of the versions, whole. */
  private static @Nullable String whole(AnnotatedDocument read, List<AnnotatedDocument> versions) {
    for (AnnotatedDocument version : versions) {
      if (version.document().id().equals(read.document().id())) {
        List<Annotation> expected =
            version.layer(Layers.REDACTION).orElseThrow().annotations();
        List<Annotation> got =
            read.layer(Layers.REDACTION).map(layer -> layer.annotations()).orElse(List.of());
        return got.size() == expected.size()
                && read.layers().keySet().equals(version.layers().keySet())
                && read.flags().equals(version.flags())
            ? null
            : "document " + read.document().id().value() + " read with " + got.size() + " of "
                + expected.size() + " redactions, layers " + read.layers().keySet() + ", flags "
                + read.flags();
      }
    }
    return "a document that was never written: " + read.document().id().value();
  }

  /**
   * Runs {@value #READERS} readers, each repeating its read, while this thread writes {@code
   * writes} times; returns the problems the readers found and the exceptions they met.
   */
  private static List<String> whileWriting(Read read, int writes, Write write)
      throws InterruptedException {
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      Thread reader = new Thread(() -> {
        while (writing.get() && problems.isEmpty()) {
          try {
            String problem = read.once();
            if (problem != null) {
              problems.add(problem);
            }
          } catch (RuntimeException e) {
            problems.add(e.toString());
          }
        }
      });
      reader.start();
      readers.add(reader);
    }
    try {
      for (int i = 1; i <= writes && problems.isEmpty(); i++) {
        write.number(i);
      }
    } finally {
      writing.set(false);
      for (Thread reader : readers) {
        reader.join();
      }
    }
    return problems;
  }

  /** One read: null when it found nothing wrong, else what it found. */
  @FunctionalInterface
  private interface Read {
    @Nullable
    String once();
  }

  /** The {@code i}-th write. */
  @FunctionalInterface
  private interface Write {
    void number(int i);
  }
}
