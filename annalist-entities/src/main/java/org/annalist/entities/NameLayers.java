package org.annalist.entities;

import java.util.Objects;
import org.annalist.model.LayerName;

/**
 * Where an annotated document keeps what the resolver reads. The entities module does not
 * depend on the stage that made the layers, so the caller names them.
 *
 * @param mentions named-entity mentions, each valued with its type ({@link NameMention#TYPES})
 * @param sentences the sentences, in order
 * @param tokens the tokens, each valued with its Penn Treebank part of speech first and then a
 *     space ({@code NNP Stalin}), so that proper nouns the named-entity model left untagged can
 *     be found
 */
public record NameLayers(LayerName mentions, LayerName sentences, LayerName tokens) {

  public NameLayers {
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(tokens, "tokens");
  }
}
