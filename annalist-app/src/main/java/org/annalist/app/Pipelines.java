package org.annalist.app;

import org.annalist.annotate.AnnotateStage;
import org.annalist.clean.CleanStage;
import org.annalist.events.EventStage;
import org.annalist.pipeline.Pipeline;
import org.annalist.time.AnchoringMode;
import org.annalist.time.TimeStage;
import org.jspecify.annotations.Nullable;

/** The pipelines Annalist ships. */
public final class Pipelines {
  private Pipelines() {}

  /** The full analysis, in stage order, each document's time anchoring chosen from its text. */
  public static Pipeline standard() {
    return standard(null);
  }

  /** The full analysis with every document's relative dates anchored in this mode (chosen per document when null). */
  public static Pipeline standard(@Nullable AnchoringMode timeMode) {
    return Pipeline.of(
        new CleanStage(), new TimeStage(timeMode), new AnnotateStage(), new EventStage());
  }
}
