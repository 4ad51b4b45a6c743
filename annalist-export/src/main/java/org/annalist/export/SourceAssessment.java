package org.annalist.export;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.DocumentFlags;

/**
 * A document's reliability as exported, with the reasons that moved it.
 *
 * <p>Until source profiling weighs corroboration and conflicts, every source starts at the
 * neutral prior and says so; its flags are listed as reasons without moving the score.
 */
record SourceAssessment(double reliability, List<String> reasons) {
  static final double NEUTRAL_PRIOR = 0.5;

  static SourceAssessment of(DocumentFlags flags) {
    List<String> reasons = new ArrayList<>();
    reasons.add("neutral prior 0.5: no corroboration or conflict has been weighed for this source yet");
    flags.counts().forEach((flag, count) -> reasons.add(flag + ": " + count + " span" + (count == 1 ? "" : "s")));
    return new SourceAssessment(NEUTRAL_PRIOR, List.copyOf(reasons));
  }
}
