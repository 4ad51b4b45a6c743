package org.annalist.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;
import org.annalist.model.TerminalText;
import org.jspecify.annotations.Nullable;

/**
 * JSON string escapes for JSON printed on a terminal: beside what JSON itself escapes (the C0
 * controls), DEL, the C1 controls and the bidirectional formatting characters are written as
 * {@code \}{@code uXXXX}, as {@link TerminalText} does for plain text, so a document's text cannot
 * reach the terminal as a control sequence. The JSON means the same.
 */
final class TerminalJsonEscapes extends CharacterEscapes {
  private static final int[] ASCII = standardAsciiEscapesForJSON();

  static {
    ASCII[0x7F] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII.clone();
  }

  @Override
  public @Nullable SerializableString getEscapeSequence(int ch) {
    return ch < Character.MIN_SUPPLEMENTARY_CODE_POINT && TerminalText.isUnsafe((char) ch)
        ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch))
        : null;
  }
}
