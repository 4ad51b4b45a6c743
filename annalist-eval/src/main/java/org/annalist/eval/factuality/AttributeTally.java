package org.annalist.eval.factuality;

import java.util.HashMap;
import java.util.Map;

/** Counts one attribute's (gold, system) pairs while a run goes on; {@link #score()} freezes it. */
final class AttributeTally {
  private final Attribute attribute;
  private final Map<String, Map<String, Integer>> confusion = new HashMap<>();
  private int underspecified;

  AttributeTally(Attribute attribute) {
    this.attribute = attribute;
  }

  void add(String gold, String system) {
    if (gold.equals(Attribute.UNDERSPECIFIED)) {
      underspecified++;
      return;
    }
    confusion.computeIfAbsent(gold, g -> new HashMap<>()).merge(system, 1, Integer::sum);
  }

  AttributeScore score() {
    return new AttributeScore(attribute, confusion, underspecified);
  }
}
