package org.annalist.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.DocumentId;
import org.annalist.model.Span;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.SleepingLockWrapper;

/**
 * The Lucene index of the store's readable text, one entry per sentence, derived from SQLite and
 * never the only copy of anything. A sentence's body is its text with boilerplate and redactions
 * blanked out character for character, so offsets of matches are offsets into the document's
 * text. Each sentence is filed under facets ({@link PassageDocuments}) that a search counts and
 * narrows by.
 *
 * <p>The index records the store's {@link AnnalistStore#indexVersion()} it was built from (the
 * documents' generation and the linking's); when that differs from the store's, or the index is
 * missing or unreadable, it is rebuilt from the store, over the old one, under Lucene's write
 * lock, so searches and other processes go on with the old index meanwhile.
 */
public final class SearchIndex implements AutoCloseable {
  static final String VERSION = "annalist.version";
  private static final Object REBUILD_LOCK = new Object();
  private static final long LOCK_WAIT_MS = 300_000;

  private final Directory directory;
  private final boolean ownsDirectory;
  private final DirectoryReader reader;
  private final Analyzer analyzer = new StandardAnalyzer();

  private SearchIndex(Directory directory, boolean ownsDirectory, DirectoryReader reader) {
    this.directory = directory;
    this.ownsDirectory = ownsDirectory;
    this.reader = reader;
  }

