/**
 * The entity accuracy harness: mention detection and cross-document entity merging of
 * Annalist's annotate stage and {@link org.annalist.entities.EntityResolver}, scored against
 * MEANTIME English (read by {@link org.annalist.eval.gold.MeantimeEntityReader}). Run it with
 * {@code scripts/eval-entities}; docs/ENTITIES-EVAL.md says what is scored and how.
 */
@NullMarked
package org.annalist.eval.entities;

import org.jspecify.annotations.NullMarked;
