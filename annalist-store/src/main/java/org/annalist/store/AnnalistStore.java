package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.DocumentFlags;
import org.annalist.model.DocumentId;
import org.annalist.model.KeptApart;
import org.jspecify.annotations.Nullable;

/**
 * A store directory: {@value #DATABASE_FILE}, the SQLite system of record, and
 * {@value #INDEX_DIRECTORY}/, the Lucene search index derived from it ({@link #searchIndex()}).
 *
 * <p>Each document is written in one transaction, so a crash leaves either the old or the new
 * state of a document, never half of one. Thread-safe.
 */
public final class AnnalistStore {
  public static final String DATABASE_FILE = "annalist.db";
  public static final String INDEX_DIRECTORY = "index";

  /** The most problems SQLite's check at opening lists in its message. */
  private static final int PROBLEMS_SHOWN = 3;

  private final Path directory;
  private final Database database;
  private final InMemoryIndex memoryIndex = new InMemoryIndex();

  private AnnalistStore(Path directory, Database database) {
    this.directory = directory;
    this.database = database;
  }

  /**
   * Opens the store in this directory, creating it or migrating its schema as needed.
   *
   * @throws StoreException if the database is damaged (SQLite's quick check finds a problem)
   */
  public static AnnalistStore open(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StoreException("cannot create the store directory " + directory + ": " + e, e);
    }
    return opened(directory, new Database(directory.resolve(DATABASE_FILE)));
  }

  /**
   * Opens an existing store only to read it (export, serve, list): as {@link #open} when its
   * folder can be written, which lets the search index be brought up to date on disk; on a
   * medium this process cannot write (a read-only folder, file system or copy), the database is
   * opened immutable and a stale search index is rebuilt in memory, so nothing is written.
   *
   * @throws StoreException if there is no store here, if it is damaged, or if it is read-only
   *     and its schema is older than this Annalist's (an upgrade would have to write it)
   */
  public static AnnalistStore openForReading(Path directory) {
    return openForReading(directory, isWritable(directory));
  }

  /** {@link #openForReading(Path)} with the medium's writability given, for tests that run as root. */
  static AnnalistStore openForReading(Path directory, boolean writable) {
    Path file = directory.resolve(DATABASE_FILE);
    if (!Files.isRegularFile(file)) {
      throw new StoreException("there is no store at " + directory);
    }
    if (writable) {
      return opened(directory, new Database(file));
    }
    Database database = new Database(file, Database.Access.IMMUTABLE, List.of());
    SchemaMigrations.requireCurrent(database);
    return checked(directory, database);
  }

  /** A store on this database; for tests that need SQLite set up as on a full disk. */
  static AnnalistStore opened(Path directory, Database database) {
    SchemaMigrations.migrate(database);
    return checked(directory, database);
  }

  private static AnnalistStore checked(Path directory, Database database) {
    AnnalistStore store = new AnnalistStore(directory, database);
    List<String> problems = store.databaseProblems("PRAGMA quick_check(" + PROBLEMS_SHOWN + ")");
    if (!problems.isEmpty()) {
      throw new StoreException("the store's database " + database.file()
          + " is damaged (SQLite's check: " + String.join("; ", problems)
          + "); analyze the folders into a new --store, or restore a copy");
    }
    return store;
  }

  /** True if a file can be made in the folder: tried, since permissions do not tell a read-only file system. */
  private static boolean isWritable(Path directory) {
    try {
      Files.delete(Files.createTempFile(directory, ".annalist-probe-", ".tmp"));
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** True if this store was opened on a medium it cannot write, so it writes nothing. */
  public boolean isReadOnly() {
    return database.access() == Database.Access.IMMUTABLE;
  }

  public Path directory() {
    return directory;
  }

  /**
   * The search index of this store, brought up to date with it if it is missing or stale: on
   * disk, or for a {@linkplain #isReadOnly() read-only} store in memory, built once.
   */
  public SearchIndex searchIndex() {
    Path path = directory.resolve(INDEX_DIRECTORY);
    return isReadOnly()
        ? SearchIndex.openReadOnly(this, path, memoryIndex)
        : SearchIndex.open(this, path);
  }

  public int schemaVersion() {
    return database.read(SchemaMigrations::version);
  }

  /**
   * Counts every change to the documents, the entities and the timeline; the search index records
   * the generation it was built from, so a different number means it is stale.
   */
  public long generation() {
    return database.read(connection -> StoreMeta.read(connection, StoreMeta.GENERATION));
  }

  /**
   * What the search index is built from, as one string: the generation of the documents and the
   * generation the entities and timeline were linked from (the index files each sentence under
   * its entities and the status of its events, so a new linking makes it stale too).
   */
  public String indexVersion() {
    return database.read(connection -> StoreMeta.read(connection, StoreMeta.GENERATION) + "/"
        + StoreMeta.read(connection, StoreMeta.LINKED_GENERATION));
  }

  /**
   * True if the entities and the timeline may be stale: documents changed since they were last
   * linked (perhaps by a run that was killed before it linked them), or a user's merge decision
   * has not been linked yet.
   */
  public boolean isLinkingPending() {
    return database.read(StoreMeta::isLinkingPending);
  }

  /** True if the path holds this document, analyzed by this pipeline: nothing to do. */
  public boolean isCurrent(String path, DocumentId id, String pipeline) {
    return database.read(connection ->
        DocumentWrites.documentAt(connection, path).filter(id.value()::equals).isPresent()
            && pipelineOf(connection, id).filter(pipeline::equals).isPresent());
  }

  /** True if this document is stored, analyzed by this pipeline (perhaps from another path). */
  public boolean hasAnalysis(DocumentId id, String pipeline) {
    return database.read(
        connection -> pipelineOf(connection, id).filter(pipeline::equals).isPresent());
  }

  /**
   * Stores the analysis of a document found at its source path, in one transaction: replaces any
   * earlier analysis of the same bytes and whatever the path held before.
   */
  public void save(AnnotatedDocument analysis, String pipeline, String runId) {
    database.runWrite(connection -> {
      DocumentWrites.replaceDocument(connection, analysis, pipeline, runId);
      DocumentWrites.pointPath(
          connection, analysis.document().sourcePath(), analysis.document().id());
      DocumentWrites.settlePath(connection, analysis.document().id().value());
      StoreMeta.bumpGeneration(connection);
    });
  }

  /** Records that a path holds a document that is already stored. */
  public void link(String path, DocumentId id) {
    database.runWrite(connection -> {
      DocumentWrites.pointPath(connection, path, id);
      StoreMeta.bumpGeneration(connection);
    });
  }

  /**
   * Records why a path could not be analyzed, in one transaction, and forgets what the path held
   * before (its document too, unless another path holds the same bytes): the store then equals a
   * fresh analysis of the folder as it is now, where the failed file has no document.
   *
   * @return true if the path held a document before, which is no longer stored for it
   */
  public boolean recordFailure(String path, String reason, String message, String runId) {
    return database.write(connection -> {
      boolean held = DocumentWrites.documentAt(connection, path).isPresent();
      DocumentWrites.removePath(connection, path);
      DocumentWrites.recordFailure(connection, path, reason, message, runId);
      if (held) {
        StoreMeta.bumpGeneration(connection);
      }
      return held;
    });
  }

  /**
   * Forgets the paths under these roots that were not found in this run (deleted files), and
   * documents no longer found anywhere. Returns how many paths were forgotten.
   */
  public int forgetMissing(Collection<Path> roots, Set<String> found) {
    List<String> missing = new ArrayList<>();
    for (String path : allPaths()) {
      Path candidate = Path.of(path);
      if (!found.contains(path) && roots.stream().anyMatch(candidate::startsWith)) {
        missing.add(path);
      }
    }
    if (!missing.isEmpty()) {
      database.runWrite(connection -> {
        for (String path : missing) {
          DocumentWrites.removePath(connection, path);
          DocumentWrites.update(connection, "DELETE FROM failures WHERE path = ?", path);
        }
        StoreMeta.bumpGeneration(connection);
      });
    }
    return missing.size();
  }

  /**
   * Replaces every entity by these, in one transaction: entities are derived from the name
   * mentions of the whole corpus and recomputed after each run.
   */
  public void replaceEntities(List<StoredEntity> entities) {
    database.runWrite(connection -> {
      EntityTables.replaceAll(connection, entities);
    });
  }

  /** Every entity, ordered by id, with its aliases, mentions (in path and offset order) and merges. */
  public List<StoredEntity> entities() {
    return database.read(EntityTables::readAll);
  }

  /** The entity with this id, with its aliases, mentions and merges. */
  public Optional<StoredEntity> entity(String id) {
    return database.read(connection -> EntityTables.readOne(connection, id));
  }

  /**
   * The names of the entities with these ids, by id, in one read (ids of no entity are left out):
   * labels without each entity's mentions and merges.
   */
  public Map<String, String> entityNames(List<String> ids) {
    return database.read(connection -> EntityTables.names(connection, ids));
  }

  /** One page of entities, most mentioned first; a type or a part of a name or alias narrows the list. */
  public ItemPage<EntitySummary> entitySummaries(
      @Nullable String type, @Nullable String nameContains, int offset, int limit) {
    return database.read(
        connection -> EntityTables.summaries(connection, type, nameContains, offset, limit));
  }

  /** Reads the timeline a page or an item at a time. */
  public TimelineReader timeline() {
    return new TimelineReader(database);
  }

  /**
   * Records that two names must stay in different entities (undoing a merge); false if that was
   * already recorded. The entities change when they are linked again.
   */
  public boolean keepApart(KeptApart pair) {
    return database.write(
        connection -> decided(connection, EntityTables.keepApart(connection, pair)));
  }

  /** Forgets that two names must stay apart (redoing what the resolver finds); false if it was not recorded. */
  public boolean allowTogether(KeptApart pair) {
    return database.write(
        connection -> decided(connection, EntityTables.allowTogether(connection, pair)));
  }

  /** Whether a decision changed a row; if it did, linking is owed until it is done. */
  private static boolean decided(Connection connection, boolean changed) throws SQLException {
    if (changed) {
      StoreMeta.markLinkingPending(connection);
    }
    return changed;
  }

  /** Every pair of names a user kept apart, ordered. */
  public List<KeptApart> keptApart() {
    return database.read(EntityTables::keptApart);
  }

  /**
   * Replaces the timeline by this one, in one transaction: it is derived from the event mentions
   * and entities of the whole corpus and recomputed after each run. Linking is done up to {@code
   * linkedGeneration}, the {@link #generation()} read before the corpus was: if the documents
   * changed since, linking stays pending.
   */
  public void replaceTimeline(StoredTimeline timeline, long linkedGeneration) {
    database.runWrite(connection -> {
      StoreMeta.recordLinked(connection, linkedGeneration);
      TimelineTables.replaceAll(connection, timeline);
      DocumentWrites.update(connection, "DELETE FROM timeline_statements");
    });
  }

  /**
   * Replaces the timeline and the statements by this timeline and the statements drafted while
   * its corpus was read, in one transaction, as {@link #replaceTimeline(StoredTimeline, long)}.
   *
   * @throws StoreException if another linking of this store cleared the drafts meanwhile
   */
  public void replaceTimeline(
      StoredTimeline timeline, StatementDrafts statements, long linkedGeneration) {
    database.runWrite(connection -> {
      StoreMeta.recordLinked(connection, linkedGeneration);
      TimelineTables.replaceAll(connection, timeline);
      statements.moveIn(connection);
    });
  }

  /**
   * Starts the statements of a new linking, to be written as the corpus is read and stored with
   * its timeline ({@link #replaceTimeline(StoredTimeline, StatementDrafts, long)}).
   */
  public StatementDrafts draftStatements() {
    return new StatementDrafts(database);
  }

  /** The statements as JSON, by document path and offset, one at a time. */
  public void forEachStatement(Consumer<String> visitor) {
    forEachItem(StoredTimeline.Table.STATEMENTS, visitor);
  }

  /** The timeline's events as JSON, in date order, one at a time. */
  public void forEachEvent(Consumer<String> visitor) {
    forEachItem(StoredTimeline.Table.EVENTS, visitor);
  }

  /** The conflicts as JSON, by event, one at a time. */
  public void forEachConflict(Consumer<String> visitor) {
    forEachItem(StoredTimeline.Table.CONFLICTS, visitor);
  }

  private void forEachItem(StoredTimeline.Table table, Consumer<String> visitor) {
    database.runRead(connection -> {
      TimelineTables.forEach(connection, table, visitor);
    });
  }

  /** The profile of a document as JSON ({@code flags}, {@code reliability}, {@code reasons}), once the timeline is built. */
  public Optional<String> profile(DocumentId id) {
    return database.read(connection -> {
      try (PreparedStatement query =
          connection.prepareStatement("SELECT body FROM source_profiles WHERE id = ?")) {
        query.setString(1, id.value());
        try (ResultSet rows = query.executeQuery()) {
          return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  /** Records the start of a run. */
  public void startRun(String runId, String pipeline) {
    database.write(connection -> DocumentWrites.update(
        connection,
        "INSERT INTO runs (id, started_at, pipeline) VALUES (?, ?, ?)",
        runId,
        Instant.now().toString(),
        pipeline));
  }

  /** Records the end of a run and its counts. */
  public void finishRun(String runId, RunSummary summary) {
    database.write(connection -> DocumentWrites.update(
        connection,
        "UPDATE runs SET finished_at = ?, analyzed = ?, unchanged = ?, failed = ?, removed = ? WHERE id = ?",
        Instant.now().toString(),
        summary.analyzed(),
        summary.unchanged(),
        summary.failed(),
        summary.removed(),
        runId));
  }

  /** Every document, without text, ordered by path. */
  public List<DocumentSummary> documents() {
    return database.read(connection -> {
      Map<String, DocumentFlags> flags = DocumentReads.allFlags(connection);
      List<DocumentSummary> summaries = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery("SELECT id, path, media_type, title, site, published,"
                  + " length(text) AS length FROM documents ORDER BY path")) {
        while (rows.next()) {
          summaries.add(DocumentReads.summary(
              rows, flags.getOrDefault(rows.getString("id"), DocumentFlags.NONE)));
        }
      }
      return summaries;
    });
  }

  public Optional<StoredDocument> document(DocumentId id) {
    return database.read(connection -> {
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT " + DocumentReads.DOCUMENT_COLUMNS + " FROM documents WHERE id = ?")) {
        query.setString(1, id.value());
        try (ResultSet rows = query.executeQuery()) {
          return rows.next()
              ? Optional.of(DocumentReads.storedDocument(connection, rows))
              : Optional.empty();
        }
      }
    });
  }

  /** The document with every stored layer and its flags, as the pipeline left it. */
  public Optional<AnnotatedDocument> annotated(DocumentId id) {
    return database.read(connection -> {
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT " + DocumentReads.DOCUMENT_COLUMNS + ", layers FROM documents WHERE id = ?")) {
        query.setString(1, id.value());
        try (ResultSet rows = query.executeQuery()) {
          if (!rows.next()) {
            return Optional.empty();
          }
          StoredDocument stored = DocumentReads.storedDocument(connection, rows);
          return Optional.of(AnnotatedDocument.of(stored.document())
              .with(
                  DocumentReads.layers(connection, id.value(), rows.getString("layers")),
                  stored.flags()));
        }
      }
    });
  }

  /** Visits every document in path order, one at a time, so memory stays flat. */
  public void forEachDocument(Consumer<StoredDocument> visitor) {
    for (DocumentSummary summary : documents()) {
      document(summary.id()).ifPresent(visitor);
    }
  }

  /** Visits every document with its layers, in path order, one at a time. */
  public void forEachAnnotated(Consumer<AnnotatedDocument> visitor) {
    for (DocumentSummary summary : documents()) {
      annotated(summary.id()).ifPresent(visitor);
    }
  }

  /** Where a document tells timeline events: what the search index files each sentence under. */
  List<AttestationRef> attestationsIn(DocumentId id) {
    return database.read(connection -> TimelineReads.attestationsIn(connection, id));
  }

  /** Where a document's sentences hold statements, and why: what the search index shows of a sentence. */
  List<StatementRef> statementsIn(DocumentId id) {
    return database.read(connection -> TimelineReads.statementsIn(connection, id));
  }

  /** Where a document names entities. */
  public List<MentionRef> mentionsIn(DocumentId id) {
    return database.read(connection -> EntityTables.mentionsIn(connection, id));
  }

  /** Files that failed in their latest run, by path. */
  public List<StoredFailure> failures() {
    return database.read(connection -> {
      List<StoredFailure> failures = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT path, reason, message, run_id FROM failures ORDER BY path")) {
        while (rows.next()) {
          failures.add(new StoredFailure(
              rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
        }
      }
      return failures;
    });
  }

  public StoreCounts counts() {
    return database.read(connection -> new StoreCounts(
        (int) count(connection, "documents"),
        (int) count(connection, "sources"),
        count(connection, "annotations"),
        (int) count(connection, "failures")));
  }

  /**
   * SQLite's integrity check and Lucene's {@code CheckIndex} of the search index: an empty list
   * when both are sound. A missing index, or one without a commit, is no problem: it is rebuilt
   * from the database when next opened.
   */
  public List<String> integrityProblems() {
    List<String> problems = new ArrayList<>(databaseProblems("PRAGMA integrity_check"));
    problems.addAll(SearchIndex.problems(directory.resolve(INDEX_DIRECTORY)));
    return problems;
  }

  private List<String> databaseProblems(String check) {
    return database.read(connection -> {
      List<String> problems = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(check)) {
        while (rows.next()) {
          if (!"ok".equals(rows.getString(1))) {
            problems.add(rows.getString(1));
          }
        }
      }
      return problems;
    });
  }

  private List<String> allPaths() {
    return database.read(connection -> {
      List<String> paths = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery("SELECT path FROM sources UNION SELECT path FROM failures")) {
        while (rows.next()) {
          paths.add(rows.getString(1));
        }
      }
      return paths;
    });
  }

  private static Optional<String> pipelineOf(Connection connection, DocumentId id)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT pipeline FROM documents WHERE id = ?")) {
      query.setString(1, id.value());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
