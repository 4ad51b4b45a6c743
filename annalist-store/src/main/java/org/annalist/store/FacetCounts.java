package org.annalist.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.util.NumericUtils;
import org.jspecify.annotations.Nullable;

/**
 * The facet counts of a search's matches: the top values of source, entity and status, and the
 * matches per span of years (decades, or centuries when the index spans more than two).
 */
final class FacetCounts {
  static final String YEARS = "years";
  private static final int TOP_VALUES = 12;
  private static final int DECADE = 10;
  private static final int CENTURY = 100;
  private static final int MOST_DECADES = 20;

  private final IndexReader reader;
  private final FacetsCollector matches;

  FacetCounts(IndexReader reader, FacetsCollector matches) {
    this.reader = reader;
    this.matches = matches;
  }

  List<SearchResult.Facet> all() throws IOException {
    Facets labels = new SortedSetDocValuesFacetCounts(
        new DefaultSortedSetDocValuesReaderState(reader, SearchIndex.facetsConfig()), matches);
    List<SearchResult.Facet> facets = new ArrayList<>();
    for (String dimension :
        List.of(PassageDocuments.SOURCE, PassageDocuments.ENTITY, PassageDocuments.STATUS)) {
      facets.add(new SearchResult.Facet(dimension, counts(topChildren(labels, dimension))));
    }
    facets.add(years());
    return facets;
  }

  private static @Nullable FacetResult topChildren(Facets facets, String dimension)
      throws IOException {
    try {
      return facets.getTopChildren(TOP_VALUES, dimension);
    } catch (IllegalArgumentException noSentenceHasThisFacet) {
      return null;
    }
  }

  private SearchResult.Facet years() throws IOException {
    byte[] min = PointValues.getMinPackedValue(reader, PassageDocuments.YEAR);
    byte[] max = PointValues.getMaxPackedValue(reader, PassageDocuments.YEAR);
    if (min == null || max == null) {
      return new SearchResult.Facet(YEARS, List.of());
    }
    int first = NumericUtils.sortableBytesToInt(min, 0);
    int last = NumericUtils.sortableBytesToInt(max, 0);
    int width = (last - first) / DECADE >= MOST_DECADES ? CENTURY : DECADE;
    List<LongRange> ranges = new ArrayList<>();
    for (int start = Math.floorDiv(first, width) * width; start <= last; start += width) {
      ranges.add(
          new LongRange(start + "-" + (start + width - 1), start, true, start + width - 1, true));
    }
    FacetResult counted = new LongRangeFacetCounts(
            PassageDocuments.YEAR, matches, ranges.toArray(LongRange[]::new))
        .getAllChildren(PassageDocuments.YEAR);
    List<SearchResult.Count> counts = new ArrayList<>();
    for (LabelAndValue range : counted.labelValues) {
      if (range.value.intValue() > 0) {
        counts.add(new SearchResult.Count(range.label, range.value.intValue()));
      }
    }
    return new SearchResult.Facet(YEARS, counts);
  }

  private static List<SearchResult.Count> counts(@Nullable FacetResult result) {
    List<SearchResult.Count> counts = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue value : result.labelValues) {
        counts.add(new SearchResult.Count(value.label, value.value.intValue()));
      }
    }
    return counts;
  }
}
