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
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of the store's readable text, derived from SQLite and never the only copy of
 * anything. The body field holds the document's text with boilerplate and redactions blanked
 * out character for character, so offsets of matches are offsets into the document's text.
 *
 * <p>The index records the store generation it was built from; when that differs from the
 * store's, or the index is missing or unreadable, it is rebuilt from the store.
 */
public final class SearchIndex implements AutoCloseable {
  static final String GENERATION = "annalist.generation";
  private static final String ID = "id";
  private static final String PATH = "path";
  private static final String TITLE = "title";
  private static final String BODY = "body";
  private static final int PASSAGES_PER_HIT = 3;
  private static final FieldType BODY_TYPE = bodyType();
  private static final Object REBUILD_LOCK = new Object();

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final Analyzer analyzer = new StandardAnalyzer();

  private SearchIndex(FSDirectory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
  }

  static SearchIndex open(AnnalistStore store, Path path) {
    try {
      synchronized (REBUILD_LOCK) {
        long generation = store.generation();
        if (!isCurrent(path, generation)) {
          rebuild(store, path, generation);
        }
      }
      FSDirectory directory = FSDirectory.open(path);
      return new SearchIndex(directory, DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new StoreException("cannot open the search index " + path + ": " + e.getMessage(), e);
    }
  }

  /** The store generation this index was built from. */
  public long generation() throws IOException {
    return Long.parseLong(reader.getIndexCommit().getUserData().getOrDefault(GENERATION, "-1"));
  }

  public int documentCount() {
    return reader.numDocs();
  }

  /**
   * The documents that best match the query (Lucene classic syntax over title and text; a query
   * that does not parse is searched as plain words).
   */
  public List<SearchHit> search(String queryText, int limit) {
    try {
      Query query = parse(queryText);
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(query, Math.max(1, limit));
      UnifiedHighlighter highlighter = highlighter();
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        Document stored = searcher.storedFields().document(scoreDoc.doc);
        Object highlighted = highlighter.highlightWithoutSearcher(BODY, query, stored.get(BODY), PASSAGES_PER_HIT);
        @SuppressWarnings("unchecked")
        List<SearchHit.Passage> passages = highlighted == null ? List.of() : (List<SearchHit.Passage>) highlighted;
        hits.add(new SearchHit(DocumentId.of(stored.get(ID)), stored.get(PATH), stored.get(TITLE),
            scoreDoc.score, passages));
      }
      return hits;
    } catch (IOException e) {
      throw new StoreException("search failed in " + directory.getDirectory() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query parse(String queryText) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {BODY, TITLE}, analyzer);
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

  private UnifiedHighlighter highlighter() {
    return UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFormatter(new PassageFormatter() {
          @Override
          public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
            List<SearchHit.Passage> spans = new ArrayList<>();
            for (var passage : passages) {
              List<Span> matches = new ArrayList<>();
              for (int m = 0; m < passage.getNumMatches(); m++) {
                matches.add(Span.of(passage.getMatchStarts()[m], passage.getMatchEnds()[m]));
              }
              spans.add(new SearchHit.Passage(Span.of(passage.getStartOffset(), passage.getEndOffset()), matches));
            }
            return spans;
          }
        })
        .build();
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
    return String.format(Locale.ROOT, "%d of %d segments are damaged (%d documents lost)",
        status.numBadSegments, status.numSegments, status.totLoseDocCount);
  }

  private static boolean isCurrent(Path path, long generation) {
    try (FSDirectory directory = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return String.valueOf(generation).equals(reader.getIndexCommit().getUserData().get(GENERATION));
      }
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  private static void rebuild(AnnalistStore store, Path path, long generation) throws IOException {
    deleteRecursively(path);
    Files.createDirectories(path);
    try (FSDirectory directory = FSDirectory.open(path);
         IndexWriter writer = new IndexWriter(directory,
             new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      store.forEachAnnotated(document -> add(writer, document));
      writer.setLiveCommitData(Map.of(GENERATION, String.valueOf(generation)).entrySet());
      writer.commit();
    }
  }

  private static void add(IndexWriter writer, AnnotatedDocument annotated) {
    org.annalist.model.Document source = annotated.document();
    Document document = new Document();
    document.add(new StringField(ID, source.id().value(), Field.Store.YES));
    document.add(new StoredField(PATH, source.sourcePath()));
    String title = source.metadata().title();
    if (title != null) {
      document.add(new TextField(TITLE, title, Field.Store.YES));
    }
    document.add(new Field(BODY, annotated.maskedText(), BODY_TYPE));
    try {
      writer.addDocument(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
