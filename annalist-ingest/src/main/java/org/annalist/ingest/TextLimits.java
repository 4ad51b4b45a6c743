package org.annalist.ingest;

import java.util.Locale;

/** Checks on extracted text shared by every format: its length and whether it holds anything. */
final class TextLimits {
  private TextLimits() {}

  /**
   * Whether the text holds nothing but whitespace, counting as whitespace also the invisible
   * characters that pad web pages (no-break spaces, zero-width spaces and joiners, and BOMs),
   * control characters, and U+FFFD, which a parser puts where it could not decode the bytes (an
   * HTML file of a lone UTF-16 byte-order mark gave a document of one U+FFFD: issue 9).
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isUnreadable(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreadable(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\uFFFD'
        || Character.isISOControl(c);
  }

  static IngestFailedException tooMuchText(IngestLimits limits) {
    return new IngestFailedException(
        FailureReason.TOO_LARGE,
        String.format(
            Locale.ROOT,
            "the text is longer than the limit of %,d characters (maxTextChars); split the document "
                + "or raise the limit",
            limits.maxTextChars()));
  }

  static IngestFailedException noText(String what) {
    return new IngestFailedException(FailureReason.NO_TEXT, what + "; there is nothing to read");
  }
}
