/**
 * Gold temporal expressions: readers that rebuild each document's plain text and place the
 * gold annotations on it as UTF-16 spans, so that {@code text.substring(start, end)} is
 * exactly what the annotators marked.
 */
@NullMarked
package org.annalist.eval.gold;

import org.jspecify.annotations.NullMarked;
