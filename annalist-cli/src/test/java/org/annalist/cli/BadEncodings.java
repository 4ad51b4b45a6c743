package org.annalist.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Text whose bytes are wrongly or hostilely encoded, each variant built from English text. */
final class BadEncodings {
  static final int VARIANTS = 12;
  private static final byte[] LONE_HIGH_SURROGATE = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
  private static final byte[] LONE_LOW_SURROGATE = {(byte) 0xED, (byte) 0xB0, (byte) 0x80};
  private static final byte[] OVERLONG_AND_INVALID = {
    (byte) 0xC0,
    (byte) 0xAF,
    (byte) 0xF8,
    (byte) 0x88,
    (byte) 0x80,
    (byte) 0x80,
    (byte) 0x80,
    (byte) 0xFF,
    (byte) 0xFE,
    (byte) 0xC3
  };

  private BadEncodings() {}

  /** Variant {@code variant} (0 to {@value #VARIANTS} - 1) of the text. */
  static byte[] encode(String text, int variant, Random random) {
    return switch (variant) {
      case 0 -> text.getBytes(StandardCharsets.UTF_16LE);
      case 1 -> text.getBytes(StandardCharsets.UTF_16BE);
      case 2 -> text.getBytes(Charset.forName("UTF-32LE"));
      case 3 -> sprinkle(text, random, LONE_HIGH_SURROGATE, LONE_LOW_SURROGATE);
      case 4 -> latin1MixedWithUtf8(text, random);
      case 5 -> sprinkle(text, random, new byte[] {0}, new byte[] {0, 0, 0});
      case 6 -> sprinkle(text, random, OVERLONG_AND_INVALID, new byte[] {(byte) 0x80});
      case 7 ->
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            text.getBytes(StandardCharsets.UTF_16LE));
      case 8 ->
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            concat(text.getBytes(StandardCharsets.UTF_16LE), new byte[] {0x41}));
      case 9 -> sprinkle(text, random, cesu8("\uD83D\uDE00"), cesu8("\uD800\uDF48"));
      case 10 -> (text + "Z" + "\u0301\u0336\u0489".repeat(2000)).getBytes(StandardCharsets.UTF_8);
      default ->
        sprinkle(
            text,
            random,
            "\u202E\u2066\u200B".getBytes(StandardCharsets.UTF_8),
            "\u0007\u001B[2J\u0085".getBytes(StandardCharsets.UTF_8));
    };
  }

  /** The text in UTF-8 with one of the insertions placed after about every tenth space. */
  private static byte[] sprinkle(String text, Random random, byte[] insertion, byte[] other) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.write(b);
      if (b == ' ' && random.nextInt(10) == 0) {
        out.writeBytes(random.nextBoolean() ? insertion : other);
      }
    }
    return out.toByteArray();
  }

  /** Lines alternately in Latin-1 and UTF-8, with accented letters so that the two differ. */
  private static byte[] latin1MixedWithUtf8(String text, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : (text + "\nCafé, naïve, déjà vu, Zürich.\n").split("(?<=\n)")) {
      out.writeBytes(line.replace("e ", "é ")
          .getBytes(random.nextBoolean() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** A supplementary character as CESU-8: each surrogate encoded as three bytes, as Java's modified UTF-8 does. */
  private static byte[] cesu8(String pair) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (char c : pair.toCharArray()) {
      out.write(0xE0 | (c >> 12));
      out.write(0x80 | ((c >> 6) & 0x3F));
      out.write(0x80 | (c & 0x3F));
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }
}
