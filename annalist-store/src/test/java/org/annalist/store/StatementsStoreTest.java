package org.annalist.store;

import static org.annalist.store.StoreFixtures.PIPELINE;
import static org.annalist.store.StoreFixtures.analyzed;
import static org.annalist.store.StoreFixtures.withReferences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.DocumentId;
import org.annalist.model.Span;
import org.annalist.model.layers.Timex;
import org.annalist.model.layers.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements, the mentions kept off the timeline: drafted while a linking reads the corpus,
 * stored with the timeline in one transaction, read a page at a time, found by the search index,
 * and the table added to an older store by a migration that makes linking pending.
 */
class StatementsStoreTest {
  private static final StoredTimeline NO_TIMELINE =
      new StoredTimeline(List.of(), List.of(), List.of());

  @TempDir
  Path directory;

  /** A statement of a document's sentence, in the stored JSON shape. */
  private static StoredTimeline.Item statement(
      String id, DocumentId document, Span sentence, String why) {
    String json = String.format(
        Locale.ROOT,
        "{\"id\":\"%s\",\"why\":\"%s\",\"document\":\"%s\",\"start\":%d,\"end\":%d}",
        id,
        why,
        document.value(),
        sentence.start(),
        sentence.end());
    return new StoredTimeline.Item(
        id, String.format(Locale.ROOT, "%s#%08d", document.value(), sentence.start()), json);
  }

  @Test
  void statementsDraftedInBatchesAreStoredWithTheTimelineAndNotBefore() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/c/a.txt", "Menu\nHe did not go. She said so.\n");
    store.save(document, PIPELINE, "run-1");
    DocumentId id = document.document().id();
    StatementDrafts first = store.draftStatements();
    first.add(statement("st-old", id, Span.of(5, 17), "negated"));
    store.replaceTimeline(NO_TIMELINE, first, store.generation());

    StatementDrafts drafts = store.draftStatements();
    int many = StatementDrafts.BATCH + 7;
    for (int i = 0; i < many; i++) {
      drafts.add(statement(
          String.format(Locale.ROOT, "st-%04d", i),
          id,
          i % 2 == 0 ? Span.of(5, 17) : Span.of(18, 30),
          i % 2 == 0 ? "negated" : "report"));
    }

    assertThat(drafts.size()).isEqualTo(many);
    assertThat(store.timeline().statements(StatementFilter.ALL, 0, 10).items())
        .as("a batch is written ahead, but readers see the statements stored before")
        .singleElement()
        .asString()
        .contains("st-old");

    store.replaceTimeline(NO_TIMELINE, drafts, store.generation());

    ItemPage<String> page = store.timeline().statements(StatementFilter.ALL, 10, 5);
    assertThat(page.total()).isEqualTo(many);
    assertThat(page.items()).hasSize(5);
    assertThat(
            store.timeline().statements(new StatementFilter(id, "report"), 0, 1).total())
        .isEqualTo(many / 2);
    assertThat(store
            .timeline()
            .statements(new StatementFilter(DocumentId.ofBytes(new byte[] {1}), null), 0, 1)
            .total())
        .isZero();
    assertThat(store.statementsIn(id))
        .extracting(StatementRef::why)
        .containsOnly("negated", "report")
        .hasSize(many);
    List<String> all = new ArrayList<>();
    store.forEachStatement(all::add);
    assertThat(all).hasSize(many).first().asString().contains("st-0000");
    assertThat(count("statement_drafts")).as("drafts are cleared when stored").isZero();

    store.replaceTimeline(NO_TIMELINE, store.generation());
    assertThat(store.timeline().statements(StatementFilter.ALL, 0, 1).total())
        .as("a timeline stored without statements has none")
        .isZero();
  }

  @Test
  void aLinkingWhoseDraftsAnotherClearedFailsAndLeavesTheStoredStatements() {
    AnnalistStore store = AnnalistStore.open(directory);
    DocumentId id = DocumentId.ofBytes(new byte[] {7});
    StatementDrafts kept = store.draftStatements();
    kept.add(statement("st-kept", id, Span.of(0, 4), "generic"));
    store.replaceTimeline(NO_TIMELINE, kept, store.generation());

    StatementDrafts overtaken = store.draftStatements();
    overtaken.add(statement("st-lost", id, Span.of(0, 4), "negated"));
    for (int i = 0; i < StatementDrafts.BATCH; i++) {
      overtaken.add(statement("st-" + i, id, Span.of(0, 4), "negated"));
    }
    store.draftStatements();

    assertThatThrownBy(() -> store.replaceTimeline(NO_TIMELINE, overtaken, store.generation()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("another linking");
    assertThat(store.timeline().statements(StatementFilter.ALL, 0, 5).items())
        .singleElement()
        .asString()
        .contains("st-kept");
  }

  @Test
  void aSearchHitSaysWhyItsSentenceHoldsStatements() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = withReferences(
        analyzed("/c/a.txt", "Menu\nThe envoy never reached the fort.\nThe fort fell.\n"),
        new Timex(TimexType.DATE, "1812", null));
    store.save(document, PIPELINE, "run-1");
    DocumentId id = document.document().id();
    StatementDrafts drafts = store.draftStatements();
    drafts.add(statement("st-1", id, Span.of(5, 38), "negated"));
    drafts.add(statement("st-2", id, Span.of(5, 38), "negated"));
    store.replaceTimeline(NO_TIMELINE, drafts, store.generation());

    try (SearchIndex index = store.searchIndex()) {
      List<SearchHit> hits = index.search(SearchRequest.of("fort", 10)).hits();
      assertThat(hits).hasSize(2);
      assertThat(hits)
          .extracting(hit -> hit.passages().get(0))
          .anySatisfy(passage -> {
            assertThat(passage.text()).isEqualTo("The envoy never reached the fort.");
            assertThat(passage.statements()).containsExactly("negated");
          })
          .anySatisfy(passage -> assertThat(passage.statements()).isEmpty());
    }
  }

  @Test
  void aStoreOfSchemaSixGetsTheStatementTablesAndIsLinkedAgain() {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(analyzed("/c/a.txt", "Menu\nKept.\n"), PIPELINE, "run-1");
    store.replaceTimeline(NO_TIMELINE, store.generation());
    assertThat(store.isLinkingPending()).isFalse();
    execute(
        "DROP TABLE timeline_statements", "DROP TABLE statement_drafts", "PRAGMA user_version = 6");

    AnnalistStore migrated = AnnalistStore.open(directory);

    assertThat(migrated.schemaVersion()).isEqualTo(7);
    assertThat(migrated.isLinkingPending())
        .as("the timeline was stored without statements: the next analysis links again")
        .isTrue();
    assertThat(migrated.timeline().statements(StatementFilter.ALL, 0, 1).total())
        .isZero();
    StatementDrafts drafts = migrated.draftStatements();
    drafts.add(statement("st-1", DocumentId.ofBytes(new byte[] {2}), Span.of(0, 1), "report"));
    migrated.replaceTimeline(NO_TIMELINE, drafts, migrated.generation());
    assertThat(migrated.timeline().statements(StatementFilter.ALL, 0, 1).total())
        .isEqualTo(1);
    assertThat(migrated.isLinkingPending()).isFalse();
  }

  private long count(String table) {
    return new Database(directory.resolve(AnnalistStore.DATABASE_FILE)).read(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  /** Runs SQL on the store's database behind its back, in one transaction: to make an old store. */
  private void execute(String... sql) {
    new Database(directory.resolve(AnnalistStore.DATABASE_FILE)).runWrite(connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String each : sql) {
          statement.execute(each);
        }
      }
    });
  }
}
