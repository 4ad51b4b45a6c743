package org.annalist.eval;

import java.time.LocalDate;
import java.util.List;
import org.annalist.eval.score.SystemTimex;
import org.annalist.time.AnchoringMode;

/**
 * A temporal tagger under evaluation. Implementations must not keep state between calls that
 * changes their output.
 */
public interface TimexSystem {

  /** A short name for reports. */
  String name();

  /**
   * Finds and normalizes the temporal expressions of a text.
   *
   * @param text the document's plain text; returned spans are UTF-16 offsets into it
   * @param creationDate the document creation time
   * @param mode what relative expressions are anchored on
   */
  List<SystemTimex> tag(String text, LocalDate creationDate, AnchoringMode mode);
}
