package org.annalist.export;

/**
 * Text that XML 1.0 can carry: every character XML forbids (control characters other than tab,
 * line feed and carriage return, a lone surrogate, U+FFFE and U+FFFF) becomes U+FFFD, the
 * replacement character. The XML writer escapes markup; this keeps the file well-formed.
 */
final class XmlText {
  static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  static String legal(String text) {
    StringBuilder legal = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed = pair
          || c == '\t'
          || c == '\n'
          || c == '\r'
          || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
      if (!allowed && legal == null) {
        legal = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (legal != null) {
        legal.append(allowed ? c : REPLACEMENT);
        if (pair) {
          legal.append(text.charAt(i + 1));
        }
      }
      i += pair ? 1 : 0;
    }
    return legal == null ? text : legal.toString();
  }
}
