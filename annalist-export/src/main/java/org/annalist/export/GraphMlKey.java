package org.annalist.export;

/**
 * The typed attributes of the GraphML export, each declared by a {@code <key>} whose id and
 * {@code attr.name} are the same name. {@code label} and {@code weight} are the names Gephi shows
 * as a node's label and uses as an edge's weight.
 */
enum GraphMlKey {
  LABEL("label", "node", "string"),
  KIND("kind", "node", "string"),
  ANNALIST_ID("annalist_id", "node", "string"),
  ENTITY_TYPE("entity_type", "node", "string"),
  MENTIONS("mentions", "node", "int"),
  DOCUMENTS("documents", "node", "int"),
  TIME_VALUE("time_value", "node", "string"),
  EARLIEST("earliest", "node", "string"),
  LATEST("latest", "node", "string"),
  STATUS("status", "node", "string"),
  ATTESTATIONS("attestations", "node", "int"),
  SOURCES("sources", "node", "int"),
  ROLE("role", "edge", "string"),
  WEIGHT("weight", "edge", "double");

  final String id;
  final String domain;
  final String type;

  GraphMlKey(String id, String domain, String type) {
    this.id = id;
    this.domain = domain;
    this.type = type;
  }
}
