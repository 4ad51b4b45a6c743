package org.annalist.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.annalist.export.ExportContract;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.store.DocumentSummary;

/**
 * A source as the API shows it: what the document is, and its profile (flags with their reasons,
 * reliability with its reasons) once the timeline is built; before that, the clean stage's flags
 * and no reliability.
 */
final class SourceViews {
  private SourceViews() {}

  static ObjectNode summary(Document document, DocumentFlags flags, Optional<String> profile) {
    ObjectNode view = JsonWriting.MAPPER
        .createObjectNode()
        .put("id", document.id().value())
        .put("path", document.sourcePath())
        .put("title", document.metadata().title())
        .put(
            "published",
            document.metadata().publishedIfKnown().map(Object::toString).orElse(null))
        .put("site", document.metadata().site());
    return withProfile(view, flags, profile);
  }

  static ObjectNode summary(DocumentSummary document, Optional<String> profile) {
    ObjectNode view = JsonWriting.MAPPER
        .createObjectNode()
        .put("id", document.id().value())
        .put("path", document.path())
        .put("title", document.title())
        .put(
            "published",
            document.published() == null ? null : document.published().toString())
        .put("site", document.site());
    return withProfile(view, document.flags(), profile);
  }

  private static ObjectNode withProfile(
      ObjectNode view, DocumentFlags flags, Optional<String> profile) {
    if (profile.isPresent()) {
      view.setAll(
          (ObjectNode) JsonWriting.MAPPER.valueToTree(ExportContract.profile(profile.get())));
      return view;
    }
    ArrayNode names = view.putArray("flags");
    flags.countsByName().keySet().forEach(names::add);
    view.putArray("flag_reasons");
    view.putNull("reliability");
    view.putArray("reasons")
        .add("no timeline has been built for this store yet, so reliability is not weighed");
    return view;
  }
}
