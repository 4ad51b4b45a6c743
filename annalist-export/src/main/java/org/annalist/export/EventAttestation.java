package org.annalist.export;

import org.jspecify.annotations.Nullable;

/**
 * One telling of an event: the sentence that tells it, the temporal expression that dated it
 * (null when the date came from the narrative or there is none), and the trigger's lemma,
 * polarity and outcome.
 */
record EventAttestation(Quote quote, @Nullable String timeText, @Nullable String timeValue, String trigger,
    String polarity, String outcome) {}
