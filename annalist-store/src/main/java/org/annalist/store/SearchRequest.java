package org.annalist.store;

import static org.annalist.model.Checks.requireArgument;

import org.annalist.model.EventStatus;
import org.jspecify.annotations.Nullable;

/**
 * A search over the sentences of the readable text, narrowed by facets; a null filter does not
 * narrow.
 *
 * @param query Lucene classic syntax over the text; a query that does not parse is searched as plain words
 * @param source only sentences of this document (its id)
 * @param entity only sentences that name this entity (its id)
 * @param status only sentences that tell an event of this status
 * @param fromYear only sentences whose time falls in this year or later
 * @param toYear only sentences whose time falls in this year or earlier
 */
public record SearchRequest(
    String query,
    @Nullable String source,
    @Nullable String entity,
    @Nullable EventStatus status,
    @Nullable Integer fromYear,
    @Nullable Integer toYear,
    int offset,
    int limit) {

  public SearchRequest {
    requireArgument(!query.isBlank(), "a search needs words to search for");
    requireArgument(offset >= 0, "offset must not be negative, was %s", offset);
    requireArgument(limit >= 1, "limit must be at least 1, was %s", limit);
  }

  /** The first results of a search without filters. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, null, null, null, 0, limit);
  }
}
