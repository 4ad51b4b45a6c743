/**
 * Hand audits of what no gold covers: a random sample of an export's events or story-dated
 * tellings written as a sheet for an independent judge, and the judge's verdicts scored with 95%
 * Wilson intervals ({@link org.annalist.eval.audit.HandAudit}, run by {@code scripts/audit}).
 */
@NullMarked
package org.annalist.eval.audit;

import org.jspecify.annotations.NullMarked;
