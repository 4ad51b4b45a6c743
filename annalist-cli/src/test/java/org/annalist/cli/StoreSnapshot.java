package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;
import org.annalist.store.StoreCounts;
import org.annalist.store.StoredEntity;

/**
 * What a store holds, to compare two stores built in different ways: the {@code annalist-export/1}
 * bytes, and beside them what the export leaves out (merge evidence, per-document profiles as
 * stored, row counts).
 */
record StoreSnapshot(
    String export,
    List<StoredEntity> entities,
    List<String> events,
    List<String> conflicts,
    List<Optional<String>> profiles,
    List<DocumentSummary> documents,
    StoreCounts counts) {

  /** Exports the store with the command line into {@code exportFile} and reads the rest. */
  static StoreSnapshot of(Path store, Path exportFile) throws IOException {
    CliRun export = CliRun.exportJson(store, exportFile);
    if (export.exitCode() != 0) {
      throw new IllegalStateException("export failed: " + export.err());
    }
    AnnalistStore opened = AnnalistStore.open(store);
    List<String> events = new ArrayList<>();
    opened.forEachEvent(events::add);
    List<String> conflicts = new ArrayList<>();
    opened.forEachConflict(conflicts::add);
    List<DocumentSummary> documents = opened.documents();
    List<Optional<String>> profiles =
        documents.stream().map(document -> opened.profile(document.id())).toList();
    return new StoreSnapshot(
        Files.readString(exportFile),
        opened.entities(),
        events,
        conflicts,
        profiles,
        documents,
        opened.counts());
  }
}
