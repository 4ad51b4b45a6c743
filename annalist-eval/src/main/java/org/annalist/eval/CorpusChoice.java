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
  /** The Event StoryLine Corpus v1.5: dated news nobody tuned on, whose errors are never inspected. */
  ESC,
  /** All three, one row each. */
  ALL;

  /** The single corpora this choice stands for. */
  public List<CorpusChoice> corpora() {
    return this == ALL ? List.of(WIKIWARS, MEANTIME, ESC) : List.of(this);
  }

  /** Narrative for WikiWars (anchored on the story's time), news for MEANTIME and ESC (on the DCT). */
  public AnchoringMode defaultMode() {
    return this == MEANTIME || this == ESC ? AnchoringMode.NEWS : AnchoringMode.NARRATIVE;
  }

  /**
   * Whether {@code --verbose} may show the corpus's per-document rows and errors: not for ESC,
   * the untouched test set, so that reading them cannot tune the tagger on it by accident.
   */
  public boolean errorsShown() {
    return this != ESC;
  }

  /** The name as the command line spells it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
