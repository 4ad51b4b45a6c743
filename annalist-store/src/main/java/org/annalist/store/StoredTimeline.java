package org.annalist.store;

import java.util.List;

/**
 * The timeline as the store holds it: events, conflicts and source profiles, each an item in
 * the JSON shape of {@code annalist-export/1}. The store does not interpret the JSON; it keeps
 * the items in order and replaces them as a whole.
 */
public record StoredTimeline(List<Item> events, List<Item> conflicts, List<Item> profiles) {

  public StoredTimeline {
    events = List.copyOf(events);
    conflicts = List.copyOf(conflicts);
    profiles = List.copyOf(profiles);
  }

  /**
   * One item.
   *
   * @param id its id (for a profile, the document's id)
   * @param sortKey the key items are listed by
   * @param json the item as a JSON object
   */
  public record Item(String id, String sortKey, String json) {}

  /** The tables, one per kind of item. */
  enum Table {
    EVENTS("timeline_events"),
    CONFLICTS("timeline_conflicts"),
    PROFILES("source_profiles"),
    STATEMENTS("timeline_statements");

    final String sql;

    Table(String sql) {
      this.sql = sql;
    }
  }
}
