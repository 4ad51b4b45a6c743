package org.annalist.timeline;

import java.util.List;
import org.annalist.timeline.Conflict.Claim;
import org.annalist.timeline.Conflict.Kind;

/**
 * A conflict as comparison finds it, before it has an id and an event.
 *
 * @param kind what the sources disagree about
 * @param explanation one sentence saying what each side claims
 * @param claims each side's words
 */
public record ConflictDraft(Kind kind, String explanation, List<Claim> claims) {
  public ConflictDraft {
    claims = List.copyOf(claims);
  }
}
