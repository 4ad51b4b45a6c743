package org.annalist.store;

/** How much a store holds. */
public record StoreCounts(int documents, int sources, long annotations, int failures) {}
