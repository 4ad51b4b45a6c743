package org.annalist.store;

/** An entity that takes part in events together with another, and in how many. */
public record CoParticipant(String id, String name, String type, int events) {}
