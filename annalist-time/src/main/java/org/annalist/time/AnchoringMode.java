package org.annalist.time;

/** What relative expressions ("the next day", "December 16") are anchored on. */
public enum AnchoringMode {
  /** On the document creation time: dated news. */
  NEWS,
  /** On the most recent explicit time the story gives, else the creation time: history. */
  NARRATIVE
}
