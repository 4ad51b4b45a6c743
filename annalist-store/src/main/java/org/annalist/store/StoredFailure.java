package org.annalist.store;

/** A file that could not be analyzed in its latest run, and why. */
public record StoredFailure(String path, String reason, String message, String runId) {}
