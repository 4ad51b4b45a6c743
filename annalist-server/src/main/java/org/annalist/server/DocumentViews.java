package org.annalist.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.store.DocumentSummary;
import org.annalist.store.SearchHit;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the document endpoints, with snake_case names as in the export. */
final class DocumentViews {
  private DocumentViews() {}

  record Summary(String id, String path, @Nullable String title, @Nullable String site,
      @Nullable String published, String media_type, int length, List<String> flags) {}

  record Span(int start, int end, String value) {}

  record Full(String id, String path, @Nullable String title, @Nullable String site,
      @Nullable String published, String media_type, String text, Map<String, Integer> flags,
      Map<String, List<Span>> layers) {}

  record Passage(int start, int end, List<Span> matches) {}

  record Hit(String document, String path, @Nullable String title, float score, List<Passage> passages) {}

  static Summary summary(DocumentSummary document) {
    return new Summary(document.id().value(), document.path(), document.title(), document.site(),
        document.published() == null ? null : document.published().toString(), document.mediaType(),
        document.length(), List.copyOf(document.flags().counts().keySet()));
  }

  static Full full(AnnotatedDocument annotated) {
    var document = annotated.document();
    Map<String, List<Span>> layers = new LinkedHashMap<>();
    for (AnnotationLayer layer : annotated.layers().values()) {
      layers.put(layer.name().value(), layer.annotations().stream().map(DocumentViews::span).toList());
    }
    return new Full(document.id().value(), document.sourcePath(), document.metadata().title(),
        document.metadata().site(), document.metadata().publishedIfKnown().map(Object::toString).orElse(null),
        document.mediaType(), document.text(), annotated.flags().counts(), layers);
  }

  static Hit hit(SearchHit hit) {
    return new Hit(hit.document().value(), hit.path(), hit.title(), hit.score(), hit.passages().stream()
        .map(passage -> new Passage(passage.span().start(), passage.span().end(),
            passage.matches().stream().map(match -> new Span(match.start(), match.end(), "match")).toList()))
        .toList());
  }

  private static Span span(Annotation annotation) {
    return new Span(annotation.span().start(), annotation.span().end(), annotation.value());
  }
}
