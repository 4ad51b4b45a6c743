package org.annalist.ingest;

/**
 * Thrown inside the ingest package when a file cannot be read; {@link DocumentReader} turns it into
 * an {@link IngestFailure}. It never escapes the package.
 */
final class IngestFailedException extends Exception {
  private final FailureReason reason;

  IngestFailedException(FailureReason reason, String message) {
    super(message);
    this.reason = reason;
  }

  FailureReason reason() {
    return reason;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? reason.code() : message;
  }
}
