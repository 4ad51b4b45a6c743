/**
 * Benchmarks: JMH benchmarks of the hot code (temporal tagging, alignment) and the alignment
 * scaling benchmark, over synthetic event mentions made to look like real ones. Nothing here is
 * run by the build; each class says the command that runs it.
 */
@NullMarked
package org.annalist.bench;

import org.jspecify.annotations.NullMarked;
