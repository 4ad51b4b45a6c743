package org.annalist.app;

import org.annalist.model.TerminalText;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one file in a run.
 *
 * @param path the absolute path of the file
 * @param kind analyzed, unchanged (already stored, analyzed by this pipeline) or failed
 * @param reason for a failure, its code (e.g. {@code parse-error})
 * @param message for a failure, one line saying what went wrong
 * @param dropped for a failure, whether the path held a document before that the failure removed
 *     from the store (so the store equals a fresh analysis of the folder as it is now)
 */
public record FileOutcome(
    String path,
    Kind kind,
    @Nullable String reason,
    @Nullable String message,
    boolean dropped) {

  /** The three fates of a file. */
  public enum Kind {
    ANALYZED,
    UNCHANGED,
    FAILED
  }

  static FileOutcome analyzed(String path) {
    return new FileOutcome(path, Kind.ANALYZED, null, null, false);
  }

  static FileOutcome unchanged(String path) {
    return new FileOutcome(path, Kind.UNCHANGED, null, null, false);
  }

  static FileOutcome failed(String path, String reason, String message, boolean dropped) {
    return new FileOutcome(path, Kind.FAILED, reason, message, dropped);
  }

  /**
   * One line for a person: {@code path: reason: message}, and for a failure that dropped the
   * path's earlier document, a last sentence that says so; control characters of a file name or
   * message escaped ({@link TerminalText}), so that it stays one line and runs nothing on a terminal.
   */
  public String describe() {
    return TerminalText.escape(
        kind == Kind.FAILED
            ? path + ": " + reason + ": " + message
                + (dropped ? " (its earlier analysis was removed from the store)" : "")
            : path + ": " + kind.name().toLowerCase(java.util.Locale.ROOT));
  }
}
