package org.annalist.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.eval.gold.EventStoryLineReader;
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
   * Whether {@code --verbose} may show the corpus's per-document rows and errors for these
   * topics: for ESC only when every topic is a development one, so that reading errors cannot
   * tune the tagger on the untouched test topics by accident.
   */
  public boolean errorsShown(Set<String> topics) {
    return this != ESC || EventStoryLineReader.development(topics);
  }

  /** The name as the command line spells it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
