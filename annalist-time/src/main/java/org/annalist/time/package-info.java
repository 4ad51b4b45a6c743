/**
 * Time: temporal expressions found in text, normalized to TIMEX3 values and day intervals, and
 * anchored either on the document's creation time (news) or on the story's own reference time
 * (narrative).
 */
@NullMarked
package org.annalist.time;

import org.jspecify.annotations.NullMarked;
