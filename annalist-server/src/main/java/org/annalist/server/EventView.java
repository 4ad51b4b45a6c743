package org.annalist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.Span;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredDocument;

/**
 * What the event page shows: the event, its conflicts, the sources that tell it (with flags and
 * reliability), the names of its entities, and for every attestation and claim the paragraph of
 * the document around its quote.
 */
final class EventView {
  private static final int MOST_CONFLICTS = 100;

  private final AnnalistStore store;
  private final Map<String, Optional<StoredDocument>> documents = new LinkedHashMap<>();

  EventView(AnnalistStore store) {
    this.store = store;
  }

  ObjectNode of(JsonNode event) {
    ObjectNode view = JsonWriting.MAPPER.createObjectNode();
    view.set("event", event);
    ArrayNode conflicts = view.putArray("conflicts");
    store.timeline().conflicts(null, event.path("id").asText(), 0, MOST_CONFLICTS).items()
        .forEach(conflict -> conflicts.add(JsonWriting.tree(conflict)));
    ArrayNode contexts = view.putArray("contexts");
    event.path("attestations").forEach(attestation -> contexts.add(context(attestation)));
    conflicts.forEach(conflict -> conflict.path("claims").forEach(claim -> contexts.add(context(claim))));
    view.set("sources", sources());
    view.set("entities", entities(event));
    return view;
  }

  /** The paragraph around a quote: {@code document, start, end, text}. */
  private ObjectNode context(JsonNode quoted) {
    String document = quoted.path("document").asText();
    String text = documents.computeIfAbsent(document, id -> store.document(ApiParameters.documentId(id)))
        .map(stored -> stored.document().text()).orElse("");
    Span quote = Span.of(quoted.path("start").asInt(), quoted.path("end").asInt());
    ObjectNode context = JsonWriting.MAPPER.createObjectNode().put("document", document);
    if (quote.fits(text.length())) {
      Span paragraph = Paragraphs.around(text, quote);
      context.put("start", paragraph.start()).put("end", paragraph.end()).put("text", paragraph.quote(text));
    }
    return context;
  }

  private ObjectNode sources() {
    ObjectNode sources = JsonWriting.MAPPER.createObjectNode();
    documents.forEach((id, document) -> document.ifPresent(stored -> sources.set(id,
        SourceViews.summary(stored.document(), stored.flags(), store.profile(stored.document().id())))));
    return sources;
  }

  private ObjectNode entities(JsonNode event) {
    Set<String> ids = new LinkedHashSet<>();
    event.path("participants").forEach(id -> ids.add(id.asText()));
    event.path("places").forEach(id -> ids.add(id.asText()));
    event.path("attestations").forEach(a -> {
      JsonNode candidate = a.path("redacted_agent").path("candidate");
      if (candidate.isTextual()) {
        ids.add(candidate.asText());
      }
    });
    ObjectNode entities = JsonWriting.MAPPER.createObjectNode();
    for (String id : ids) {
      store.entity(id).ifPresent(entity -> entities.putObject(id).put("id", id).put("name", entity.name())
          .put("type", entity.type()));
    }
    return entities;
  }
}
