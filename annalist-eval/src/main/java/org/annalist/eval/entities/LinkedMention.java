package org.annalist.eval.entities;

import java.util.Objects;

/**
 * A system mention paired with a gold mention: the entity each side put it in.
 *
 * @param document the gold document id
 * @param goldEntity the gold entity (MEANTIME instance id, or a document-local id)
 * @param systemEntity the entity the system under test put the mention in
 * @param text the system mention's text
 */
public record LinkedMention(String document, String goldEntity, String systemEntity, String text) {

  public LinkedMention {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(goldEntity, "goldEntity");
    Objects.requireNonNull(systemEntity, "systemEntity");
    Objects.requireNonNull(text, "text");
  }
}
