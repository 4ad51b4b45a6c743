package org.annalist.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.DocumentId;
import org.annalist.model.LayerName;
import org.annalist.model.Layers;
import org.annalist.store.AnnalistStore;
import org.annalist.store.EventFilter;
import org.annalist.store.MentionRef;

/** {@code /api/sources} and {@code /api/sources/{id}}: the sources with their profiles, and one with its text. */
final class SourceRoutes {
  private final AnnalistStore store;

  SourceRoutes(AnnalistStore store) {
    this.store = store;
  }

  void register(Javalin app) {
    app.get("/api/sources", this::sources);
    app.get("/api/sources/{id}", this::source);
  }

  private void sources(Context context) {
    ArrayNode sources = JsonWriting.MAPPER.createArrayNode();
    store
        .documents()
        .forEach(
            document -> sources.add(SourceViews.summary(document, store.profile(document.id()))));
    context.json(sources);
  }

  /** The source's profile, text, and the spans to highlight: boilerplate, redactions and entity mentions. */
  private void source(Context context) {
    DocumentId id = ApiParameters.documentId(context.pathParam("id"));
    AnnotatedDocument annotated =
        store.annotated(id).orElseThrow(() -> ApiException.notFound("no source " + id.value()));
    ObjectNode view =
        SourceViews.summary(annotated.document(), annotated.flags(), store.profile(id));
    view.put("text", annotated.text());
    view.set("boilerplate", spans(annotated, Layers.BOILERPLATE));
    view.set("redactions", spans(annotated, Layers.REDACTION));
    ArrayNode mentions = view.putArray("mentions");
    for (MentionRef mention : store.mentionsIn(id)) {
      mentions
          .addObject()
          .put("entity", mention.entity())
          .put("start", mention.span().start())
          .put("end", mention.span().end());
    }
    view.put(
        "events",
        store
            .timeline()
            .events(new EventFilter(null, null, id, null, null), 0, 1)
            .total());
    context.json(view);
  }

  private static ArrayNode spans(AnnotatedDocument annotated, LayerName layer) {
    ArrayNode spans = JsonWriting.MAPPER.createArrayNode();
    for (Annotation annotation :
        annotated.layer(layer).map(l -> l.annotations()).orElse(java.util.List.of())) {
      spans
          .addObject()
          .put("start", annotation.span().start())
          .put("end", annotation.span().end())
          .put("value", annotation.value());
    }
    return spans;
  }
}
