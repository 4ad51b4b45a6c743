package org.annalist.ingest;

/** Why a file could not be read into a document; each reason has a stable lower-case code. */
public enum FailureReason {
  /** The file has no bytes at all. */
  EMPTY("empty"),
  /** The file, or the text extracted from it, is over a limit in {@link IngestLimits}. */
  TOO_LARGE("too-large"),
  /** The operating system would not let us read the file (missing, permissions, a directory). */
  UNREADABLE("unreadable"),
  /** The file claims to be text but its bytes are binary. */
  BINARY("binary"),
  /** The file is text in no character set we could identify. */
  UNDECODABLE("undecodable"),
  /** The parser for the file's format failed, usually because the file is truncated or corrupt. */
  PARSE_ERROR("parse-error"),
  /** The file holds no text, or only whitespace. */
  NO_TEXT("no-text"),
  /** Parsing took longer than {@link IngestLimits#parseTimeout()}. */
  TIMEOUT("timeout"),
  /** The file's format is not one Annalist reads (images, audio, archives, programs, ...). */
  UNSUPPORTED("unsupported");

  private final String code;

  FailureReason(String code) {
    this.code = code;
  }

  /** The stable code used in messages and reports, e.g. {@code too-large}. */
  public String code() {
    return code;
  }
}
