package org.annalist.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.annalist.export.ExportContract;
import org.annalist.export.ExportedEvent;
import org.annalist.model.DocumentId;
import org.annalist.store.AnnalistStore;
import org.annalist.store.EventFilter;
import org.annalist.store.ItemPage;
import org.annalist.store.StoredEntity;

/** {@code /api/entities} and {@code /api/entities/{id}}. */
final class EntityRoutes {
  private static final int DEFAULT_PAGE = 50;
  private static final int MAX_PAGE = 500;
  private static final int MOST_MENTIONS = 200;
  private static final int MOST_EVENTS = 200;
  private static final int MOST_CO_PARTICIPANTS = 12;
  private static final int CONTEXT_CHARS = 80;

  private final AnnalistStore store;

  EntityRoutes(AnnalistStore store) {
    this.store = store;
  }

  void register(Javalin app) {
    app.get("/api/entities", this::entities);
    app.get("/api/entities/{id}", this::entity);
  }

  private void entities(Context context) {
    ApiParameters.Page page = ApiParameters.page(context, DEFAULT_PAGE, MAX_PAGE);
    context.json(store.entitySummaries(
        ApiParameters.text(context, "type"),
        ApiParameters.text(context, "q"),
        page.offset(),
        page.limit()));
  }

  /**
   * The entity with its aliases and why they were merged, its first mentions in context, the
   * events it takes part in (first page) and the entities it shares most events with.
   */
  private void entity(Context context) {
    String id = context.pathParam("id");
    StoredEntity entity =
        store.entity(id).orElseThrow(() -> ApiException.notFound("no entity " + id));
    ObjectNode view = JsonWriting.MAPPER
        .createObjectNode()
        .put("id", id)
        .put("name", entity.name())
        .put("type", entity.type().name());
    view.set("aliases", JsonWriting.MAPPER.valueToTree(entity.aliases()));
    ArrayNode merges = view.putArray("merges");
    entity
        .merges()
        .forEach(merge -> merges
            .addObject()
            .put("alias", merge.alias())
            .put("into", merge.canonical())
            .put("rule", merge.rule())
            .put("score", merge.score())
            .put("explanation", merge.explanation()));
    view.put("mention_count", entity.mentions().size());
    view.set("mentions", mentions(entity));
    ItemPage<String> events = store.timeline().events(EventFilter.withEntity(id), 0, MOST_EVENTS);
    view.put("event_count", events.total());
    ArrayNode eventList = view.putArray("events");
    events.items().forEach(event -> eventList.add(eventSummary(ExportContract.event(event))));
    view.set(
        "co_participants",
        JsonWriting.MAPPER.valueToTree(store.timeline().coParticipants(id, MOST_CO_PARTICIPANTS)));
    context.json(view);
  }

  private ArrayNode mentions(StoredEntity entity) {
    Map<DocumentId, String> texts = new HashMap<>();
    ArrayNode mentions = JsonWriting.MAPPER.createArrayNode();
    for (StoredEntity.Mention mention :
        entity.mentions().stream().limit(MOST_MENTIONS).toList()) {
      String text = texts.computeIfAbsent(
          mention.document(),
          document ->
              store.document(document).map(stored -> stored.document().text()).orElse(""));
      if (mention.span().fits(text.length())) {
        int start = mention.span().start();
        int end = mention.span().end();
        mentions
            .addObject()
            .put("document", mention.document().value())
            .put("start", start)
            .put("end", end)
            .put("before", text.substring(Math.max(0, start - CONTEXT_CHARS), start))
            .put("quote", text.substring(start, end))
            .put("after", text.substring(end, Math.min(text.length(), end + CONTEXT_CHARS)));
      }
    }
    return mentions;
  }

  private static ObjectNode eventSummary(ExportedEvent event) {
    ObjectNode summary = JsonWriting.MAPPER
        .createObjectNode()
        .put("id", event.id())
        .put("summary", event.summary())
        .put("status", event.status());
    summary.set("time", JsonWriting.MAPPER.valueToTree(event.time()));
    summary.set("participants", JsonWriting.MAPPER.valueToTree(event.participants()));
    return summary;
  }
}
