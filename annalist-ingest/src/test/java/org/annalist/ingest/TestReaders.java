package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annalist.model.Document;

/** One shared reader with the default limits (building a reader loads all of Tika's parsers). */
final class TestReaders {
  static final DocumentReader DEFAULT = new DocumentReader(IngestLimits.DEFAULTS);

  private TestReaders() {}

  /** Reads the file and asserts that it was read. */
  static Document document(DocumentReader reader, Path file) {
    IngestResult result = reader.read(file);
    assertThat(result).as("result of reading %s", file).isInstanceOf(Ingested.class);
    return ((Ingested) result).document();
  }

  static Document document(Path file) {
    return document(DEFAULT, file);
  }

  /** Reads the file and asserts that it failed. */
  static IngestFailure failure(DocumentReader reader, Path file) {
    IngestResult result = reader.read(file);
    assertThat(result).as("result of reading %s", file).isInstanceOf(IngestFailure.class);
    IngestFailure failure = (IngestFailure) result;
    assertThat(failure.describe())
        .doesNotContain("\n")
        .doesNotContain("\r")
        .startsWith(file + ": " + failure.reason().code() + ": ");
    return failure;
  }

  static IngestFailure failure(Path file) {
    return failure(DEFAULT, file);
  }
}
