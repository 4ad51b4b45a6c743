package org.annalist.ingest;

import static org.annalist.model.Checks.requireArgument;

import java.util.Objects;

/**
 * A file that could not be read, and why.
 *
 * @param path the file's path, as it was given to the reader
 * @param reason the kind of failure
 * @param message what happened and, where it helps, what to do; always a single line (line breaks
 *     in the given message are folded into spaces)
 */
public record IngestFailure(String path, FailureReason reason, String message)
    implements IngestResult {

  public IngestFailure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    message = message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    requireArgument(!message.isEmpty(), "a failure of %s needs a message", path);
  }

  /**
   * The failure of a file whose reading threw what no bad file should cause, an exception or an
   * error: {@link FailureReason#TOO_LARGE} for an {@link OutOfMemoryError} (the file needed more
   * memory than the heap allows), {@link FailureReason#PARSE_ERROR} for anything else.
   */
  public static IngestFailure unexpected(String path, Throwable thrown) {
    IngestFailedException failure = ParseFailures.unexpected(thrown);
    return new IngestFailure(path, failure.reason(), failure.getMessage());
  }

  /** One line: {@code "<path>: <reason code>: <message>"}. */
  public String describe() {
    return path + ": " + reason.code() + ": " + message;
  }

  @Override
  public String toString() {
    return describe();
  }
}
