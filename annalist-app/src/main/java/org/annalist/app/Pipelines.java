package org.annalist.app;

import org.annalist.clean.CleanStage;
import org.annalist.pipeline.Pipeline;

/** The pipelines Annalist ships. */
public final class Pipelines {
  private Pipelines() {}

  /** The full analysis, in stage order. */
  public static Pipeline standard() {
    return Pipeline.of(new CleanStage());
  }
}
