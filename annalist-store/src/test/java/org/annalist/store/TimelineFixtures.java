package org.annalist.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/** Timeline items in the stored JSON shape, written by hand for tests. */
final class TimelineFixtures {
  private TimelineFixtures() {}

  /** An event told by one sentence of each given document; {@code earliest} null for undated. */
  static StoredTimeline.Item event(
      String id,
      String status,
      @Nullable String earliest,
      @Nullable String latest,
      List<String> participants,
      List<Attesting> attestations) {
    String time = earliest == null
        ? "null"
        : String.format(
            Locale.ROOT,
            "{\"value\":\"%s\",\"earliest\":\"%s\",\"latest\":\"%s\"}",
            earliest.substring(0, 4),
            earliest,
            latest);
    List<String> told = new ArrayList<>();
    for (Attesting a : attestations) {
      told.add(String.format(
          Locale.ROOT,
          "{\"document\":\"%s\",\"start\":%d,\"end\":%d}",
          a.document(),
          a.span().start(),
          a.span().end()));
    }
    String json = String.format(
        Locale.ROOT,
        "{\"id\":\"%s\",\"summary\":\"summary of %s\",\"time\":%s,\"participants\":[%s],\"places\":[],"
            + "\"status\":\"%s\",\"attestations\":[%s]}",
        id,
        id,
        time,
        String.join(",", participants.stream().map(p -> "\"" + p + "\"").toList()),
        status,
        String.join(",", told));
    return new StoredTimeline.Item(id, earliest == null ? "~" : earliest, json);
  }

  static StoredTimeline.Item conflict(String id, String event, String kind) {
    return new StoredTimeline.Item(
        id,
        event,
        String.format(
            Locale.ROOT, "{\"id\":\"%s\",\"event\":\"%s\",\"kind\":\"%s\"}", id, event, kind));
  }

  /** One sentence of a document that tells an event. */
  record Attesting(String document, Span span) {}
}
