package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.util.Objects;

/**
 * A stand-off annotation: a span of a document's text, a value, and who said so.
 *
 * @param span the annotated text
 * @param value what the annotation says about the span, e.g. {@code repeated-line}; a layer
 *     defines the vocabulary of its values
 * @param provenance the stage, version and run that made it
 */
public record Annotation(Span span, String value, Provenance provenance)
    implements Comparable<Annotation> {

  public Annotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(provenance, "provenance");
    requireArgument(!value.isEmpty(), "annotation value must not be empty (span %s)", span);
  }

  /**
   * The value read as the given layer's key reads it: the typed value of an annotation of that
   * layer.
   *
   * @throws IllegalArgumentException naming the layer and the value when the value is not in the
   *     layer's format
   */
  public <V> V value(LayerKey<V> key) {
    return key.decode(value);
  }

  @Override
  public int compareTo(Annotation other) {
    int bySpan = span.compareTo(other.span);
    return bySpan != 0 ? bySpan : value.compareTo(other.value);
  }
}
