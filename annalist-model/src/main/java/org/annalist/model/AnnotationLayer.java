package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named, immutable set of annotations over one document, sorted by span.
 * Annotations in a layer may overlap.
 */
public record AnnotationLayer(LayerName name, List<Annotation> annotations) {

  public AnnotationLayer {
    Objects.requireNonNull(name, "name");
    List<Annotation> sorted = new ArrayList<>(annotations);
    sorted.sort(null);
    annotations = List.copyOf(sorted);
  }

  public static AnnotationLayer empty(LayerName name) {
    return new AnnotationLayer(name, List.of());
  }

  /** A builder that checks each span against the document's text as it is added. */
  public static Builder builder(LayerName name, Document document, Provenance provenance) {
    return new Builder(name, document, provenance);
  }

  /**
   * A builder of the key's layer that takes typed values and stores each in the key's format,
   * checking each span against the document's text as it is added.
   */
  public static <V> TypedBuilder<V> builder(
      LayerKey<V> key, Document document, Provenance provenance) {
    return new TypedBuilder<>(key, new Builder(key.name(), document, provenance));
  }

  public int size() {
    return annotations.size();
  }

  public boolean isEmpty() {
    return annotations.isEmpty();
  }

  /** The spans of the annotations, in order. */
  public List<Span> spans() {
    return annotations.stream().map(Annotation::span).toList();
  }

  /** Throws if any annotation does not fit a text of the given length. */
  public void requireFits(int textLength) {
    for (Annotation annotation : annotations) {
      requireArgument(
          annotation.span().fits(textLength),
          "layer %s: annotation %s does not fit a text of length %s",
          name,
          annotation.span(),
          textLength);
    }
  }

  /** Collects annotations for one layer of one document. Not thread-safe. */
  public static final class Builder {
    private final LayerName name;
    private final Document document;
    private final Provenance provenance;
    private final List<Annotation> annotations = new ArrayList<>();

    private Builder(LayerName name, Document document, Provenance provenance) {
      this.name = name;
      this.document = document;
      this.provenance = provenance;
    }

    public Builder add(int start, int end, String value) {
      annotations.add(new Annotation(document.span(start, end), value, provenance));
      return this;
    }

    public Builder add(Span span, String value) {
      return add(span.start(), span.end(), value);
    }

    public AnnotationLayer build() {
      return new AnnotationLayer(name, annotations);
    }
  }

  /** Collects typed annotations for one keyed layer of one document. Not thread-safe. */
  public static final class TypedBuilder<V> {
    private final LayerKey<V> key;
    private final Builder annotations;

    private TypedBuilder(LayerKey<V> key, Builder annotations) {
      this.key = key;
      this.annotations = annotations;
    }

    public TypedBuilder<V> add(int start, int end, V value) {
      annotations.add(start, end, key.encode(value));
      return this;
    }

    public TypedBuilder<V> add(Span span, V value) {
      return add(span.start(), span.end(), value);
    }

    public AnnotationLayer build() {
      return annotations.build();
    }
  }
}
