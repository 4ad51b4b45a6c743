package org.annalist.entities;

import org.annalist.model.EntityType;

/**
 * The coarse types names are matched within. NER often confuses organizations, places and other
 * names for the same string ("Kremlin" as ORGANIZATION here, LOCATION there), but rarely confuses
 * them with people, so people are never merged with anything else.
 */
enum TypeGroup {
  PERSON,
  OTHER;

  static TypeGroup of(EntityType type) {
    return type == EntityType.PERSON ? PERSON : OTHER;
  }
}
