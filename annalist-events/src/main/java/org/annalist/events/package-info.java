/**
 * The events stage: event mentions of each sentence read from the dependency parse — trigger,
 * participants, place, time, polarity, modality, outcome, quantities and series ordinals — as a
 * stand-off layer.
 */
@NullMarked
package org.annalist.events;

import org.jspecify.annotations.NullMarked;
