package org.annalist.eval.events;

/** Which gold mentions a corpus is read with. */
public enum MentionKinds {
  /** Event mentions only: ECB+ {@code ACTION_*} and {@code NEG_ACTION_*}, MEANTIME {@code EVENT_MENTION}. */
  EVENTS,
  /**
   * Event and entity mentions together, as Zhukova et al. (LREC 2022) score their same-lemma
   * baseline: ECB+ adds {@code HUMAN_PART*}, {@code NON_HUMAN_PART*}, {@code LOC_*} and
   * {@code TIME_*}; MEANTIME adds {@code ENTITY_MENTION}.
   */
  ALL
}
