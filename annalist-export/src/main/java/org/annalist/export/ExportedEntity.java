package org.annalist.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An entity of {@code annalist-export/1} ({@code entities[]}): a person, organization, place or
 * other named thing, with every name it goes by and why each was merged.
 *
 * @param id lower-case type and canonical name, e.g. {@code person:stalin}
 * @param name the fullest common form of the name
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code MISC}
 * @param aliases every surface form found, as written
 * @param mentions how many mentions in all documents
 * @param documents the ids of the documents that mention it
 * @param merges why each alias was merged
 */
@JsonPropertyOrder({"id", "name", "type", "aliases", "mentions", "documents", "merges"})
public record ExportedEntity(
    String id,
    String name,
    String type,
    List<String> aliases,
    int mentions,
    List<String> documents,
    List<Merge> merges) {

  public ExportedEntity {
    aliases = List.copyOf(aliases);
    documents = List.copyOf(documents);
    merges = List.copyOf(merges);
  }

  /** One alias merged into a canonical name, by a rule, with its score and explanation. */
  @JsonPropertyOrder({"alias", "into", "rule", "score", "explanation"})
  public record Merge(
      String alias,
      @JsonProperty("into") String canonical,
      String rule,
      double score,
      String explanation) {}
}
