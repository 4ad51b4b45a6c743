/**
 * The store: an SQLite file is the system of record (documents, annotations, flags, runs,
 * failures), and a Lucene index of the readable text, derived from it, serves search.
 */
@NullMarked
package org.annalist.store;

import org.jspecify.annotations.NullMarked;
