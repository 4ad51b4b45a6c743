package org.annalist.timeline;

import java.util.List;

/**
 * How far a source can be trusted, and why.
 *
 * @param document the document's id
 * @param flags its flags with reasons
 * @param reliability 0..1
 * @param reasons the reasons that moved the score, each with its effect
 */
public record SourceProfile(
    String document, List<SourceFlag> flags, double reliability, List<String> reasons) {

  public SourceProfile {
    flags = List.copyOf(flags);
    reasons = List.copyOf(reasons);
  }
}
