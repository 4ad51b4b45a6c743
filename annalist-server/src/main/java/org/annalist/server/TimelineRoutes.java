package org.annalist.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.annalist.export.ExportContract;
import org.annalist.export.ExportedConflict;
import org.annalist.store.AnnalistStore;
import org.annalist.store.EventFilter;
import org.annalist.store.EventSummary;
import org.annalist.store.ItemPage;

/** {@code /api/timeline}, {@code /api/events}, {@code /api/events/{id}} and {@code /api/conflicts}. */
final class TimelineRoutes {
  private static final int DEFAULT_PAGE = 50;
  private static final int MAX_PAGE = 500;

  private final AnnalistStore store;

  TimelineRoutes(AnnalistStore store) {
    this.store = store;
  }

  void register(Javalin app) {
    app.get("/api/timeline", this::timeline);
    app.get("/api/events", this::events);
    app.get("/api/events/{id}", this::event);
    app.get("/api/conflicts", this::conflicts);
  }

  static EventFilter filter(Context context) {
    try {
      return new EventFilter(
          ApiParameters.status(context),
          ApiParameters.text(context, "entity"),
          ApiParameters.source(context),
          ApiParameters.day(context, "from", false),
          ApiParameters.day(context, "to", true));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(String.valueOf(e.getMessage()));
    }
  }

  /** Every event that passes the filter, as the timeline draws it, streamed. */
  private void timeline(Context context) throws IOException {
    EventFilter filter = filter(context);
    try (JsonGenerator json = JsonWriting.generator(context)) {
      json.writeStartObject();
      json.writeArrayFieldStart("events");
      int[] count = {0};
      store.timeline().forEachSummary(filter, summary -> {
        write(json, summary);
        count[0]++;
      });
      json.writeEndArray();
      json.writeNumberField("total", count[0]);
      json.writeEndObject();
    }
  }

  private static void write(JsonGenerator json, EventSummary summary) {
    try {
      json.writeStartObject();
      json.writeStringField("id", summary.id());
      json.writeStringField("summary", summary.summary());
      json.writeStringField("status", summary.status());
      json.writeStringField("value", summary.value());
      json.writeStringField("earliest", summary.earliest());
      json.writeStringField("latest", summary.latest());
      json.writeNumberField("sources", summary.sources());
      json.writeBooleanField("fiction", summary.fiction());
      json.writeStringField("title", summary.title());
      json.writeStringField("type", summary.type());
      json.writeNumberField("importance", summary.importance());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void events(Context context) throws IOException {
    ApiParameters.Page page = ApiParameters.page(context, DEFAULT_PAGE, MAX_PAGE);
    JsonWriting.page(
        context, store.timeline().events(filter(context), page.offset(), page.limit()));
  }

  private void event(Context context) {
    String id = context.pathParam("id");
    String event =
        store.timeline().event(id).orElseThrow(() -> ApiException.notFound("no event " + id));
    context.json(new EventView(store).of(ExportContract.event(event)));
  }

  private void conflicts(Context context) throws IOException {
    ApiParameters.Page page = ApiParameters.page(context, DEFAULT_PAGE, MAX_PAGE);
    String kind = ApiParameters.text(context, "kind");
    String event = ApiParameters.text(context, "event");
    ItemPage<String> conflicts =
        store.timeline().conflicts(kind, event, page.offset(), page.limit());
    JsonWriting.page(
        context,
        new ItemPage<>(
            conflicts.items().stream().map(this::withEventSummary).toList(),
            conflicts.total(),
            conflicts.offset(),
            conflicts.limit()));
  }

  /**
   * A stored conflict with {@code event_summary} added, the summary of the event it is about
   * (null if that event is gone), so that a list of conflicts can name each event.
   */
  private String withEventSummary(String conflict) {
    ExportedConflict typed = ExportContract.conflict(conflict);
    ObjectNode tree = JsonWriting.MAPPER.valueToTree(typed);
    tree.put(
        "event_summary",
        store
            .timeline()
            .event(typed.event())
            .map(event -> ExportContract.event(event).summary())
            .orElse(null));
    return tree.toString();
  }
}
