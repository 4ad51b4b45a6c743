package org.annalist.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;

/** Turns what a Tika parser threw into a failure with a reason and a one-line message. */
final class ParseFailures {
  /** The longest parser message quoted in a failure. */
  static final int MAX_DETAIL_CHARS = 300;

  private ParseFailures() {}

  static IngestFailedException explain(Throwable thrown, MediaType type, IngestLimits limits) {
    if (WriteLimitReachedException.isWriteLimitReached(thrown)) {
      return TextLimits.tooMuchText(limits);
    }
    if (find(thrown, ZeroByteFileException.class) != null) {
      return new IngestFailedException(FailureReason.EMPTY, "file is empty (0 bytes)");
    }
    if (find(thrown, OutOfMemoryError.class) != null
        || find(thrown, TikaMemoryLimitException.class) != null) {
      return new IngestFailedException(
          FailureReason.TOO_LARGE,
          "needs more memory to parse than is allowed (" + detail(thrown)
              + "); split the document or give Annalist a larger heap");
    }
    if (mentionsZipBomb(thrown)) {
      return new IngestFailedException(
          FailureReason.TOO_LARGE,
          "expands far beyond its size when decompressed, like a decompression bomb ("
              + detail(thrown) + "); it was not read");
    }
    if (find(thrown, EncryptedDocumentException.class) != null) {
      return new IngestFailedException(
          FailureReason.UNSUPPORTED,
          "is encrypted or password-protected; save an unprotected copy");
    }
    if (find(thrown, UnsupportedFormatException.class) != null) {
      return new IngestFailedException(
          FailureReason.UNSUPPORTED,
          "this variant of " + type + " cannot be read (" + detail(thrown) + ")");
    }
    if (find(thrown, StackOverflowError.class) != null) {
      return new IngestFailedException(
          FailureReason.PARSE_ERROR,
          "cannot parse as " + type + ": its structure is nested too deeply (stack overflow)");
    }
    return new IngestFailedException(
        FailureReason.PARSE_ERROR,
        "cannot parse as " + type + ": " + detail(thrown)
            + "; the file may be truncated or corrupt");
  }

  /**
   * What no bad file should cause, thrown while a file was read outside the parser: running out
   * of memory makes the file {@link FailureReason#TOO_LARGE}; a stack overflow or anything else
   * is a {@link FailureReason#PARSE_ERROR}, the last to report as a bug.
   */
  static IngestFailedException unexpected(Throwable thrown) {
    if (thrown instanceof OutOfMemoryError) {
      return new IngestFailedException(
          FailureReason.TOO_LARGE,
          "needs more memory to read than is allowed (" + detail(thrown)
              + "); split the document or give Annalist a larger heap");
    }
    if (thrown instanceof StackOverflowError) {
      return new IngestFailedException(
          FailureReason.PARSE_ERROR,
          "cannot be read: its structure is nested too deeply (stack overflow)");
    }
    return new IngestFailedException(
        FailureReason.PARSE_ERROR,
        "unexpected " + detail(thrown) + "; please report this as a bug in Annalist");
  }

  private static boolean mentionsZipBomb(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static <T extends Throwable> @Nullable T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * The messages along the cause chain, each one only if the one before does not already say it,
   * without object hash codes (so the same file always gets the same message).
   */
  static String detail(Throwable thrown) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 8; t = t.getCause(), depth++) {
      String message = t.getMessage();
      String part = message == null || message.isBlank()
          ? t.getClass().getSimpleName()
          : message.replaceAll("@[0-9a-f]{4,}", "").strip().replaceAll("\\.+$", "");
      if (parts.stream().noneMatch(p -> p.contains(part))) {
        parts.add(part);
      }
    }
    String joined = String.join(": ", parts).replaceAll("\\s+", " ");
    return joined.length() <= MAX_DETAIL_CHARS
        ? joined
        : joined.substring(0, MAX_DETAIL_CHARS - 1) + "…";
  }
}
