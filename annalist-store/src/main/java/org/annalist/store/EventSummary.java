package org.annalist.store;

import org.jspecify.annotations.Nullable;

/**
 * What the timeline view draws of an event: enough to place it, colour it and name it.
 *
 * @param value the TIMEX3 value of its time, or null when undated
 * @param earliest the first day it may have happened ({@code YYYY-MM-DD}), or null
 * @param latest the last day it may have happened, or null
 * @param sources how many documents attest it
 * @param fiction whether only sources flagged fiction tell it
 * @param title its readable title (its summary in a store written before titles)
 * @param type its type ({@code other} in a store written before types)
 * @param importance how much it matters, 0 to 1 (0 in a store written before importance)
 */
public record EventSummary(
    String id,
    String summary,
    String status,
    @Nullable String value,
    @Nullable String earliest,
    @Nullable String latest,
    int sources,
    boolean fiction,
    String title,
    String type,
    double importance) {}
