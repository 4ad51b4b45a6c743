package org.annalist.store;

import org.jspecify.annotations.Nullable;

/**
 * What the timeline view draws of an event: enough to place it, colour it and name it.
 *
 * @param value the TIMEX3 value of its time, or null when undated
 * @param earliest the first day it may have happened ({@code YYYY-MM-DD}), or null
 * @param latest the last day it may have happened, or null
 * @param sources how many documents attest it
 */
public record EventSummary(
    String id,
    String summary,
    String status,
    @Nullable String value,
    @Nullable String earliest,
    @Nullable String latest,
    int sources) {}
