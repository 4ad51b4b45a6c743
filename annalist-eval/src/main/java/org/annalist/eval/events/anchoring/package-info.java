/**
 * Evaluation of event anchoring: when Annalist says each event happened, against the event-time
 * links of TimeBank/AQUAINT and MEANTIME and the date anchors of the SemEval-2015 Task 4 TimeLine
 * gold, read at run time from {@code ../shared/eval-data} (never copied into the project).
 *
 * <ul>
 *   <li>Gold: {@link org.annalist.eval.events.anchoring.MeantimeAnchors}, {@link
 *       org.annalist.eval.events.anchoring.TimelineAnchors} and {@link
 *       org.annalist.eval.events.anchoring.TimeMlAnchors} give an {@link
 *       org.annalist.eval.events.anchoring.AnchoringCorpus} of documents with their creation
 *       time and each gold event's anchor.
 *   <li>Scoring: {@link org.annalist.eval.events.anchoring.AnchoringRun} runs the standard
 *       per-document stages once per document and scores Annalist's event times beside two
 *       baselines read off the same analysis ({@link
 *       org.annalist.eval.events.anchoring.Dating}).
 *   <li>Command line: {@code scripts/eval-events --task anchoring --corpus
 *       tbaq|meantime|timeline}.
 * </ul>
 *
 * <p>Setup, metric and figures: docs/EVENTS-EVAL.md, "Event anchoring".
 */
@NullMarked
package org.annalist.eval.events.anchoring;

import org.jspecify.annotations.NullMarked;
