/**
 * Ingest: reads files of many formats (plain text, Markdown, HTML, PDF, DOCX, ODT, EPUB) into
 * {@link org.annalist.model.Document}s, under limits on size, text length and parse time, and
 * reports every file it cannot read as a one-line {@link org.annalist.ingest.IngestFailure}.
 */
@NullMarked
package org.annalist.ingest;

import org.jspecify.annotations.NullMarked;
