/**
 * Evaluation of event factuality and tense against the gold attributes of MEANTIME English
 * (certainty, polarity, time, special cases, tense) and of TimeBank/AQUAINT (polarity, tense,
 * modality, class), read at run time from {@code ../shared/eval-data} (never copied into the
 * project).
 *
 * <ul>
 *   <li>Gold: {@link org.annalist.eval.factuality.MeantimeFactuality} and {@link
 *       org.annalist.eval.factuality.TbaqFactuality} give a {@link
 *       org.annalist.eval.factuality.FactualityCorpus}.
 *   <li>System: {@link org.annalist.eval.factuality.FactualityRun} runs Annalist's per-document
 *       stages on each gold text and reads the attributes of the mention on each gold event's
 *       words ({@link org.annalist.eval.factuality.Attribute} maps them to the gold's values).
 *   <li>Scoring and report: {@link org.annalist.eval.factuality.AttributeScore}, {@link
 *       org.annalist.eval.factuality.FactualityReport}; run by {@code scripts/eval-events --task
 *       factuality}.
 * </ul>
 *
 * <p>Setup, mappings and results: docs/EVENTS-EVAL.md, section "Factuality".
 */
@NullMarked
package org.annalist.eval.factuality;

import org.jspecify.annotations.NullMarked;
