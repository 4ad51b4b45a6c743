package org.annalist.eval.events;

import java.util.function.Function;

/**
 * The sets of documents a coreference system is given together, one call per set. Clusters never
 * reach across sets; the macro average scores each set on its own.
 */
public enum Grouping {
  /** All documents of the evaluated split in one call. */
  CORPUS(document -> ""),
  /** One call per topic: the usual ECB+ setting with gold topics. */
  TOPIC(GoldEventDocument::topic),
  /** One call per sub-topic (ECB+ {@code 1ecb} and {@code 1ecbplus} apart), as Zhukova et al. (2022) score. */
  SUBTOPIC(GoldEventDocument::subtopic);

  private final Function<GoldEventDocument, String> key;

  Grouping(Function<GoldEventDocument, String> key) {
    this.key = key;
  }

  /** The name of the set the document belongs to. */
  public String keyOf(GoldEventDocument document) {
    return key.apply(document);
  }
}
