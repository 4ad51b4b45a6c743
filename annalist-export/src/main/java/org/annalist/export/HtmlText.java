package org.annalist.export;

/**
 * Text made safe to put in HTML, for viewers that render what they are given as markup
 * (TimelineJS does): {@code & < > " '} become character references, and so does a carriage
 * return, which an HTML parser would otherwise fold into the line feed after it. Parsed, the
 * escaped text gives back the text exactly.
 */
final class HtmlText {
  private HtmlText() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        case '\r' -> escaped.append("&#13;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
