package org.annalist.model;

/**
 * The type of a named entity and of each name mention of it ({@link
 * org.annalist.model.layers.AnnotateLayers#MENTION}), as CoreNLP's 3- and 4-class models name it.
 * Stored and exported by {@link #name()}.
 *
 * <p>The constants are declared in the alphabetical order of their names, so that their natural
 * order is the order of the stored strings: majority votes between types break ties and list
 * tallies in that order.
 */
public enum EntityType {
  LOCATION,
  MISC,
  ORGANIZATION,
  PERSON
}
