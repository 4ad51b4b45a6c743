package org.annalist.entities;

import java.util.Objects;
import org.annalist.model.LayerName;

/**
 * Where an annotated document keeps what the resolver reads. The entities module does not
 * depend on the stage that made the layers, so the caller names them.
 *
 * @param mentions named-entity mentions, each valued with its type ({@link NameMention#TYPES})
 * @param sentences the sentences, in order
 */
public record NameLayers(LayerName mentions, LayerName sentences) {

  public NameLayers {
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(sentences, "sentences");
  }
}
