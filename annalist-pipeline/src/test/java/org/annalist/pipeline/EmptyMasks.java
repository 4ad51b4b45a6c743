package org.annalist.pipeline;

import java.util.List;
import java.util.Set;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.DocumentFlags;
import org.annalist.model.LayerName;
import org.annalist.model.Layers;

/**
 * Empty mask layers, standing in for the clean stage in tests of stages that require the masks
 * but whose modules do not depend on the clean stage.
 */
public final class EmptyMasks implements Stage {
  @Override
  public String name() {
    return "empty-masks";
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Set<LayerName> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerName> produces() {
    return Layers.MASKS;
  }

  @Override
  public StageOutput apply(AnnotatedDocument input, RunContext context) {
    return StageOutput.of(
        List.of(AnnotationLayer.empty(Layers.BOILERPLATE), AnnotationLayer.empty(Layers.REDACTION)),
        DocumentFlags.NONE);
  }
}
