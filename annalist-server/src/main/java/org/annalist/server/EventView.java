package org.annalist.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.export.ExportContract;
import org.annalist.export.ExportedAttestation;
import org.annalist.export.ExportedConflict;
import org.annalist.export.ExportedEvent;
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

  ObjectNode of(ExportedEvent event) {
    ObjectNode view = JsonWriting.MAPPER.createObjectNode();
    view.set("event", JsonWriting.MAPPER.valueToTree(event));
    List<ExportedConflict> conflicts =
        store.timeline().conflicts(null, event.id(), 0, MOST_CONFLICTS).items().stream()
            .map(ExportContract::conflict)
            .toList();
    view.set("conflicts", JsonWriting.MAPPER.valueToTree(conflicts));
    ArrayNode contexts = view.putArray("contexts");
    event
        .attestations()
        .forEach(a -> contexts.add(context(a.document(), Span.of(a.start(), a.end()))));
    conflicts.forEach(conflict -> conflict
        .claims()
        .forEach(
            claim -> contexts.add(context(claim.document(), Span.of(claim.start(), claim.end())))));
    view.set("sources", sources());
    view.set("entities", entities(event));
    return view;
  }

  /** The paragraph around a quote: {@code document, start, end, text}. */
  private ObjectNode context(String document, Span quote) {
    String text = documents
        .computeIfAbsent(document, id -> store.document(ApiParameters.documentId(id)))
        .map(stored -> stored.document().text())
        .orElse("");
    ObjectNode context = JsonWriting.MAPPER.createObjectNode().put("document", document);
    if (quote.fits(text.length())) {
      Span paragraph = Paragraphs.around(text, quote);
      context
          .put("start", paragraph.start())
          .put("end", paragraph.end())
          .put("text", paragraph.quote(text));
    }
    return context;
  }

  private ObjectNode sources() {
    ObjectNode sources = JsonWriting.MAPPER.createObjectNode();
    documents.forEach((id, document) -> document.ifPresent(stored -> sources.set(
        id,
        SourceViews.summary(
            stored.document(), stored.flags(), store.profile(stored.document().id())))));
    return sources;
  }

  private ObjectNode entities(ExportedEvent event) {
    Set<String> ids = new LinkedHashSet<>(event.participants());
    ids.addAll(event.places());
    for (ExportedAttestation attestation : event.attestations()) {
      ExportedAttestation.RedactedSlot agent = attestation.redactedAgent();
      if (agent != null && agent.candidate() != null) {
        ids.add(agent.candidate());
      }
    }
    ObjectNode entities = JsonWriting.MAPPER.createObjectNode();
    for (String id : ids) {
      store
          .entity(id)
          .ifPresent(entity -> entities
              .putObject(id)
              .put("id", id)
              .put("name", entity.name())
              .put("type", entity.type().name()));
    }
    return entities;
  }
}
