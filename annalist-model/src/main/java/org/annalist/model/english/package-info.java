/**
 * The English words that more than one reader of text knows: the values of number words
 * ({@link org.annalist.model.english.NumberNames}) and the names of months and weekdays
 * ({@link org.annalist.model.english.CalendarNames}), each defined once.
 */
@NullMarked
package org.annalist.model.english;

import org.jspecify.annotations.NullMarked;
