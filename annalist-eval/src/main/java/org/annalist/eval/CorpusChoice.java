package org.annalist.eval;

import java.util.List;
import java.util.Locale;
import org.annalist.time.AnchoringMode;

/** Which gold corpora to evaluate on, and the anchoring mode each is read in by default. */
public enum CorpusChoice {
  /** WikiWars documents 01–16: historical narrative. */
  WIKIWARS,
  /** MEANTIME English: dated news. */
  MEANTIME,
  /** Both, one row each. */
  ALL;

  /** The single corpora this choice stands for. */
  public List<CorpusChoice> corpora() {
    return this == ALL ? List.of(WIKIWARS, MEANTIME) : List.of(this);
  }

  /** Narrative for WikiWars (anchored on the story's time), news for MEANTIME (on the DCT). */
  public AnchoringMode defaultMode() {
    return this == MEANTIME ? AnchoringMode.NEWS : AnchoringMode.NARRATIVE;
  }

  /** The name as the command line spells it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
