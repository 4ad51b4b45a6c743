package org.annalist.store;

/** An entity as a list shows it: its name and how much the corpus says of it. */
public record EntitySummary(
    String id, String name, String type, int aliases, int mentions, int documents) {}
