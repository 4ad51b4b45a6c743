package org.annalist.ingest;

/**
 * What {@link DocumentReader#read} made of one file: a document, or a failure that says why not.
 */
public sealed interface IngestResult permits Ingested, IngestFailure {

  /** The path of the file, as it was given to the reader. */
  String path();
}
