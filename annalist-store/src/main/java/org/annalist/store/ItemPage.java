package org.annalist.store;

import static org.annalist.model.Checks.requireArgument;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page, in list order
 * @param total how many items the whole list holds
 * @param offset where this page starts in the list
 * @param limit the most items a page holds
 */
public record ItemPage<T>(List<T> items, int total, int offset, int limit) {
  public ItemPage {
    items = List.copyOf(items);
    requireArgument(offset >= 0, "offset must not be negative, was %s", offset);
    requireArgument(limit >= 1, "limit must be at least 1, was %s", limit);
    requireArgument(
        items.size() <= limit,
        "a page of %s items is longer than its limit %s",
        items.size(),
        limit);
  }
}
