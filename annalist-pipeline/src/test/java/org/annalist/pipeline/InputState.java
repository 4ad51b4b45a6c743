package org.annalist.pipeline;

import java.util.List;
import java.util.Map;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;

/**
 * What a stage's input shows, copied into strings and numbers: its text, every layer with every
 * annotation's span, value and provenance, and its flags. Taken before a stage runs and again
 * after, it shows any change the stage made to its input; comparing the input with itself could
 * not, as both sides would be the same object.
 *
 * @param text the document's text
 * @param layers every layer, in the input's order
 * @param flags every flag with its count
 */
record InputState(String text, List<LayerState> layers, Map<String, Integer> flags) {
  InputState {
    layers = List.copyOf(layers);
    flags = Map.copyOf(flags);
  }

  static InputState of(AnnotatedDocument input) {
    return new InputState(
        input.text(),
        input.layers().values().stream().map(LayerState::of).toList(),
        input.flags().countsByName());
  }

  /**
   * One layer, copied.
   *
   * @param name the layer's name
   * @param annotations its annotations, in order
   */
  record LayerState(String name, List<AnnotationState> annotations) {
    LayerState {
      annotations = List.copyOf(annotations);
    }

    static LayerState of(AnnotationLayer layer) {
      return new LayerState(
          layer.name().toString(),
          layer.annotations().stream().map(AnnotationState::of).toList());
    }
  }

  /**
   * One annotation, copied: its span, value and provenance.
   *
   * @param start where its span starts
   * @param end where its span ends
   * @param value its value
   * @param stage the stage that made it
   * @param version that stage's version
   * @param run the run it was made in
   */
  record AnnotationState(
      int start, int end, String value, String stage, String version, String run) {
    static AnnotationState of(Annotation annotation) {
      return new AnnotationState(
          annotation.span().start(),
          annotation.span().end(),
          annotation.value(),
          annotation.provenance().stage(),
          annotation.provenance().version(),
          annotation.provenance().run());
    }
  }
}
