package org.annalist.export;

import java.util.function.Consumer;
import org.annalist.store.AnnalistStore;

/**
 * Reads the store's timeline, one item at a time, as the typed records of {@code annalist-export/1}
 * ({@link ExportContract}), in which the store keeps it.
 */
final class TimelineItems {
  private TimelineItems() {}

  /** The events in date order (undated last). */
  static void forEachEvent(AnnalistStore store, Consumer<ExportedEvent> visitor) {
    store.forEachEvent(json -> visitor.accept(ExportContract.event(json)));
  }

  /** The statements, by document path and offset. */
  static void forEachStatement(AnnalistStore store, Consumer<ExportedStatement> visitor) {
    store.forEachStatement(json -> visitor.accept(ExportContract.statement(json)));
  }

  /** The conflicts, by event. */
  static void forEachConflict(AnnalistStore store, Consumer<ExportedConflict> visitor) {
    store.forEachConflict(json -> visitor.accept(ExportContract.conflict(json)));
  }
}
