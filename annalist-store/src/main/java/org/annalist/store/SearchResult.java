package org.annalist.store;

import java.util.List;

/**
 * One page of the sentences that match a search, and how the whole result divides by facet.
 *
 * @param total how many sentences match in all
 * @param hits this page of them, best first; each hit has one passage, the sentence
 * @param facets counts by {@code source}, {@code entity}, {@code status} and {@code years}
 */
public record SearchResult(int total, List<SearchHit> hits, List<Facet> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /** The counts of one facet, largest first ({@code years} in time order). */
  public record Facet(String dimension, List<Count> counts) {
    public Facet {
      counts = List.copyOf(counts);
    }
  }

  /** How many matching sentences have this value; a year range is {@code 1940-1949}. */
  public record Count(String value, int count) {}
}