  static SearchIndex open(AnnalistStore store, Path path) {
    try {
      synchronized (REBUILD_LOCK) {
        String version = store.indexVersion();
        if (!isCurrent(path, version)) {
          rebuild(store, path, version);
        }
      }
      FSDirectory directory = FSDirectory.open(path);
      return new SearchIndex(directory, true, DirectoryReader.open(directory));
    } catch (LockObtainFailedException e) {
      throw new StoreException(
          "the search index " + path + " has been rebuilt by another process for more than "
              + LOCK_WAIT_MS / 1000 + " s; try again when it is done",
          e);
    } catch (IOException e) {
      throw new StoreException("cannot open the search index " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The index of a store that cannot be written: the one on disk when it is current, else one
   * built in memory from the store (once: such a store does not change).
   */
  static SearchIndex openReadOnly(AnnalistStore store, Path path, InMemoryIndex memory) {
    String version = store.indexVersion();
    try {
      if (isCurrent(path, version)) {
        FSDirectory directory = FSDirectory.open(path);
        return new SearchIndex(directory, true, DirectoryReader.open(directory));
      }
      Directory built = memory.directory(version, directory -> fill(store, directory, version));
      return new SearchIndex(built, false, DirectoryReader.open(built));
    } catch (IOException e) {
      throw new StoreException(
          "cannot open the search index of " + path + ": " + e.getMessage(), e);
    }
  }

  /** The store's {@link AnnalistStore#indexVersion()} this index was built from. */
  public String version() throws IOException {
    return reader.getIndexCommit().getUserData().getOrDefault(VERSION, "");
  }

  /** How many sentences are indexed. */
  public int passageCount() {
    return reader.numDocs();
  }

  /** The sentences that best match the request, with the counts of every facet over all matches. */
  public SearchResult search(SearchRequest request) {
    if (reader.numDocs() == 0) {
      return new SearchResult(0, List.of(), List.of());
    }
    try {
      Query words = parse(request.query());
      IndexSearcher searcher = new IndexSearcher(reader);
      FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(
          searcher,
          narrowed(words, request),
          request.offset() + request.limit(),
          new FacetsCollectorManager());
      ScoreDoc[] scored = found.topDocs().scoreDocs;
      PassageHighlighter highlighter = new PassageHighlighter(analyzer, words);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = request.offset(); i < scored.length; i++) {
        hits.add(
            hit(searcher.storedFields().document(scored[i].doc), scored[i].score, highlighter));
      }
      return new SearchResult(
          Math.toIntExact(found.topDocs().totalHits.value),
          hits,
          new FacetCounts(reader, found.facetsCollector()).all());
    } catch (IOException e) {
      throw new StoreException("search failed in " + directory + ": " + e.getMessage(), e);
    }
  }

  private static Query narrowed(Query words, SearchRequest request) {
    DrillDownQuery drillDown = new DrillDownQuery(facetsConfig(), words);
    if (request.source() != null) {
      drillDown.add(PassageDocuments.SOURCE, request.source());
    }
    if (request.entity() != null) {
      drillDown.add(PassageDocuments.ENTITY, request.entity());
    }
    if (request.status() != null) {
      drillDown.add(PassageDocuments.STATUS, request.status().label());
    }
    if (request.fromYear() == null && request.toYear() == null) {
      return drillDown;
    }
    Query years = IntPoint.newRangeQuery(
        PassageDocuments.YEAR,
        request.fromYear() == null ? Integer.MIN_VALUE : request.fromYear(),
        request.toYear() == null ? Integer.MAX_VALUE : request.toYear());
    return new BooleanQuery.Builder()
        .add(drillDown, BooleanClause.Occur.MUST)
        .add(years, BooleanClause.Occur.FILTER)
        .build();
  }

  private static SearchHit hit(Document stored, float score, PassageHighlighter highlighter)
      throws IOException {
    String body = stored.get(PassageDocuments.BODY);
    int start = stored.getField(PassageDocuments.START).numericValue().intValue();
    List<Span> matches = highlighter.matches(body).stream()
        .map(match -> Span.of(start + match.start(), start + match.end()))
        .toList();
    return new SearchHit(
        DocumentId.of(stored.get(PassageDocuments.ID)),
        stored.get(PassageDocuments.PATH),
        stored.get(PassageDocuments.TITLE),
        score,
        List.of(new SearchHit.Passage(
            Span.of(start, start + body.length()),
            stored.get(PassageDocuments.TEXT),
            matches,
            List.of(stored.getValues(PassageDocuments.STATEMENT)))));
  }

  @Override
  public void close() {
    try {
      reader.close();
      if (ownsDirectory) {
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query parse(String queryText) {
    QueryParser parser = new QueryParser(PassageDocuments.BODY, analyzer);
    try {
      return parser.parse(queryText);
    } catch (ParseException e) {
      try {
        return parser.parse(QueryParser.escape(queryText));
      } catch (ParseException impossible) {
        throw new IllegalArgumentException("cannot search for '" + queryText + "'", impossible);
      }
    }
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(PassageDocuments.ENTITY, true);
    config.setMultiValued(PassageDocuments.STATUS, true);
    return config;
  }

  /**
   * What Lucene's {@link CheckIndex} finds wrong with the index in this directory: nothing if it
   * is sound, missing, or has no commit yet (then it is rebuilt from the store when next opened).
   */
  static List<String> problems(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (FSDirectory directory = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(directory)) {
        return List.of();
      }
      try (CheckIndex check = new CheckIndex(directory)) {
        CheckIndex.Status status = check.checkIndex();
        return status.clean ? List.of() : List.of("search index " + path + ": " + damage(status));
      }
    } catch (IOException | RuntimeException e) {
      return List.of("search index " + path + " cannot be checked: " + e);
    }
  }

  private static String damage(CheckIndex.Status status) {
    if (status.missingSegments) {
      return "its commit (segments file) cannot be read";
    }
    return String.format(
        Locale.ROOT,
        "%d of %d segments are damaged (%d documents lost)",
        status.numBadSegments,
        status.numSegments,
        status.totLoseDocCount);
  }

  private static boolean isCurrent(Path path, String version) {
    try (FSDirectory directory = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return version.equals(reader.getIndexCommit().getUserData().get(VERSION));
      }
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  /**
   * Writes a new index over the old one, in one commit: readers go on with the commit they
   * opened, and the next reader opens the new one. Lucene's write lock keeps out another process
   * (an analysis beside a server) until this one is done; whoever gets it second finds the index
   * current and leaves it (issue 9: the index was deleted and rebuilt in place, so a search
   * beside a rebuild failed on a half-written directory).
   */
  private static void rebuild(AnnalistStore store, Path path, String version) throws IOException {
    Files.createDirectories(path);
    try (Directory directory = new SleepingLockWrapper(FSDirectory.open(path), LOCK_WAIT_MS);
        IndexWriter writer = writer(directory, path)) {
      if (isCurrent(path, version)) {
        return;
      }
      fill(store, writer, version);
    }
  }

  /** Writes the store's sentences into a new index in this directory, in one commit. */
  private static void fill(AnnalistStore store, Directory directory, String version)
      throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, writerConfig())) {
      fill(store, writer, version);
    }
  }

  private static void fill(AnnalistStore store, IndexWriter writer, String version)
      throws IOException {
    FacetsConfig config = facetsConfig();
    store.forEachAnnotated(document -> add(writer, config, store, document));
    writer.setLiveCommitData(Map.of(VERSION, version).entrySet());
    writer.commit();
  }

  /** A writer that replaces the index, and commits only when told; a damaged index is deleted first. */
  private static IndexWriter writer(Directory directory, Path path) throws IOException {
    try {
      return new IndexWriter(directory, writerConfig());
    } catch (LockObtainFailedException e) {
      throw e;
    } catch (IOException | RuntimeException damaged) {
      deleteContents(path);
      return new IndexWriter(directory, writerConfig());
    }
  }

  private static IndexWriterConfig writerConfig() {
    return new IndexWriterConfig(new StandardAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setCommitOnClose(false);
  }

  private static void add(
      IndexWriter writer, FacetsConfig config, AnnalistStore store, AnnotatedDocument annotated) {
    DocumentId id = annotated.document().id();
    try {
      for (Document passage : PassageDocuments.of(
          annotated, store.mentionsIn(id), store.attestationsIn(id), store.statementsIn(id))) {
        writer.addDocument(config.build(passage));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteContents(Path path) throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files
          .sorted(Comparator.reverseOrder())
          .filter(file -> !file.equals(path))
          .toList()) {
        Files.delete(file);
      }
    }
  }
}
