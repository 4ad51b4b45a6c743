package org.annalist.app;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one file in a run.
 *
 * @param path the absolute path of the file
 * @param kind analyzed, unchanged (already stored, analyzed by this pipeline) or failed
 * @param reason for a failure, its code (e.g. {@code parse-error})
 * @param message for a failure, one line saying what went wrong
 */
public record FileOutcome(String path, Kind kind, @Nullable String reason, @Nullable String message) {

  /** The three fates of a file. */
  public enum Kind { ANALYZED, UNCHANGED, FAILED }

  static FileOutcome analyzed(String path) {
    return new FileOutcome(path, Kind.ANALYZED, null, null);
  }

  static FileOutcome unchanged(String path) {
    return new FileOutcome(path, Kind.UNCHANGED, null, null);
  }

  static FileOutcome failed(String path, String reason, String message) {
    return new FileOutcome(path, Kind.FAILED, reason, message);
  }

  /** One line for a person: {@code path: reason: message}. */
  public String describe() {
    return kind == Kind.FAILED ? path + ": " + reason + ": " + message : path + ": " + kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
