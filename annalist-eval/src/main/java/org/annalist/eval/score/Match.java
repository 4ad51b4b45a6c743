package org.annalist.eval.score;

/**
 * A gold expression paired with a system expression, by their indices in the lists matched.
 *
 * @param gold the index of the gold expression
 * @param system the index of the system expression
 */
public record Match(int gold, int system) {}
