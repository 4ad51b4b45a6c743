package org.annalist.eval.events;

import java.util.List;

/**
 * An event mention detector under evaluation. Implementations must not keep state between calls
 * that changes their output.
 */
public interface EventMentionSystem {

  /** A short name for reports. */
  String name();

  /**
   * Finds the event mentions of one document.
   *
   * @param document the document's text, tokens and sentences
   * @return the mentions, as spans into {@code document.text()}, in any order
   */
  List<SystemEventMention> find(EventText document);
}
