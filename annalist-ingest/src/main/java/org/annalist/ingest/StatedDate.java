package org.annalist.ingest;

import java.time.LocalDate;

/**
 * A calendar date written in a piece of text.
 *
 * @param date the date
 * @param start where it starts in the text (UTF-16 offset)
 * @param end where it ends, after any time of day written with it
 * @param withTime whether a time of day is written with it, as in {@code 2023-11-05 08:12}
 * @param numeric whether it is written with numbers only, as in {@code 2024/05/24}
 */
record StatedDate(LocalDate date, int start, int end, boolean withTime, boolean numeric) {}
