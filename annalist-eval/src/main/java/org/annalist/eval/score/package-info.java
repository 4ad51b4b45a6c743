/**
 * Scoring of system temporal expressions against gold ones with the TempEval-3 definitions
 * (UzZaman et al. 2013): strict and relaxed extraction, value and type over matched pairs.
 */
@NullMarked
package org.annalist.eval.score;

import org.jspecify.annotations.NullMarked;
