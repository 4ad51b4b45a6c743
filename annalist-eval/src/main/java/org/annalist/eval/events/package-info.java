/**
 * Evaluation of event mention detection and cross-document event coreference against ECB+ and
 * MEANTIME English, read at run time from {@code ../shared/eval-data} (never copied into the
 * project).
 *
 * <ul>
 *   <li>What is evaluated: {@link org.annalist.eval.events.EventMentionSystem} and {@link
 *       org.annalist.eval.events.EventCorefSystem}, named for the command line in {@link
 *       org.annalist.eval.events.EventSystems}.
 *   <li>Gold: {@link org.annalist.eval.events.EcbPlusReader} and {@link
 *       org.annalist.eval.events.MeantimeEventReader} give an {@link
 *       org.annalist.eval.events.EventCorpus}.
 *   <li>Scoring: {@link org.annalist.eval.events.MentionScorer}; {@link
 *       org.annalist.eval.events.CorefRun} with the metrics of {@code
 *       org.annalist.eval.events.coref}.
 *   <li>Baselines on CoreNLP lemmas: {@link org.annalist.eval.events.SameLemmaBaseline}, {@link
 *       org.annalist.eval.events.VerbBaseline}.
 *   <li>Command line: {@link org.annalist.eval.events.EventEvaluation}, run by {@code
 *       scripts/eval-events}.
 * </ul>
 *
 * <p>Setup and metric definitions: docs/EVENTS-EVAL.md.
 */
@NullMarked
package org.annalist.eval.events;

import org.jspecify.annotations.NullMarked;
