package org.annalist.pipeline;

import java.util.List;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.DocumentFlags;

/** What a stage returns for one document: new layers and the flags they raise. */
public record StageOutput(List<AnnotationLayer> layers, DocumentFlags flags) {
  public StageOutput {
    layers = List.copyOf(layers);
  }

  public static StageOutput of(List<AnnotationLayer> layers, DocumentFlags flags) {
    return new StageOutput(layers, flags);
  }
}
