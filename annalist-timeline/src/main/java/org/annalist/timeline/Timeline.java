package org.annalist.timeline;

import java.util.List;

/** The corpus-level result: events, the conflicts between their sources, and source profiles. */
public record Timeline(
    List<TimelineEvent> events, List<Conflict> conflicts, List<SourceProfile> profiles) {

  public Timeline {
    events = List.copyOf(events);
    conflicts = List.copyOf(conflicts);
    profiles = List.copyOf(profiles);
  }
}
