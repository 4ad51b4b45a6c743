package org.annalist.export;

/**
 * Where a telling or a claim stands in a document: a half-open {@code [start, end)} span in UTF-16
 * code units and its exact words, {@code text.substring(start, end)}, as the timeline stored them.
 */
record Quote(String document, int start, int end, String quote) {

  Quote {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a quote's span must have 0 <= start <= end, not [" + start
          + ", " + end + ") in document " + document);
    }
  }
}
