package org.annalist.store;

import static org.annalist.store.StoreFixtures.PIPELINE;
import static org.annalist.store.StoreFixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.DocumentId;
import org.annalist.model.EntityType;
import org.annalist.model.KeptApart;
import org.annalist.model.Layers;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnalistStoreTest {
  @TempDir
  Path directory;

  @Test
  void givesBackWhatItStoredWithEveryLayerAndFlag() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument original = analyzed("/corpus/a.txt", "Menu Home\nStalin met ** in Moscow.\n");

    store.save(original, PIPELINE, "run-1");

    AnnotatedDocument loaded = store.annotated(original.document().id()).orElseThrow();
    assertThat(loaded.document()).isEqualTo(original.document());
    assertThat(loaded.layers()).isEqualTo(original.layers());
    assertThat(loaded.flags()).isEqualTo(original.flags());
    StoredDocument stored = store.document(original.document().id()).orElseThrow();
    assertThat(stored.pipeline()).isEqualTo(PIPELINE);
    assertThat(stored.paths()).containsExactly("/corpus/a.txt");
    assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.CURRENT_VERSION);
    assertThat(store.integrityProblems()).isEmpty();
  }

  @Test
  void keepsAnEmptyLayerAsALayer() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument withoutRedactions = analyzed("/corpus/a.txt", "Menu\nNo marks here.\n");
    store.save(withoutRedactions, PIPELINE, "run-1");

    AnnotatedDocument loaded =
        store.annotated(withoutRedactions.document().id()).orElseThrow();
    assertThat(loaded.hasLayer(Layers.REDACTION)).isTrue();
    assertThat(loaded.expectLayer(Layers.REDACTION).isEmpty()).isTrue();
  }

  @Test
  void savingTheSameAnalysisAgainDoesNotDuplicateAnything() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/corpus/a.txt", "Menu\nStalin met ** and ** again.\n");
    store.save(document, PIPELINE, "run-1");
    StoreCounts once = store.counts();

    store.save(document, PIPELINE, "run-2");

    assertThat(store.counts()).isEqualTo(once);
    assertThat(once).isEqualTo(new StoreCounts(1, 1, 3, 0));
  }

  @Test
  void aChangedFileReplacesTheDocumentItHeld() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument before = analyzed("/corpus/a.txt", "Menu\nFirst version.\n");
    AnnotatedDocument after = analyzed("/corpus/a.txt", "Menu\nSecond version.\n");
    store.save(before, PIPELINE, "run-1");

    store.save(after, PIPELINE, "run-2");

    assertThat(store.document(before.document().id())).isEmpty();
    assertThat(store.documents())
        .extracting(DocumentSummary::id)
        .containsExactly(after.document().id());
    assertThat(store.counts().annotations()).isEqualTo(1);
  }

  @Test
  void oneDocumentAtTwoPathsIsStoredOnceAndOutlivesEitherPath() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/corpus/a.txt", "Menu\nThe same bytes.\n");
    store.save(document, PIPELINE, "run-1");
    store.link("/corpus/copy/a.txt", document.document().id());
    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 2, 1, 0));

    int forgotten = store.forgetMissing(List.of(Path.of("/corpus")), Set.of("/corpus/copy/a.txt"));

    assertThat(forgotten).isEqualTo(1);
    StoredDocument stored = store.document(document.document().id()).orElseThrow();
    assertThat(stored.document().sourcePath()).isEqualTo("/corpus/copy/a.txt");
    assertThat(store.forgetMissing(List.of(Path.of("/corpus")), Set.of())).isEqualTo(1);
    assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0));
  }

  @Test
  void twoCopiesOfTheSameBytesAnalyzedAtOnceKeepBothPathsWhicheverIsSavedLast() {
    AnnalistStore store = AnnalistStore.open(directory);
    String text = "Menu\nThe same bytes in two files.\n";
    store.save(analyzed("/corpus/b.txt", text), PIPELINE, "run-1");
    store.save(analyzed("/corpus/a.txt", text), PIPELINE, "run-1");
    store.save(analyzed("/corpus/b.txt", text), PIPELINE, "run-1");

    StoredDocument stored =
        store.document(analyzed("/corpus/a.txt", text).document().id()).orElseThrow();
    assertThat(stored.paths()).containsExactly("/corpus/a.txt", "/corpus/b.txt");
    assertThat(stored.document().sourcePath()).isEqualTo("/corpus/a.txt");
    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 2, 1, 0));
  }

  @Test
  void forgetsOnlyMissingPathsUnderTheGivenRoots() {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(analyzed("/corpus/a.txt", "Menu\nA.\n"), PIPELINE, "run-1");
    store.save(analyzed("/elsewhere/b.txt", "Menu\nB.\n"), PIPELINE, "run-1");

    assertThat(store.forgetMissing(List.of(Path.of("/corpus")), Set.of())).isEqualTo(1);

    assertThat(store.documents())
        .extracting(DocumentSummary::path)
        .containsExactly("/elsewhere/b.txt");
  }

  @Test
  void aFailureIsRecordedAndForgetsWhatThePathHeld() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/corpus/a.txt", "Menu\nGood once.\n");
    store.save(document, PIPELINE, "run-1");
    long generation = store.generation();

    assertThat(store.recordFailure("/corpus/a.txt", "parse-error", "truncated", "run-2"))
        .isTrue();

    assertThat(store.document(document.document().id())).isEmpty();
    assertThat(store.documents()).isEmpty();
    assertThat(store.generation()).as("linking is due again").isGreaterThan(generation);
    assertThat(store.failures())
        .containsExactly(new StoredFailure("/corpus/a.txt", "parse-error", "truncated", "run-2"));
    assertThat(store.recordFailure("/corpus/a.txt", "empty", "file is empty", "run-3"))
        .as("nothing left to drop")
        .isFalse();
    store.save(document, PIPELINE, "run-4");
    assertThat(store.failures()).isEmpty();
  }

  @Test
  void aFailedPathLeavesTheSameBytesStoredForAnotherPath() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/corpus/a.txt", "Menu\nTwice.\n");
    store.save(document, PIPELINE, "run-1");
    store.link("/corpus/copy.txt", document.document().id());

    assertThat(store.recordFailure("/corpus/a.txt", "empty", "file is empty", "run-2"))
        .isTrue();

    assertThat(store.documents())
        .extracting(DocumentSummary::path)
        .containsExactly("/corpus/copy.txt");
  }

  @Test
  void knowsWhenAPathIsCurrentForAPipeline() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/corpus/a.txt", "Menu\nText.\n");
    store.save(document, PIPELINE, "run-1");

    assertThat(store.isCurrent("/corpus/a.txt", document.document().id(), PIPELINE))
        .isTrue();
    assertThat(store.isCurrent("/corpus/a.txt", document.document().id(), "clean@2"))
        .isFalse();
    assertThat(store.isCurrent("/corpus/b.txt", document.document().id(), PIPELINE))
        .isFalse();
    assertThat(store.hasAnalysis(document.document().id(), PIPELINE)).isTrue();
  }

  @Test
  void aWriteThatFailsHalfwayLeavesNothingBehind() {
    AnnalistStore.open(directory);
    Database database = new Database(directory.resolve(AnnalistStore.DATABASE_FILE));

    assertThatThrownBy(() -> database.write(connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(
                "INSERT INTO failures (path, reason, message, run_id) VALUES ('p', 'r', 'm', 'x')");
          }
          throw new IllegalStateException("crash in the middle");
        }))
        .hasMessage("crash in the middle");

    assertThat(AnnalistStore.open(directory).failures()).isEmpty();
  }

  @Test
  void keepsEntitiesWithTheirAliasesMentionsAndMergesAndReplacesThemAsAWhole() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/corpus/a.txt", "Menu\nStalin and Dalin met Mao.\n");
    store.save(document, PIPELINE, "run-1");
    var id = document.document().id();
    StoredEntity stalin = new StoredEntity(
        "person:stalin",
        "Stalin",
        EntityType.PERSON,
        List.of("Dalin", "Stalin"),
        List.of(
            new StoredEntity.Mention(id, org.annalist.model.Span.of(5, 11)),
            new StoredEntity.Mention(id, org.annalist.model.Span.of(16, 21))),
        List.of(new StoredEntity.Merge(
            "Dalin", "Stalin", "spelling+context", 0.83, "one edit apart, shared context")));
    StoredEntity mao = new StoredEntity(
        "person:mao",
        "Mao",
        EntityType.PERSON,
        List.of("Mao"),
        List.of(new StoredEntity.Mention(id, org.annalist.model.Span.of(26, 29))),
        List.of());

    assertThat(store.entities()).isEmpty();
    store.replaceEntities(List.of(stalin, mao));
    assertThat(store.entities()).containsExactly(mao, stalin);
    assertThat(stalin.documents()).containsExactly(id);
    assertThat(store.entityNames(List.of("person:stalin", "person:nobody", "person:mao")))
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("person:stalin", "Stalin", "person:mao", "Mao"));
    assertThat(store.entityNames(List.of())).isEmpty();

    store.replaceEntities(List.of(mao));
    assertThat(store.entities()).containsExactly(mao);
  }

  @Test
  void replacesTheTimelineAsAWholeAndListsItemsInOrder() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/corpus/a.txt", "Kept.\n");
    store.save(document, PIPELINE, "run-1");
    DocumentId id = document.document().id();
    store.replaceTimeline(
        new StoredTimeline(
            List.of(
                new StoredTimeline.Item("ev-b", "1942-01-01", "{\"id\":\"ev-b\"}"),
                new StoredTimeline.Item("ev-a", "1941-07-01", "{\"id\":\"ev-a\"}")),
            List.of(new StoredTimeline.Item("cf-1", "ev-b", "{\"id\":\"cf-1\"}")),
            List.of(new StoredTimeline.Item(id.value(), "/corpus/a.txt", "{\"reliability\":0.5}"))),
        store.generation());

    List<String> events = new ArrayList<>();
    store.forEachEvent(events::add);
    assertThat(events).containsExactly("{\"id\":\"ev-a\"}", "{\"id\":\"ev-b\"}");
    assertThat(store.profile(id)).contains("{\"reliability\":0.5}");

    store.replaceTimeline(new StoredTimeline(List.of(), List.of(), List.of()), store.generation());
    List<String> conflicts = new ArrayList<>();
    store.forEachConflict(conflicts::add);
    assertThat(conflicts).isEmpty();
    assertThat(store.profile(id)).isEmpty();
  }

  @Test
  void linkingIsPendingUntilTheTimelineIsStoredForTheLatestDocumentsOrMergeDecisions() {
    AnnalistStore store = AnnalistStore.open(directory);
    assertThat(store.isLinkingPending()).as("a new store was never linked").isTrue();
    store.replaceTimeline(new StoredTimeline(List.of(), List.of(), List.of()), store.generation());
    assertThat(store.isLinkingPending()).isFalse();

    long before = store.generation();
    store.save(analyzed("/corpus/a.txt", "Kept.\n"), PIPELINE, "run-1");
    assertThat(store.isLinkingPending())
        .as("saved, as by a run killed before it linked")
        .isTrue();
    store.replaceTimeline(new StoredTimeline(List.of(), List.of(), List.of()), before);
    assertThat(store.isLinkingPending())
        .as("linked from documents older than the store's")
        .isTrue();
    store.replaceTimeline(new StoredTimeline(List.of(), List.of(), List.of()), store.generation());
    assertThat(store.isLinkingPending()).isFalse();

    assertThat(store.keepApart(new KeptApart("Dalin", "Stalin"))).isTrue();
    assertThat(store.isLinkingPending()).as("a merge undone, not linked yet").isTrue();
    store.replaceTimeline(new StoredTimeline(List.of(), List.of(), List.of()), store.generation());
    assertThat(store.keepApart(new KeptApart("Dalin", "Stalin"))).isFalse();
    assertThat(store.isLinkingPending())
        .as("a decision already made changes nothing")
        .isFalse();
  }

  @Test
  void reportsADamagedSearchIndexAmongItsIntegrityProblems() throws IOException {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(analyzed("/corpus/a.txt", "Menu\nA document about Moscow.\n"), PIPELINE, "run-1");
    store.searchIndex().close();
    assertThat(store.integrityProblems()).isEmpty();

    try (Stream<Path> files = Files.list(directory.resolve(AnnalistStore.INDEX_DIRECTORY))) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".cfs")).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
      }
    }

    assertThat(store.integrityProblems()).singleElement().asString().startsWith("search index ");
  }

  @Test
  void findsTheEventsADocumentAttestsAndFillsThatTableWhenMigratingATimelineOfSchemaFive() {
    AnnalistStore store = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/corpus/a.txt", "Kept. Sent.\n");
    store.save(document, PIPELINE, "run-1");
    DocumentId id = document.document().id();
    String attested = "{\"id\":\"ev-%s\",\"status\":\"%s\",\"time\":{\"earliest\":\"1941-07-01\"},"
        + "\"attestations\":[{\"document\":\"%s\",\"start\":%d,\"end\":%d}]}";
    store.replaceTimeline(
        new StoredTimeline(
            List.of(
                new StoredTimeline.Item(
                    "ev-b",
                    "1941-07-01",
                    attested.formatted("b", "single-source", id.value(), 6, 11)),
                new StoredTimeline.Item(
                    "ev-a",
                    "1941-07-01",
                    attested.formatted("a", "corroborated", id.value(), 0, 5)),
                new StoredTimeline.Item(
                    "ev-c",
                    "1941-07-01",
                    attested.formatted("c", "corroborated", "another", 0, 5))),
            List.of(),
            List.of()),
        store.generation());
    List<AttestationRef> expected = List.of(
        new AttestationRef("ev-a", "corroborated", "1941-07-01", Span.of(0, 5)),
        new AttestationRef("ev-b", "single-source", "1941-07-01", Span.of(6, 11)));
    assertThat(store.attestationsIn(id)).isEqualTo(expected);

    execute(
        "DROP TABLE timeline_attestations",
        "DROP TABLE timeline_statements",
        "DROP TABLE statement_drafts",
        "PRAGMA user_version = 5");

    assertThat(AnnalistStore.open(directory).attestationsIn(id)).isEqualTo(expected);
  }

  @Test
  void migratesAStoreOfTheFirstSchemaVersion() {
    AnnalistStore.open(directory)
        .save(analyzed("/corpus/a.txt", "Menu\nKept.\n"), PIPELINE, "run-1");
    List<String> downgrade = new ArrayList<>();
    for (String table : List.of(
        "statement_drafts",
        "timeline_statements",
        "timeline_attestations",
        "kept_apart",
        "source_profiles",
        "timeline_conflicts",
        "timeline_events",
        "entity_merges",
        "entity_mentions",
        "entity_aliases",
        "entities")) {
      downgrade.add("DROP TABLE " + table);
    }
    downgrade.add("DELETE FROM meta WHERE key = 'linked_generation'");
    downgrade.add("PRAGMA user_version = 1");
    execute(downgrade.toArray(String[]::new));

    AnnalistStore migrated = AnnalistStore.open(directory);

    assertThat(migrated.schemaVersion()).isEqualTo(SchemaMigrations.CURRENT_VERSION);
    assertThat(migrated.documents()).hasSize(1);
    assertThat(migrated.entities()).isEmpty();
    assertThat(migrated.isLinkingPending()).isTrue();
  }

  @Test
  void namesKeptApartAreOnePairWhicheverTheOrderAndCase() {
    AnnalistStore store = AnnalistStore.open(directory);

    assertThat(store.keepApart(new KeptApart("Dalin", "Stalin"))).isTrue();
    assertThat(store.keepApart(new KeptApart("STALIN", "dalin"))).isFalse();
    assertThat(store.keptApart()).containsExactly(new KeptApart("Dalin", "Stalin"));
    assertThat(AnnalistStore.open(directory).keptApart()).hasSize(1);
    assertThat(store.allowTogether(new KeptApart("stalin", "DALIN"))).isTrue();
    assertThat(store.allowTogether(new KeptApart("stalin", "DALIN"))).isFalse();
    assertThat(store.keptApart()).isEmpty();
  }

  @Test
  void refusesAStoreFromANewerAnnalist() {
    AnnalistStore.open(directory);
    execute("PRAGMA user_version = 99");

    assertThatThrownBy(() -> AnnalistStore.open(directory))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99, newer than this Annalist understands ("
            + SchemaMigrations.CURRENT_VERSION + ")");
  }

  /** Runs SQL on the store's database behind its back, in one transaction: to make an old or damaged store. */
  private void execute(String... sql) {
    new Database(directory.resolve(AnnalistStore.DATABASE_FILE)).write(connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String each : sql) {
          statement.execute(each);
        }
      }
      return null;
    });
  }
}
