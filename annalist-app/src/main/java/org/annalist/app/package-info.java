/**
 * Analysis of folders into a store: finding the files, reading them, running the pipeline and
 * storing each document in its own transaction, on a bounded thread pool.
 */
@NullMarked
package org.annalist.app;

import org.jspecify.annotations.NullMarked;
