package org.annalist.export;

import java.util.List;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;
import org.annalist.store.StoredEntity;
import org.jspecify.annotations.Nullable;

/**
 * The tables of the CSV export, one file each, with their columns and where their rows come
 * from. Lists are tables of their own (an event's entities, an entity's aliases), so no cell
 * holds a list. Each table reads the store afresh, one item at a time.
 */
enum CsvTable {
  DOCUMENTS(
      "documents.csv",
      "document_id",
      "path",
      "title",
      "published",
      "media_type",
      "reliability",
      "flags") {
    @Override
    void rows(AnnalistStore store, Rows rows) {
      for (DocumentSummary document : store.documents()) {
        SourceAssessment assessment =
            SourceAssessment.of(store.profile(document.id()), document.flags());
        rows.add(
            document.id().value(),
            document.path(),
            document.title(),
            document.published(),
            document.mediaType(),
            assessment.reliability(),
            String.join(" ", assessment.flags()));
      }
    }
  },
  ENTITIES("entities.csv", "entity_id", "name", "type", "mentions", "documents") {
    @Override
    void rows(AnnalistStore store, Rows rows) {
      for (StoredEntity entity : store.entities()) {
        rows.add(
            entity.id(),
            entity.name(),
            entity.type().name(),
            entity.mentions().size(),
            entity.documents().size());
      }
    }
  },
  ALIASES("aliases.csv", "entity_id", "alias") {
    @Override
    void rows(AnnalistStore store, Rows rows) {
      for (StoredEntity entity : store.entities()) {
        entity.aliases().forEach(alias -> rows.add(entity.id(), alias));
      }
    }
  },
  EVENTS(
      "events.csv",
      "event_id",
      "summary",
      "time_value",
      "earliest",
      "latest",
      "status",
      "attestations",
      "sources") {
    @Override
    void rows(AnnalistStore store, Rows rows) {
      TimelineItems.forEachEvent(store, event -> {
        EventDate time = event.date();
        rows.add(
            event.id(),
            event.summary(),
            time == null ? null : time.value(),
            time == null ? null : time.earliest(),
            time == null ? null : time.latest(),
            event.status(),
            event.attestations().size(),
            event.documents().size());
      });
    }
  },
  EVENT_ENTITIES("event_entities.csv", "event_id", "entity_id", "role") {
    @Override
    void rows(AnnalistStore store, Rows rows) {
      TimelineItems.forEachEvent(store, event -> {
        event.participants().forEach(entity -> rows.add(event.id(), entity, "participant"));
        event.places().forEach(entity -> rows.add(event.id(), entity, "place"));
      });
    }
  },
  ATTESTATIONS(
      "attestations.csv",
      "event_id",
      "document_id",
      "start",
      "end",
      "quote",
      "time_text",
      "time_value",
      "trigger",
      "polarity",
      "outcome") {
    @Override
    void rows(AnnalistStore store, Rows rows) {
      TimelineItems.forEachEvent(
          store,
          event -> event
              .attestations()
              .forEach(a -> rows.add(
                  event.id(),
                  a.document(),
                  a.start(),
                  a.end(),
                  a.quote(),
                  a.timeText(),
                  a.timeValue(),
                  a.trigger(),
                  a.polarity(),
                  a.outcome())));
    }
  },
  CONFLICTS("conflicts.csv", "conflict_id", "event_id", "kind", "explanation", "claims") {
    @Override
    void rows(AnnalistStore store, Rows rows) {
      TimelineItems.forEachConflict(
          store,
          conflict -> rows.add(
              conflict.id(),
              conflict.event(),
              conflict.kind(),
              conflict.explanation(),
              conflict.claims().size()));
    }
  },
  CLAIMS("claims.csv", "conflict_id", "document_id", "start", "end", "quote", "value") {
    @Override
    void rows(AnnalistStore store, Rows rows) {
      TimelineItems.forEachConflict(
          store,
          conflict -> conflict
              .claims()
              .forEach(claim -> rows.add(
                  conflict.id(),
                  claim.document(),
                  claim.start(),
                  claim.end(),
                  claim.quote(),
                  claim.value())));
    }
  },
  STATEMENTS(
      "statements.csv",
      "statement_id",
      "document_id",
      "start",
      "end",
      "quote",
      "why",
      "trigger",
      "title",
      "type",
      "time_value",
      "polarity",
      "certainty",
      "reported_by") {
    @Override
    void rows(AnnalistStore store, Rows rows) {
      TimelineItems.forEachStatement(store, statement -> {
        ExportedAttestation told = statement.telling();
        rows.add(
            statement.id(),
            told.document(),
            told.start(),
            told.end(),
            told.quote(),
            statement.why(),
            told.trigger(),
            statement.title(),
            statement.type(),
            told.timeValue(),
            told.factuality().polarity(),
            told.factuality().certainty(),
            told.factuality().reportedBy());
      });
    }
  };

  private final String fileName;
  private final List<String> columns;

  CsvTable(String fileName, String... columns) {
    this.fileName = fileName;
    this.columns = List.of(columns);
  }

  String fileName() {
    return fileName;
  }

  List<String> columns() {
    return columns;
  }

  /** Writes every row of the table, in the store's order. */
  abstract void rows(AnnalistStore store, Rows rows);

  /** Where a table's rows go: one call a row, a cell an argument (null for an empty cell). */
  @FunctionalInterface
  interface Rows {
    void add(@Nullable Object... cells);
  }
}
