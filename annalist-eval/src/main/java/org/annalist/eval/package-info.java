/**
 * Evaluation of temporal tagging against public gold corpora read at run time from
 * {@code ../shared/eval-data} (never copied into the project). {@link
 * org.annalist.eval.TimexEvaluation} is the command-line entry point; {@link
 * org.annalist.eval.TimexSystem} is what it evaluates.
 */
@NullMarked
package org.annalist.eval;

import org.jspecify.annotations.NullMarked;
