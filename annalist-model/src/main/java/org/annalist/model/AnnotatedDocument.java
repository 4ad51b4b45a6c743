package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A document with the annotation layers and flags that stages have added so far. Immutable:
 * adding layers returns a new instance and leaves this one as it was.
 */
public final class AnnotatedDocument {
  private final Document document;
  private final Map<LayerName, AnnotationLayer> layers;
  private final DocumentFlags flags;

  private AnnotatedDocument(
      Document document, Map<LayerName, AnnotationLayer> layers, DocumentFlags flags) {
    this.document = document;
    this.layers = layers;
    this.flags = flags;
  }

  public static AnnotatedDocument of(Document document) {
    return new AnnotatedDocument(document, Collections.emptySortedMap(), DocumentFlags.NONE);
  }

  /**
   * A new annotated document with these layers added and these flags merged in. Every span is
   * checked against the text; a layer that is already present is refused.
   */
  public AnnotatedDocument with(Collection<AnnotationLayer> added, DocumentFlags addedFlags) {
    TreeMap<LayerName, AnnotationLayer> next = new TreeMap<>(layers);
    for (AnnotationLayer layer : added) {
      layer.requireFits(document.text().length());
      requireArgument(
          next.put(layer.name(), layer) == null,
          "layer %s is already present on %s",
          layer.name(),
          document);
    }
    return new AnnotatedDocument(
        document, Collections.unmodifiableSortedMap(next), flags.plus(addedFlags));
  }

  public Document document() {
    return document;
  }

  public String text() {
    return document.text();
  }

  public DocumentFlags flags() {
    return flags;
  }

  /** All layers, by name. */
  public Map<LayerName, AnnotationLayer> layers() {
    return layers;
  }

  public boolean hasLayer(LayerName name) {
    return layers.containsKey(name);
  }

  public Optional<AnnotationLayer> layer(LayerName name) {
    return Optional.ofNullable(layers.get(name));
  }

  /** The layer, or an exception naming what is missing. */
  public AnnotationLayer expectLayer(LayerName name) {
    AnnotationLayer layer = layers.get(name);
    requireArgument(
        layer != null, "%s has no layer %s (it has %s)", document, name, layers.keySet());
    return layer;
  }

  /** The union of the spans of those of the given layers that are present. */
  public SpanSet coveredBy(Collection<LayerName> names) {
    List<Span> spans = new ArrayList<>();
    for (LayerName name : names) {
      layer(name).ifPresent(layer -> spans.addAll(layer.spans()));
    }
    return SpanSet.union(spans);
  }

  /** The parts of the text that no mask layer ({@link Layers#MASKS}) covers. */
  public SpanSet readableText() {
    return coveredBy(Layers.MASKS).complement(document.text().length());
  }

  /**
   * The text with every masked span replaced by spaces, one for one, so that offsets into it are
   * offsets into the document's text: what search and language models read.
   */
  public String maskedText() {
    char[] blanked = document.text().toCharArray();
    for (Span masked : coveredBy(Layers.MASKS).spans()) {
      java.util.Arrays.fill(blanked, masked.start(), masked.end(), ' ');
    }
    return new String(blanked);
  }

  @Override
  public String toString() {
    return "AnnotatedDocument[" + document + ", layers " + layers.keySet() + ", flags "
        + flags.counts() + "]";
  }
}
