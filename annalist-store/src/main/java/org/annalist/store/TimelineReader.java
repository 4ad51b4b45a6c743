package org.annalist.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the stored timeline a page or an item at a time: what the API and the web UI need, so a
 * request never loads every event unless it asks for the timeline's summaries.
 */
public final class TimelineReader {
  private final Database database;

  TimelineReader(Database database) {
    this.database = database;
  }

  /** One page of the events that pass the filter, as JSON, in date order (undated last). */
  public ItemPage<String> events(EventFilter filter, int offset, int limit) {
    return database.read(connection -> TimelineReads.page(
        connection,
        StoredTimeline.Table.EVENTS,
        TimelineReads.eventConditions(filter),
        offset,
        limit));
  }

  /** The event with this id, as JSON. */
  public Optional<String> event(String id) {
    return database.read(
        connection -> TimelineReads.item(connection, StoredTimeline.Table.EVENTS, id));
  }

  /** What the timeline view draws of each event that passes the filter, in date order, one at a time. */
  public void forEachSummary(EventFilter filter, Consumer<EventSummary> visitor) {
    database.runRead(connection -> {
      TimelineReads.forEachSummary(connection, filter, visitor);
    });
  }

  /** One page of the conflicts, as JSON, by event; a kind or an event id narrows the list. */
  public ItemPage<String> conflicts(
      @Nullable String kind, @Nullable String event, int offset, int limit) {
    return database.read(connection -> TimelineReads.page(
        connection,
        StoredTimeline.Table.CONFLICTS,
        TimelineReads.conflictConditions(kind, event),
        offset,
        limit));
  }

  /**
   * One page of the statements that pass the filter, as JSON, by document path and offset: the
   * mentions kept off the timeline, with why.
   */
  public ItemPage<String> statements(StatementFilter filter, int offset, int limit) {
    return database.read(connection -> TimelineReads.page(
        connection,
        StoredTimeline.Table.STATEMENTS,
        TimelineReads.statementConditions(filter),
        offset,
        limit));
  }

  /** The entities that take part in events together with this one, most shared events first. */
  public List<CoParticipant> coParticipants(String entity, int limit) {
    return database.read(connection -> TimelineReads.coParticipants(connection, entity, limit));
  }
}
