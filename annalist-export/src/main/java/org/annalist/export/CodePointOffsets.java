package org.annalist.export;

import java.util.Arrays;

/**
 * Turns a text's UTF-16 offsets, which Annalist counts in, into Unicode code point offsets, which
 * the W3C Web Annotation model's text position selector counts in. Holds only the positions of
 * the characters that take two UTF-16 units, so a text without them costs nothing.
 */
final class CodePointOffsets {
  static final CodePointOffsets NONE = new CodePointOffsets(new int[0]);

  /** The offsets of the second unit of each surrogate pair, ascending. */
  private final int[] secondUnits;

  private CodePointOffsets(int[] secondUnits) {
    this.secondUnits = secondUnits;
  }

  static CodePointOffsets of(String text) {
    int pairs = text.length() - text.codePointCount(0, text.length());
    if (pairs == 0) {
      return NONE;
    }
    int[] secondUnits = new int[pairs];
    int count = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isLowSurrogate(text.charAt(i))
          && Character.isHighSurrogate(text.charAt(i - 1))) {
        secondUnits[count++] = i;
      }
    }
    return new CodePointOffsets(secondUnits);
  }

  /** The code point offset of a UTF-16 offset: the offset less the pairs that end before it. */
  int codePointAt(int utf16) {
    int found = Arrays.binarySearch(secondUnits, utf16);
    return utf16 - (found >= 0 ? found : -found - 1);
  }
}
