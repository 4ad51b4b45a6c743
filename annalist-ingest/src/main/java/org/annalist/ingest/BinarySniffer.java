package org.annalist.ingest;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Tells binary content from text by its first 8 KiB: text has no NUL characters and few control
 * characters besides tab, line feed, carriage return, form feed and escape.
 */
final class BinarySniffer {
  /** How much of the start of a file is examined. */
  static final int SNIFF_LENGTH = 8192;

  /**
   * The share of control characters above which content is taken for binary. Text has next to
   * none; random bytes have 27 suspect values of 256, about 10.5%, so the line lies at half that
   * (at 10%, a short binary file without a NUL passed for text half the time).
   */
  static final double MAX_CONTROL_SHARE = 0.05;

  private BinarySniffer() {}

  /**
   * What shows that these bytes are binary (a phrase for a message), or null if they look like
   * text.
   */
  static @Nullable String binaryEvidence(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF_LENGTH);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "a NUL byte at byte offset " + i;
      }
      if (isSuspectControl(b)) {
        controls++;
      }
    }
    return controlEvidence(controls, length, "bytes");
  }

  /** What shows that this decoded text is binary, or null if it looks like text. */
  static @Nullable String binaryEvidence(CharSequence text) {
    int length = Math.min(text.length(), SNIFF_LENGTH);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "a NUL character at character offset " + i;
      }
      if (isSuspectControl(c)) {
        controls++;
      }
    }
    return controlEvidence(controls, length, "characters");
  }

  private static @Nullable String controlEvidence(int controls, int length, String unit) {
    if (length == 0 || (double) controls / length <= MAX_CONTROL_SHARE) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "%d of the first %d %s are control characters (%.0f%%)",
        controls,
        length,
        unit,
        100.0 * controls / length);
  }

  /** C0 controls and DEL, except those text uses: tab, LF, VT, FF, CR, ESC (terminal colours). */
  private static boolean isSuspectControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1B)
        || c == 0x7F;
  }
}
