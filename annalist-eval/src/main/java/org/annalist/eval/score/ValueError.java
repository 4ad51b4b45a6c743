package org.annalist.eval.score;

/**
 * A relaxed match whose values disagree.
 *
 * @param documentId the document
 * @param goldText the gold expression's text
 * @param goldValue the gold value as shown ({@code (none)} if absent)
 * @param systemText the system expression's text
 * @param systemValue the system value as shown
 */
public record ValueError(
    String documentId, String goldText, String goldValue, String systemText, String systemValue) {}
