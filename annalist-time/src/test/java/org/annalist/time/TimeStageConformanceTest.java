package org.annalist.time;

import java.util.List;
import java.util.Set;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.DocumentFlags;
import org.annalist.model.LayerName;
import org.annalist.model.Layers;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageConformanceTest;
import org.annalist.pipeline.StageOutput;

class TimeStageConformanceTest extends StageConformanceTest {

  @Override
  protected Stage stage() {
    return new TimeStage();
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new MarksNothing());
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        "On December 6, 1949, he left Beijing. After 10 days he arrived in Moscow on December 16.\nThe next day he met Stalin.",
        "In July 1941 Stalin asked for troops. At the end of 1941 he asked again; between May and July 1942 twice more.",
        "Updated 2024-02-08\r\nIn the thirties of the last century, crisis came. Now 😀 it is over.",
        "Rome fell in AD 476; Athens rose in the fifth century BC and fought from 499-493 BC.");
  }

  /** Empty mask layers, standing in for the clean stage, which this module does not depend on. */
  private static final class MarksNothing implements Stage {
    @Override
    public String name() {
      return "marks-nothing";
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
      return StageOutput.of(List.of(AnnotationLayer.empty(Layers.BOILERPLATE), AnnotationLayer.empty(Layers.REDACTION)),
          DocumentFlags.NONE);
    }
  }
}
