package org.annalist.store;

import org.annalist.model.Span;

/**
 * Where a document holds a statement, a mention kept off the timeline.
 *
 * @param span the sentence that holds it, in the document's text
 * @param why why it is off the timeline ({@code negated}, {@code report}, ...)
 */
record StatementRef(Span span, String why) {}
