/**
 * Coreference metrics written from their published definitions: MUC (Vilain et al. 1995),
 * B-cubed (Bagga &amp; Baldwin 1998), entity-based CEAF (Luo 2005, with an optimal alignment
 * found by the Kuhn-Munkres algorithm) and the CoNLL F1, their average.
 */
@NullMarked
package org.annalist.eval.events.coref;

import org.jspecify.annotations.NullMarked;
