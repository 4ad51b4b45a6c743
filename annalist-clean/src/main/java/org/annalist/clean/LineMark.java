package org.annalist.clean;

/**
 * A line marked as boilerplate, and the rule that marked it.
 *
 * @param line the marked line; the annotation covers it without its terminator
 * @param kind the rule that marked it
 */
public record LineMark(Line line, BoilerplateKind kind) {}
