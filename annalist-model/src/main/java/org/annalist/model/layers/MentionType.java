package org.annalist.model.layers;

/** The type of a named-entity mention ({@link AnnotateLayers#MENTION}), as CoreNLP's 3- and 4-class models name it. */
public enum MentionType {
  PERSON, ORGANIZATION, LOCATION, MISC
}
