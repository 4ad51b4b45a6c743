package org.annalist.eval.events;

import java.util.Set;

/**
 * The usual ECB+ topic split (Cybulska &amp; Vossen 2015; Barhom et al. 2019 and later work):
 * topics 1-35 train, of which 2, 5, 12, 18, 21, 23, 34 and 35 are dev, and 36-45 test. The corpus
 * has 43 topics; 15 and 17 do not exist.
 */
public enum EcbPlusSplit {
  ALL,
  TRAIN,
  DEV,
  TEST;

  /** The dev topics, taken out of 1-35. */
  public static final Set<Integer> DEV_TOPICS = Set.of(2, 5, 12, 18, 21, 23, 34, 35);
  /** The first test topic. */
  public static final int FIRST_TEST_TOPIC = 36;

  /** True if the topic belongs to this split. */
  public boolean contains(int topic) {
    return this == ALL || this == of(topic);
  }

  private static EcbPlusSplit of(int topic) {
    if (topic >= FIRST_TEST_TOPIC) {
      return TEST;
    }
    return DEV_TOPICS.contains(topic) ? DEV : TRAIN;
  }
}
