/**
 * The layers that cross module boundaries, as typed keys ({@link org.annalist.model.LayerKey}):
 * what the annotate stage ({@link org.annalist.model.layers.AnnotateLayers}) and the time stage
 * ({@link org.annalist.model.layers.TimeLayers}) write and other modules read, each with the
 * small immutable value its annotations hold and the one place its stored format is written
 * down. A reader needs neither the producing stage nor its models.
 */
@NullMarked
package org.annalist.model.layers;

import org.jspecify.annotations.NullMarked;
