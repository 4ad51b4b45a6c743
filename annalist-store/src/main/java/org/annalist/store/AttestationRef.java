package org.annalist.store;

import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Where a document tells a timeline event.
 *
 * @param earliest the event's first possible day ({@code YYYY-MM-DD}), or null when undated
 * @param span the attesting sentence in the document's text
 */
public record AttestationRef(
    String event, String status, @Nullable String earliest, Span span) {}
