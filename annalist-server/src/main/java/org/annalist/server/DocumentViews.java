package org.annalist.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.store.DocumentSummary;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the document endpoints, with snake_case names as in the export. */
final class DocumentViews {
  private DocumentViews() {}

  record Summary(
      String id,
      String path,
      @Nullable String title,
      @Nullable String site,
      @Nullable String published,
      String media_type,
      int length,
      List<String> flags) {}

  record Span(int start, int end, String value) {}

  record Full(
      String id,
      String path,
      @Nullable String title,
      @Nullable String site,
      @Nullable String published,
      String media_type,
      String text,
      Map<String, Integer> flags,
      Map<String, List<Span>> layers) {}

  static Summary summary(DocumentSummary document) {
    return new Summary(
        document.id().value(),
        document.path(),
        document.title(),
        document.site(),
        document.published() == null ? null : document.published().toString(),
        document.mediaType(),
        document.length(),
        List.copyOf(document.flags().countsByName().keySet()));
  }

  /** The document with the named layers, or with every layer when {@code wanted} is empty. */
  static Full full(AnnotatedDocument annotated, Set<String> wanted) {
    var document = annotated.document();
    Map<String, List<Span>> layers = new LinkedHashMap<>();
    for (AnnotationLayer layer : annotated.layers().values()) {
      if (wanted.isEmpty() || wanted.contains(layer.name().value())) {
        layers.put(
            layer.name().value(),
            layer.annotations().stream().map(DocumentViews::span).toList());
      }
    }
    return new Full(
        document.id().value(),
        document.sourcePath(),
        document.metadata().title(),
        document.metadata().site(),
        document.metadata().publishedIfKnown().map(Object::toString).orElse(null),
        document.mediaType(),
        document.text(),
        annotated.flags().countsByName(),
        layers);
  }

  private static Span span(Annotation annotation) {
    return new Span(annotation.span().start(), annotation.span().end(), annotation.value());
  }
}
