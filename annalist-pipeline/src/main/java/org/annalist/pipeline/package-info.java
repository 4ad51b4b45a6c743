/**
 * The analysis pipeline: {@link org.annalist.pipeline.Stage}s declare the layers they require
 * and produce; a {@link org.annalist.pipeline.Pipeline} checks the declarations when it is
 * built and runs the stages in order, each returning new layers without touching its input.
 */
@NullMarked
package org.annalist.pipeline;

import org.jspecify.annotations.NullMarked;
