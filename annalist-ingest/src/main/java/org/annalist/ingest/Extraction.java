package org.annalist.ingest;

import org.apache.tika.metadata.Metadata;

/**
 * What Tika extracted from a file.
 *
 * @param text the body text
 * @param metadata the format's properties (title, dates, charset, ...)
 */
record Extraction(String text, Metadata metadata) {}
