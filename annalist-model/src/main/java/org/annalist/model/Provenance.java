package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

/**
 * Who made an annotation: the stage, its version, and the analysis run.
 */
public record Provenance(String stage, String version, String run) {
  public Provenance {
    requireArgument(!stage.isBlank(), "provenance stage must not be blank");
    requireArgument(!version.isBlank(), "provenance version must not be blank (stage %s)", stage);
    requireArgument(!run.isBlank(), "provenance run must not be blank (stage %s)", stage);
  }
}
