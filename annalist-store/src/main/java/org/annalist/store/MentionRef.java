package org.annalist.store;

import org.annalist.model.Span;

/** Where a document names an entity. */
public record MentionRef(String entity, Span span) {}
