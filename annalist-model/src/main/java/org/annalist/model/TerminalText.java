package org.annalist.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Text from documents, file names and users, made safe to print on a terminal or in a log of one
 * line per event. File names and document text are untrusted: a newline in a file name would
 * print a second, forged line, and an escape sequence ({@code ESC ] 0 ; … BEL} sets the window
 * title, {@code ESC [ 2 J} clears the screen) would be run by the terminal.
 *
 * <p>Every control character (C0, DEL and C1) and every bidirectional formatting character (which
 * can make text display in another order than it is stored) is written as a visible escape:
 * {@code \n}, {@code \r} and {@code \t} for the three common ones, {@code \}{@code u} and four hex
 * digits for the others ({@code \}{@code u001B} for ESC). Everything else is kept as it is, so
 * names in any script print as they are.
 */
public final class TerminalText {
  private TerminalText() {}

  /** The text with its control and bidirectional formatting characters escaped; never holds a line break. */
  public static String escape(CharSequence text) {
    @Nullable StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      @Nullable String replacement = replacement(c);
      if (replacement != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (replacement == null) {
          escaped.append(c);
        } else {
          escaped.append(replacement);
        }
      }
    }
    return escaped == null ? text.toString() : escaped.toString();
  }

  /** True for a character that {@link #escape} writes as an escape: a control or a bidirectional formatting character. */
  public static boolean isUnsafe(char c) {
    return Character.isISOControl(c) || isBidiFormatting(c);
  }

  private static @Nullable String replacement(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> isUnsafe(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : null;
    };
  }

  /** The marks, embeddings, overrides and isolates of the Unicode bidirectional algorithm. */
  private static boolean isBidiFormatting(char c) {
    return c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
