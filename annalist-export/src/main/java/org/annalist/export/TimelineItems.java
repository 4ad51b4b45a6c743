package org.annalist.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.annalist.store.AnnalistStore;
import org.jspecify.annotations.Nullable;

/**
 * Reads the store's timeline, one item at a time, into the typed items the exports other than
 * JSON write. The store keeps each item as JSON in the shape of {@code annalist-export/1}.
 */
final class TimelineItems {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TimelineItems() {}

  /** The events in date order (undated last). */
  static void forEachEvent(AnnalistStore store, Consumer<EventItem> visitor) {
    store.forEachEvent(json -> visitor.accept(event(parse(json))));
  }

  /** The conflicts, by event. */
  static void forEachConflict(AnnalistStore store, Consumer<ConflictItem> visitor) {
    store.forEachConflict(json -> visitor.accept(conflict(parse(json))));
  }

  /** Reads a stored JSON item: a source profile, an event or a conflict. */
  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a stored timeline item: " + e.getMessage(), e);
    }
  }

  private static EventItem event(JsonNode json) {
    JsonNode time = json.path("time");
    EventDate date = time.isObject()
        ? EventDate.of(time.path("value").asText(), time.path("earliest").asText(), time.path("latest").asText())
        : null;
    List<EventAttestation> attestations = new ArrayList<>();
    json.path("attestations").forEach(a -> attestations.add(new EventAttestation(Quote.of(a), textOrNull(a, "time_text"),
        textOrNull(a, "time_value"), a.path("trigger").asText(), a.path("polarity").asText(), a.path("outcome").asText())));
    return new EventItem(json.path("id").asText(), json.path("summary").asText(), date, texts(json.path("participants")),
        texts(json.path("places")), json.path("status").asText(), attestations);
  }

  private static ConflictItem conflict(JsonNode json) {
    List<ConflictItem.Claim> claims = new ArrayList<>();
    json.path("claims").forEach(c -> claims.add(new ConflictItem.Claim(Quote.of(c), c.path("value").asText())));
    return new ConflictItem(json.path("id").asText(), json.path("event").asText(), json.path("kind").asText(),
        json.path("explanation").asText(), claims);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  private static @Nullable String textOrNull(JsonNode json, String field) {
    return json.hasNonNull(field) ? json.get(field).asText() : null;
  }
}
