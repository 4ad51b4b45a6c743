package org.annalist.app;

import org.annalist.annotate.AnnotateStage;
import org.annalist.clean.CleanStage;
import org.annalist.events.EventStage;
import org.annalist.pipeline.Pipeline;
import org.annalist.time.TimeStage;

/** The pipelines Annalist ships. */
public final class Pipelines {
  private Pipelines() {}

  /** The full analysis, in stage order. */
  public static Pipeline standard() {
    return Pipeline.of(new CleanStage(), new TimeStage(), new AnnotateStage(), new EventStage());
  }
}
