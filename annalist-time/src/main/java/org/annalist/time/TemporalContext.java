package org.annalist.time;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the tagger knows about a document before reading it.
 *
 * @param creationTime the document creation time (publication date), if known
 * @param mode what relative expressions are anchored on
 */
public record TemporalContext(@Nullable LocalDate creationTime, AnchoringMode mode) {
  public TemporalContext {
    Objects.requireNonNull(mode, "mode");
  }

  public static TemporalContext news(LocalDate creationTime) {
    return new TemporalContext(creationTime, AnchoringMode.NEWS);
  }

  public static TemporalContext narrative(@Nullable LocalDate creationTime) {
    return new TemporalContext(creationTime, AnchoringMode.NARRATIVE);
  }
}
