package org.annalist.eval.events;

import java.util.List;
import java.util.Map;

/**
 * A cross-document event coreference system under evaluation, given gold mentions.
 * Implementations must not keep state between calls that changes their output.
 */
public interface EventCorefSystem {

  /** A short name for reports. */
  String name();

  /**
   * Clusters the mentions of a set of documents (one topic, one sub-topic or a whole corpus, as
   * the evaluation chooses) across documents.
   *
   * @param documents the documents with the mentions to cluster
   * @return a cluster label for every mention, by mention id: mentions with equal labels are
   *     one cluster. Labels need only be unique within this call. A mention left out is an error.
   */
  Map<String, String> cluster(List<CorefDocument> documents);
}
