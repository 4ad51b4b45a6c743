package org.annalist.store;

import org.annalist.model.DocumentId;
import org.jspecify.annotations.Nullable;

/**
 * Which statements to list; a null field does not filter.
 *
 * @param document only the statements of this document
 * @param why only the statements kept off the timeline for this reason ({@code negated}, ...)
 */
public record StatementFilter(
    @Nullable DocumentId document, @Nullable String why) {
  public static final StatementFilter ALL = new StatementFilter(null, null);
}
